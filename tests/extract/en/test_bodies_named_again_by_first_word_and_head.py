"""A body named again by the first word and the head noun of its name.

After "the Eurasian Patent Office", a later "the Eurasian Office" leaves out the middle word
of the same name: it is that body, no second one. Only one body named before may fit, and
only a short form of just the two words is read so.
"""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_names

TEXT = (
    "The Director of the Eurasian Patent Office (EAPO) met the Registrar of the Kenya "
    "Industrial Property Institute in Moscow.\n\n"
    "Applicants may validate their patents under the procedure run by the Eurasian Office.\n"
)


def test_the_short_form_is_the_body_named_in_full_before() -> None:
    names = set(org_names(facts_text(TEXT)).values())
    assert "Eurasian Patent Office" in names
    assert "Eurasian Office" not in names


def test_a_short_form_with_two_bodies_to_fit_stays_apart() -> None:
    text = TEXT.replace("in Moscow.", "and the Eurasian Trade Office in Moscow.")
    names = set(org_names(facts_text(text)).values())
    assert "Eurasian Office" in names


def test_the_acronym_before_the_head_names_the_head_of_body_again() -> None:
    text = (
        "On 4 June, the Secretariat of the Andean Free Exchange Area (AFEA) visited the "
        "Benelux Office for Intellectual Property in The Hague.\n\n"
        "The visit follows a request to the AFEA Secretariat from its member states.\n"
    )
    f = facts_text(text)
    names = set(org_names(f).values())
    assert "AFEA Secretariat" not in names
    assert "Secretariat of the Andean Free Exchange Area" in names
