"""Chinese agreements between governments, and signings only hoped for: a title that opens
with its two parties names them (not the ministries whose ministers sign), 代表 names the
bodies the signers act for, sides named by their countries' initials (中欧双方) are the state
and the union the text names (else the one ministry it names for a side), a planned or
hoped-for signing (规划, 可望, 期待; also in a clause continuing a planned one with 并) and a
time clause after the verb (签署后…) sign nothing."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import agreements, run

REF = load_reference()


def _found(text: str, date: str = "2026-02-10") -> list[tuple[str, str, str | None, set[str]]]:
    return agreements(run(text, date, reference=REF))


def test_a_title_naming_two_governments_gives_them_as_the_one_pair_of_parties() -> None:
    text = (
        "1月20日，商务部部长甲某某与智利外交部部长乙某某分别代表中华人民共和国政府和"
        "智利共和国政府，在北京签署了《中华人民共和国政府和智利共和国政府关于投资保护的协定》。"
    )
    got = _found(text)
    assert len(got) == 1
    assert got[0][3] == {"中华人民共和国政府", "智利共和国政府"}


def test_a_title_naming_two_governments_overrides_two_unnamed_governments() -> None:
    text = (
        "2025年11月3日，商务部部长甲某某与泰国商业部部长乙某某代表两国政府签署了"
        "《中华人民共和国政府和泰王国政府自由贸易协定》。"
    )
    got = _found(text)
    assert [p for _t, _k, _d, p in got] == [{"中华人民共和国政府", "泰王国政府"}]


def test_the_bodies_signers_act_for_are_the_parties_when_the_title_names_none() -> None:
    text = (
        "3月8日，商务部部长甲某某与智利外交部部长乙某某分别代表中国政府和智利政府"
        "签署了自由贸易协定升级议定书。"
    )
    got = _found(text)
    assert [p for _t, _k, _d, p in got] == [{"中国政府", "智利政府"}]


def test_a_signing_planned_for_next_year_is_no_agreement() -> None:
    text = (
        "6月3日，国家知识产权局与欧洲专利局签署合作备忘录。双方规划于明年签署审查员交流框架协议。"
    )
    assert [t for t, *_ in _found(text)] == ["合作备忘录"]


def test_a_signing_that_may_come_in_traditional_script_is_no_agreement() -> None:
    text = "6月3日，國家知識產權局與歐洲專利局簽署合作備忘錄。雙方可望於年底簽署資料交換協議。"
    assert [t for t, *_ in _found(text)] == ["合作備忘錄"]


def test_what_follows_a_signing_in_a_time_clause_is_no_document() -> None:
    text = (
        "6月3日，國家知識產權局與歐洲專利局簽署合作備忘錄。"
        "局長說，歐洲專利局與國家知識產權局簽署後能展開更多聯合研究計畫。"
    )
    assert [t for t, *_ in _found(text)] == ["合作備忘錄"]


def test_a_follow_up_document_is_still_a_document() -> None:
    text = "6月3日，国家知识产权局与欧洲专利局签署后续合作协议。"
    assert [t for t, *_ in _found(text)] == ["后续合作协议"]


def test_signings_welcomed_for_later_or_agreed_for_the_year_are_no_agreements() -> None:
    text = (
        "6月3日，國家知識產權局與歐洲專利局簽署合作備忘錄，並表示樂見日後簽署更多聯合研究計畫。"
        "雙方並約定於年內簽署資料交換協議。"
    )
    assert [t for t, *_ in _found(text)] == ["合作備忘錄"]


def test_a_signing_the_same_sentence_still_expects_signs_nothing() -> None:
    text = (
        "江苏省知识产权局与欧洲专利局自2019年起开展审查员交流，"
        "双方续签交流协议的文本已大体谈定，预计明年初正式签署。"
    )
    assert _found(text) == []


def test_a_plans_word_inside_a_signers_body_leaves_the_signing_done() -> None:
    text = (
        "大会期间，浙江大学知识产权学院与日本知识产权研究所签署学术交流协议，"
        "由学院院长方某某和研究所所长山田太郎签字。"
    )
    assert [t for t, *_ in _found(text)] == ["学术交流协议"]


def test_a_signing_in_a_clause_continuing_a_planned_one_is_planned_too() -> None:
    text = "新加坡知识产权局与国家知识产权局计划先征求业界意见，并正式签署该备忘录。"
    assert _found(text) == []


def test_a_signing_told_as_done_after_a_planned_clause_is_an_agreement() -> None:
    text = "国家知识产权局和新加坡知识产权局将加强合作，并于3月5日签署了合作备忘录。"
    assert len(_found(text)) == 1


def test_the_sides_named_by_their_initials_are_the_state_and_the_union_the_text_names() -> None:
    text = (
        "5月8日，国家主席王建国与欧盟领导人举行视频会晤。\n\n"
        "会晤涉及的议题广泛，包括气候变化和抗疫合作。领导人同意继续开展高层对话。\n\n"
        "其中，中欧双方宣布签署《中欧海关合作协定》引发关注。"
    )
    got = _found(text)
    assert [g[3] for g in got] == [{"中华人民共和国政府", "欧盟"}]


def test_a_side_with_no_government_named_is_the_one_ministry_the_text_names_for_it() -> None:
    text = (
        "中欧海关便利协定今日生效。2025年6月3日，中欧双方正式签署该协定。"
        "商务部有关负责人表示，协定将便利双边贸易。欧盟方面也表示欢迎。"
    )
    got = _found(text)
    assert [g[3] for g in got] == [{"商务部", "欧盟"}]


def test_a_side_with_two_ministries_named_and_no_government_stays_unread() -> None:
    text = (
        "中欧海关便利协定今日生效。2025年6月3日，中欧双方正式签署该协定。"
        "商务部和外交部有关负责人表示，协定将便利双边贸易。欧盟方面也表示欢迎。"
    )
    assert not any(g[3] == {"商务部", "欧盟"} for g in _found(text))
