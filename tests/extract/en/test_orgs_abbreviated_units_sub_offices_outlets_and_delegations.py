"""Bodies named with their parent, their outlet or their country, as the English extractor
reads them: a unit given its own acronym before "of" its ministry, an office named with its
parent's acronym, an acronym inside an outlet's quoted name, acronyms a country owns in
brackets, a unit named again without its owner, a union's delegation with its posting, and a
ministry a minister's title names in its bracketed form."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_names, org_set


def test_a_unit_with_its_own_acronym_ends_before_of_the_ministry_that_owns_it() -> None:
    f = facts_text(
        "On 3 May the Ruritania Patent Office (RPO) signed a memorandum with the Borduria "
        "Directorate of Food Safety (BDFS) of the Ministry of Health (MOH) of the Republic "
        "of Moldova. The BDFS and the MOH welcomed it."
    )
    names = set(org_names(f).values())
    assert "Borduria Directorate of Food Safety" in names
    assert any(n.startswith("Ministry of Health") for n in names)
    assert not any("Food Safety of the Ministry" in n for n in org_set(f))


def test_the_ministry_owning_a_signing_unit_is_no_party() -> None:
    f = facts_text(
        "On 3 May the Ruritania Patent Office (RPO) signed a memorandum with the Borduria "
        "Directorate of Food Safety (BDFS) of the Ministry of Health (MOH) of the Republic "
        "of Moldova."
    )
    names = org_names(f)
    (agreement,) = f.agreements
    parties = {names[p] for p in agreement.parties}
    assert parties == {"Ruritania Patent Office", "Borduria Directorate of Food Safety"}


def test_an_office_named_with_its_parents_acronym_goes_by_its_own_name_too() -> None:
    f = facts_text(
        "The Ruritania Patent Office (RPO) met customs staff. The Anti-Piracy Office of "
        "the RPO has run seminars for them since 2019."
    )
    assert "Anti-Piracy Office" in org_set(f)


def test_an_acronym_inside_a_quoted_outlet_name_is_no_body() -> None:
    f = facts_text(
        "Radio “Voice of the ABU”: Ruritania opens a fair\n\n"
        "The Ruritania Patent Office opened the fair, the online radio “Voice of the ABU” "
        "reported on Monday."
    )
    assert "ABU" not in org_set(f)


def test_acronyms_in_brackets_after_the_countries_of_a_plural_head_are_their_offices() -> None:
    f = facts_text(
        "The patent offices of Chile (INAPI) and Brazil (INPI) signed a memorandum of "
        "understanding on Monday."
    )
    names = org_set(f)
    assert {"INAPI", "INPI"} <= names
    (agreement,) = f.agreements
    assert len(agreement.parties) == 2


def test_a_country_short_form_in_brackets_is_no_office() -> None:
    f = facts_text("The patent offices of Chile (CHL) and Korea (ROK) met on Monday.")
    assert "ROK" not in org_set(f)


def test_a_unit_named_again_without_its_owner_is_that_unit() -> None:
    f = facts_text(
        "The Acmepat Office (Acmepat) will renew its courses with Acmepat Training Centre "
        "this year. The main task will be strengthening of the Training Centre."
    )
    names = set(org_names(f).values())
    assert "Training Centre" not in names
    assert "Training Centre" in org_set(f)


def test_a_union_delegation_with_its_posting_is_the_unions_mission_there() -> None:
    f = facts_text(
        "The Ruritania Patent Office met in Kyiv, hosted by the EU Delegation to Moldova, "
        "on 4 March."
    )
    assert "Delegation of the European Union to Moldova" in set(org_names(f).values())


def test_a_ministry_a_ministers_title_names_has_its_bracketed_country_form() -> None:
    f = facts_text(
        "The Minister of Energy and Water of the Republic of Tajikistan, Zafar Karimov, met "
        "the President of the Ruritania Patent Office, Jan Novak."
    )
    assert "Ministry of Energy and Water (Tajikistan)" in org_set(f)


def test_a_sector_named_with_its_owner_before_its_field_is_a_body() -> None:
    f = facts_text(
        "The Ruritania Patent Office and Oman’s Trade Marks and Designs Sector met in May. "
        "WIPO will help through the WIPO Regional and National Development Sector."
    )
    names = set(org_names(f).values())
    assert "Trade Marks and Designs Sector" in names
    assert "WIPO Regional and National Development Sector" in names


def test_a_sector_of_activity_is_no_body() -> None:
    f = facts_text(
        "The Ruritania Patent Office met the private sector. The Public Sector and the "
        "Creative Sector grew, and so did the IP Sector."
    )
    assert not any(n.endswith(("sector", "Sector")) for n in org_set(f))


def test_a_sector_inside_a_post_of_its_owner_stays_in_the_title() -> None:
    f = facts_text(
        "The memorandum was signed by Ana Ruiz, WIPO Deputy Director General for the Marks "
        "and Designs Sector, and by Lena Berg, Assistant Director General, IP and Digital "
        "Economy Sector. Ruritania's Minister thanked WIPO's Director for the Culture and "
        "Media Sector."
    )
    assert not any(n.endswith("Sector") for n in org_set(f))
