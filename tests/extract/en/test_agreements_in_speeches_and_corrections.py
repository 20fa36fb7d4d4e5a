"""Signings told by the office that speaks, and signings a later notice corrects.

In a delegation's statement the speaker's office is "the Office", and a subject that names
two bodies ("the Office and the X Office concluded") names every party, whatever meeting the
sentence mentions after the verb. A cooperation the speaker only looks forward to is not
signed. A notice that corrects an earlier story gives the day the instrument was "in fact"
signed, and a verb the notice quotes from the story ("had 'renewed' their PPH") signs
nothing.
"""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text

SPEECH = (
    "Twentieth Session of the Assemblies of the Member States of WIPO\n"
    "Statement of the Delegation of Ruritania\n"
    "Delivered by Director General Ilse Varga, Ruritanian Patent Office (RPO)\n\n"
    "Mr President, our gratitude goes to the WIPO Secretariat, and to the Japan Patent "
    "Office, which trained our examiners.\n\n"
    "This year the Office and the Danish Patent and Trademark Office adopted a Work Plan for "
    "2026-2027; the two heads signed it at the margins of the Nordic patent offices "
    "meeting hosted by the Norwegian Industrial Property Office.\n\n"
    "A cooperation agreement with the WIPO Academy is something we look forward to "
    "signing soon.\n"
)


def test_the_office_of_a_speech_is_the_speakers_office_not_the_last_one_named() -> None:
    got = agreements_of(facts_text(SPEECH, "2026-07-01"))
    assert [(kind, parties) for _, kind, _, parties in got] == [
        (
            "work_plan",
            frozenset({"Ruritanian Patent Office", "Danish Patent and Trademark Office"}),
        )
    ]


def test_a_subject_naming_two_bodies_leaves_out_the_hosts_of_the_meeting() -> None:
    got = agreements_of(facts_text(SPEECH, "2026-07-01"))
    assert all("Norwegian Industrial Property Office" not in p for _, _, _, p in got)


def test_an_agreement_looked_forward_to_is_not_signed() -> None:
    got = agreements_of(facts_text(SPEECH, "2026-07-01"))
    assert all(kind != "agreement" for _, kind, _, _ in got)


NOTICE = (
    "Correction to our story of 3 May 2025\n\n"
    "Our story said that the Memorandum of Understanding between the Austrian Patent Office "
    "(APO) and the Israel Patent Office (ILPO) was signed on 1 May. It was in fact signed on "
    "2 May by the heads of the two offices.\n\n"
    'The story also said the offices had "renewed" their Patent Prosecution Highway '
    "programme. That is not so.\n"
)


def test_a_correction_gives_the_day_an_instrument_was_in_fact_signed() -> None:
    got = agreements_of(facts_text(NOTICE, "2025-05-05"))
    assert [(kind, date) for _, kind, date, _ in got] == [("mou", "2025-05-02")]


def test_a_quoted_signing_verb_signs_nothing() -> None:
    got = agreements_of(facts_text(NOTICE, "2025-05-05"))
    assert all(kind != "pph" for _, kind, _, _ in got)


def test_a_headline_naming_a_faculty_tells_the_universitys_signing_again() -> None:
    text = (
        "Faculty of Engineering signs research agreement with Nordic patent academy\n\n"
        "OSLO, 2 June – The University of Bergen (UiB) has signed a research agreement with the "
        "Nordic Patent Institute (NPI) on patent analytics for engineering students.\n\n"
        "The agreement was signed by the Rector and the Director of NPI. UiB's Faculty of "
        "Engineering will run the first course.\n"
    )
    got = agreements_of(facts_text(text, "2025-06-03"))
    assert [(kind, parties) for _, kind, _, parties in got] == [
        ("agreement", frozenset({"University of Bergen", "Nordic Patent Institute"}))
    ]
