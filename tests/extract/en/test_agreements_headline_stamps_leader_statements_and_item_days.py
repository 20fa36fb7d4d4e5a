"""English agreements told with a posting stamp, by heads of state, or in a page of dated
news items: a numeric date closing a headline is when the story was posted, a declaration
that presidents only issue is no agreement of the offices, a news item's date line is its
own "today", and "this the first time" with its copula dropped still weighs the signing
told before."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text


def test_a_date_stamp_closing_the_headline_is_neither_title_nor_signing_day() -> None:
    got = agreements_of(
        facts_text(
            "date: 2024-08-30\n\n"
            "Danish and Polish Offices Sign Fresh Cooperation Agreement 2024-08-30\n\n"
            "The Danish Patent and Trademark Office (DKPTO) and the Patent Office of the "
            "Republic of Poland (PPO) signed a two year Cooperation Agreement on 21 August "
            "2024 in Warsaw.\n",
            "2024-08-30",
        )
    )
    assert [(t, d) for t, _, d, _ in got] == [("Cooperation Agreement", "2024-08-21")]


def test_a_declaration_heads_of_state_issue_is_no_agreement_of_the_offices() -> None:
    got = agreements_of(
        facts_text(
            "date: 2016-05-02\n\n"
            "Brazil's National Institute of Industrial Property (INPI) and the Japan "
            "Patent Office (JPO) signed an MoU in Tokyo on April 20.\n\n"
            "The memorandum follows a state visit in 2014. Prime Minister Hiroshi Tanaka "
            "issued a joint statement with President Marta Lins of Brazil pledging closer "
            "ties in innovation.\n",
            "2016-05-02",
        )
    )
    assert [k for _, k, _, _ in got] == ["mou"]


def test_a_joint_statement_two_offices_issue_is_still_one() -> None:
    got = agreements_of(
        facts_text(
            "On 8 July 2025 the Danish Patent and Trademark Office and the Patent Office of "
            "the Republic of Poland issued a joint statement on examiner training.",
            "2025-07-09",
        )
    )
    assert [k for _, k, _, _ in got] == ["joint_statement"]


def test_a_news_items_date_line_is_the_day_its_today_means() -> None:
    got = agreements_of(
        facts_text(
            "Office directory\n\nNEWS\n\n"
            "DKPTO and PPO renew memorandum\n"
            "9 April 2025 | Copenhagen\n\n"
            "The Danish Patent and Trademark Office (DKPTO) and the Patent Office of the "
            "Republic of Poland (PPO) today renewed their Memorandum of Understanding on "
            "Patent Examination Cooperation.\n",
            "2025-06-01",
        )
    )
    assert [d for _, _, d, _ in got] == ["2025-04-09"]


def test_this_the_first_time_without_its_verb_is_the_signing_told_before() -> None:
    got = agreements_of(
        facts_text(
            "The Danish Patent and Trademark Office and the Patent Office of the Republic of "
            "Poland signed an MOU on 3 March 2025. The offices have met every year since "
            "2004, and this the first time both agencies put their names to a memorandum "
            "on examiner quality.",
            "2025-03-05",
        )
    )
    assert len(got) == 1
