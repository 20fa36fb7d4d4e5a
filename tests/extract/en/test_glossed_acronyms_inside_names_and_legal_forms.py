"""An acronym inside a name spelt out in brackets, and a legal form before the acronym.

"the Guild of CPE (Certified Patent Examiners) Members, Inc. (GCM)" holds the acronym of an
exam and spells it out right after it: the bracket glosses "CPE" and the name goes on. The
legal form after a comma (", Inc.") is part of the name the acronym after it shortens, so
"GCM" is that body and its president holds the post there.
"""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_names, org_set, roles

TEXT = (
    "The Patent Office of Ruritania signed a memorandum with the Association of RPAE "
    "(Registered Patent Attorney Examination) Practitioners, Inc. (ARP) on Monday. "
    "ARP President Anna Kovac signed it with the Director General.\n"
)


def test_a_gloss_of_an_inner_acronym_does_not_end_the_name() -> None:
    names = set(org_names(facts_text(TEXT)).values())
    assert "Association of RPAE Practitioners, Inc." in names
    assert "Association of RPAE" not in names


def test_the_acronym_after_a_legal_form_shortens_the_whole_name() -> None:
    f = facts_text(TEXT)
    assert "ARP" in org_set(f)
    assert ("Anna Kovac", "President", "Association of RPAE Practitioners, Inc.") in roles(f)


def test_a_bracket_that_spells_no_acronym_before_it_is_no_gloss() -> None:
    text = TEXT.replace("(Registered Patent Attorney Examination)", "(Ruritania)")
    names = set(org_names(facts_text(text)).values())
    assert not any("Practitioners" in n and "Ruritania" in n for n in names)


def test_a_stop_that_ends_a_sentence_before_a_bracket_joins_nothing() -> None:
    f = facts_text(
        "Officials met at the Patent Office, Geneva. (WPO) delegates attended as observers.\n"
    )
    assert "Patent Office, Geneva" not in set(org_names(f).values())
