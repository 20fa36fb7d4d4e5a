"""A newly appointed head "will succeed" the one named next, with or without an aside on his
present post between his name and the verb: the predecessor held the same post at the same
body (importers/en/roles/mentions.py, find_predecessors). Sentences written for these
tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles

OFFICE = "Norwegian Industrial Property Office"


def test_the_one_succeeded_after_an_aside_on_the_successors_post_held_the_same_post() -> None:
    text = (
        "Henrik Solberg has been named the new Director General of the Norwegian Industrial "
        "Property Office. Solberg, at present a counsellor at the embassy in Oslo, will "
        "succeed Ingrid Dahl, who retires in June.\n"
    )
    assert roles(facts_text(text, "2031-03-04")) == {
        ("Henrik Solberg", "Director General", OFFICE),
        ("Ingrid Dahl", "Director General", OFFICE),
    }


def test_the_one_a_head_is_to_succeed_with_no_aside_held_the_same_post() -> None:
    text = (
        "Henrik Solberg has been named the new Director General of the Norwegian Industrial "
        "Property Office. Solberg is to succeed Ingrid Dahl at the end of June.\n"
    )
    assert ("Ingrid Dahl", "Director General", OFFICE) in roles(facts_text(text, "2031-03-04"))


def test_a_name_after_succeed_in_another_sense_gets_no_post() -> None:
    text = (
        "Henrik Solberg has been named the new Director General of the Norwegian Industrial "
        "Property Office. Solberg, who studied law in Bergen, will succeed in a hard task, "
        "Ingrid Dahl said.\n"
    )
    assert not any(p == "Ingrid Dahl" for p, _t, _o in roles(facts_text(text, "2031-03-04")))
