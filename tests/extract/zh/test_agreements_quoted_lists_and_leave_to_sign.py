"""Signings whose documents are quoted in a list (importers/zh/agreement_quoted.py), agreements
summed up with a list of counterparts ending in 等 and their kind (agreement_parties.py), a
signing said to matter to someone and leave to sign (agreement_topics.py), and a bare 总局 that
signs for the one 总局 the text names (words: bare_self_references)."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import agreements, run

REF = load_reference()


def _found(text: str, date: str = "2024-05-20") -> list[tuple[str, str, str | None, set[str]]]:
    return agreements(run(text, date, reference=REF))


def test_each_quoted_title_after_including_is_one_agreement_of_the_signing_pair() -> None:
    text = (
        "研討會閉幕後，歐洲專利局與新加坡知識產權局代表簽署，包括「商標檢索資料交換合作備忘錄」、"
        "「審查人員培訓合作協議」及「專利分類合作計劃」三項文件。"
    )
    found = _found(text)
    assert sorted(t for t, _k, _d, _p in found) == [
        "商標檢索資料交換合作備忘錄",
        "審查人員培訓合作協議",
        "專利分類合作計劃",
    ]
    assert all(len(p) == 2 for _t, _k, _d, p in found)


def test_a_single_quoted_title_right_after_the_verb_is_still_one_agreement() -> None:
    text = "欧洲专利局与新加坡知识产权局昨日签署「专利审查合作备忘录」，为期五年。"
    assert [t for t, _k, _d, _p in _found(text)] == ["专利审查合作备忘录"]


def test_quoted_words_that_name_no_document_are_no_titles() -> None:
    text = (
        "欧洲专利局与新加坡知识产权局签署，"
        "包括「亚洲创新周」与「青年发明家奖」两项活动的合作备忘录。"
    )
    assert all(t not in ("亚洲创新周", "青年发明家奖") for t, _k, _d, _p in _found(text))


def test_a_list_of_counterparts_ending_in_a_kind_after_deng_is_one_agreement_each() -> None:
    text = (
        "国家知识产权局目前已与欧洲专利局、新加坡知识产权局"
        "以及世界知识产权组织等国际机构签订了合作协议。"
    )
    found = _found(text)
    assert len(found) == 3
    assert all(len(p) == 2 for _t, _k, _d, p in found)


def test_such_a_list_with_no_named_body_before_it_makes_no_agreement_of_all_of_them() -> None:
    text = "我国已与欧洲专利局、新加坡知识产权局以及世界知识产权组织等国际组织签订了合作协议。"
    assert all(len(p) < 3 for _t, _k, _d, p in _found(text))


def test_a_signing_said_to_matter_to_both_sides_is_no_further_agreement() -> None:
    text = (
        "2023年4月2日，欧洲专利局与新加坡知识产权局签署了《专利数据交换协议》。"
        "签署双边专利数据交换协议对两局都意义重大。"
    )
    assert [t for t, _k, _d, _p in _found(text)] == ["专利数据交换协议"]


def test_leave_to_sign_a_document_is_no_signing() -> None:
    text = "新加坡知识产权局欢迎欧洲专利局已授权正式签署双边商标合作协定。"
    assert _found(text) == []


def test_a_bare_zongju_signs_for_the_one_general_administration_the_text_names() -> None:
    text = (
        "5月6日，国家市场监督管理总局局长会见来访的欧洲专利局代表团。"
        "总局近年来与欧洲专利局和新加坡知识产权局分别签署了合作谅解备忘录。"
    )
    parties = [p for _t, _k, _d, p in _found(text)]
    assert len(parties) == 2
    assert all(len(p) == 2 and any("总局" in n for n in p) for p in parties)


def test_documents_counted_then_listed_after_a_dash_are_one_agreement_each() -> None:
    text = (
        "2023年9月8日，欧洲专利局与新加坡知识产权局签署了两项议定书——关于检索报告的格式要求，"
        "以及关于审查员互访的安排要求。"
    )
    found = _found(text)
    assert len(found) == 2
    assert all(t.startswith("议定书—") and len(p) == 2 for t, _k, _d, p in found)


def test_a_listed_item_that_names_a_document_is_titled_by_itself() -> None:
    text = (
        "2023年9月8日，欧洲专利局与新加坡知识产权局签署了三份协议：商标审查协议、"
        "外观设计合作计划和人员交流与培训备忘录。"
    )
    titles = sorted(t for t, _k, _d, _p in _found(text))
    assert titles == ["人员交流与培训备忘录", "商标审查协议", "外观设计合作计划"]


def test_a_count_the_list_after_it_does_not_match_sums_up_documents_only() -> None:
    text = "2023年9月8日，欧洲专利局与新加坡知识产权局签署了三份协议：商标审查协议和专利协议。"
    assert _found(text) == []
