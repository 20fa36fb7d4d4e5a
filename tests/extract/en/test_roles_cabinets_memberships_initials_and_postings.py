"""State leaders' posts in a cabinet and a membership written before them (importers/en/roles/
cabinets.py), initialled re-mentions (roles/model.py), a broken hyphen inside a title
(words.py), posts at a unit stationed in a body (roles/stationed.py), and a portfolio
written before "Minister" or "Secretary" in a text naming one government (roles/bare.py) or
the one ministry or department of that portfolio (roles/named_ministries.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, people_names, roles


def test_a_vice_premier_of_the_state_council_holds_the_post_in_the_chinese_government() -> None:
    f = facts_text(
        "Trade talks in Xiamen\n\n"
        "On 9 April 2031 Wang Defu, member of the Political Bureau of the CPC Central "
        "Committee and Vice Premier of the State Council, received a business delegation "
        "from Norway. The Government of the People's Republic of China hosted the talks."
    )
    got = roles(f)
    assert ("Wang Defu", "Vice Premier", "Government of the People's Republic of China") in got
    assert "State Council" not in org_set(f)  # named only inside the title


def test_a_second_post_after_a_first_one_in_apposition_is_held_at_its_body() -> None:
    f = facts_text(
        "Fair opens\n\n"
        "Lim Bee Hoon, Malaysia's acting minister of health and co-chairman of the "
        "Malaysia-Fujian Trade Council, opened the fair in Fuzhou on Friday."
    )
    assert ("Lim Bee Hoon", "co-chairman", "Malaysia-Fujian Trade Council") in roles(f)


def test_a_name_written_again_with_an_initial_is_the_same_person() -> None:
    f = facts_text(
        "Visit to Minsk\n\n"
        "The delegation of the Nordic Patent Institute was led by Director Ragnhild Berge. "
        "Later, Director R. Berge answered questions from the press."
    )
    assert "R. Berge" not in people_names(f)
    assert ("Ragnhild Berge", "Director", "Nordic Patent Institute") in roles(f)


def test_two_people_the_initial_fits_leave_the_initialled_name_apart() -> None:
    f = facts_text(
        "Two visitors\n\n"
        "Director Ragnhild Berge of the Nordic Patent Institute and Deputy Director Rolf "
        "Berge of the Nordic Patent Institute came. Director R. Berge spoke first."
    )
    assert "R. Berge" in people_names(f)


def test_a_title_whose_hyphen_a_conversion_broke_is_still_read() -> None:
    f = facts_text(
        "Signing in Accra\n\n"
        "The Director- General of the Ghana Industrial Property Office (GIPO), Kwame Mensah, "
        "signed the agreement on 2 June 2032."
    )
    got = roles(f)
    assert any(p == "Kwame Mensah" and t.startswith("Director") for p, t, _ in got)


def test_the_head_of_a_group_stationed_in_an_office_holds_the_post_at_the_office() -> None:
    f = facts_text(
        "Meeting in Hangzhou\n\n"
        "Commissioner Zhou Lan of the Zhejiang Intellectual Property Office met the guests. "
        "Qian Ming, Head of the Audit Group Stationed in the Zhejiang Intellectual Property "
        "Office, also attended."
    )
    got = roles(f)
    assert (
        "Qian Ming",
        "Head of the Audit Group",
        "Zhejiang Intellectual Property Office",
    ) in got


def test_portfolio_ministers_and_secretaries_sit_in_the_one_government_named() -> None:
    f = facts_text(
        "NAIROBI - Kenya's trade officials met a visiting patent delegation on Monday.\n\n"
        "Trade Minister Peter Kamau welcomed the guests, and Trade Secretary Grace Wanjiru "
        "attended. The minister said the government of Kenya would support the plan."
    )
    got = roles(f)
    assert ("Peter Kamau", "Trade Minister", "government of Kenya") in got
    assert ("Grace Wanjiru", "Trade Secretary", "government of Kenya") in got


def test_a_portfolio_before_secretary_heads_the_department_of_that_portfolio_named() -> None:
    f = facts_text(
        "Labor Secretary Ana Villanueva signed the order on Friday. The Department of Labor and "
        "Employment (DOLE) will carry it out."
    )
    assert (
        "Ana Villanueva",
        "Labor Secretary",
        "Department of Labor and Employment",
    ) in roles(f)


def test_a_portfolio_minister_of_a_country_stays_out_of_another_countrys_ministry() -> None:
    f = facts_text(
        "Japan's Trade Minister Ken Sato met officials of the Ministry of Trade and Industry "
        "of Singapore."
    )
    assert not {o for p, _, o in roles(f) if p == "Ken Sato" and "Singapore" in o}
