"""Holders the title patterns used to miss: an envoy's remit written straight after the title
before "of" its mission, a body's staff named after the body ("the WIPO experts Mr. A and
Mr. B"), a signer named by one word in a photo's caption, a body written in lower case
between the title and the holder, a title's own initials in brackets before the holder, and
the ministry a portfolio and a country name, also written with the country in brackets."""

from __future__ import annotations

from tests.extract.en.helpers import all_names, facts_text, people_names, roles


def test_an_envoys_remit_before_of_its_embassy_is_part_of_the_post() -> None:
    f = facts_text(
        "On 3 May, Mr. Tariq Almasi Durrani, Counsellor Commercial Affairs of Embassy of "
        "Ruritania, called on the Patent Office."
    )
    assert (
        "Tariq Almasi Durrani",
        "Counsellor Commercial Affairs",
        "Embassy of Ruritania",
    ) in roles(f)


def test_an_office_holders_remit_before_at_its_body_is_part_of_the_post() -> None:
    f = facts_text(
        "Ms. Hana Solberg, Director Legal Affairs at the Nordland Seed Agency, opened the day."
    )
    assert ("Hana Solberg", "Director Legal Affairs", "Nordland Seed Agency") in roles(f)


def test_a_bodys_experts_named_after_it_are_its_experts() -> None:
    f = facts_text(
        "The Registrar thanked the WIPO experts Mr. Arno Kettler and Ms. Dalia Serrat who "
        "had travelled from Geneva."
    )
    assert ("Arno Kettler", "experts", "WIPO") in roles(f)
    assert ("Dalia Serrat", "experts", "WIPO") in roles(f)


def test_a_singular_staff_noun_names_one_person_only() -> None:
    f = facts_text("The course was taught by EUIPO expert Jana Novak and Dr. Piet Smit.")
    assert ("Jana Novak", "expert", "EUIPO") in roles(f)
    assert not any(r[0] == "Piet Smit" for r in roles(f))


def test_a_staff_noun_with_no_body_before_it_names_no_one() -> None:
    f = facts_text("The experts Mr. Arno Kettler and Ms. Dalia Serrat gave the talks.")
    assert not roles(f)


def test_a_one_word_signer_in_a_caption_holds_the_title() -> None:
    f = facts_text(
        "The Japan Patent Office (JPO) and the Ruritania Market Authority (RMA) signed a "
        "memorandum of cooperation.\n\nJPO Commissioner Sakaguchi signing the memorandum.\n"
    )
    assert ("Sakaguchi", "Commissioner", "Japan Patent Office") in roles(f)


def test_a_one_word_signer_with_the_body_after_the_name() -> None:
    f = facts_text(
        "The Japan Patent Office (JPO) and the Ruritania Market Authority (RMA) signed a "
        "memorandum of cooperation.\n\nDirector General Thanh of the RMA signing the "
        "memorandum.\n"
    )
    assert ("Thanh", "Director General", "Ruritania Market Authority") in roles(f)


def test_a_holder_after_a_body_written_in_lower_case() -> None:
    f = facts_text(
        "The Ruritanian Office for Intellectual Property (RUOIP) and the EUIPO signed a "
        "memorandum.\n\n«It brings our systems closer» – said the Director of the IP office "
        "Marta Kovalenko.\n"
    )
    assert (
        "Marta Kovalenko",
        "Director",
        "Ruritanian Office for Intellectual Property",
    ) in roles(f)


def test_a_lower_case_body_then_a_one_word_name_is_no_holder() -> None:
    f = facts_text("He met the Director of the IP office Kovalenko and others.")
    assert "Kovalenko" not in people_names(f)


def test_a_titles_own_initials_in_brackets_before_the_holder() -> None:
    f = facts_text(
        "The ARIPO Director General (DG), Mr Kwame Asante, met the WIPO Director General, "
        "Mr Daren Tang, on Monday."
    )
    assert ("Kwame Asante", "Director General", "ARIPO") in roles(f)


def test_a_bodys_acronym_in_brackets_after_a_title_is_no_initials_of_it() -> None:
    f = facts_text("The Director General (WIPO), Mr Kwame Asante, met the press on Monday.")
    assert not any(r[0] == "Kwame Asante" and r[2] == "ARIPO" for r in roles(f))


def test_a_ministry_named_by_a_portfolio_and_a_state_is_also_written_with_it_in_brackets() -> None:
    f = facts_text(
        "Rustam Nazarov, the Minister of Industry and Export of the Republic of Tajikistan, "
        "met the President of the Ruritanian Patent Office."
    )
    key = next(o.key for o in f.orgs if o.name.startswith("Ministry of Industry"))
    assert "Ministry of Industry and Export (Tajikistan)" in all_names(f, key)


def test_a_title_of_the_body_called_by_its_kind_then_the_holder_in_commas() -> None:
    f = facts_text(
        "The guests were received at the Ruritanian Seed Centre in Lenz. In the talks the "
        "Chairman of the Center, Mr. Ivo Marek, described its work."
    )
    assert ("Ivo Marek", "Chairman", "Ruritanian Seed Centre") in roles(f)


def test_a_title_after_on_behalf_of_a_body_is_held_there() -> None:
    f = facts_text(
        "The two offices signed the memorandum in Beijing. On behalf of the Intellectual "
        "Property Office of Ruritania (IPOR), Secretary Lim Boon Hock said the memorandum "
        "would help traders."
    )
    assert ("Lim Boon Hock", "Secretary", "Intellectual Property Office of Ruritania") in roles(f)


def test_a_titles_own_initials_in_brackets_before_the_name_right_after() -> None:
    f = facts_text(
        "The Ruritania Seed Agency (RSA) Chief Executive Officer (CEO) Jane Roe opened the "
        "fair on Monday."
    )
    assert ("Jane Roe", "Chief Executive Officer", "Ruritania Seed Agency") in roles(f)
