"""Roles (importers/en/roles/): judges and the courts they sit in, the chair of a body's own
board, and the heads of delegation a joint statement lists by country."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, people_names, roles


def test_a_head_of_delegation_listed_by_country_with_a_controller_title_and_a_body() -> None:
    f = facts_text(
        "The delegations were headed by:\n"
        "  - Kenya: Mr Peter Mwangi, Deputy Controller of Trade Marks, Kenya Industrial "
        "Property Institute\n"
        "  - Ghana: Ms Ama Owusu, Head, Registrar-General's Department\n"
    )
    assert "Peter Mwangi" in people_names(f)
    assert (
        "Peter Mwangi",
        "Deputy Controller of Trade Marks",
        "Kenya Industrial Property Institute",
    ) in roles(f)


def test_the_chair_of_the_board_with_no_body_after_it_holds_the_post_at_the_body_itself() -> None:
    f = facts_text(
        "Lemurian Patent Agency\n\n"
        "| Agency facts | |\n"
        "|---|---|\n"
        "| Chief | Omar Haddad, Chief Executive Officer |\n"
        "| Chair | Salim Nasser, Chairman of the Board of Directors |\n\n"
        "The Lemurian Patent Agency examines patents and registers designs."
    )
    assert (
        "Salim Nasser",
        "Chairman of the Board of Directors",
        "Lemurian Patent Agency",
    ) in roles(f)
    assert "Board of Directors" not in org_set(f)


def test_the_chair_of_the_board_of_a_named_body_still_holds_the_post_at_that_body() -> None:
    f = facts_text(
        "The Chairman of the Board of Directors of the Lemurian Patent Agency, Salim Nasser, "
        "opened the session."
    )
    assert (
        "Salim Nasser",
        "Chairman of the Board of Directors",
        "Lemurian Patent Agency",
    ) in roles(f)


def test_a_judge_styled_justice_is_placed_at_the_court_a_who_clause_says_he_sits_in() -> None:
    f = facts_text(
        "The Supreme Court of Lemuria held a seminar on design rights. Justice Lim Boon "
        "Huat, who sits in the Commercial Division of the High Court, moderated the first "
        "session."
    )
    assert "Lim Boon Huat" in people_names(f)
    assert (
        "Lim Boon Huat",
        "Justice",
        "Commercial Division of the High Court",
    ) in roles(f)


def test_a_chief_justice_named_without_a_court_presides_over_the_court_the_text_named() -> None:
    f = facts_text(
        "The Supreme Court of Lemuria hosted judges from the region this week. In his "
        "welcome, Chief Justice Arvind Pillai said that patent cases now cross borders."
    )
    assert ("Arvind Pillai", "Chief Justice", "Supreme Court of Lemuria") in roles(f)


def test_justice_as_a_portfolio_or_a_common_noun_is_no_ones_title() -> None:
    f = facts_text(
        "The Ministry of Justice, Peter Okello said, will draft the bill. Officials spoke "
        "of access to justice. The Secretary for Justice attended."
    )
    assert not any(title == "Justice" for _, title, _ in roles(f))
    assert "Peter Okello" not in people_names(f)


def test_a_surname_that_takes_a_post_is_the_person_the_text_named_in_full_before() -> None:
    f = facts_text(
        "Tribute: Eleanor Pryce, 1950-2024\n\n"
        "Eleanor Pryce, who ran the Lemurian Patent Agency for years, has died. After she "
        "retired, Pryce served for six years as Senior Adviser to the Regional Patent "
        "Academy, teaching examiners from small offices."
    )
    assert "Eleanor Pryce" in people_names(f)
    assert ("Eleanor Pryce", "Senior Adviser", "Regional Patent Academy") in roles(f)


def test_a_surname_two_people_named_in_full_share_is_neither_of_them() -> None:
    f = facts_text(
        "Anna Pryce and Tom Pryce founded the firm. Pryce was appointed Director of the "
        "Lemurian Patent Agency in 2010."
    )
    assert not {"Anna Pryce", "Tom Pryce"} & people_names(f)


def test_an_adviser_to_a_named_body_holds_the_post_at_that_body() -> None:
    f = facts_text(
        "Mr Jonas Berg, Senior Advisor to the Nordic Patent Institute, presented the study."
    )
    assert ("Jonas Berg", "Senior Advisor", "Nordic Patent Institute") in roles(f)


def test_the_subject_of_a_sentence_holds_the_post_after_a_long_clause_ending_in_as() -> None:
    f = facts_text(
        "Dr Ines Moreau has led the Lemurian Industrial Patent Agency as Director General "
        "since 2015 and will retire in June."
    )
    assert (
        "Ines Moreau",
        "Director General",
        "Lemurian Industrial Patent Agency",
    ) in roles(f)


def test_a_minister_who_also_chairs_a_bodys_board_holds_the_chair_at_that_body() -> None:
    f = facts_text(
        "The Lemurian Patent Agency (LPA) opened a branch in the north on Sunday. Dr. Omar "
        "Haddad, Minister of Finance and Chairman of the Board of Directors of LPA, cut the "
        "ribbon."
    )
    assert (
        "Omar Haddad",
        "Chairman of the Board of Directors",
        "Lemurian Patent Agency",
    ) in roles(f)
    assert "Board of Directors" not in org_set(f)
