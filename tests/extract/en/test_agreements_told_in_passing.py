"""Agreements that speeches and profiles mention in passing, among others: each with its own
date and its own parties, never those of a neighbouring clause, sentence or career."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text


def _by_kind(text: str, date: str) -> dict[str, tuple[str | None, frozenset[str]]]:
    return {kind: (d, parties) for _, kind, d, parties in agreements_of(facts_text(text, date))}


def test_two_signings_in_one_sentence_keep_their_own_dates_and_parties() -> None:
    got = _by_kind(
        "Under her leadership the Canadian Intellectual Property Office signed a work plan "
        "with the European Patent Office in June 2015, and in March 2017 Ms Joan Avery and "
        "the Commissioner of the Japan Patent Office, Ken Sato, concluded a memorandum of "
        "understanding on search tools.",
        "2019-05-02",
    )
    assert got["work_plan"] == (
        "2015-06",
        frozenset({"Canadian Intellectual Property Office", "European Patent Office"}),
    )
    assert got["mou"][0] == "2017-03"
    assert "European Patent Office" not in got["mou"][1]


def test_a_second_clause_after_a_semicolon_is_read_on_its_own() -> None:
    got = _by_kind(
        "In 2012 the Israel Patent Office concluded a Patent Prosecution Highway agreement with "
        "the United States Patent and Trademark Office; in 2014 the Israel Patent Office and the "
        "Korean Intellectual Property Office signed a memorandum of understanding.",
        "2020-01-10",
    )
    assert got["pph"] == (
        "2012",
        frozenset({"Israel Patent Office", "United States Patent and Trademark Office"}),
    )
    assert got["mou"][0] == "2014"
    assert "United States Patent and Trademark Office" not in got["mou"][1]


def test_last_month_named_is_the_last_such_month_before_the_text() -> None:
    got = _by_kind(
        "Speech by the Minister of Trade at the launch of the IP Hub, 14 September 2023\n\n"
        "Last September, the Intellectual Property Office of Singapore and the Japan Patent "
        "Office signed a work plan on examiner training. And last May the Office and the "
        "Korean Intellectual Property Office renewed their memorandum of understanding.",
        "2023-09-14",
    )
    assert got["work_plan"][0] == "2022-09"
    assert got["mou"][0] == "2023-05"


def test_this_morning_is_the_day_of_the_speech() -> None:
    got = _by_kind(
        "Remarks by the Minister at the opening of the Innovation Forum\n\n"
        "Earlier this morning, the Intellectual Property Office of the Philippines and the "
        "Intellectual Property Corporation of Malaysia signed a memorandum of understanding "
        "on mediation.",
        "2024-03-05",
    )
    assert got["mou"][0] == "2024-03-05"


def test_an_office_named_by_its_countrys_adjective_is_a_party() -> None:
    text = (
        "Welcome remarks to the heads of the Intellectual Property Office of Singapore (IPOS) "
        "and the Intellectual Property Office of the Philippines (IPOPHL).\n\n"
        "In 2016, IPOS and the Philippine office signed their first memorandum of "
        "understanding."
    )
    got = _by_kind(text, "2024-08-27")
    assert got["mou"][1] == frozenset(
        {
            "Intellectual Property Office of Singapore",
            "Intellectual Property Office of the Philippines",
        }
    )


def test_a_ministry_named_in_full_is_no_reference_to_an_earlier_ministry() -> None:
    text = (
        "Before joining the office, Commissioner Han Ji-min was a director at the Ministry of "
        "Science and ICT.\n\n"
        "The Korean Intellectual Property Office and the Patent Office under the Ministry of "
        "Economy of Mongolia concluded a memorandum of understanding on patent data."
    )
    got = _by_kind(text, "2023-10-01")
    assert "Ministry of Science and ICT" not in got["mou"][1]


def test_a_signatory_signs_for_the_body_the_paragraph_names_not_an_earlier_post() -> None:
    text = (
        "Ms Laura Finch has led the Canadian Intellectual Property Office as Commissioner since "
        "2017. Before that, Ms Finch was an Assistant Deputy Minister at the Department of "
        "Innovation, Science and Economic Development.\n\n"
        "In her first year the Canadian Intellectual Property Office joined the PPH network, "
        "and in 2019 Ms Finch and the Director General of IP Australia, Michael Kerr, signed a "
        "memorandum of understanding on data analytics."
    )
    got = _by_kind(text, "2022-01-15")
    assert "Department of Innovation, Science and Economic Development" not in got["mou"][1]
    assert "Canadian Intellectual Property Office" in got["mou"][1]


def test_a_title_ends_before_the_people_who_signed_it() -> None:
    f = facts_text(
        "The Minister witnessed the signing of a Letter of Intent on design search between the "
        "Israel Patent Office and the Japan Patent Office by Ofir Alon and Ken Sato.",
        "2023-02-01",
    )
    assert [t for t, _, _, _ in agreements_of(f)] == [
        "Letter of Intent on design search between the Israel Patent Office and the Japan "
        "Patent Office"
    ]


def test_a_joint_statement_cited_for_a_quote_with_one_side_is_no_instrument() -> None:
    got = _by_kind(
        "The Korean Intellectual Property Office and the Finnish Patent and Registration "
        "Office signed a memorandum on examiner training on Friday. The programme shows "
        "KIPO's commitment to quality, said a joint statement released on Friday.",
        "2021-03-12",
    )
    assert "joint_statement" not in got
    assert "mou" in got


def test_a_joint_statement_cited_for_a_quote_keeps_its_two_named_sides() -> None:
    got = _by_kind(
        "Both offices will share search results, according to a joint statement issued by "
        "the Korean Intellectual Property Office and the Finnish Patent and Registration "
        "Office on Friday.",
        "2021-03-12",
    )
    assert got["joint_statement"][1] == frozenset(
        {"Korean Intellectual Property Office", "Finnish Patent and Registration Office"}
    )
