"""A wire's later mention of an official by the initial of the given name and the surname,
with or without a space ("K.Lindqvist", "K. Lindqvist"), is the person named in full
before; another initial is someone else."""

from __future__ import annotations

from tests.extract.en.helpers import extract

TEXT = (
    "Dr. Karin Lindqvist, President of the Nordic Patent Institute, arrived in Tbilisi on "
    "4 June 2024. During her stay, K.Lindqvist held talks at the Ministry of Justice."
)


def test_an_initial_glued_to_the_surname_is_the_person_named_before() -> None:
    f = extract(TEXT)
    assert [p.name for p in f.people] == ["Karin Lindqvist"]
    assert "K.Lindqvist" in f.people[0].aliases


def test_another_initial_before_the_surname_is_no_mention_of_her() -> None:
    f = extract(TEXT.replace("K.Lindqvist", "B.Lindqvist"))
    karin = next(p for p in f.people if p.name == "Karin Lindqvist")
    assert not any("B.Lindqvist" in a or a == "Lindqvist" for a in karin.aliases)


def test_an_initialism_before_a_surname_is_no_initial() -> None:
    f = extract(TEXT.replace("K.Lindqvist held", "the U.S.Lindqvist team held"))
    karin = next(p for p in f.people if p.name == "Karin Lindqvist")
    assert not any("S.Lindqvist" in a for a in karin.aliases)
