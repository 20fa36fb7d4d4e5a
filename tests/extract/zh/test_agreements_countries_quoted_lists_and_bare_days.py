"""Signings told as between countries (importers/zh/agreement_countries.py), quoted names
that a count and a document noun close (importers/zh/agreement_quoted.py), a day written by
its number alone (importers/zh/agreement_month_days.py `bare_day`), and a headline's acronym
of the document the body names in full (importers/zh/agreement_dedupe.py)."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import agreements, run

REF = load_reference()

OFFICES = "國家知識產權局局長與新加坡知識產權局局長出席了儀式。"


def test_two_countries_that_sign_stand_for_the_one_ip_office_each_the_text_names() -> None:
    facts = run("中國與新加坡正式簽署《商標審查合作備忘錄》。" + OFFICES, reference=REF)
    ((_title, _kind, _date, parties),) = agreements(facts)
    assert parties == {"國家知識產權局", "新加坡知識產權局"}


def test_the_companies_of_two_countries_are_not_the_countries_offices() -> None:
    facts = run("中國和新加坡的企業簽署《技術轉移合作協議》。" + OFFICES, reference=REF)
    assert all(
        parties != {"國家知識產權局", "新加坡知識產權局"} for *_rest, parties in agreements(facts)
    )


def test_a_document_of_no_ip_field_two_countries_sign_is_not_their_offices() -> None:
    facts = run("中國與新加坡正式簽署《自由貿易協定升級議定書》。" + OFFICES, reference=REF)
    assert all(
        parties != {"國家知識產權局", "新加坡知識產權局"} for *_rest, parties in agreements(facts)
    )


def test_quoted_names_closed_by_a_count_and_a_document_noun_are_each_a_document() -> None:
    text = (
        "國家知識產權局與新加坡知識產權局於3日簽署「商標審查協作」（TMC）及「人員交流」"
        "等2項備忘錄。"
    )
    titles = {title for title, *_rest in agreements(run(text, date="2024-06-05", reference=REF))}
    assert titles == {"商標審查協作", "人員交流"}


def test_a_day_written_alone_is_the_latest_such_day_up_to_the_report_s_date() -> None:
    text = "國家知識產權局與新加坡知識產權局於17日簽署《商標審查合作備忘錄》。"
    ((_t, _k, date, _p),) = agreements(run(text, date="2025-11-18", reference=REF))
    assert date == "2025-11-17"
    ((_t, _k, date, _p),) = agreements(run(text, date="2025-12-03", reference=REF))
    assert date == "2025-11-17"


def test_a_headline_s_acronym_and_the_body_s_full_title_are_one_document() -> None:
    text = (
        "中國與新加坡簽署審查員培訓及PPH兩項備忘錄\n"
        "中國與新加坡於9日簽署「審查員培訓」及「專利審查高速公路」（PPH）等2項備忘錄。" + OFFICES
    )
    facts = run(text, date="2025-11-18", reference=REF, repaired=True)
    titles = [title for title, *_rest in agreements(facts)]
    assert sorted(titles) == ["審查員培訓", "專利審查高速公路"]
