"""Names opened by initials written together ("K.L. Roe", importers/en/names.py), an envoy's
title naming the state it represents right before the holder's name (roles/postings.py), and
further titles listed after a possessive body's first one (roles/joined_titles.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles


def test_initials_written_together_open_a_name_after_a_body() -> None:
    f = facts_text(
        "The session was opened by the Director of the Northland Seed Institute, P.V. Marrick, "
        "who welcomed the guests. The Chairman of the Westmark Patent Council T.S. Olvanek "
        "closed it."
    )
    assert {"P.V. Marrick", "T.S. Olvanek"} <= people_names(f)
    assert ("P.V. Marrick", "Director", "Northland Seed Institute") in roles(f)


def test_a_country_abbreviation_opens_no_name() -> None:
    f = facts_text("The U.S. Delegation met the Registrar of the Zendia Trademark Registry.")
    assert not any(n.startswith("U.S.") for n in people_names(f))


def test_an_envoy_of_a_state_named_before_the_holder() -> None:
    f = facts_text(
        "A motion by Plenipotentiary Representative of Moldova R.N. Vaskel "
        "was carried, and the Permanent Representative of Chile Ana Florit agreed."
    )
    people = {p.key: p.name for p in f.people}
    got = {(people[r.person], r.title, r.org) for r in f.roles}
    assert ("R.N. Vaskel", "Plenipotentiary Representative of Moldova", None) in got
    assert ("Ana Florit", "Permanent Representative of Chile", None) in got


def test_titles_listed_after_a_possessive_body_are_each_a_post() -> None:
    f = facts_text(
        "The Ruritanian Design Office (RDO) renewed its plan.\n"
        "- Mara Quellin, RDO's Registrar of Designs, Controller of Patents and Chief Executive "
        "Officer\n"
    )
    got = roles(f)
    for title in ("Registrar of Designs", "Controller of Patents", "Chief Executive Officer"):
        assert ("Mara Quellin", title, "Ruritanian Design Office") in got


def test_a_list_that_runs_on_into_the_sentence_stays_one_post() -> None:
    f = facts_text(
        "The Ruritanian Design Office (RDO) renewed its plan. Mara Quellin, RDO's Registrar of "
        "Designs, Controller of Patents and Chief Executive Officer of the Lantern Trust, spoke."
    )
    assert ("Mara Quellin", "Chief Executive Officer", "Ruritanian Design Office") not in roles(f)


def test_a_lower_case_post_of_a_body_closed_by_the_sentence() -> None:
    f = facts_text(
        "The Zendia Seed Agency (ZSA) sent a delegation. Jon Pell received the visiting deputy "
        "director general of ZSA, Ms. Ilse Varnow. They spoke of seeds."
    )
    assert ("Ilse Varnow", "deputy director general", "Zendia Seed Agency") in roles(f)


def test_the_title_after_a_visit_and_a_talk_is_held_at_the_body_visited() -> None:
    f = facts_text(
        "The Ruritanian Design Office (RDO) hosted guests. In Porta, the guests visited the "
        "Porta Patent Bureau and talked with Director Anton Brill. Brill showed them round."
    )
    assert ("Anton Brill", "Director", "Porta Patent Bureau") in roles(f)


def test_a_second_post_in_lower_case_between_a_body_and_the_name() -> None:
    f = facts_text(
        "The Chairman of the Westmark Seed Council, the permanent representative of Chile, "
        "Ivo Rakel, opened the session."
    )
    people = {p.key: p.name for p in f.people}
    got = {(people[r.person], r.title, r.org) for r in f.roles}
    assert ("Ivo Rakel", "permanent representative of Chile", None) in got
    assert ("Ivo Rakel", "Chairman", "Westmark Seed Council") in roles(f)


def test_a_bracketed_title_with_a_bare_acronym_after_an_initial_and_surname() -> None:
    f = facts_text(
        "The Zendia Seed Agency (ZSA) took part. The chair, Mr. K. Orlan (Director General ZSA), "
        "opened the talks."
    )
    assert "K. Orlan" in people_names(f)
    assert ("K. Orlan", "Director General", "Zendia Seed Agency") in roles(f)


def test_a_post_at_an_organ_of_the_body_called_by_its_kind() -> None:
    f = facts_text(
        "The Northland Seed Organization (NSO) met in May. The NSO drew up its plan. A fair is "
        "due in June (Chairman of the Organization's Steering Council P.K. Dorran)."
    )
    got = roles(f)
    assert (
        "P.K. Dorran",
        "Chairman of the Organization's Steering Council",
        "Northland Seed Organization",
    ) in got
    assert "Steering Council" not in {o.name for o in f.orgs}


def test_a_party_chief_is_a_titled_person() -> None:
    f = facts_text("Lin Haoran, Party chief of the Beishan district, opened the park.")
    assert "Lin Haoran" in people_names(f)
