"""Bodies and holders in shapes a report on a signing or a meeting of office heads takes.

A known body's acronym bracketed after its name with the head left out; a known body cited
by its official name in French or Spanish, accents and all; a holder's surname before
", Director General of X" in a list of heads (an initial's full stop no sentence end);
"Title of Body Given Family signed", the body known, the name of two words; and the last
fields of a minister's remit listed with a comma.
"""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, people_names, roles


def test_an_acronym_after_a_known_name_without_its_head_is_that_body() -> None:
    text = (
        "Chile and the World Customs (WCO) signed a memorandum of understanding on 3 May. "
        "Under it, WCO will train officers. WCO Secretary General Ana Ruiz welcomed the step."
    )
    f = facts_text(text)
    wco = next(o for o in f.orgs if o.ref == "wco")
    assert ("Ana Ruiz", "Secretary General", wco.name) in roles(f)
    (agreement,) = f.agreements
    assert wco.key in agreement.parties


def test_a_known_body_is_found_by_its_accented_official_name() -> None:
    text = (
        "Ines Martens, Director General of the Office Benelux de la Propriété "
        "intellectuelle, opened the session."
    )
    f = facts_text(text)
    boip = next(o for o in f.orgs if o.ref == "boip")
    assert ("Ines Martens", "Director General", boip.name) in roles(f)


def test_a_surname_before_a_title_in_a_list_of_heads_is_no_body() -> None:
    text = (
        "The minister met Carla Mendes, Director of the Andean Patent Office, Paul K. "
        "Mensah, Director General of the Ruritanian Trademark Registry, Ewa Kowal, President "
        "of the Baltic Design Office."
    )
    f = facts_text(text)
    assert "Mensah" not in org_set(f)
    assert ("Paul K. Mensah", "Director General", "Ruritanian Trademark Registry") in roles(f)


def test_two_capitalised_words_after_a_known_body_are_the_signers_name() -> None:
    text = (
        "The Head of the Andean Office Jorge Paz and the Chairman of Rospatent Aliya "
        "Omarova signed the memorandum."
    )
    f = facts_text(text)
    assert "Aliya Omarova" in people_names(f)
    assert "Omarova" not in people_names(f)
    assert any(p == "Aliya Omarova" and t == "Chairman" for p, t, _ in roles(f))


def test_the_last_fields_of_a_listed_remit_are_no_body() -> None:
    text = (
        "The signing was witnessed by the acting Minister of Mining, Energy and Water "
        "Service, Paulo Reis Costa."
    )
    f = facts_text(text)
    assert not any("Water Service" in n for n in org_set(f))
    assert "Paulo Reis Costa" in people_names(f)
