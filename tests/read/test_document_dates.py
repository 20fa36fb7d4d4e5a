"""A document's own date wherever its text or metadata states one: a dateline at the top, a
date line that closes a bulletin, the year a report covers, HTML metadata; and a day and
month in the text take their year from it."""

from __future__ import annotations

import pytest

from importers.extract import extract
from importers.read import read_bytes
from importers.resolve.reference import load_reference


def _date(text: str, name: str = "doc.txt") -> str | None:
    return read_bytes(text.encode("utf-8"), name).date


def test_a_bulletin_signed_off_with_a_date_line_is_dated_by_it() -> None:
    text = (
        "海外知识产权动态\n\n（一）某国专利局发布新规\n\n该局宣布简化审查流程，"
        "并将于下月起实施。\n\n（二）合作交流\n\n双方表示将继续加强交流。\n\n"
        "（2023年11月6日）\n\n来源：某某网站\n\nhttps://example.org/news/1.html\n"
    )
    assert _date(text) == "2023-11-06"


@pytest.mark.parametrize(
    "last", ["2022/8/30", "Issued: 30 August 2022", "30 August 2022.", "发布日期：2022-08-30"]
)
def test_a_closing_date_line_in_any_common_form_dates_the_document(last: str) -> None:
    text = f"Notes from the registry\n\nThe registry opened a new service desk.\n\n{last}\n"
    assert _date(text) == "2022-08-30"


def test_a_date_in_the_last_sentence_or_in_a_table_row_is_not_the_documents_date() -> None:
    sentence = "Notes\n\nThe service desk opens on 30 August 2022 for all applicants.\n"
    assert _date(sentence) is None
    filler = "".join(
        f"Paragraph {k} of the bulletin tells of the centre's work.\n\n" for k in range(16)
    )
    table = (
        f"Training courses\n\n{filler}Date Course Trainer\n\n2022/8/30\n\nDrafting claims\n\n"
        "A. Trainer\n\n2022/9/14\n\nSearch strategies\n\nB. Trainer\n\n"
        "The courses drew many participants from local firms and research institutes.\n\n"
        "They will continue next year with new topics and more sessions for beginners.\n\n"
        "Applicants may register through the centre's website from next month onwards.\n\n"
        "Places are limited and will be allotted in the order in which requests arrive.\n\n"
        "Fees are waived for small enterprises and for university research teams.\n\n"
        "Questions may be sent to the centre's training desk at any time.\n"
    )
    assert _date(table) is None


@pytest.mark.parametrize(
    ("head", "year"),
    [
        ("Annual Report 2021\n\nChapter 4: Working with partners", "2021"),
        ("The Office's 2020 Year in Review", "2020"),
        ("Yearbook for 2019", "2019"),
        ("某某知识产权局2018年年报", "2018"),
        ("某某知识产权局2018年度报告", "2018"),
    ],
)
def test_a_report_is_dated_to_the_year_its_title_names(head: str, year: str) -> None:
    text = f"{head}\n\nThe office received more applications than ever and opened two branches.\n"
    assert _date(text) == year


def test_a_chapter_that_opens_with_its_year_and_reviews_it_is_dated_to_that_year() -> None:
    text = (
        "5. Cooperation abroad\n\n"
        "In 2019, the Office broadened its work with partner offices in every region. "
        "Throughout the year, it hosted forty delegations and trained examiners from "
        "twelve countries.\n\nIn May, the Office signed a work plan with a partner office.\n"
    )
    assert _date(text) == "2019"


def test_a_news_story_that_looks_back_to_a_year_is_not_dated_to_it() -> None:
    text = (
        "Office opens a branch\n\n"
        "In 2016, the office opened its first branch abroad, and it now plans a second one "
        "in a neighbouring city.\n"
    )
    assert _date(text) is None


def test_a_dateline_at_the_top_wins_over_the_year_a_report_names() -> None:
    text = (
        "Annual Report 2021 released\n\nGENEVA, 3 March 2022 - The office published its report.\n"
    )
    assert _date(text) == "2022-03-03"


def test_a_wire_story_is_dated_by_its_time_stamped_line_not_by_its_year_less_dateline() -> None:
    text = (
        "Offices deepen ties\n\n(Wire) 08:15, March 4, 2024\n\n"
        "HANOI, March 3 (Wire) -- Two patent offices agreed on Sunday to share search results.\n"
    )
    assert _date(text) == "2024-03-04"


def test_an_html_page_is_dated_by_its_structured_metadata() -> None:
    html = (
        "<html><head><title>Offices meet</title>"
        '<script type="application/ld+json">{"@context": "https://schema.org", '
        '"@type": "NewsArticle", "headline": "Offices meet", '
        '"datePublished": "2023-06-21T09:30:00+02:00"}</script></head><body><article>'
        "<h1>Offices meet</h1><p>The heads of two patent offices met in the capital to review "
        "their cooperation on search and examination and to plan joint training.</p>"
        "<p>They agreed to meet again next year and to report on progress to users.</p>"
        "</article></body></html>"
    )
    assert read_bytes(html.encode(), "page.html").date == "2023-06-21"


@pytest.mark.parametrize(
    ("header", "want"),
    [("date: 2021-12", "2021-12-07"), ("date: 2021-12-20", "2021-12-07")],
)
def test_a_day_and_month_without_a_year_take_the_documents_year(header: str, want: str) -> None:
    doc = read_bytes(
        f"source: https://example.org/a\n{header}\n\nOffices sign a memorandum\n\n"
        "On 7 December, the Korean Intellectual Property Office and the Japan Patent Office "
        "signed a memorandum of understanding on examiner exchanges.\n".encode(),
        "a.txt",
    )
    facts = extract(doc.text, doc.lang, date=doc.date, reference=load_reference())
    assert [a.date for a in facts.agreements] == [want]


_ARTICLE = (
    "<article><h1>Offices meet</h1><p>The heads of two patent offices met to discuss their "
    "cooperation in examination and the training of new examiners.</p>{extra}</article>"
)


@pytest.mark.parametrize(
    ("before", "extra", "want"),
    [
        ('<div class="byline">Published 14/02/2024</div>', "", "2024-02-14"),
        ("", "", None),
        ("", "<p>They first met on 5 May 2021 in Lisbon.</p>", None),
    ],
)
def test_an_html_page_is_dated_by_a_date_it_shows_outside_its_article(before, extra, want):
    """A byline above the article dates the page; a copyright year or a date the article
    reports does not."""
    html = (
        f"<html><head><title>Offices meet</title></head><body>{before}"
        f"{_ARTICLE.format(extra=extra)}<footer>Copyright 2024 The Office</footer>"
        "</body></html>"
    )
    assert read_bytes(html.encode(), "page.html").date == want
