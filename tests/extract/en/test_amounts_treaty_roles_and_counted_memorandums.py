"""Words that look like bodies but are not (currency codes beside sums, a treaty function
an office acts as, a kind of body after "its", "Heads of Office", a union listed among
countries), a possessive that joins two bodies, a head of government with no government
named, and signings counted and then listed (importers/en/orgs/acronyms.py, phrases.py,
chunks.py, modifiers.py; importers/en/roles/bare.py, output.py;
importers/en/agreements/one_each.py, counterparts.py, titles.py, dedup.py)."""

from __future__ import annotations

import pytest

from store.text import lexicon
from tests.extract.en.helpers import agreements_of, facts_text, org_set, people_names


def test_a_currency_code_written_beside_sums_is_money_not_a_body() -> None:
    f = facts_text(
        "Exports of the region grew to EUR 41.2 billion last year, while imports stayed near "
        "EUR 30 billion, the Lusitanian Trade Council said."
    )
    assert "EUR" not in org_set(f)


def test_a_treaty_function_an_office_acts_as_is_not_a_body() -> None:
    f = facts_text(
        "From next spring the Nordic Patent Institute will serve as an accredited "
        "International Preliminary Examining Authority for applicants from Iceland."
    )
    names = org_set(f)
    assert "Nordic Patent Institute" in names
    assert "International Preliminary Examining Authority" not in names


def test_a_body_owned_through_a_fields_possessive_is_a_second_body() -> None:
    f = facts_text(
        "The Department of Agriculture's Forest Service opened a seed archive in Denver."
    )
    names = org_set(f)
    assert "Department of Agriculture" in names
    assert "Forest Service" in names


def test_a_body_owned_through_a_countrys_possessive_stays_one_name() -> None:
    f = facts_text("Officials of the Embassy of Peru's trade section met the press on Monday.")
    assert "Embassy of Peru" in org_set(f)


def test_heads_of_office_for_a_region_names_a_post_not_an_office() -> None:
    f = facts_text(
        "The yearly meeting of Heads of Office for Europe, Japan and Korea ended in Vienna "
        "with a statement of the Austrian Patent Office."
    )
    names = org_set(f)
    assert "Office for Europe" not in names
    assert "Austrian Patent Office" in names


def test_a_union_listed_between_countries_is_a_place() -> None:
    f = facts_text(
        "Examiners from Brazil, the EU, Canada and Mexico joined the course run by the "
        "Instituto Nacional da Propriedade Industrial."
    )
    names = org_set(f)
    assert "EU" not in names and "European Union" not in names


def test_a_kind_of_body_after_its_owner_describes_it_and_names_none() -> None:
    f = facts_text(
        "Secretary Tomas Riel said Ruritania would reform its National Patent Office within "
        "two years."
    )
    assert "National Patent Office" not in org_set(f)


def test_a_head_of_government_named_with_his_country_only_holds_a_bodiless_post() -> None:
    f = facts_text(
        "Before the ceremony, Norway's Prime Minister Kari Nordby welcomed the delegates of "
        "the Norwegian Industrial Property Office."
    )
    assert "Kari Nordby" in people_names(f)
    pm = [r for r in f.roles if r.title == "Prime Minister"]
    assert len(pm) == 1 and pm[0].org is None
    assert not any("Government" in n for n in org_set(f))


def test_memorandums_counted_then_listed_by_counterpart_are_one_each() -> None:
    f = facts_text(
        "In Lisbon, Director General Rui Mendes of the Portuguese Institute of Industrial "
        "Property signed two separate memorandums of understanding with the German Patent and "
        "Trade Mark Office and the Austrian Patent Office."
    )
    found = agreements_of(f)
    assert len(found) == 2
    assert {frozenset(p) for *_, p in found} == {
        frozenset(
            {"Portuguese Institute of Industrial Property", "German Patent and Trade Mark Office"}
        ),
        frozenset({"Portuguese Institute of Industrial Property", "Austrian Patent Office"}),
    }


def test_a_count_that_the_listed_bodies_do_not_match_stays_an_aggregate() -> None:
    f = facts_text(
        "In Lisbon, Director General Rui Mendes of the Portuguese Institute of Industrial "
        "Property signed five memorandums of understanding with the German Patent and Trade "
        "Mark Office and the Austrian Patent Office."
    )
    assert agreements_of(f) == []


def test_the_body_whose_meeting_hosts_a_signing_is_no_party() -> None:
    f = facts_text(
        "During the annual session of the Assemblies of the European Patent Organisation, "
        "the Director of the Danish Patent and Trademark Office, Anne Holm, and the President "
        "of the Icelandic Intellectual Property Office, Jon Sveinsson, signed a memorandum of "
        "understanding on 3 June 2024."
    )
    (found,) = agreements_of(f)
    assert found[3] == {
        "Danish Patent and Trademark Office",
        "Icelandic Intellectual Property Office",
    }


def test_two_titled_memoranda_joined_by_and_are_two_agreements() -> None:
    f = facts_text(
        "On 4 June 2024 the Director General of the Norwegian Industrial Property Office, Per "
        "Lund, and the Commissioner of the Japan Patent Office, Ken Sato, signed Memorandum of "
        "Understanding on Trade Mark Cooperation and Memorandum of Understanding on the "
        "Patent Prosecution Highway."
    )
    titles = sorted(t for t, *_ in agreements_of(f))
    assert titles == [
        "Memorandum of Understanding on Trade Mark Cooperation",
        "Memorandum of Understanding on the Patent Prosecution Highway",
    ]


def test_the_currency_codes_are_the_iso_codes_cldr_records_in_use() -> None:
    babel = pytest.importorskip("babel.core")
    in_use = {
        c[0]
        for held in babel.get_global("territory_currencies").values()
        for c in held
        if c[2] is None and c[3]
    }
    assert lexicon.wordset("en_orgs.txt", "currency_codes") == in_use
