"""A legislator's title (立委, 立法委员) says the post whole: with no chamber named it is a
role without an organisation, after a party's name too; with the chamber named, the role
is there ([legislator_titles] in store/text/words/zh_people.txt, zh/facts.py). Sentences
written for these tests."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import held_roles, run


def _roles(text: str) -> set[tuple[str, str, str | None]]:
    return held_roles(run(text, date="2031-03-04", reference=load_reference()))


def test_a_legislator_with_no_chamber_named_holds_the_title_alone() -> None:
    assert _roles("立委赵明远表示，将提出修法草案。\n") == {("赵明远", "立委", None)}


def test_a_legislator_after_his_party_s_name_holds_the_title_alone() -> None:
    assert _roles("报道以某党立法委员赵明远为例。\n") == {("赵明远", "立法委员", None)}


def test_a_legislator_of_a_chamber_the_text_names_sits_in_it() -> None:
    text = "立法院今天开会，立委赵明远表示，将提出修法草案。\n"
    assert _roles(text) == {("赵明远", "立委", "立法院")}
