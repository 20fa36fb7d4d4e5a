"""Forms round-one tests showed unread: an envoy of a state the table lacked, a government
named at the start of a sentence, a listed body written with "of" its own country, a second
body after "and" owned by a country's possessive, and an agreement recalled as "the
previous" one."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text, org_names


def test_a_government_opening_a_sentence_is_named_without_its_article() -> None:
    f = facts_text(
        "The Slovenian government approved the strategy on Tuesday. Officials said the "
        "Croatian government would follow. The Croatian government meets on Friday. The "
        "Slovenian government published the text."
    )
    names = set(org_names(f).values())
    assert {"Slovenian government", "Croatian government"} <= names
    assert not any(n.startswith("The ") for n in names)


def test_a_listed_body_written_with_its_own_country_after_of_is_the_listed_body() -> None:
    f = facts_text(
        "Officials of the Companies and Intellectual Property Commission of South Africa "
        "visited Nairobi in spring."
    )
    assert [o.ref for o in f.orgs] == ["cipc"]


def test_a_listed_name_with_another_country_after_of_is_not_that_countrys_body() -> None:
    f = facts_text("The State Office for Inventions and Trademarks of Moldova hosted the seminar.")
    assert [o.ref for o in f.orgs] == [None]


def test_a_countrys_possessive_after_and_opens_a_second_body() -> None:
    f = facts_text(
        "The Jamaica Intellectual Property Office and Rwanda's Arts and Crafts Export Board "
        "signed a memorandum of understanding on 9 October 2023."
    )
    assert set(org_names(f).values()) == {
        "Jamaica Intellectual Property Office",
        "Arts and Crafts Export Board",
    }
    assert agreements_of(f)[0][3] == {
        "Jamaica Intellectual Property Office",
        "Arts and Crafts Export Board",
    }


_REPORTED = (
    "The Norwegian Industrial Property Office (NIPO) recently signed a cooperation agreement "
    "with the Icelandic Intellectual Property Office (ISIPO). "
)


def test_the_previous_agreement_of_the_pair_is_an_agreement_of_its_own() -> None:
    f = facts_text(
        _REPORTED + "The last bilateral agreement on designs between NIPO and ISIPO was "
        "signed in April 2014.",
        date="2020-02-01",
    )
    dates = sorted((a[2] or "") for a in agreements_of(f))
    assert dates == ["", "2014-04"]


def test_an_agreement_signed_last_week_is_the_one_reported() -> None:
    f = facts_text(_REPORTED + "The agreement was signed last week in Oslo.", date="2020-02-01")
    assert len(agreements_of(f)) == 1


def test_an_envoy_of_a_pacific_state_posted_to_a_city_is_named_after_the_title() -> None:
    f = facts_text(
        "The Ambassador of Tonga in Geneva, Afioga Sione Vaka Mateo Fifita, said the talks "
        "had gone well."
    )
    names = {p.key: p.name for p in f.people}
    held = {(names[r.person], r.title) for r in f.roles}
    assert ("Sione Vaka Mateo Fifita", "Ambassador of Tonga in Geneva") in held
