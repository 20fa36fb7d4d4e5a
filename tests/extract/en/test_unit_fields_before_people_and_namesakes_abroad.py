"""Where a title's unit ends before the next person, and names that another country's body
bears in the reference data.

"Head of the Legal Division and NAME, adviser ..." joins a second person to the sentence:
the title ends with its unit. A bare "State Intellectual Property Office", which the
reference lists as China's former office, is the short form of the one "State Intellectual
Property Office of <Country>" a text names in full, and "SIPO <Country>" is its initials with
its country. A headline's last name does not run on into the sentence under it.
"""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_names, org_set, roles


def test_a_unit_title_ends_before_and_the_next_persons_name() -> None:
    f = facts_text(
        "The talks between Ms. Amina Diallo, Head of the Customs Cooperation Division and "
        "Tomas Berg, consultant on trade rules, and the management of the Nordic Patent "
        "Institute took place in Oslo."
    )
    titles = {t for _, t, _ in roles(f)}
    assert "Head of the Customs Cooperation Division" in titles
    assert not any("Tomas" in t for t in titles)


def test_a_two_unit_title_keeps_both_units() -> None:
    f = facts_text(
        "Mr. Paul Ortiz, Director of the Trade Division and Finance Division of the Nordic "
        "Patent Institute, opened the session."
    )
    titles = {t for _, t, _ in roles(f)}
    assert not any(t.endswith("Trade Division") for t in titles)


def test_a_bare_reference_name_is_the_body_named_with_its_country() -> None:
    f = facts_text(
        "Mr. Ivo Marin, Director General, signed the agreement for the State Intellectual "
        "Property Office.\n"
        "Both the Benelux Office for Intellectual Property and the State Intellectual "
        "Property Office of the Republic of Slovenia will exchange data.\n"
    )
    names = set(org_names(f).values())
    assert "State Intellectual Property Office of the Republic of Slovenia" in names
    assert "State Intellectual Property Office" not in names


def test_initials_with_the_country_name_the_body_in_full() -> None:
    f = facts_text(
        "Mr. Ivo Marin, Director General of SIPO Slovenia, signed for the office.\n"
        "The State Intellectual Property Office of the Republic of Slovenia will host the "
        "next meeting.\n"
    )
    body = "State Intellectual Property Office of the Republic of Slovenia"
    assert ("Ivo Marin", "Director General", body) in roles(f)
    assert "SIPO Slovenia" in org_set(f)


def test_a_headline_name_stops_at_its_line_end() -> None:
    f = facts_text(
        "Agreement signed between the Agency and the Office (NPI)\n"
        "On Tuesday the two bodies agreed to share their search results.\n"
    )
    assert not any("On" in n.split() for n in org_set(f))


def test_people_opened_as_representatives_hold_their_titles_at_the_body_they_stand_for() -> None:
    f = facts_text(
        "The annual session of the Assemblies of the World Intellectual Property "
        "Organization (WIPO) opened in Geneva. As representatives of the Korean Intellectual "
        "Property Office (KIPO), Ms. PARK Jiwon, Commissioner, and Mr. LEE Dohyun, Deputy "
        "Commissioner, attended the session."
    )
    body = "Korean Intellectual Property Office"
    assert {
        ("PARK Jiwon", "Commissioner", body),
        ("LEE Dohyun", "Deputy Commissioner", body),
    } <= roles(f)


def test_a_name_after_a_named_body_and_as_the_describes_that_body() -> None:
    f = facts_text(
        "The Nordic Patent Institute (NPI) signed a memorandum with the Benelux Office for "
        "Intellectual Property. The deal binds NPI as the Office of the Nordic Council for "
        "patents and the Benelux office for designs."
    )
    names = set(org_names(f).values())
    assert "Office of the Nordic Council" not in names
    assert "Nordic Patent Institute" in names


def test_a_bare_reference_name_stays_its_own_when_the_text_names_its_country() -> None:
    f = facts_text(
        "Officials of China's State Intellectual Property Office met the State Intellectual "
        "Property Office of the Republic of Slovenia in Ljubljana.\n"
    )
    assert len(org_names(f)) >= 2
    assert "State Intellectual Property Office of the Republic of Slovenia" in set(
        org_names(f).values()
    )
