"""An instrument's own text reposted whole (importers/zh/agreement_records.own_text): the
heading line names the agreement between its first two bodies, the text calls itself 本协定,
and its closing formula dates it; the agreement is the heading's, between those two bodies
(the text read as the readers give it, its lines kept). Its implementing clause names each
side's body after the side and a dash (甲国方面——某局): the side's label is no part of the
body's name (importers/zh/orgs/grown.py)."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import agreements, org_names, run

_TEXT = (
    "中华人民共和国政府和新加坡共和国政府关于商标审查合作的协定\n"
    "中华人民共和国政府和新加坡共和国政府(以下称“双方”)\n"
    "愿意加强两国在商标领域的交流;\n"
    "议定如下:\n"
    "第一条\n"
    "双方在商标审查方面开展合作。\n"
    "第二条\n"
    "负责执行本协定的机构是:\n"
    "中华人民共和国方面——国家知识产权局;\n"
    "新加坡共和国方面——新加坡知识产权局。\n"
    "第三条\n"
    "本协定于二〇一九年三月十二日在新加坡签订,一式两份。\n"
)


def test_the_heading_of_a_dated_instrument_is_the_agreement_between_its_two_bodies() -> None:
    found = agreements(run(_TEXT, reference=load_reference(), repaired=True))
    assert len(found) == 1
    title, kind, date, parties = found[0]
    assert title == "中华人民共和国政府和新加坡共和国政府关于商标审查合作的协定"
    assert date == "2019-03-12"
    assert parties == {"中华人民共和国政府", "新加坡共和国政府"}


def test_a_heading_with_no_closing_formula_is_no_agreement_of_its_own() -> None:
    text = _TEXT.replace("本协定于二〇一九年三月十二日在新加坡签订,一式两份。\n", "")
    found = agreements(run(text, reference=load_reference(), repaired=True))
    assert all(a[3] != {"中华人民共和国政府", "新加坡共和国政府"} for a in found)


def test_a_side_s_label_before_a_dash_is_no_part_of_the_body_s_name() -> None:
    names = org_names(run(_TEXT, reference=load_reference(), repaired=True))
    assert "国家知识产权局" in names
    assert not any("方面" in n for n in names)
