"""Signings counted and listed though the noun has a short name in brackets or is left in
the singular, an instrument signed between states a sentence only describes, a statement
adopted in a sentence that names no one after a paragraph naming two bodies, and "last"
before a month and day (importers/en/agreements/one_each.py, parties.py, state_signers.py,
two_sides.py, dating.py)."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text

_PAIRS = {
    frozenset({"Instituto Nacional da Propriedade Industrial", "European Patent Office"}),
    frozenset({"Instituto Nacional da Propriedade Industrial", "Japan Patent Office"}),
}


def _pairs(text: str) -> set[frozenset[str]]:
    return {parties for _t, _k, _d, parties in agreements_of(facts_text(text))}


def test_a_counted_noun_with_its_short_name_in_brackets_is_one_signing_with_each_body() -> None:
    assert (
        _pairs(
            "The Instituto Nacional da Propriedade Industrial (INPI) has concluded two separate "
            "Memoranda of Cooperation (MOCs) with the European Patent Office (EPO) and the "
            "Japan Patent Office (JPO) in Munich.\n"
        )
        == _PAIRS
    )


def test_a_count_makes_a_noun_left_in_the_singular_one_signing_with_each_body() -> None:
    assert (
        _pairs(
            "Last year the Instituto Nacional da Propriedade Industrial (INPI) concluded two "
            "Memorandum of Understanding with the European Patent Office (EPO) and the Japan "
            "Patent Office (JPO).\n"
        )
        == _PAIRS
    )


def test_an_instrument_signed_between_the_two_countries_is_no_agreement_of_a_body() -> None:
    f = facts_text(
        "Lusitania records designs the Japan Patent Office registers, under the arrangements "
        "of a memorandum of understanding signed between both nations in 2016.\n"
    )
    assert agreements_of(f) == []


def test_last_with_a_month_and_an_earlier_day_is_that_day_of_the_documents_month() -> None:
    f = facts_text(
        "The European Patent Office and IP Australia signed a memorandum of understanding on "
        "examiner training last March 9.\n",
        "2023-03-14",
    )
    assert [d for _t, _k, d, _p in agreements_of(f)] == ["2023-03-09"]


def test_last_with_a_month_and_a_later_day_is_that_day_a_year_before() -> None:
    f = facts_text(
        "The European Patent Office and IP Australia signed a memorandum of understanding on "
        "examiner training last March 20.\n",
        "2023-03-14",
    )
    assert [d for _t, _k, d, _p in agreements_of(f)] == ["2022-03-20"]


def test_a_statement_adopted_by_no_one_named_is_between_the_two_bodies_its_paragraph_names() -> (
    None
):
    f = facts_text(
        "Review talks in Tokyo\n\n"
        "On 4 May 2021 the Japan Patent Office (JPO) and IP Australia held talks on examiner "
        "exchanges in Tokyo. The JPO offered places on its training courses. A joint "
        "statement was issued at the close.\n"
    )
    assert [p for _t, _k, _d, p in agreements_of(f)] == [
        frozenset({"Japan Patent Office", "IP Australia"})
    ]


def test_the_parent_a_unit_is_named_of_is_no_side_of_the_paragraph() -> None:
    f = facts_text(
        "Review talks in Tokyo\n\n"
        "Examiners of the Korean Intellectual Property Office and the Department of "
        "Industrial Policy and Promotion (DIPP) of the Ministry of Commerce and Industry of "
        "India compared search tools in Seoul on 4 May 2021. A joint statement was issued at "
        "the close.\n"
    )
    [(_t, _k, _d, parties)] = agreements_of(f)
    assert "Korean Intellectual Property Office" in parties and len(parties) == 2
    assert not any(p.startswith("Ministry of Commerce") for p in parties)


def test_a_count_listed_with_with_again_is_one_signing_with_each_body() -> None:
    assert (
        _pairs(
            "The Instituto Nacional da Propriedade Industrial concluded two bilateral memoranda "
            "of cooperation, with the European Patent Office and with the Japan Patent Office.\n"
        )
        == _PAIRS
    )


def test_mocs_in_capitals_and_the_plural_are_memorandums_no_ministry() -> None:
    f = facts_text(
        "The Instituto Nacional da Propriedade Industrial signed two MOCs, with the European "
        "Patent Office and with the Japan Patent Office.\n"
    )
    assert {p for _t, k, _d, p in agreements_of(f) if k == "mou"} == _PAIRS
