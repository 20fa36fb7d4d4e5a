"""Roles in signature blocks, envoys' areas, signing sides and bodies called by their kind
(importers/en/roles/: stacked.py, portfolio.py, signed_for.py, kind_possessive.py; and
importers/en/orgs/units.py for the office of one post)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, people_names, roles


def test_a_signature_placeholder_between_the_for_line_and_the_name_keeps_the_side() -> None:
    f = facts_text(
        "ARRANGEMENT BETWEEN THE NORDLAND PATENT BOARD AND THE ALPINE TRADE MARK AGENCY\n\n"
        "The Nordland Patent Board and the Alpine Trade Mark Agency agree as follows.\n\n"
        "For the Nordland Patent Board\n(signed)\nIngrid Halvorsen\nDirector\n\n"
        "For the Alpine Trade Mark Agency\n(signed)\nMatteo Bernasconi Ruiz\nNational Director\n"
    )
    got = {(p, t, o.casefold()) for p, t, o in roles(f)}
    assert ("Matteo Bernasconi Ruiz", "National Director", "alpine trade mark agency") in got
    assert ("Ingrid Halvorsen", "Director", "nordland patent board") in got


def test_a_regional_title_is_one_title() -> None:
    f = facts_text(
        "The plan was presented by Lena Park, Regional Director, Alpine Trade Mark Agency."
    )
    assert ("Lena Park", "Regional Director", "Alpine Trade Mark Agency") in roles(f)


def test_the_area_an_attache_covers_stays_in_the_title_before_the_agency() -> None:
    f = facts_text(
        "Greetings from the team. - Omar Haddad, IP Attaché for Central Europe, "
        "Nordland Patent Board (NPB)\n"
    )
    assert ("Omar Haddad", "IP Attaché for Central Europe", "Nordland Patent Board") in roles(f)


def test_a_titled_signatory_holds_the_title_at_the_body_signed_for() -> None:
    f = facts_text(
        "The Nordland Patent Board and the Alpine Trade Mark Agency renewed their accord. "
        "Deputy Under Secretary Ruth Okafor signed for the Nordland Patent Board, and "
        "Commissioner Paolo Gentile signed for the Alpine Trade Mark Agency."
    )
    got = roles(f)
    assert ("Ruth Okafor", "Deputy Under Secretary", "Nordland Patent Board") in got
    assert ("Paolo Gentile", "Commissioner", "Alpine Trade Mark Agency") in got


def test_a_title_given_with_the_bodys_kind_is_held_there_and_its_bureau_is_a_unit() -> None:
    f = facts_text(
        "The Alpine Trade Mark Agency ran a clinic in March. Ms Sofia Rinaldi, the agency's "
        "Director of the Bureau of Oppositions, answered questions."
    )
    assert (
        "Sofia Rinaldi",
        "Director of the Bureau of Oppositions",
        "Alpine Trade Mark Agency",
    ) in roles(f)
    assert "Bureau of Oppositions" not in org_set(f)


def test_an_attaches_office_is_a_desk_of_the_agency_not_a_body() -> None:
    f = facts_text(
        "IP Attaché Office for Central Europe - News, Spring\n\n"
        "The Nordland Patent Board (NPB) posted its attaché in Vienna this year."
    )
    assert "IP Attaché Office for Central Europe" not in org_set(f)
    assert "Nordland Patent Board" in org_set(f)


def test_a_union_named_only_before_a_right_it_grants_is_no_body() -> None:
    f = facts_text("Applicants from Chile filed more EU trade marks and EU designs last year.")
    assert not {"EU", "European Union"} & org_set(f)


def test_a_union_named_also_as_an_actor_stays_a_body() -> None:
    f = facts_text("The EU and Chile met in May. EU trade mark filings from Chile rose.")
    assert {"EU", "European Union"} & org_set(f)


def test_attorney_spelled_out_before_a_name_is_a_form_of_address() -> None:
    f = facts_text(
        "The Alpine Trade Mark Agency hosted the forum. Attorney Lucia Ferrante, the agency's "
        "Head of Legal Affairs, chaired it."
    )
    assert "Lucia Ferrante" in people_names(f)


def test_a_known_body_cut_at_the_start_of_a_wrapped_table_cell_is_no_mention() -> None:
    f = facts_text(
        "Partners of the Northland Patent Office in 2024\n\n"
        " No. | Partner                             | Instrument          | Signed\n"
        " ----+-------------------------------------+---------------------+------------\n"
        "  1  | African Union Scientific Research   | Exchange programme  | 3 May 2024\n"
        "     | Council (AUSRC)                     |                     |\n"
        "  2  | Westland Patent Institute (WPI)     | Work Plan 2024      | 9 June 2024\n"
    )
    names = org_set(f)
    assert "African Union Scientific Research Council" in names
    assert "African Union" not in names


def test_a_name_in_capitals_over_its_title_line_is_the_signatory() -> None:
    f = facts_text(
        "Requests are examined by the Bureau of Trademarks (BOT) of the Danish Patent and "
        "Trademark Office.\n\n"
        "Recommending approval:\n\n"
        "ATTY. JOSEFINA MARIE SANTOS-VILLAR\n"
        "Director, Bureau of Trademarks\n\n"
        "Approved:\n\n"
        "EDUARDO M. CRUZ\n"
        "Director General\n"
    )
    assert {"JOSEFINA MARIE SANTOS-VILLAR", "EDUARDO M. CRUZ"} <= people_names(f)
    assert ("JOSEFINA MARIE SANTOS-VILLAR", "Director", "Bureau of Trademarks") in roles(f)


def test_a_heading_in_capitals_over_a_title_line_is_no_person() -> None:
    f = facts_text(
        "DANISH PATENT AND TRADEMARK OFFICE\n"
        "Director General\n\n"
        "The office signed nothing this year.\n"
    )
    assert not people_names(f)


def test_a_signatory_in_capitals_named_in_the_text_is_shown_as_the_text_writes_him() -> None:
    f = facts_text(
        "WHEREAS, Director General Eduardo M. Cruz signed the memorandum;\n\n"
        "Approved:\n\n"
        "EDUARDO M. CRUZ\n"
        "Director General\n"
    )
    assert "Eduardo M. Cruz" in people_names(f)
    assert "EDUARDO M. CRUZ" not in people_names(f)


def test_a_line_of_single_capital_letters_over_another_is_read_without_failing() -> None:
    f = facts_text("A B\nC")
    assert f.people == []
