"""A PPH pilot extended, an annex signed beside a plan, and signings only offered.

"extended their PPH pilot" extends a highway though no "programme" follows the word pilot.
"the Annex on X" is an instrument of its own when a verb signs it; its title ends before
"to" and a person it is attributed to, and a later "The annex, also signed on 3 March, was
signed for A by ... and for B by ..." gives its day and both sides. An invitation to
partners "wishing to sign agreements" reports no signing.
"""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text

PILOT = (
    "Asia update\n\n"
    "On 14 July, the Korean Intellectual Property Office (KIPO) and the Intellectual "
    "Property Office of Singapore (IPOS) extended their PPH pilot by an exchange of notes "
    "for a further two years.\n"
)


def test_a_pph_pilot_extended_is_a_pph_of_the_two_offices() -> None:
    got = agreements_of(facts_text(PILOT, "2026-08-01"))
    assert got == [
        (
            "PPH pilot",
            "pph",
            "2026-07-14",
            frozenset(
                {"Korean Intellectual Property Office", "Intellectual Property Office of Singapore"}
            ),
        )
    ]


ANNEX = (
    "Note on our report of 5 March 2026\n\n"
    "1. Our report gave the Austrian Patent Office's signature of the Annex on Search "
    "Cooperation to Deputy Director Hanna Berger.\n\n"
    "2. The annex, also signed on 3 March, was signed for the Austrian Patent Office by "
    "Director Paul Weber and for the Israel Patent Office by Director Dana Levi.\n"
)


def test_an_annex_on_a_subject_is_an_instrument_titled_without_the_person_after_to() -> None:
    got = agreements_of(facts_text(ANNEX, "2026-03-09"))
    assert [t for t, _, _, _ in got] == ["Annex on Search Cooperation"]


def test_the_annex_named_again_gives_its_day_and_the_sides_it_was_signed_for() -> None:
    [(_, _, date, parties)] = agreements_of(facts_text(ANNEX, "2026-03-09"))
    assert date == "2026-03-03"
    assert parties == frozenset({"Austrian Patent Office", "Israel Patent Office"})


def test_an_annex_the_text_only_refers_to_is_no_agreement() -> None:
    text = "The fees are listed in the Annex to this notice, published on 2 May 2026.\n"
    assert agreements_of(facts_text(text, "2026-05-02")) == []


def test_partners_wishing_to_sign_agreements_report_no_signing() -> None:
    text = (
        "Programme notes\n\n"
        "No ceremonies are planned in the main hall. Exhibitors wishing to sign "
        "agreements at the fair, or interested in signing an MoU with the Organiser, may "
        "book a meeting room with the Hong Kong Trade Development Council.\n"
    )
    assert agreements_of(facts_text(text, "2026-06-01")) == []


def test_an_office_that_signs_plural_agreements_every_year_reports_no_one_signing() -> None:
    text = "The Registry concludes MoUs with partner offices each year to widen its network.\n"
    assert agreements_of(facts_text(text, "2026-06-01")) == []


def test_plural_agreements_signed_in_the_past_are_still_signed() -> None:
    text = "On 2 June, IPOS and KIPO signed MoUs in Seoul.\n"
    assert [k for _, k, _, _ in agreements_of(facts_text(text, "2026-06-05"))] == ["mou"]


def test_offices_due_to_sign_have_signed_nothing() -> None:
    text = "IPOS and the JPO are due to sign a memorandum of understanding in July.\n"
    assert agreements_of(facts_text(text, "2026-06-01")) == []


def test_a_protocol_amending_an_agreement_is_signed_and_the_agreement_is_not_again() -> None:
    text = "On 9 June, IPOS and KIPO signed a protocol amending their 2021 PPH agreement.\n"
    got = agreements_of(facts_text(text, "2026-06-12"))
    assert [(k, d) for _, k, d, _ in got] == [("other", "2026-06-09")]


def test_how_long_a_renewal_runs_is_no_part_of_the_title() -> None:
    text = (
        "On 8 June, IPOS and KIPO renewed their memorandum of understanding on design "
        "examination for three years.\n"
    )
    [(title, _, _, _)] = agreements_of(facts_text(text, "2026-06-12"))
    assert title == "memorandum of understanding on design examination"


def test_a_pilot_that_a_memorandum_makes_permanent_is_the_memorandums_object() -> None:
    text = (
        "On 4 June, IPOS and KIPO signed a memorandum of understanding that makes their "
        "PPH pilot a permanent programme.\n"
    )
    assert [k for _, k, _, _ in agreements_of(facts_text(text, "2026-06-12"))] == ["mou"]
