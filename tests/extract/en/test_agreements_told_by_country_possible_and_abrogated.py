"""English agreements told in short by the countries that made them, told first as a generic
ceremony, only thought of, listed elsewhere, or ended by a new one: a headline or a deck
that names only the countries ("Peru and Chile Sign Memorandum of Und", cut short) is the
memorandum the story names in full; "cooperation documents were signed" with no party named
is the signing the paragraph goes on to tell; "a possible agreement", "the idea of signing an MoU"
and "new agreements with the following countries" sign nothing; "replaced three earlier
agreements signed in 1999, 2006 and 2013 respectively" recalls three earlier agreements."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text

_GOVERNMENTS = frozenset(
    {"Government of the Republic of Peru", "Government of the Republic of Chile"}
)


def test_a_headline_naming_the_countries_is_the_memorandum_between_their_governments() -> None:
    got = agreements_of(
        facts_text(
            "Peru and Chile Sign Memorandum on IPR\n\n"
            "Lima, 4 May 2026 - In the presence of the two foreign ministers, Carla Ruiz, "
            "President of the National Institute for the Defence of Competition and the "
            "Protection of Intellectual Property (INDECOPI), and Jorge Soto, National Director "
            "of the National Institute of Industrial Property (INAPI), signed the Memorandum of "
            "Understanding between the Government of the Republic of Peru and the Government "
            "of the Republic of Chile on Intellectual Property Rights.\n",
            "2026-05-04",
        )
    )
    assert [p for *_, p in got] == [_GOVERNMENTS]


def test_a_deck_with_the_title_cut_mid_word_is_the_memorandum_named_in_full() -> None:
    got = agreements_of(
        facts_text(
            "Peru and Chile Sign Memorandum of Und\n\n"
            "Witnessed by the Peruvian and Chilean ministers, Peru and Chile signed Memorandum "
            "of Und.\n\n"
            "Lima, 4 May 2026 - Carla Ruiz, President of INDECOPI, and Jorge Soto, National "
            "Director of INAPI, signed the Memorandum of Understanding between the Government "
            "of the Republic of Peru and the Government of the Republic of Chile on Trade Mark "
            "Examination.\n",
            "2026-05-04",
        )
    )
    assert len(got) == 1
    assert got[0][0].endswith("on Trade Mark Examination")
    assert got[0][3] == _GOVERNMENTS


def test_cooperation_documents_signed_before_ministers_are_the_signing_told_next() -> None:
    got = agreements_of(
        facts_text(
            "After their talks, the two ministers were present while cooperation documents "
            "were signed. Before them, the Director General of the Mexican Institute of "
            "Industrial Property (IMPI), Rosa Lima, and the President of the Spanish Patent and "
            "Trademark Office (OEPM), Luis Vega, signed a memorandum of understanding on patent "
            "examination.\n",
            "2026-05-04",
        )
    )
    assert [(t, p) for t, _, _, p in got] == [
        (
            "memorandum of understanding on patent examination",
            frozenset(
                {"Mexican Institute of Industrial Property", "Spanish Patent and Trademark Office"}
            ),
        )
    ]


def test_the_signing_of_a_possible_agreement_signs_nothing() -> None:
    f = facts_text(
        "Ratification of the revised treaty must come before the signing of a possible "
        "work-sharing agreement between the JPO and the EPO in the coming years.\n",
        "2026-05-04",
    )
    assert f.agreements == []


def test_backing_the_idea_of_signing_an_mou_signs_nothing() -> None:
    f = facts_text(
        "The minister backed the idea of formally signing an MoU between the Korean "
        "Intellectual Property Office and the Mexican Institute of Industrial Property on "
        "trade mark data.\n",
        "2026-05-04",
    )
    assert f.agreements == []


def test_agreements_with_the_following_countries_and_no_list_are_no_agreement() -> None:
    f = facts_text(
        "During the week, the KIPO held talks with many offices and concluded new agreements "
        "on cooperation in patents with the following countries in particular.\n",
        "2026-05-04",
    )
    assert f.agreements == []


def test_earlier_agreements_a_new_one_abrogates_are_one_each_at_its_year() -> None:
    got = agreements_of(
        facts_text(
            "In March this year, the EUIPO and the Benelux Office for Intellectual Property "
            "signed a five-year Cooperation Agreement. The new Agreement replaced three earlier "
            "agreements signed by the two offices in 1999, 2006 and 2013 respectively.\n",
            "2026-05-04",
        )
    )
    pair = frozenset({"EUIPO", "Benelux Office for Intellectual Property"})
    assert [(t, d, p) for t, _, d, p in got] == [
        ("Cooperation Agreement", "2026-03", pair),
        ("earlier agreement", "1999", pair),
        ("earlier agreement", "2006", pair),
        ("earlier agreement", "2013", pair),
    ]
