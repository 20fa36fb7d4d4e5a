"""The date of a signing (importers/en/agreements/dating.py): the event's date over the
dateline, weekdays and months from the document, renewals not dated by the first signing."""

from __future__ import annotations

from importers.en.agreements.dating import date_in, signing_date
from tests.extract.en.helpers import (
    agreements_of,
    facts_text,
    org_names,
)


def test_the_event_date_wins_over_the_dateline() -> None:
    f = facts_text(
        "NAIROBI, 3 July 2024 — The Kenya Industrial Property Institute (KIPI) and the "
        "Japan Patent Office signed a memorandum of understanding in Mombasa on 28 June.",
        date="2024-07-03",
    )
    assert [a.date for a in f.agreements] == ["2024-06-28"]


def test_a_weekday_takes_its_date_from_the_document() -> None:
    f = facts_text(
        "GENEVA, March 7 (Reuters) -- WIPO and the Japan Patent Office signed a letter of "
        "intent on Monday.",
        date="2024-03-07",
    )
    assert [a.date for a in f.agreements] == ["2024-03-04"]


def test_a_name_is_not_a_month() -> None:
    f = facts_text(
        "The Japan Patent Office signed a work plan with WIPO, witnessed by Wang Jun, "
        "deputy director of the Japan Patent Office."
    )
    assert [a.date for a in f.agreements] == [None]


def test_a_date_before_the_agreement_is_no_count() -> None:
    f = facts_text(
        "Director Ana Ruiz of the OEPM and Director General Luis Prado of the Mexican Institute "
        "of Industrial Property (IMPI) opened the meeting on 7 May and signed a Memorandum of "
        "Cooperation on Trademark Examination.",
        date="2024-05-09",
    )
    assert [a.kind for a in f.agreements] == ["mou"]
    assert f.agreements[0].date == "2024-05-07"


def test_renewals_with_the_verb_well_before_the_noun() -> None:
    f = facts_text(
        "The National Institute of Industrial Property (INAPI) of Chile reviews its year.\n\n"
        "In March, the Institute extended until 2027 the cooperation agreement with the "
        "Spanish Patent and Trademark Office (OEPM).\n\n"
        "In June, INAPI renewed for a further three years its memorandum of understanding "
        "with the Japan Patent Office (JPO), which has covered examiner training since 2018.\n\n"
        "A renewal of the MoU with the Korean Intellectual Property Office (KIPO) was signed "
        "in September.",
        date="2024-12-01",
    )
    got = agreements_of(f)
    inapi = "National Institute of Industrial Property of Chile"
    assert any(
        k == "agreement" and d == "2024-03" and p == {inapi, "Spanish Patent and Trademark Office"}
        for _, k, d, p in got
    )
    assert any(
        k == "mou" and d == "2024-06" and p == {inapi, "Japan Patent Office"} for _, k, d, p in got
    )
    assert any(k == "mou" and "Korean Intellectual Property Office" in p for _, k, _, p in got)


def test_observers_are_not_parties_and_renewal_is_not_dated_by_the_first_signing() -> None:
    f = facts_text(
        "The Accra Declaration on Patent Cooperation was adopted by the Ghana Patent Office "
        "(GPO) and the Kenya Industrial Property Institute (KIPI), with the European Patent "
        "Office (EPO) attending as an observer.\n\n"
        "The GPO and the Zambia Copyright Agency (ZCA) also renewed their cooperation "
        "agreement first signed in 2016.",
        date="2022-06-09",
    )
    names = [{org_names(f)[k] for k in a.parties} for a in f.agreements]
    assert {"Ghana Patent Office", "Kenya Industrial Property Institute"} in names
    assert not any("European Patent Office" in n for n in names)
    renewed = next(a for a in f.agreements if a.kind == "agreement")
    assert renewed.date != "2016"


def test_a_today_that_dates_only_the_report_of_a_signing_dates_no_signing() -> None:
    said = "The two registries today announced they have signed a memorandum on data exchange."
    assert date_in(said, "2031", "2031-03-04", "2031-03-04") == "2031-03-04"
    assert signing_date(said, "2031", "2031-03-04", "2031-03-04") is None
    done = "The two registries signed a memorandum on data exchange today."
    assert signing_date(done, "2031", "2031-03-04", "2031-03-04") == "2031-03-04"
