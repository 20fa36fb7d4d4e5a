"""Agreements (importers/en/agreements/): what counts as a signing, its parties, and one
agreement however often the text mentions it."""

from __future__ import annotations

import pytest

from tests.extract.en.helpers import (
    agreements_of,
    facts_text,
    parties,
)


def test_anaphora_and_negation_make_no_new_agreement() -> None:
    f = facts_text(
        "The EPO signed a validation agreement with the Japan Patent Office on 4 May 2022.\n\n"
        '"The agreement with the EPO will help our applicants," said the Commissioner. '
        "The validation agreement follows a work plan which both offices adopted in 2020. "
        "The offices are exploring a data-sharing arrangement, but no agreement has been reached."
    )
    kinds = sorted(a.kind for a in f.agreements)
    assert kinds == ["agreement", "work_plan"]


def test_a_relative_clause_in_the_subject_names_no_party() -> None:
    f = facts_text(
        "At the forum, which was held alongside the China-ASEAN Expo, the Japan Patent Office "
        "signed a memorandum of understanding with the Korean Intellectual Property Office."
    )
    assert parties(f, 0) == {"Japan Patent Office", "Korean Intellectual Property Office"}


def test_a_heading_line_is_not_the_subject_of_the_next_sentence() -> None:
    f = facts_text(
        "Cooperation with the Korean Intellectual Property Office\n"
        "In 2021 the Japan Patent Office (JPO) signed a work plan with the Korean "
        "Intellectual Property Office."
    )
    assert "Japan Patent Office" in {o.name for o in f.orgs}
    assert parties(f, 0) == {"Japan Patent Office", "Korean Intellectual Property Office"}


@pytest.mark.parametrize(
    "count",
    ["a total of twelve", "more than a dozen", "15", "fifteen new", "dozens of"],
)
def test_a_count_of_agreements_is_no_agreement(count: str) -> None:
    f = facts_text(
        "The Mexican Institute of Industrial Property (IMPI) and the Spanish Patent and "
        f"Trademark Office (OEPM) met in Madrid. IMPI has concluded {count} cooperation "
        "documents with the OEPM since 2009.",
        date="2024-03-02",
    )
    assert f.agreements == []


def test_a_generic_re_mention_is_the_agreement_found_before() -> None:
    f = facts_text(
        "Lisbon and Madrid offices sign action plan\n\n"
        "The Portuguese Institute of Industrial Property (INPI-PT) and the Spanish Patent and "
        "Trademark Office (OEPM) have adopted a new Action Plan on examiner training.\n\n"
        "The new Action Plan builds on the Memorandum of Understanding the two offices signed "
        "in Lisbon in 2018 and will run until 2026.",
        date="2024-02-01",
    )
    plans = [a for a in f.agreements if a.kind == "work_plan"]
    mous = [a for a in f.agreements if a.kind == "mou"]
    assert len(plans) == 1 and len(mous) == 1
    assert plans[0].date != "2018"
    assert mous[0].date == "2018"
    assert parties(f, f.agreements.index(mous[0])) == parties(f, f.agreements.index(plans[0]))
    assert len(mous[0].parties) == 2


def test_a_headline_mention_is_not_a_second_agreement() -> None:
    f = facts_text(
        "Spain and Mexico offices sign letter of intent\n\n"
        "The Spanish Patent and Trademark Office (OEPM) and the Mexican Institute of "
        "Industrial Property (IMPI) have signed a letter of intent on data exchange in Madrid "
        "on 3 April 2024.",
        date="2024-04-04",
    )
    assert len(f.agreements) == 1
    assert len(f.agreements[0].parties) == 2


def test_we_in_a_speech_is_the_speakers_office() -> None:
    f = facts_text(
        "Closing remarks of Director General Ana Ruiz, Spanish Patent and Trademark Office "
        "(OEPM), at the Ibero-American IP Forum\n\n"
        "Last year, we signed a Memorandum of Understanding with the Mexican Institute of "
        "Industrial Property on trademark examination, and we renewed our Patent Prosecution "
        "Highway arrangement with the Japan Patent Office. The Mexican Institute of Industrial "
        "Property and the Japan Patent Office are friends.",
        date="2024-05-01",
    )
    got = {(a.kind, frozenset(parties(f, i)), a.date) for i, a in enumerate(f.agreements)}
    assert got == {
        (
            "mou",
            frozenset(
                {"Spanish Patent and Trademark Office", "Mexican Institute of Industrial Property"}
            ),
            "2023",
        ),
        ("pph", frozenset({"Spanish Patent and Trademark Office", "Japan Patent Office"}), "2023"),
    }


def test_a_relative_clause_names_no_party() -> None:
    f = facts_text(
        "The Ministry of Economy, the Chilean Patent Office and the Santiago Chamber of Commerce "
        "concluded a Joint Declaration on IP Finance, which they will turn into loans with the "
        "State Bank of Chile.",
        date="2024-05-01",
    )
    assert "State Bank of Chile" not in parties(f, 0)


def test_a_count_of_memoranda_listed_after_a_colon_is_one_per_counterpart() -> None:
    f = facts_text(
        "Intellectual Property Office Annual Report 2022\n\n"
        "In the fourth quarter, the Ghana Industrial Property Office signed three memoranda "
        "of understanding: with the University of Cape Coast on patent landscaping; with the "
        "Venture Capital Trust Fund (VCTF) on start-up support; and with the Council for "
        "Scientific and Industrial Research (CSIR) on research commercialisation."
    )
    got = agreements_of(f)
    office = "Ghana Industrial Property Office"
    want = {
        ("memorandum of understanding on patent landscaping", "University of Cape Coast"),
        ("memorandum of understanding on start-up support", "Venture Capital Trust Fund"),
        (
            "memorandum of understanding on research commercialisation",
            "Council for Scientific and Industrial Research",
        ),
    }
    assert {(t, next(iter(p - {office}))) for t, k, _, p in got if k == "mou"} == want
    assert all(office in p and len(p) == 2 for _, _, _, p in got)


def test_a_declaration_adopted_by_listed_participants_has_them_as_parties() -> None:
    f = facts_text(
        "At the conference, the Joint Declaration on Digital IP Services was adopted by "
        "participants from the Danish Patent and Trademark Office (DKPTO), the Norwegian "
        "Industrial Property Office (NIPO) and the Finnish Patent and Registration Office "
        "(PRH), with WIPO present."
    )
    assert len(f.agreements) == 1
    assert parties(f, 0) == {
        "Danish Patent and Trademark Office",
        "Norwegian Industrial Property Office",
        "Finnish Patent and Registration Office",
    }


def test_an_agreement_renewed_for_more_years_is_one_agreement() -> None:
    f = facts_text(
        "The Danish Patent and Trademark Office (DKPTO) and the Norwegian Industrial Property "
        "Office (NIPO) signed a cooperation agreement in Copenhagen on 4 May 2021. The "
        "agreement was renewed for another five years on 3 May 2024."
    )
    assert [a.kind for a in f.agreements] == ["agreement"]


def test_an_upper_case_moc_after_an_indefinite_article_is_a_memorandum() -> None:
    got = agreements_of(
        facts_text(
            "In March 2016, KIPO and the Israel Patent Office signed an MOC on examiner exchanges.",
            "2016-04-01",
        )
    )
    assert [(k, d, p) for _, k, d, p in got] == [
        (
            "mou",
            "2016-03",
            frozenset({"KIPO", "Israel Patent Office"}),
        )
    ]


def test_an_upper_case_moc_after_the_is_a_ministry_not_a_memorandum() -> None:
    got = agreements_of(
        facts_text(
            "The Department of Intellectual Property signed a memorandum with the MOC on "
            "2 May 2024.",
            "2024-05-03",
        )
    )
    assert [t for t, *_ in got] == ["memorandum"]
