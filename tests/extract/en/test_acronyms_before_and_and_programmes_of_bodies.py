"""Two bodies joined by "and" where each is named by an acronym ("the KIPO and WIPO Singapore
Office"); a word in capitals that always follows a body's acronym is that body's programme
("WIPO SHIELD"), no body of its own; a text's generic "agreement" between the parties of the
MoU its headline names is that MoU."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, extract, org_set


def test_an_acronym_and_a_name_opening_with_an_acronym_are_two_bodies() -> None:
    f = extract("Officials discussed cooperation between the KIPO and WIPO Singapore Office.")
    names = org_set(f)
    assert "WIPO Singapore Office" in names
    assert not any(" and " in n for n in names)


def test_a_field_written_as_an_acronym_stays_in_the_name() -> None:
    f = extract("Staff of the ICT and Innovation Office met on Monday.")
    assert "ICT and Innovation Office" in org_set(f)


def test_a_firms_name_in_capitals_joined_by_an_ampersand_stays_one() -> None:
    f = extract("ROE & LEE LLP\n\nOur newsletter for May.")
    assert "LEE LLP" not in org_set(f)


def test_a_capitals_word_after_a_bodys_acronym_is_its_programme() -> None:
    f = extract(
        "The Director praised WIPO SHIELD in his speech. Both offices will promote WIPO "
        "SHIELD among small firms."
    )
    assert "SHIELD" not in org_set(f)


def test_an_acronym_used_alone_twice_is_still_a_body() -> None:
    f = extract("Officials of NIPO met in May. NIPO said the talks went well.")
    assert "NIPO" in org_set(f)


MOU = (
    "Chile Signs MOU with Peru\n\n"
    "The National Institute of Industrial Property of Chile (INAPI) signed an agreement with "
    "the Peruvian office, INDECOPI. The agreement signed by the IP offices of Chile and Peru "
    "took effect on Monday, March 03, 2014."
)


def test_the_generic_agreement_of_the_same_parties_is_the_headlines_mou() -> None:
    f = extract(MOU)
    found = agreements_of(f)
    assert len(found) == 1
    assert found[0][1] == "mou"
    assert found[0][2] == "2014-03-03"


def test_a_generic_agreement_before_another_instrument_of_its_parties_stays_apart() -> None:
    f = extract(
        "The Ruritanian Patent Office (RPO) and the Bordurian Trademark Office (BTO) signed a "
        "new cooperation agreement on 3 March 2014. The two offices also adopted a work plan "
        "for 2014-2015."
    )
    assert len(agreements_of(f)) == 2
