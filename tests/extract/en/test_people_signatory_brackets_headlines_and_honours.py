"""People and roles in forms that press releases use: a signatory's post in brackets with its
body, titles written before their holders in a list, headlines in title case, names run
into the body before them, honours before long names, and lower-case combined titles."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles


def test_a_post_in_brackets_with_its_body_is_the_signatorys() -> None:
    f = facts_text(
        "The charter was signed by Lena Horvat (Director of the Croatian Patent Office), "
        "Pavel Dvorsky (President of the Industrial Property Office of the Czech Republic) "
        "and Ewa Nowicka (President of the Patent Office of the Republic of Poland)."
    )
    assert (
        "Pavel Dvorsky",
        "President",
        "Industrial Property Office of the Czech Republic",
    ) in roles(f)
    assert ("Ewa Nowicka", "President", "Patent Office of the Republic of Poland") in roles(f)


def test_titles_written_before_their_holders_in_a_list_go_with_the_name_after() -> None:
    f = facts_text(
        "At the ceremony she was joined by the Minister for Trade, Ms. Carla Brandt, "
        "the Netherlands Innovation Envoy, Mr. Pieter Vos, Netherlands Patent Office "
        "Director, Mr. Joost Smit, and many inventors.\n"
    )
    held = roles(f)
    assert ("Joost Smit", "Director", "Netherlands Patent Office") in held
    assert not any(p == "Pieter Vos" and o == "Netherlands Patent Office" for p, _, o in held)


def test_a_headline_verb_after_a_title_is_no_name() -> None:
    f = facts_text(
        "Patent Office President Opens Regional Training Centre\n"
        "Patent Office President Ana Ruiz opened the centre on Monday.\n"
    )
    assert "Opens Regional Training Centre" not in people_names(f)
    assert "Ana Ruiz" in people_names(f)


def test_a_title_and_family_name_after_the_full_name_is_no_new_person() -> None:
    f = facts_text(
        "The Minister for Culture, Mr. Tomas Lind, opened the fair. Later, with Minister "
        "Lind, the President of the Swedish Patent Office visited the stands."
    )
    assert "Minister Lind" not in people_names(f)


def test_a_chinese_name_written_as_one_camel_cased_word_after_mr() -> None:
    f = facts_text(
        "On 3 May 2007, Mr. ZhouHaiBo, Director General of the Patent Office of the "
        "Republic of Poland, met the visitors."
    )
    assert "ZhouHaiBo" in people_names(f)


def test_a_lower_case_title_after_the_names_a_person() -> None:
    f = facts_text(
        "The Danish Patent and Trademark Office said in a statement that filings grew. "
        "The statement quoted the chairman Erik Holm as saying that demand was strong."
    )
    assert ("Erik Holm", "chairman", "Danish Patent and Trademark Office") in roles(f)


def test_a_lower_case_chain_of_titles_is_held_at_the_body_after_it() -> None:
    f = facts_text(
        "Maria Lopez, commissioner of patents, registrar of designs, and CEO of the "
        "Canadian Intellectual Property Office, signed the letter."
    )
    assert (
        "Maria Lopez",
        "commissioner of patents, registrar of designs, and CEO",
        "Canadian Intellectual Property Office",
    ) in roles(f)


def test_a_deputy_prime_minister_and_minister_hold_two_posts() -> None:
    f = facts_text(
        "Karel Novak, Deputy Prime Minister and Minister of Foreign Affairs of the Czech "
        "Republic, spoke. The plan was approved by the Czech government."
    )
    held = roles(f)
    assert ("Karel Novak", "Deputy Prime Minister", "Czech government") in held
    assert any(p == "Karel Novak" and t == "Minister of Foreign Affairs" for p, t, _ in held)


def test_a_name_run_into_a_body_after_its_title_ends_the_body() -> None:
    f = facts_text(
        "The Director General of the Peruvian Institute of Industrial Property Rosa Elena "
        "Quispe spoke first. Later Ms Quispe thanked the hosts."
    )
    assert (
        "Rosa Elena Quispe",
        "Director General",
        "Peruvian Institute of Industrial Property",
    ) in (roles(f))


def test_a_one_word_name_after_a_body_and_its_bare_acronym() -> None:
    f = facts_text(
        "Head of Patent Office of Ruritania POR Batbayar opened the session. "
        "Mr. Batbayar then thanked the delegates."
    )
    assert ("Batbayar", "Head", "Patent Office of Ruritania") in roles(f)


def test_an_honour_before_a_long_name_keeps_the_whole_name() -> None:
    f = facts_text(
        "At the talks the minister had beside him Ambassador Afioga Lupe Nella Sina Tavita "
        "Fuimaono, who spoke briefly."
    )
    assert "Lupe Nella Sina Tavita Fuimaono" in people_names(f)


def test_a_field_after_a_title_before_an_addressed_name() -> None:
    f = facts_text(
        "Dr. Lena Berg, President of the Austrian Patent Office, was accompanied by the "
        "Director for the Division for Central Europe Mr. Jonas Weber."
    )
    names = {p.key: p.name for p in f.people}
    titles = {(names[r.person], r.title) for r in f.roles}
    assert ("Jonas Weber", "Director for the Division for Central Europe") in titles
