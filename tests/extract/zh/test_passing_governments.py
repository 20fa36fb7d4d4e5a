"""A government that a speaker only gives a stance (某某表示，某国政府高度重视…、愿意…、致力…),
or a country's government named once that no role or agreement needs, is named in passing and
no body of the text; a government that signs, or comes back in the text, stays one, and so
does a province's or a city's people's government."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import org_names, run

REF = load_reference()


def test_a_government_given_a_stance_in_a_statement_is_named_in_passing() -> None:
    f = run(
        "5月8日，国家知识产权局副局长王明在北京会见了卢森堡专利局代表团。王明表示，"
        "中国政府一贯十分重视审查领域的合作，愿意与各方加强交流。",
        reference=REF,
    )
    assert "国家知识产权局" in org_names(f)
    assert not any(n.endswith("政府") for n in org_names(f))


def test_a_regional_government_committed_to_a_goal_in_a_speech_is_named_in_passing() -> None:
    f = run(
        "商务及经济发展局局长李华致辞时表示，香港特别行政区政府致力把香港发展成为区域知识产权中心。",
        reference=REF,
    )
    assert "商务及经济发展局" in org_names(f)
    assert "香港特别行政区政府" not in org_names(f)


def test_a_ministry_given_a_stance_in_a_statement_stays_a_body() -> None:
    f = run("商务部部长李华表示，商务部高度重视与卢森堡的知识产权合作。", reference=REF)
    assert "商务部" in org_names(f)


def test_a_government_that_supports_an_event_stays_a_body() -> None:
    f = run("论坛由国家知识产权局主办，新疆维吾尔自治区人民政府支持。", reference=REF)
    assert "新疆维吾尔自治区人民政府" in org_names(f)


def test_a_government_that_also_signs_stays_a_body() -> None:
    f = run(
        "王明表示，中国政府高度重视知识产权保护。中国政府与卢森堡政府签署了合作协定。",
        reference=REF,
    )
    assert "中国政府" in org_names(f)


def test_a_government_given_a_stance_without_a_speaker_twice_stays_a_body() -> None:
    f = run(
        "中国政府支持国家知识产权局与卢森堡专利局开展合作。中国政府还将设立专项资金。",
        reference=REF,
    )
    assert "中国政府" in org_names(f)


def test_a_country_s_government_named_once_and_needed_by_nothing_is_its_country() -> None:
    f = run("卢森堡专利局局长李华访华期间，与日本政府代表进行了交流。", reference=REF)
    assert "卢森堡专利局" in org_names(f)
    assert "日本政府" not in org_names(f)


def test_a_province_s_people_s_government_named_once_stays_a_body() -> None:
    f = run("广西壮族自治区人民政府与国家知识产权局共同举办了培训班。", reference=REF)
    assert "广西壮族自治区人民政府" in org_names(f)
