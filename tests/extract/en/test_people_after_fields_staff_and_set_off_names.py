"""A body's field that runs into its head's name, a holder set off by commas after a title,
staff named after their body, and a head's body after "of" (importers/en/orgs:
trailing_names.py, titled_holders.py, chunks.py; importers/en/roles: odd_names.py, fields.py,
patterns.py, body_staff.py; importers/en/names.py)."""

from __future__ import annotations

from importers.facts import DocumentFacts
from tests.extract.en.helpers import facts_text, org_set, people_names, roles


def _bodiless(f: DocumentFacts) -> set[tuple[str, str]]:
    """(person, title) of every role held at no organisation."""
    people = {p.key: p.name for p in f.people}
    return {(people[r.person], r.title) for r in f.roles if r.org is None}


def test_a_field_word_after_of_ends_the_body_before_its_heads_name() -> None:
    f = facts_text(
        "The guests, led by Director-General of the Bureau of Industrial Property Arno "
        "Keskula, toured the archive."
    )
    assert "Bureau of Industrial Property" in org_set(f)
    assert ("Arno Keskula", "Director-General", "Bureau of Industrial Property") in roles(f)


def test_a_field_word_after_on_ends_the_body_before_its_heads_name() -> None:
    f = facts_text(
        "Chair of the Agency on Industrial Property Petra Holm greeted the visitors in Riga."
    )
    assert "Agency on Industrial Property" in org_set(f)
    assert ("Petra Holm", "Chair", "Agency on Industrial Property") in roles(f)


def test_a_field_goes_on_with_another_fields_word_not_cut_as_a_name() -> None:
    f = facts_text("Director of the Department of Intellectual Property Rights Protection spoke.")
    assert "Department of Intellectual Property Rights Protection" in org_set(f)


def test_a_title_and_a_name_after_a_bodys_field_are_the_holders_not_the_bodys() -> None:
    f = facts_text(
        "The Agency for Industrial Property Director General Sipho Ndlovu opened the fair."
    )
    assert ("Sipho Ndlovu", "Director General", "Agency for Industrial Property") in roles(f)


def test_the_holder_after_the_field_may_have_four_names() -> None:
    f = facts_text(
        "Institute of Industrial Property President Luis Alberto Ruiz Pardo met the press."
    )
    assert "Luis Alberto Ruiz Pardo" in people_names(f)
    assert "Institute of Industrial Property" in org_set(f)


def test_a_bare_rank_with_no_body_and_no_remit_is_still_no_role() -> None:
    f = facts_text("Ms. Ilse Brandt, Director, gave the closing words.")
    assert not _bodiless(f)


def test_one_name_after_a_form_of_address_set_off_by_commas_is_the_titles_holder() -> None:
    f = facts_text(
        "Director General of the Intellectual Property Office of Ruritania, Mr. Wibisono, "
        "opened the session."
    )
    assert "Wibisono" in people_names(f)


def test_a_function_qualified_by_its_country_still_ends_where_its_holder_is_set_off() -> None:
    f = facts_text(
        "Director General of Customs of the Republic of Korea, Ms. Yoon Mi-rae, spoke first."
    )
    assert "Yoon Mi-rae" in people_names(f)


def test_a_function_not_followed_by_a_country_ends_where_it_ends() -> None:
    f = facts_text("Director General of Customs of Eastfield Harbour, Mr. Jonas Pike, spoke.")
    assert all("Eastfield" not in title for _, title in _bodiless(f))


def test_a_heads_body_named_after_of_is_no_state_for_a_demonym_in_its_name() -> None:
    f = facts_text("President Lukas Brunner of the Austrian Patent Office signed the minutes.")
    assert ("Lukas Brunner", "President", "Austrian Patent Office") in roles(f)


def test_a_president_named_before_of_and_a_country_is_still_that_states() -> None:
    f = facts_text("President Ana Duarte of Portugal received the delegation.")
    assert not roles(f)


def test_staff_named_after_their_body_with_including_hold_the_staff_noun_there() -> None:
    f = facts_text(
        "Examiners from the Hellenic Industrial Property Organisation, including Ms. Eleni "
        "Pappas and Mr. Nikos Vlachos, ran the workshop."
    )
    found = {(who, org) for who, title, org in roles(f) if title.casefold() == "examiners"}
    assert found == {
        ("Eleni Pappas", "Hellenic Industrial Property Organisation"),
        ("Nikos Vlachos", "Hellenic Industrial Property Organisation"),
    }


def test_officials_of_a_body_among_them_a_named_one_are_its_officials() -> None:
    f = facts_text(
        "Officials of the Patent Office of Ruritania, among them Mr. Teodor Ilic, toured "
        "the registry."
    )
    assert ("Teodor Ilic", "Officials", "Patent Office of Ruritania") in roles(f)


def test_people_from_a_body_named_by_no_staff_noun_get_no_role() -> None:
    f = facts_text("Students from the University of Ruritania, including Ms. Ana Kos, attended.")
    assert not roles(f)


def test_a_name_with_an_initial_set_off_by_commas_after_a_title_and_body_is_read() -> None:
    f = facts_text("Chief Executive of the Patent Office of Ruritania, R. Velasamy, spoke.")
    assert ("R. Velasamy", "Chief Executive", "Patent Office of Ruritania") in roles(f)


def test_an_initial_after_a_comma_in_running_text_opens_no_name_of_a_list_of_things() -> None:
    f = facts_text("The talks covered patents, trademarks and designs, A. Then they left.")
    assert not people_names(f)


def test_a_country_opening_a_bodys_name_after_a_function_is_the_bodys_not_the_titles() -> None:
    f = facts_text(
        "Vice-Chair: the Registrar of Designs of the Namibia Intellectual Property Office "
        "(NIPO), Ms. Vesna Horvat;"
    )
    assert any(
        who == "Vesna Horvat" and title == "Registrar of Designs" for who, title, _ in roles(f)
    )


def test_representatives_of_a_body_set_off_by_a_comma_are_its_representatives() -> None:
    """ "representatives of the X (XO), Mr. A, Ms. B and Mr. C": the addressed names listed
    right after the body and a comma are its representatives."""
    f = facts_text(
        "The briefing was attended by representatives of the Patent Office of Ruritania "
        "(POR), Mr. Teodor Ilic, Ms. Ana Kos and Mr. Ivo Novak."
    )
    for name in ("Teodor Ilic", "Ana Kos", "Ivo Novak"):
        assert (name, "representatives", "Patent Office of Ruritania") in roles(f)


def test_one_addressed_name_after_a_body_s_officials_and_a_comma_is_no_list() -> None:
    f = facts_text("Speaking to officials of the Patent Office of Ruritania, Mr. Ivo Novak agreed.")
    assert not roles(f)
