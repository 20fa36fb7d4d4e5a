"""Signings only wished for, surnames after a lower-case particle, and names run on after
an office's name.

"The two sides stated their intention to conclude a memorandum" signs nothing yet: the
intention is a noun here, not the verb "intend".

A surname in capitals may follow a lower-case particle ("Mr. Joaquim da COSTA"): the particle
links it to the given name, and the capitals word is the family name, never an acronym of a
body, also where it comes back as "Mr. da COSTA".

"the Director General of the Patent Office of Ruritania Jana Novak met ..." runs the head's
name on from the body's; when the text writes "the Patent Office of Ruritania" elsewhere with
no capitalised word after it, the body's name ends there and the words after it are hers.
"""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text, org_set, people_names, roles

INTENTION = (
    "The President of the Nordic Patent Institute Karin Dahl met the head of the Icelandic "
    "Intellectual Property Office in Oslo on 4 May 2025. Both sides voiced a shared intention "
    "to conclude a memorandum of understanding next year.\n"
)


def test_an_intention_to_conclude_a_memorandum_signs_nothing() -> None:
    assert agreements_of(facts_text(INTENTION, "2025-05-05")) == []


PARTICLE = (
    "Closing the meeting, the Executive Director of the Andean Patent Bureau Mr. Joaquim da "
    "COSTA thanked the delegates. The delegates in turn thanked Mr. da COSTA for his years "
    "at the Andean Patent Bureau.\n"
)


def test_a_capitals_surname_after_a_particle_completes_the_name() -> None:
    f = facts_text(PARTICLE)
    assert "Joaquim da COSTA" in people_names(f)
    assert ("Joaquim da COSTA", "Executive Director", "Andean Patent Bureau") in roles(f)


def test_a_capitals_surname_after_a_particle_is_no_acronym() -> None:
    assert "COSTA" not in org_set(facts_text(PARTICLE))


RUN_ON = (
    "The Chair of the Baltic Trademark Board Mikael Berg and the Director General of the "
    "Patent Office of Ruritania Jana Maria Novak met in Riga on 2 June 2025.\n\n"
    "The meeting told the experts of the Patent Office of Ruritania about the Baltic filing "
    "route.\n"
)


def test_a_head_named_right_after_a_body_written_whole_elsewhere_is_a_person() -> None:
    f = facts_text(RUN_ON)
    assert "Patent Office of Ruritania Jana Maria Novak" not in org_set(f)
    assert ("Jana Maria Novak", "Director General", "Patent Office of Ruritania") in roles(f)
