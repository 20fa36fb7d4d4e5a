"""Organisations (importers/en/orgs/): head-noun phrases, acronyms, country-qualified bodies,
units and parents, and names known by their context."""

from __future__ import annotations

from tests.extract.en.helpers import (
    facts_text,
    org_set,
    roles,
)


def test_generic_bodies_keep_their_country() -> None:
    f = facts_text(
        "Kenya's Ministry of Trade and the Ugandan Ministry of Trade met officials of the "
        "Kenyan Embassy in Tokyo and of the Permanent Mission of Kenya to the United Nations "
        "Office at Geneva."
    )
    names = {o.name for o in f.orgs}
    assert {"Ministry of Trade of Kenya", "Ministry of Trade of Uganda"} <= names
    assert "Embassy of Kenya in Tokyo" in names
    assert "Permanent Mission of Kenya to the United Nations Office at Geneva" in names
    assert "Ministry of Trade" not in {a for o in f.orgs for a in o.aliases}


def test_abbreviated_country_and_confederation_names() -> None:
    f = facts_text(
        "The office works with the U.K. Department for Business and Trade and the "
        "Confederation of Indian Industry (CII)."
    )
    names = {n for o in f.orgs for n in (o.name, *o.aliases)}
    assert "U.K. Department for Business and Trade" in names
    assert "United Kingdom Department for Business and Trade" in names
    assert "Confederation of Indian Industry" in names


def test_companies_associations_and_directorates_are_organisations() -> None:
    f = facts_text(
        'The Director said, "Japanese firms such as Toyota Motor and Panasonic rely on designs." '
        "The seminar is co-organised with the Japan Patent Attorneys Association (JPAA) and "
        "DigitalEurope. TechAlliance, the European industry federation, also joined. The "
        "Commission's Directorate-General for Enterprise (DG GROW) funds it."
    )
    names = org_set(f)
    assert {"Toyota Motor", "Panasonic", "DigitalEurope", "TechAlliance"} <= names
    assert {"Directorate-General for Enterprise", "DG GROW"} <= names


def test_chrome_addresses_units_and_leading_words_are_no_organisations() -> None:
    f = facts_text(
        "NEWS RELEASE\nIndonesian Patent Directorate\n"
        "Menara Tower Complex, 27 Jalan Sudirman, Jakarta 10220, Indonesia\n\n"
        "Within the APEC Intellectual Property Experts Group, the Indonesian Patent Directorate "
        "(IPD) will share practice.\n\n"
        "Office of the Director General, IPD | Communications Office\n"
    )
    names = org_set(f)
    assert not any(n.startswith("Within") for n in names)
    assert not any("Complex" in n or "Tower" in n for n in names)
    assert "Communications Office" not in names and "Office of the Director General" not in names


def test_a_romance_name_runs_to_its_acronym() -> None:
    f = facts_text(
        "The Instituto Nacional da Propriedade Industrial (INPI) and the Oficina Española de "
        "Patentes y Marcas (OEPM) met in Brasilia."
    )
    names = org_set(f)
    assert "Instituto Nacional da Propriedade Industrial" in names
    assert "Oficina Española de Patentes y Marcas" in names


def test_law_firms_named_with_an_ampersand_and_table_headers() -> None:
    f = facts_text(
        "Naledi Khumalo, a partner at Adams & Adams in Pretoria, welcomed the move.\n\n"
        "Partner     Instrument     Date\nEPO         MoU            2023\n"
    )
    assert "Adams & Adams" in org_set(f)
    assert ("Naledi Khumalo", "partner", "Adams & Adams") in roles(f)
    assert "Instrument Date" not in {p.name for p in f.people}


def test_the_word_copyright_in_a_name_is_no_copyright_notice() -> None:
    f = facts_text("Officials of the Malawi Copyright Society (COSOMA) met in Lilongwe.")
    assert "Malawi Copyright Society" in org_set(f)


def test_heads_that_name_institutions_only_in_some_positions() -> None:
    f = facts_text(
        "The Korea Intellectual Property Office (KIPO) met the Mohammed bin Rashid City for "
        "Science and Innovation (MBRCSI), the Hungarian Academy of Sciences, the Lagos Chamber "
        "of Commerce, the Korea Venture Investment Fund, the Global Seed Alliance and the Asia "
        "Innovation Forum (AIF). The Seoul IP Forum 2024 closed. The City of Busan welcomed them."
    )
    names = org_set(f)
    assert {
        "Mohammed bin Rashid City for Science and Innovation",
        "Hungarian Academy of Sciences",
        "Lagos Chamber of Commerce",
        "Korea Venture Investment Fund",
        "Global Seed Alliance",
        "Asia Innovation Forum",
    } <= names
    assert not any("Seoul IP Forum" in n for n in names)


def test_headline_phrases_portfolio_commas_and_table_columns() -> None:
    f = facts_text(
        "Office and Ministry Agree to Promote Cultural Industries Abroad\n\n"
        "The Ministry of Youth, Arts and Heritage (MYAH) signed a memorandum of understanding "
        "with the Kenya Copyright Board (KECOBO) to promote cultural industries abroad. "
        "Officials of Kenya's Ministry of Youth, Arts and Heritage, Sports and Tourism "
        "attended.\n\n"
        "Partner   Instrument   Date\n"
        "Ghana Ministry of Trade   Memorandum of understanding   Mar 2023\n"
        "Ministry of Finance Agreement on data   Apr 2023\n"
    )
    names = org_set(f)
    assert not any("Cultural Industries" in n for n in names)
    assert not {"Arts", "Sports", "Heritage"} & names
    assert not any("Memorandum" in n or "Agreement" in n for n in names)
    assert "Ministry of Finance" in names


def test_an_acronym_after_a_native_name_belongs_to_the_english_name() -> None:
    f = facts_text(
        "The Estonian Patent Office and the Latvian Patent Office (Latvijas Republikas "
        "Patentu valde, LRPV) met in Riga. The LRPV hosted the talks."
    )
    names = {o.name: set(o.aliases) for o in f.orgs}
    assert "LRPV" in names["Latvian Patent Office"]
    assert "LRPV" not in names


def test_a_country_names_which_national_body_it_is() -> None:
    f = facts_text(
        "The office runs work-sharing with Peru's National Institute of Industrial Property, "
        "Spain's National Institute of Industrial Property and the Portuguese National "
        "Institute of Industrial Property."
    )
    names = {o.name for o in f.orgs}
    assert {
        "National Institute of Industrial Property of Peru",
        "National Institute of Industrial Property of Spain",
        "National Institute of Industrial Property of Portugal",
    } <= names


def test_a_body_under_a_ministry_and_a_country_description_of_it() -> None:
    f = facts_text(
        "The Patent Office and the Copyright Bureau under the Ministry of Culture of Georgia "
        "signed a work plan. Nino Beridze, head of the Georgian bureau, welcomed the plan."
    )
    names = {o.name for o in f.orgs}
    assert "Copyright Bureau under the Ministry of Culture of Georgia" in names
    assert (
        "Nino Beridze",
        "head",
        "Copyright Bureau under the Ministry of Culture of Georgia",
    ) in roles(f)


def test_a_body_and_a_known_body_joined_by_and_are_two_organisations() -> None:
    f = facts_text("Freedonia's Bureau of Standards and IP Australia agreed on a joint study.\n")
    assert {"Bureau of Standards", "IP Australia"} <= org_set(f)
    assert not any(" and " in n for n in org_set(f))
