"""The filter language of the filter bar and `ipx stats` (issue 12, item 4): free text as
before, plus year, kind, party and country fields; a mistake is one line naming the part."""

from __future__ import annotations

import pytest

from importers.facts import AGREEMENT_KINDS as WRITTEN_AGREEMENT_KINDS
from importers.facts import ORG_KINDS as WRITTEN_ORG_KINDS
from store.queries.filters import (
    AGREEMENT_KINDS,
    ORG_KINDS,
    Filter,
    FilterError,
    parse_filter,
)


def test_plain_words_are_free_text_as_the_filter_bar_always_took_them() -> None:
    f = parse_filter("  Singapore   cooperation ")
    assert f == Filter(text="Singapore cooperation")
    assert f.active
    assert f.words == ["singapore", "cooperation"]


def test_an_empty_filter_is_inactive_and_describes_as_nothing() -> None:
    for text in ("", "   "):
        f = parse_filter(text)
        assert f == Filter()
        assert not f.active
        assert f.describe() == ""


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("year:2017", 2017, 2017),
        ("year:2017..2019", 2017, 2019),
        ("year:..2019", None, 2019),
        ("year:2017..", 2017, None),
        ("year:2017-2019", 2017, 2019),
        ('year:"2015"', 2015, 2015),
        ("YEAR:2018", 2018, 2018),
    ],
)
def test_a_year_or_a_range_of_years(text: str, start: int | None, end: int | None) -> None:
    f = parse_filter(text)
    assert (f.year_from, f.year_to) == (start, end)
    assert f.text == ""


def test_two_year_fields_narrow_each_other() -> None:
    f = parse_filter("year:2010..2020 year:2015..")
    assert (f.year_from, f.year_to) == (2015, 2020)


def test_the_year_range_decides_which_dates_pass_and_undated_rows_do_not() -> None:
    f = parse_filter("year:2017..2019")
    assert f.in_years("2017-02") and f.in_years("2019-12-31") and f.in_years("2018")
    assert not f.in_years("2016-12") and not f.in_years("2020")
    assert not f.in_years(None)
    assert Filter().in_years(None)  # without a range, undated rows stay


def test_kinds_by_code_or_by_the_label_a_reader_sees() -> None:
    assert parse_filter("kind:mou").kinds == {"mou"}
    assert parse_filter("kind:MoU").kinds == {"mou"}
    assert parse_filter('kind:"work plan"').kinds == {"work_plan"}
    assert parse_filter("kind:LoI").kinds == {"letter_of_intent"}
    assert parse_filter("kind:ip_office").kinds == {"ip_office"}
    assert parse_filter("kind:ip-office").kinds == {"ip_office"}
    assert parse_filter("kind:mou,pph kind:igo").kinds == {"mou", "pph", "igo"}


def test_agreement_kinds_and_organisation_kinds_are_told_apart() -> None:
    f = parse_filter("kind:mou,ip_office")
    assert f.agreement_kinds == {"mou"}
    assert f.org_kinds == {"ip_office"}


def test_the_filter_knows_every_kind_the_writers_store() -> None:
    assert set(WRITTEN_AGREEMENT_KINDS) == AGREEMENT_KINDS
    assert set(WRITTEN_ORG_KINDS) == ORG_KINDS


def test_parties_are_kept_as_typed_in_any_script_with_commas_inside_quotes() -> None:
    f = parse_filter('party:CNIPA party:"Ministry of Trade, Industry" party:国家知识产权局')
    assert f.parties == ("CNIPA", "Ministry of Trade, Industry", "国家知识产权局")
    assert f.text == ""


def test_countries_by_iso_code_in_any_case_or_by_name() -> None:
    assert parse_filter("country:SG").countries == {"SG"}
    assert parse_filter("country:sg,my").countries == {"SG", "MY"}
    assert parse_filter("country:Singapore").countries == {"SG"}
    assert parse_filter("country:新加坡").countries == {"SG"}


def test_fields_and_free_text_mix_in_any_order() -> None:
    f = parse_filter('patent kind:pph "prosecution highway" year:..2015 country:CN')
    assert f == Filter(
        text="patent prosecution highway",
        year_to=2015,
        kinds=frozenset({"pph"}),
        countries=frozenset({"CN"}),
    )


def test_a_quote_still_being_typed_runs_to_the_end() -> None:
    assert parse_filter('kind:"work plan').kinds == {"work_plan"}
    assert parse_filter('office "intellectual prop').text == "office intellectual prop"


def test_describe_says_the_active_filter_in_words() -> None:
    f = parse_filter('year:2017..2019 kind:pph,mou party:CNIPA country:sg "joint work"')
    assert f.describe() == (
        'year 2017–2019 · kind MoU, PPH · party CNIPA · country SG · "joint work"'
    )
    assert parse_filter("year:2019").describe() == "year 2019"
    assert parse_filter("year:..2019").describe() == "year until 2019"
    assert parse_filter("year:2019..").describe() == "year from 2019"
    assert parse_filter("kind:ip_office").describe() == "kind ip office"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("colour:red", "colour: unknown filter field"),
        ("year:abc", "year:abc: 'abc' is not a year"),
        ("year:17", "year:17: '17' is not a year"),
        ("year:2019..2017", "year:2019..2017: 2019 is after 2017"),
        ("year:", "year: needs a value"),
        ("year:..", "year:..: give a first or a last year"),
        ("kind:treaty", "kind:treaty: not a kind"),
        ("kind:", "kind: needs a value"),
        ("party:", "party: needs a value"),
        ("country:QQ", "country:QQ: not a country code or name"),
    ],
)
def test_a_mistake_is_one_line_naming_the_part_and_the_reason(text: str, reason: str) -> None:
    with pytest.raises(FilterError) as err:
        parse_filter(text)
    message = str(err.value)
    assert message.startswith(reason)
    assert "\n" not in message
    assert isinstance(err.value, ValueError)


def test_words_with_a_colon_that_are_not_fields_can_be_quoted() -> None:
    assert parse_filter('"note: signed"').text == "note: signed"
    assert parse_filter("10:30").text == "10:30"  # not a field name
