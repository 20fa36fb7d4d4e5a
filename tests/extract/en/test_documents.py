"""Whole documents written for these tests in styles the seeds do not have: a WIPO press
release, an EPO news item, an office's annual report, a news article wrapped in site chrome."""

from __future__ import annotations

from tests.extract.en.helpers import (
    FIX,
    all_names,
    extract,
    facts_of,
    org_names,
    roles,
)


def test_an_mou_signed_between_two_offices_has_both_as_parties() -> None:
    f = facts_of("wipo_press_release.txt")
    assert len(f.agreements) == 1
    a = f.agreements[0]
    assert a.kind == "mou"
    assert a.date == "2023-03-13"
    names = [all_names(f, k) for k in a.parties]
    assert any("WIPO" in n for n in names)
    assert any("INPI" in n for n in names)


def test_signatories_are_the_officials_who_signed() -> None:
    f = facts_of("wipo_press_release.txt")
    people = {p.key: p.name for p in f.people}
    assert {people[k] for k in f.agreements[0].signatories} == {"Daren Tang", "Júlio César Moreira"}


def test_a_witness_is_not_a_signatory() -> None:
    f = facts_of("epo_news.txt")
    people = {p.key: p.name for p in f.people}
    validation = next(a for a in f.agreements if "validation" in a.title)
    assert "Ith Sarann" not in {people[k] for k in validation.signatories}
    assert {people[k] for k in validation.signatories} == {"Benoît Battistelli", "Pan Sorasak"}


def test_title_before_and_after_a_name_gives_roles() -> None:
    f = facts_of("wipo_press_release.txt")
    r = roles(f)
    assert (
        "Júlio César Moreira",
        "President",
        "National Institute of Industrial Property of Brazil",
    ) in r
    assert any(p == "Daren Tang" and t == "Director General" for p, t, _ in r)


def test_a_minister_belongs_to_the_ministry_of_the_portfolio() -> None:
    f = facts_of("epo_news.txt")
    assert ("Pan Sorasak", "Minister of Commerce", "Ministry of Commerce of Cambodia") in roles(f)
    assert ("Benoît Battistelli", "President", "European Patent Office") in roles(f)


def test_pph_agreement_has_kind_pph() -> None:
    f = facts_of("epo_news.txt")
    pph = [a for a in f.agreements if a.kind == "pph"]
    assert len(pph) == 1
    assert {"European Patent Office", "Japan Patent Office"} == {
        org_names(f)[k] for k in pph[0].parties
    }


def test_aggregate_counts_and_negotiations_are_not_agreements() -> None:
    f = facts_of("epo_news.txt")
    assert len(f.agreements) == 2  # validation agreement + PPH; not "nine", not Georgia
    r = facts_of("office_annual_report.txt")
    assert not any("documents" in a.title for a in r.agreements)
    w = facts_of("wipo_press_release.txt")
    assert len(w.agreements) == 1  # "more than 40 cooperation agreements" is a count


def test_a_report_dates_items_by_paragraph_month_and_report_year() -> None:
    f = facts_of("office_annual_report.txt")
    by_kind = {a.kind: a for a in f.agreements}
    assert by_kind["mou"].date == "2019-03"
    assert by_kind["work_plan"].date == "2019"
    assert by_kind["record_of_discussion"].date == "2019-11"


def test_the_office_in_a_report_is_the_reporting_office() -> None:
    f = facts_of("office_annual_report.txt")
    mou = next(a for a in f.agreements if a.kind == "mou")
    assert {org_names(f)[k] for k in mou.parties} == {
        "Japan Patent Office",
        "Intellectual Property Office of the Philippines",
    }


def test_a_bare_title_in_a_report_belongs_to_the_reporting_office() -> None:
    f = facts_of("office_annual_report.txt")
    r = roles(f)
    assert ("Takahiro Matsunaga", "Commissioner", "Japan Patent Office") in r
    assert ("Hiroshi Tanaka", "Deputy Commissioner", "Japan Patent Office") in r
    assert (
        "Rowel Barba",
        "Director General",
        "Intellectual Property Office of the Philippines",
    ) in r


def test_defined_acronyms_are_aliases_of_one_organisation() -> None:
    f = facts_of("news_with_chrome.txt")
    kipo = [o for o in f.orgs if "KIPO" in o.aliases]
    assert len(kipo) == 1 and kipo[0].name == "Korean Intellectual Property Office"
    assert len(kipo[0].spans) >= 2


def test_teasers_and_contact_blocks_yield_nothing() -> None:
    f = facts_of("news_with_chrome.txt")
    names = {o.name for o in f.orgs}
    assert names == {
        "Korean Intellectual Property Office",
        "Intellectual Property Office of Singapore",
    }
    assert {p.name for p in f.people} == {"Sung Yun-mo"}
    assert len(f.agreements) == 1 and f.agreements[0].date == "2018-05-10"
    empty = facts_of("chrome_only.txt")
    assert (empty.orgs, empty.people, empty.roles, empty.agreements) == ([], [], [], [])


def test_spans_point_into_the_text_given() -> None:
    text = (FIX / "news_with_chrome.txt").read_text(encoding="utf-8")
    f = extract(text)
    for o in f.orgs:
        for s in o.spans:
            assert text[s.start : s.end] in {o.name, *o.aliases}
    for p in f.people:
        for s in p.spans:
            assert text[s.start : s.end] in p.name


def test_nbsp_is_treated_as_a_space() -> None:
    text = "Rui\u00a0Wenbiao, head of the Shanghai Intellectual Property Administration, said so."
    f = extract(text)
    assert [p.name for p in f.people] == ["Rui Wenbiao"]
    assert roles(f) == {("Rui Wenbiao", "head", "Shanghai Intellectual Property Administration")}


def test_a_source_line_naming_a_ministry_credits_the_body_that_issued_the_release() -> None:
    text = (
        "The delegation led by Mr. Piet Venter, the Minister for Trade Industry and Energy, "
        "met officials of the regional patent office in Harare.\n"
        "Source: Ministry of Trade Industry and Energy (MTIE)\n"
        "Source: Harbour News Agency\n"
    )
    f = extract(text)
    ministry = [o for o in f.orgs if o.name == "Ministry of Trade Industry and Energy"]
    assert len(ministry) == 1 and "MTIE" in ministry[0].aliases
    assert ("Piet Venter", "Minister for Trade Industry and Energy", ministry[0].name) in roles(f)
    assert "Harbour News Agency" not in org_names(f)
