"""Agreements listed by shape rather than told in prose: the rows of a framed (Markdown)
table, and the entries of a review written month by month, each dated by its month."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text

FRAMED_TABLE = (
    "Annual Report 2021 of the Intellectual Property Office of New Zealand\n\n"
    "Chapter 4. Working with other offices\n\n"
    "In 2021 the Intellectual Property Office of New Zealand (IPONZ) concluded three "
    "instruments.\n\n"
    "| Counterpart | Instrument | Signed on |\n"
    "|---|---|---|\n"
    "| Japan Patent Office (JPO) | Letter of Intent on examiner exchange | 9 April 2021 |\n"
    "| Intellectual Property Office of Singapore (IPOS) | Patent Prosecution Highway "
    "agreement | 2 July 2021 |\n"
    "| Canadian Intellectual Property Office (CIPO) | Memorandum of Understanding "
    "| 30 November 2021 |\n\n"
    "Singapore. The PPH agreement with IPOS was signed by an exchange of letters.\n"
)


def test_each_row_of_a_framed_table_is_one_agreement() -> None:
    f = facts_text(FRAMED_TABLE, date="2022-03-01")
    got = {(kind, date, parties) for _, kind, date, parties in agreements_of(f)}
    home = "Intellectual Property Office of New Zealand"
    assert got == {
        ("letter_of_intent", "2021-04-09", frozenset({home, "Japan Patent Office"})),
        ("pph", "2021-07-02", frozenset({home, "Intellectual Property Office of Singapore"})),
        ("mou", "2021-11-30", frozenset({home, "Canadian Intellectual Property Office"})),
    }


def test_a_framed_table_joins_a_cell_wrapped_onto_the_next_line() -> None:
    text = (
        "Annual Report 2020 of the Korean Intellectual Property Office (KIPO)\n\n"
        "| Partner | Document | Date |\n"
        "|---|---|---|\n"
        "| Mexican Institute of Industrial Property (IMPI) | Memorandum of Understanding on "
        "| 14 May 2020 |\n"
        "| | patent data exchange | |\n"
        "| European Patent Office (EPO) | Work Plan 2021-2022 | 3 December 2020 |\n"
    )
    f = facts_text(text, date="2021-04-01")
    titles = {title: date for title, _, date, _ in agreements_of(f)}
    assert titles == {
        "Memorandum of Understanding on patent data exchange": "2020-05-14",
        "Work Plan 2021-2022": "2020-12-03",
    }


REVIEW_BY_PARAGRAPH = (
    "OFFICE NEWS: 2021 in review\n\n"
    "February – The Spanish Patent and Trademark Office (OEPM) and the National Institute of "
    "Industrial Property (INAPI) of Chile signed a memorandum of understanding on trade mark "
    "examination, which entered into force on 1 April.\n\n"
    "May – Our office and the Japan Patent Office (JPO) concluded a work plan on design "
    "search. Director Ana Ruiz signed it for the OEPM in Tokyo on 20 May.\n\n"
    "August – Staff from both offices met again in Madrid; no new instrument was signed.\n"
)


def test_a_month_heading_dates_its_entry_not_a_later_date_in_a_which_clause() -> None:
    f = facts_text(REVIEW_BY_PARAGRAPH, date="2021-12-20")
    dates = {kind: date for _, kind, date, _ in agreements_of(f)}
    assert dates["mou"] == "2021-02"  # not the day it entered into force


def test_a_later_sentence_that_signs_it_gives_the_day() -> None:
    f = facts_text(REVIEW_BY_PARAGRAPH, date="2021-12-20")
    dates = {kind: date for _, kind, date, _ in agreements_of(f)}
    assert dates["work_plan"] == "2021-05-20"


def test_entries_of_one_list_each_take_their_own_month() -> None:
    text = (
        "# Our 2022 year in review\n\n"
        "Published by the Danish Patent and Trademark Office (DKPTO)\n\n"
        "## Month by month\n\n"
        "- **March** – We and the Norwegian Industrial Property Office (NIPO) signed a "
        "memorandum of understanding on classification.\n"
        "- **May** – In Oslo, we renewed our work plan with the Finnish Patent and "
        "Registration Office (PRH).\n"
        "- **October** – The Swedish Intellectual Property Office (PRV) and we signed a letter "
        "of intent on shared training.\n"
    )
    f = facts_text(text, date="2023-01")
    dates = {kind: date for _, kind, date, _ in agreements_of(f)}
    assert dates == {"mou": "2022-03", "work_plan": "2022-05", "letter_of_intent": "2022-10"}


def test_a_date_column_in_figures_dates_its_row() -> None:
    text = (
        "Annual Report 2019 of the Hungarian Intellectual Property Office (HIPO)\n\n"
        "| Date | Partner | Instrument |\n"
        "|---|---|---|\n"
        "| 2019-04-11 | Czech Industrial Property Office (IPO CZ) | Memorandum of Understanding |\n"
        "| 2019/10/02 | Polish Patent Office (PPO) | Work Plan 2020-2021 |\n"
    )
    f = facts_text(text, date="2020-05-01")
    assert sorted((k, d) for _, k, d, _ in agreements_of(f)) == [
        ("mou", "2019-04-11"),
        ("work_plan", "2019-10-02"),
    ]


def test_a_heading_with_its_year_dates_the_entry_of_an_older_year() -> None:
    text = (
        "Milestones of the Israel Patent Office\n\n"
        "May 2018 – The Israel Patent Office (ILPO) and the Japan Patent Office (JPO) "
        "concluded a work plan on search tools.\n\n"
        "June 2020 – The Office and the Korean Intellectual Property Office (KIPO) renewed "
        "their memorandum of understanding.\n"
    )
    f = facts_text(text, date="2023-02-01")
    assert sorted((k, d) for _, k, d, _ in agreements_of(f)) == [
        ("mou", "2020-06"),
        ("work_plan", "2018-05"),
    ]
