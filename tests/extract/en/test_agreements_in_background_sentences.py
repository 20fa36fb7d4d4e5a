"""Earlier agreements a story names in a background sentence: each keeps its own parties
and date. A speaker who reports it ("the Minister said that ...") signs nothing; the body
an agreement was "signed by" signs the one named after it; a memorandum a relative clause
describes ("the memorandum that X signed with Y") is a new agreement, not the story's."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text


def _by_kind(text: str, date: str) -> list[tuple[str, str | None, frozenset[str]]]:
    return [(kind, d, parties) for _, kind, d, parties in agreements_of(facts_text(text, date))]


def test_a_minister_who_reports_an_earlier_memorandum_is_not_its_signatory() -> None:
    got = _by_kind(
        "Lisbon – The Portuguese Institute of Industrial Property and the Spanish Patent and "
        "Trademark Office signed a cooperation agreement on 4 March.\n\n"
        "The Minister of Justice, Rita Calado, stressed that the agreement is the second "
        "instrument signed by the Portuguese Institute of Industrial Property with a European "
        "office, after the memorandum with the Italian Patent and Trademark Office signed in "
        "May 2022.",
        "2025-03-05",
    )
    mou = [(d, p) for k, d, p in got if k == "mou"]
    assert mou == [
        (
            "2022-05",
            frozenset(
                {
                    "Portuguese Institute of Industrial Property",
                    "Italian Patent and Trademark Office",
                }
            ),
        )
    ]


def test_a_memorandum_a_relative_clause_describes_is_its_own_agreement() -> None:
    got = _by_kind(
        "The Japan Patent Office and the Korean Intellectual Property Office renewed their "
        "memorandum of understanding on 2 May in Seoul.\n\n"
        "The renewal comes after the memorandum which the Japan Patent Office concluded with "
        "the Danish Patent and Trademark Office in February.",
        "2025-05-03",
    )
    assert (
        "mou",
        "2025-02",
        frozenset({"Japan Patent Office", "Danish Patent and Trademark Office"}),
    ) in got
    assert (
        "mou",
        "2025-05-02",
        frozenset({"Japan Patent Office", "Korean Intellectual Property Office"}),
    ) in got
    assert len(got) == 2


def test_a_speaker_who_says_she_signed_it_still_signs() -> None:
    got = agreements_of(
        facts_text(
            "Ms Hana Novak, President of the Industrial Property Office of the Czech Republic, "
            "said that she signed a memorandum of understanding with the Slovak Industrial "
            "Property Office in June 2021.",
            "2024-01-10",
        )
    )
    assert [p for _, _, _, p in got] == [
        frozenset(
            {
                "Industrial Property Office of the Czech Republic",
                "Slovak Industrial Property Office",
            }
        )
    ]


def test_a_party_named_with_its_country_and_then_without_it_is_one_party() -> None:
    got = _by_kind(
        "The Irish Patents Office and the Danish Patent and Trademark Office have renewed their "
        "memorandum of understanding for three more years.\n\n"
        "The Patents Office (IPO) and the Danish Patent and Trademark Office renewed their "
        "memorandum of understanding on 9 October in Dublin.",
        "2025-10-10",
    )
    assert len([k for k, _, _ in got if k == "mou"]) == 1
