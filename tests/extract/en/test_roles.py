"""Roles (importers/en/roles/): the organisation a title is held at, read from the text around
it, from the document, or from the state it names."""

from __future__ import annotations

from tests.extract.en.helpers import (
    facts_text,
    org_names,
    org_set,
    roles,
)


def test_a_ministers_portfolio_may_hold_a_comma_and_the_country_a_possessive() -> None:
    f = facts_text(
        "The talks were opened by Peru's Minister of Production, Trade and Tourism, "
        "Ana Castro Villena. Officials of the Peruvian Ministry of Production, Trade and "
        "Tourism (PRODUCE) attended."
    )
    assert (
        "Ana Castro Villena",
        "Minister of Production, Trade and Tourism",
        "Ministry of Production, Trade and Tourism of Peru",
    ) in roles(f)
    ministry = [o for o in f.orgs if o.name == "Ministry of Production, Trade and Tourism of Peru"]
    assert len(ministry) == 1 and "PRODUCE" in ministry[0].aliases


def test_a_unit_stays_in_the_title_and_the_parent_is_the_organisation() -> None:
    f = facts_text(
        "Karim Mansour, head of the Legal Affairs Division at Egypt's Ministry of Justice, "
        "chaired the panel."
    )
    assert (
        "Karim Mansour",
        "head of the Legal Affairs Division",
        "Ministry of Justice of Egypt",
    ) in roles(f)


def test_the_owner_of_a_sector_is_the_organisation() -> None:
    f = facts_text("Also present was Sofia Lind, Director of WIPO's Brands and Designs Sector.")
    r = roles(f)
    assert ("Sofia Lind", "Director", "WIPO") in r
    assert {o.name for o in f.orgs} == {"WIPO"}


def test_the_body_a_person_heads() -> None:
    f = facts_text(
        "The Kenya Industrial Property Institute (KIPI) hosted the visit. Filings will be "
        "handled by the Patent Examination Directorate of KIPI, headed by Director Samuel "
        "Kiprop, and by a delegation from the Japan Patent Office led by Commissioner Aiko Mori."
    )
    r = roles(f)
    assert ("Samuel Kiprop", "Director", "Patent Examination Directorate") in r
    assert ("Aiko Mori", "Commissioner", "Japan Patent Office") in r


def test_a_bare_modified_title_in_an_office_report_belongs_to_the_office() -> None:
    f = facts_text(
        "The Ruritania Patent Office (RPO) reports on its year. RPO examiners trained abroad. "
        "In May, Deputy Director Maria Ortega led the RPO delegation to the Japan Patent Office."
    )
    assert ("Maria Ortega", "Deputy Director", "Ruritania Patent Office") in roles(f)


def test_a_role_at_a_delegation_and_a_unit_in_a_title() -> None:
    f = facts_text(
        "The ceremony was attended by Tomas Lindqvist, First Counsellor at the Delegation of the "
        "European Union to Japan. Sato Hiroshi, Director of the Design Examination Department "
        "of the Japan Patent Office (JPO), spoke."
    )
    got = roles(f)
    assert (
        "Tomas Lindqvist",
        "First Counsellor",
        "Delegation of the European Union to Japan",
    ) in got
    assert any(p == "Sato Hiroshi" and o == "Japan Patent Office" for p, _, o in got)
    assert "Design Examination Department" not in org_set(f)


def test_a_minister_with_a_portfolio_only_keeps_the_person() -> None:
    f = facts_text(
        "The signing was witnessed by the Hon Mark Ellis MP, Minister for Trade and Tourism. "
        "Hon. Grace Mwale, Minister of Justice, Lands and Rural Affairs of Malawi, spoke."
    )
    people = {p.name for p in f.people}
    assert {"Mark Ellis", "Grace Mwale"} <= people
    assert not any(p == "Mark Ellis" for p, _, _ in roles(f))
    (role,) = [r for r in roles(f) if r[0] == "Grace Mwale"]
    assert role[1] == "Minister of Justice, Lands and Rural Affairs"
    assert "Ministry of Justice, Lands and Rural Affairs" in org_set(f)


def test_a_head_of_state_and_a_minister_of_a_government_never_named_hold_no_body() -> None:
    f = facts_text(
        "President Gabriel Moreno of Chile witnessed the signing. Canada's Minister for Trade "
        "Nora Bell attended."
    )
    people = {p.key: p.name for p in f.people}
    held = {(people[r.person], r.title, r.org) for r in f.roles}
    assert ("Gabriel Moreno", "President", None) in held
    assert ("Nora Bell", "Minister for Trade", None) in held
    assert not any("Government" in o.name for o in f.orgs)


def test_a_head_of_state_of_a_country_whose_government_the_text_names_is_at_it() -> None:
    f = facts_text(
        "The Government of Chile hosted the talks. President Gabriel Moreno of Chile "
        "witnessed the signing."
    )
    assert ("Gabriel Moreno", "President", "Government of Chile") in roles(f)


def test_table_rows_give_the_row_organisation() -> None:
    f = facts_text(
        "Also present\n\nDelegation, Represented by\n"
        "Swiss Federal Institute of Intellectual Property, Director Hans Keller\n"
        "Austrian Patent Office, Dr. Eva Gruber, Head of Legal Affairs\n"
    )
    got = roles(f)
    assert ("Hans Keller", "Director", "Swiss Federal Institute of Intellectual Property") in got
    assert any(p == "Eva Gruber" and o == "Austrian Patent Office" for p, _, o in got)


def test_trade_press_lower_case_titles_after_an_acronym() -> None:
    f = facts_text(
        "The Tanzania Intellectual Property Agency (TIPA) and the Ghana Copyright Office (GCO) "
        "met in Accra. The talks were led by TIPA executive director Amani Mrisho and GCO "
        "registrar Kofi Boateng."
    )
    got = roles(f)
    assert ("Amani Mrisho", "executive director", "Tanzania Intellectual Property Agency") in got
    assert ("Kofi Boateng", "registrar", "Ghana Copyright Office") in got


def test_a_second_title_and_a_board_stay_with_the_organisation() -> None:
    f = facts_text(
        "The Egyptian Patent Office (EGPO) hosted the event. It was attended by Dr. Hany "
        "Mansour, Minister of Industry and Chairman of the EGPO Board of Directors."
    )
    got = roles(f)
    assert (
        "Hany Mansour",
        "Chairman of the EGPO Board of Directors",
        "Egyptian Patent Office",
    ) in got
    assert not any("Board" in n or "Chairman" in n for n in org_set(f))
    # the text never names his ministry, nor its country: the title is a role at no body
    assert [r.title for r in f.roles if r.org is None] == ["Minister of Industry"]
    assert not any("Ministry" in n for n in org_set(f))


def test_a_unit_or_organ_of_a_body_stays_in_the_title() -> None:
    f = facts_text(
        "The Danish Patent and Trademark Office (DKPTO) met the Eurasian Patent Organization "
        "(EAPO). The notes were signed by Ms Lise Holm, Head of the Legal Services Division of "
        "DKPTO. Members of the Supervisory Council of EAPO attended."
    )
    names = org_set(f)
    assert not any("Division" in n or "Council" in n for n in names)
    assert (
        "Lise Holm",
        "Head of the Legal Services Division",
        "Danish Patent and Trademark Office",
    ) in roles(f)


def test_a_combined_title_is_held_at_the_second_body() -> None:
    f = facts_text(
        "The plan was signed by Dana Whitfield, Assistant Secretary of Trade for Patents and "
        "Commissioner of the Canadian Intellectual Property Office, on Friday."
    )
    office = "Canadian Intellectual Property Office"
    assert ("Dana Whitfield", "Assistant Secretary of Trade for Patents", office) in roles(f)
    assert ("Dana Whitfield", "Commissioner", office) in roles(f)  # two titles, two roles
    assert not any("Ministry" in n for n in org_set(f))


def test_a_listed_portfolio_after_the_and_a_delegate_minister() -> None:
    f = facts_text(
        "The office reports to the Ministry of the Interior, Security and Urban and Rural "
        "Planning. The plan was launched in the presence of Amandine Roux, Minister Delegate "
        "for Trade. Guests included Paul Verne, head of the office, and Ines Moreau, a trademark "
        "attorney based in Lyon."
    )
    names = org_set(f)
    assert "Ministry of the Interior, Security and Urban and Rural Planning" in names
    assert "Ministry of the Interior" not in {o.name for o in f.orgs}
    assert {"Amandine Roux", "Ines Moreau"} <= {p.name for p in f.people}


def test_a_chair_of_an_organ_is_a_role_at_the_body_with_the_organ_in_the_title() -> None:
    f = facts_text(
        "The Eurasian Patent Organization (EAPO) met in Minsk. Mr Pavel K. ORLOV, Chairman of "
        "the Administrative Council of EAPO, opened the session."
    )
    assert (
        "Pavel K. ORLOV",
        "Chairman of the Administrative Council",
        "Eurasian Patent Organization",
    ) in roles(f)
    assert "Administrative Council" not in org_set(f)


def test_a_delegation_list_gives_each_head_the_organisation_named_in_the_item() -> None:
    text = (
        "THE 12TH MEETING OF THE REGIONAL PATENT EXAMINERS FORUM (RPEF)\n\n"
        "1. The Forum met in Penang. The heads of delegation were:\n\n"
        "   Malaysia      Dato' Kamarul Ariffin bin Yusof, Registrar, Malaysian Design "
        "Office (MDO)\n"
        "   Myanmar       Daw Su Myat Thwe, Director, Industrial Property Department\n"
        "   Indonesia     Mr. Bayu Adi Nugroho, Director of Examination, Directorate General "
        "of Intellectual Property (DGIP)\n"
        "   Singapore     Ms. Lim Hui Ling, Director (Patent Policy), Intellectual Property "
        "Office of Singapore (IPOS)\n"
        "   Secretariat Office   Mr. Joko Prasetyo, Head, Trade Facilitation Division\n"
    )
    f = facts_text(text)
    got = roles(f)
    assert ("Kamarul Ariffin bin Yusof", "Registrar", "Malaysian Design Office") in got
    assert ("Su Myat Thwe", "Director", "Industrial Property Department") in got
    assert (
        "Bayu Adi Nugroho",
        "Director of Examination",
        "Directorate General of Intellectual Property",
    ) in got
    assert (
        "Lim Hui Ling",
        "Director (Patent Policy)",
        "Intellectual Property Office of Singapore",
    ) in got
    assert ("Joko Prasetyo", "Head, Trade Facilitation Division", "Secretariat Office") in got
    assert not any(o.endswith("FORUM") or o.endswith("Forum") for _, _, o in got)


def test_the_chair_of_a_board_holds_the_role_at_the_boards_organisation() -> None:
    text = (
        "The Zamrian Intellectual Property Authority (ZIPA) held a ceremony in the presence "
        "of the Minister of Trade and Chairman of ZIPA's Board of Directors, Dr. Faisal bin "
        "Hamad Al-Otaibi, and other guests."
    )
    f = facts_text(text)
    assert (
        "Faisal bin Hamad Al-Otaibi",
        "Chairman of ZIPA's Board of Directors",
        "Zamrian Intellectual Property Authority",
    ) in roles(f)
    names = set(org_names(f).values())
    assert "Board of Directors" not in names
    assert "Ministry of Trade" not in names


def test_a_field_in_brackets_after_a_title_is_part_of_the_post() -> None:
    f = facts_text(
        "Jan Novak, Counsellor (Trade and Industry) at the Freedonian Embassy in Paris, "
        "will return home in May.\n"
    )
    post = ("Jan Novak", "Counsellor (Trade and Industry)", "Freedonian Embassy in Paris")
    assert post in roles(f)


def test_a_title_said_to_be_current_in_an_apposition_is_the_person_s_post() -> None:
    f = facts_text(
        "Lena Moor, the current Registrar of the Freedonia Trade Mark Office, welcomed the plan.\n"
    )
    assert ("Lena Moor", "Registrar", "Freedonia Trade Mark Office") in roles(f)
