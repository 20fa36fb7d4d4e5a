"""Officials as government releases and trade press write them: long Malay and Arabic names
behind honorifics, a minister's name run on from the portfolio, an envoy posted "to" a
country, several titles held at one body, a lawyer at a firm named by one word."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, people_names, roles


def test_a_two_word_honorific_is_not_part_of_the_name() -> None:
    f = facts_text(
        "The Honourable Dato' Seri Hamzah Rahman, Minister of Works of Malaysia, opened the "
        "session."
    )
    assert "Hamzah Rahman" in people_names(f)


def test_a_long_name_after_a_malay_honorific_is_read_whole() -> None:
    f = facts_text(
        "The programme was signed by Datuk Wan Ahmad Faiz Wan Mohd Noor, Chief Executive "
        "Officer of the Malaysian Investment Development Authority (MIDA)."
    )
    assert "Wan Ahmad Faiz Wan Mohd Noor" in people_names(f)


def test_a_long_run_of_capitals_without_an_honorific_stays_four_words() -> None:
    f = facts_text(
        "Signing for the office was Lee Seung Ho Park Min Jae, Commissioner of the Korean "
        "Intellectual Property Office."
    )
    assert all(len(n.split()) <= 4 for n in people_names(f))


def test_royal_styles_are_neither_a_name_nor_part_of_a_title() -> None:
    f = facts_text(
        "Dato' Seri Hamzah Rahman, Prime Minister of Malaysia, and His Royal Highness Prince "
        "Faisal bin Turki, Governor of the Eastern Province, witnessed the exchange."
    )
    titles = {t for _, t, _ in roles(f)} | {r.title for r in f.roles}
    assert not any("Highness" in t for t in titles)
    assert not any("Highness" in n for n in people_names(f))


def test_a_three_word_name_after_a_one_word_portfolio_is_not_the_portfolio() -> None:
    f = facts_text("Minister of Trade Budi Santoso Wirawan witnessed the signing.")
    assert "Budi Santoso Wirawan" in people_names(f)
    assert {r.title for r in f.roles} == {"Minister of Trade"}


def test_an_envoy_posted_to_a_country_before_a_comma_is_named() -> None:
    f = facts_text(
        "Peru's Ambassador to Japan, Rosa Elena Quispe, and the Director of the Japan Patent "
        "Office attended as witnesses."
    )
    assert "Rosa Elena Quispe" in people_names(f)


def test_a_ministers_ministry_may_be_named_with_its_kingdom() -> None:
    f = facts_text(
        "The memorandum between the Ministry of Culture of the Kingdom of Jordan and the "
        "Ministry of Tourism of Egypt was signed by H.E. Omar Haddad, Minister of Culture."
    )
    assert (
        "Omar Haddad",
        "Minister of Culture",
        "Ministry of Culture of the Kingdom of Jordan",
    ) in roles(f)


def test_several_titles_before_one_body_are_one_role_each_there() -> None:
    f = facts_text(
        "Anne Tremblay, Commissioner of Patents, Registrar of Trademarks and CEO of the "
        "Canadian Intellectual Property Office (CIPO), met the President of the European "
        "Patent Office, Lars Holm."
    )
    office = "Canadian Intellectual Property Office"
    assert {(t, o) for p, t, o in roles(f) if p == "Anne Tremblay"} == {
        ("Commissioner of Patents", office),
        ("Registrar of Trademarks", office),
        ("CEO", office),
    }


def test_a_lawyer_at_a_firm_of_one_name_works_at_that_firm() -> None:
    f = facts_text(
        "Clients were cautious. Irene Soler, a senior associate at Vallmont in Barcelona, "
        "said the change was overdue."
    )
    assert "Vallmont" in org_set(f)
    assert ("Irene Soler", "senior associate", "Vallmont") in roles(f)


def test_a_country_code_in_an_event_name_is_not_an_organisation() -> None:
    f = facts_text(
        "The forum IP Days @ NZ opened on Monday. At IP Days @ NZ, the Intellectual Property "
        "Office of New Zealand presented its plans."
    )
    assert "NZ" not in org_set(f)


def test_indian_honorifics_and_australian_post_nominals_are_not_the_name() -> None:
    f = facts_text(
        "The signing took place in the presence of Shri Arvind Mehra, Union Minister of "
        "Textiles, and Mr. Ian Whitlam AO, Chief Executive of the Australian Trade and "
        "Investment Commission."
    )
    assert {"Arvind Mehra", "Ian Whitlam"} <= people_names(f)


def test_a_high_commissioner_is_an_envoy_not_an_office_holder() -> None:
    f = facts_text(
        "The MoU was signed by the Controller General of the Indian patent office, in the "
        "presence of H.E. Ms. Jane Tully, High Commissioner of Australia to India."
    )
    assert not any(p == "Jane Tully" for p, _, _ in roles(f))


def test_a_deputy_ministers_portfolio_ends_before_the_next_titled_person() -> None:
    f = facts_text(
        "Deputy Minister of Science and Technology Tran Van Long and KIPO Commissioner Park "
        "Ji-hoon signed the document. The Ministry of Science and Technology of Vietnam "
        "will implement it."
    )
    got = roles(f)
    assert (
        "Tran Van Long",
        "Deputy Minister of Science and Technology",
        "Ministry of Science and Technology of Vietnam",
    ) in got
    assert any(p == "Park Ji-hoon" and t == "Commissioner" for p, t, _ in got)
