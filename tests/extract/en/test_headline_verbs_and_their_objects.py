"""In a headline set in title case the verb after the subject is capitalised like the names
around it: the subject's name ends before the verb, and what the verb launches or opens is a
body only when the story names it too (importers/en/orgs/run_breaks.headline_verb,
headline_tails.headline_object, words in en_orgs.txt [headline_verbs])."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set


def test_a_headline_subject_ends_before_its_capitalised_verb() -> None:
    f = facts_text(
        "Ghana Copyright Office Unveils Royalty Collection Service For Artists\n"
        "The Ghana Copyright Office said artists can register works online from June."
    )
    names = org_set(f)
    assert "Ghana Copyright Office" in names
    assert not any("Unveils" in n or "Collection Service" in n for n in names)


def test_the_object_of_a_headline_verb_is_no_body_unless_the_story_names_it() -> None:
    f = facts_text(
        "Patent Office Of Estonia Opens Regional Service Centre In Tartu\n"
        "The centre will help inventors in the south of the country, the office said."
    )
    assert not any("Service Centre" in n for n in org_set(f))


def test_a_body_the_headline_welcomes_is_kept_when_the_story_names_it() -> None:
    f = facts_text(
        "IPONZ Welcomes Samoa Intellectual Property Office Delegation\n"
        "Four officials of the Samoa Intellectual Property Office spent a week in Wellington."
    )
    assert "Samoa Intellectual Property Office" in org_set(f)


def test_a_verb_in_a_sentence_is_left_to_the_sentence() -> None:
    f = facts_text("The Danish Patent and Trademark Office hosts the seminar every year.")
    assert "Danish Patent and Trademark Office" in org_set(f)
