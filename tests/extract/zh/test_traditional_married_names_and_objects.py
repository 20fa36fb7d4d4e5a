"""Traditional Chinese texts from Hong Kong and Macao: married women's names with two family
names (importers/zh/married_names.py), a body the reference writes only in Traditional
characters as a verb's object (importers/zh/orgs/gazetteer.py), and the heads of a
delegation or a library (titles in store/text/words/zh.txt)."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import org_names, people, roles, run

REF = load_reference()


def test_a_married_womans_name_keeps_both_family_names_and_her_given_name() -> None:
    facts = run("政務司司長陳黃美玲昨日在研討會上致辭。")
    assert "陳黃美玲" in people(facts)
    assert "陳黃" not in people(facts)


def test_two_family_names_before_a_verb_are_no_married_name() -> None:
    facts = run("處長王李會見了來訪的代表團。")
    assert not any(len(p) == 4 and p.startswith("王李") for p in people(facts))


def test_a_name_of_two_family_names_ends_before_a_word_that_follows_names() -> None:
    facts = run("副市长柯文彬在会上致辞。")
    assert people(facts) == {"柯文彬"}


def test_the_hong_kong_department_as_the_object_of_a_verb_is_named() -> None:
    facts = run("施政報告提出多項新措施，包括擴充知識產權署的專利審查隊伍。", reference=REF)
    ipd = next(o for o in facts.orgs if o.ref == "hkipd")
    assert ipd.name == "知識產權署"


def test_the_deputy_head_of_a_union_delegation_holds_the_post_there() -> None:
    facts = run("歐盟駐華代表團副團長馬麗莎出席簽字儀式並致辭。", reference=REF)
    assert ("馬麗莎", "副團長", "歐盟駐華代表團") in roles(facts)


def test_a_library_is_a_body_and_its_head_holds_the_post_there() -> None:
    facts = run("香港理工大學圖書館館長何志明在開幕禮上發言。", reference=REF)
    assert "香港理工大學圖書館" in org_names(facts)
    assert ("何志明", "館長", "香港理工大學圖書館") in roles(facts)
