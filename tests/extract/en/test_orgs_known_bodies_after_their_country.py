"""A known body's name written after its own country's name ("China State Intellectual
Property Office") is that body: the country adds nothing to a name the reference lists as
that country's. Written after another country's name, it is no form of the body."""

from __future__ import annotations

from tests.extract.en.helpers import extract


def test_an_older_office_name_after_its_own_country_is_that_office() -> None:
    f = extract(
        "The annual meeting between China State Intellectual Property Office and the Korean "
        "Intellectual Property Office took place in Busan; Mr. Zhou Ming, commissioner of SIPO, "
        "led the Chinese side.",
        date="2009-05-01",
    )
    cnipa = [o for o in f.orgs if o.ref == "cnipa"]
    assert len(cnipa) == 1
    assert "China State Intellectual Property Office" in {cnipa[0].name, *cnipa[0].aliases}


def test_a_two_word_country_before_its_own_office_is_that_office() -> None:
    f = extract(
        "A workshop of the South Africa Companies and Intellectual Property Commission and "
        "the EPO opened in Pretoria.",
    )
    assert "cipc" in {o.ref for o in f.orgs}


def test_a_body_name_after_another_countrys_name_is_no_form_of_that_body() -> None:
    f = extract(
        "Officials of the Brazil State Intellectual Property Office met the press in Recife.",
        date="2009-05-01",
    )
    assert "cnipa" not in {o.ref for o in f.orgs}
