"""A text written all in lower case: the reference's full names are found whatever their
case, and an acronym only where the text defines it in brackets after such a name
(importers/en/orgs/lower_case.py, importers/en/cased.py). Sentences written for these
tests."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text, org_set


def test_a_known_body_in_a_lower_case_text_is_found_and_signs() -> None:
    text = (
        "oslo, 3 march 2031. the european patent office (epo) and a national office of iceland "
        "signed a memorandum of understanding on patent information in oslo.\n"
    )
    facts = facts_text(text, "2031-03-03")
    assert "european patent office" in org_set(facts)
    assert "epo" in org_set(facts)  # defined in brackets right after the full name
    got = agreements_of(facts)
    assert [k for _t, k, _d, _p in got] == ["mou"]
    assert "European Patent Office" in got[0][3]


def test_an_acronym_the_lower_case_text_never_defines_is_a_word() -> None:
    text = (
        "oslo, 3 march 2031. the european patent office and a national office of iceland "
        "signed a memorandum of understanding; the epo and its partner will meet again.\n"
    )
    facts = facts_text(text, "2031-03-03")
    assert "european patent office" in org_set(facts)
    assert "epo" not in org_set(facts)


def test_a_text_with_capitals_keeps_case_sensitive_names() -> None:
    text = "The visitors toured the european patent office's library in Munich on 3 March 2031.\n"
    assert "european patent office" not in org_set(facts_text(text, "2031-03-03"))
