"""A Chinese family name of two letters ("Wu", "Xu") written alone after the full name is
a later mention of that person; "He" alone stays a pronoun (importers/en/roles/mentions.py,
en_people.txt [short_surnames_not_alone])."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text


def _aliases(text: str, name: str) -> set[str]:
    f = facts_text(text)
    return {a for p in f.people if p.name == name for a in p.aliases}


def test_a_two_letter_family_name_alone_is_the_person_named_before() -> None:
    text = (
        "Wu Jianmin, Deputy Director of the Fujian Patent Office, received a delegation from "
        "Ghana on 4 April. Wu noted that examiner training would continue. Later, Mr. Wu "
        "showed the guests the search room."
    )
    assert {"Wu", "Mr. Wu"} <= _aliases(text, "Wu Jianmin")


def test_a_pronoun_that_is_also_a_family_name_is_no_mention() -> None:
    text = (
        "He Lanying, Director of the Fujian Patent Office, met the guests in May. The office "
        "signed no agreement. He said the talks went well."
    )
    assert "He" not in _aliases(text, "He Lanying")
