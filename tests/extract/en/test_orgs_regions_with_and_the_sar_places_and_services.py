"""A world region written with "and the" stays whole in a body's name; "SAR" after Hong Kong
or Macao is a place's word, and "the Hong Kong SAR" governs what "the Hong Kong Special
Administrative Region" does; a name ending in "Services" is a body when an acronym follows it;
a region joined by a dash ("Asia-Pacific") is no pair of parties meeting in a group; an
acronym inside a name that ends in its own is the owner's (importers/en/orgs/run_breaks.py,
chunks.py, meetings.py, inner_acronyms.py, importers/en/places.py,
store/text/words/en_orgs.txt)."""

from __future__ import annotations

from tests.extract.en.helpers import all_names, facts_text, org_names, org_set


def test_a_region_written_with_and_the_stays_in_the_commissions_name() -> None:
    f = facts_text(
        "The Economic and Social Commission for Asia and the Pacific (ESCAP) hosted a "
        "regional seminar on patent information in Bangkok."
    )
    assert "Economic and Social Commission for Asia and the Pacific" in org_set(f)
    assert "Economic and Social Commission for Asia" not in org_set(f)


def test_and_the_before_a_second_body_still_separates_two_names() -> None:
    f = facts_text(
        "The Zedland Patent Office and the Pacific Islands Forum Secretariat signed a plan."
    )
    assert {"Zedland Patent Office", "Pacific Islands Forum Secretariat"} <= org_set(f)


def test_sar_after_a_city_is_no_body() -> None:
    f = facts_text(
        "The Macao SAR will deepen its cooperation with the Hong Kong SAR on trade marks, "
        "the Zedland Trade Office said. Officials of both SAR teams met in May."
    )
    assert "SAR" not in org_set(f)


def test_a_government_of_an_sar_is_one_body_however_the_region_is_written() -> None:
    f = facts_text(
        "The Government of the Hong Kong SAR welcomed the plan. The HKSAR Government "
        "will fund two training courses for examiners."
    )
    governments = [k for k, n in org_names(f).items() if "Hong Kong" in n]
    assert len(governments) == 1
    assert {"Government of the Hong Kong SAR", "HKSAR Government"} <= all_names(f, governments[0])


def test_a_name_ending_in_services_with_its_acronym_is_a_body() -> None:
    f = facts_text(
        "The plan was confirmed by Zedland Economic Services (ZES), the bureau in charge of "
        "trade marks. ZES will hold a symposium in October."
    )
    assert "Zedland Economic Services" in org_set(f)


def test_a_name_ending_in_services_without_an_acronym_is_no_body() -> None:
    f = facts_text("The firm offers Legal Services to inventors in three provinces.")
    assert "Legal Services" not in org_set(f)


def test_an_experts_group_of_a_region_joined_by_a_dash_is_a_body() -> None:
    f = facts_text(
        "The memorandum was signed at the close of the Asia-Pacific Maritime Cooperation "
        "(APMC) Trade Mark Experts Group (TMEG) Meeting in Davao."
    )
    assert "TMEG" in org_set(f)


def test_an_experts_group_of_two_parties_joined_by_a_dash_is_their_meeting() -> None:
    f = facts_text("The China-EU Trade Mark Experts Group met in Davao in June.")
    assert not any("Experts Group" in n for n in org_set(f))


def test_an_acronym_inside_a_name_that_ends_in_its_own_acronym_is_the_owners() -> None:
    f = facts_text(
        "The memorandum was signed by the Zedland Maritime Cooperation (ZMC) Trade Mark "
        "Advisory Board (TMAB) in Davao."
    )
    board = next(k for k in org_names(f) if "TMAB" in all_names(f, k))
    assert "ZMC" not in all_names(f, board)
    owner = next(k for k, n in org_names(f).items() if n == "Zedland Maritime Cooperation")
    assert "ZMC" in all_names(f, owner)
