"""A law named after a body ("section 4 of the Seed Board of Xland Act, 2009") is a law, no
mention of a body; a law noun that is the field after "of" or "for" ("Faculty of Law") is the
body's own word (importers/en/orgs/not_bodies.py, en_orgs.txt [law_nouns]). Sentences
written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set


def test_a_name_that_runs_into_act_names_a_law() -> None:
    names = org_set(
        facts_text(
            "Under section 4 of the Cocoa Marketing Board of Xland Act, 2009, the board sets "
            "prices twice a year.\n"
        )
    )
    assert not any(n.endswith("Act") or "Cocoa" in n for n in names)


def test_a_law_with_its_year_and_the_body_named_alone_elsewhere() -> None:
    names = org_set(
        facts_text(
            "The Film Classification Board Ordinance 1997 was amended, the Film "
            "Classification Board said on Monday.\n"
        )
    )
    assert "Film Classification Board" in names
    assert not any("Ordinance" in n for n in names)


def test_a_law_noun_after_of_is_the_body_s_field() -> None:
    names = org_set(facts_text("She taught at the Faculty of Law of Yland University.\n"))
    assert any(n.startswith("Faculty of Law") for n in names)
