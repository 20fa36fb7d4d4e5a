"""French names and titles quoted in English text (importers/en/orgs/romance.py,
importers/en/roles/french.py): bodies written head first ("Université de ...", "Centre
d'..."), titles such as "Directeur Général" or "Chef du service des ..." with their French
field, and the forms of address "Mme" and "Madame"."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, people_names, roles


def test_a_french_university_written_head_first_is_named_whole() -> None:
    f = facts_text("Students from the Université de Ouagadougou II joined the summer school.")
    assert "Université de Ouagadougou II" in org_set(f)


def test_a_spanish_university_written_head_first_is_named_whole() -> None:
    f = facts_text("A professor at the Universidad de Montevideo chaired the panel.")
    assert "Universidad de Montevideo" in org_set(f)


def test_a_centre_named_with_elided_articles_runs_to_its_owner() -> None:
    f = facts_text(
        "Disputes may also go to the Centre d'Expertise et de Conciliation de l'ARIPO, "
        "which opened in 2019."
    )
    assert "Centre d'Expertise et de Conciliation de l'ARIPO" in org_set(f)


def test_a_french_name_runs_on_over_pour_le() -> None:
    f = facts_text("The Institut de Formation pour le Commerce hosted the workshop in Dakar.")
    assert "Institut de Formation pour le Commerce" in org_set(f)


def test_an_english_name_ending_in_its_head_is_unchanged() -> None:
    f = facts_text("The Danish Patent and Trademark Office met the Swedish delegation.")
    assert "Danish Patent and Trademark Office" in org_set(f)


def test_a_directeur_general_of_a_body_named_after_the_title_holds_the_post() -> None:
    f = facts_text(
        "Dakar, 4 March 2022 – The Directeur Général of WIPO, Mr. Rémi Lambert, opened the "
        "regional meeting."
    )
    assert ("Rémi Lambert", "Directeur Général", "WIPO") in roles(f)


def test_a_directrice_keeps_her_french_field_and_holds_it_at_the_body_after_at() -> None:
    f = facts_text(
        "Dakar, 4 March 2022 – Mme Sophie Traoré, Directrice des Marques et des Brevets at "
        "ARIPO, presented the annual figures."
    )
    assert "Sophie Traoré" in people_names(f)
    assert ("Sophie Traoré", "Directrice des Marques et des Brevets", "ARIPO") in roles(f)


def test_a_chef_du_service_keeps_a_field_in_lower_case() -> None:
    f = facts_text(
        "Dakar, 4 March 2022 – Madame Claire Mensah, Chef du service de la formation "
        "continue at WIPO, answered questions."
    )
    assert ("Claire Mensah", "Chef du service de la formation continue", "WIPO") in roles(f)


def test_a_french_field_not_closed_by_an_english_word_ends_at_its_last_capital() -> None:
    f = facts_text(
        "Dakar, 4 March 2022 – Mme Awa Ndiaye, ARIPO Directrice des Affaires Juridiques "
        "since 2019, thanked the hosts."
    )
    assert ("Awa Ndiaye", "Directrice des Affaires Juridiques", "ARIPO") in roles(f)


def test_a_lower_case_chef_is_no_title() -> None:
    f = facts_text("The chef de cuisine Paolo Verdi served lunch to the ARIPO delegation.")
    assert "Paolo Verdi" not in people_names(f)


def test_a_middle_initial_m_is_no_form_of_address() -> None:
    f = facts_text(
        "Dakar, 4 March 2022 – Deputy Director General Anna M. Kowalczyk of WIPO opened the "
        "meeting."
    )
    assert "Anna M. Kowalczyk" in people_names(f)
