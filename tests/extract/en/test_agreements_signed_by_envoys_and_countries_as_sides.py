"""Memoranda signed by an envoy whose post names the body he is accredited to, dated with a
month-first date before "by", and countries that stand for their governments.

"The memorandum was signed on March 3, 2024, by Ambassador A, Permanent Representative of
Morocco to the United Nations Office at Vienna, and the Director General of X B": the
signers follow the date, and each signs for the body of his post; the United Nations, named
only inside the envoy's title, signs nothing. Where a headline says "X and Morocco sign
MoU" and the text names the government of Morocco but no office of it, the country is its
government, not a ministry the text names in passing, so headline and body tell one signing.
"""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_names

ENVOY = (
    "UNIDO and Morocco sign MoU on a training centre\n\n"
    "The United Nations Industrial Development Organization (UNIDO) will help the government "
    "of Morocco set up a training centre for inventors. A memorandum of understanding was "
    "signed on March 3, 2024, by Ambassador Petar Valko, Permanent Representative of "
    "Morocco to the United Nations Office at Vienna, and UNIDO Director General Lena Hartl. "
    "Deputy Foreign Minister Iva Marek of the Moroccan Ministry of Foreign Affairs attended "
    "the ceremony.\n"
)


def _agreements(text: str) -> list[tuple[str | None, set[str], set[str]]]:
    f = facts_text(text, "2024-04-01")
    orgs = org_names(f)
    people = {p.key: p.name for p in f.people}
    return [
        (a.date, {orgs[p] for p in a.parties}, {people[p] for p in a.signatories})
        for a in f.agreements
    ]


def test_signers_after_a_month_first_date_sign_for_their_posts_bodies() -> None:
    got = _agreements(ENVOY)
    assert any(
        date == "2024-03-03" and signers == {"Petar Valko", "Lena Hartl"}
        for date, _, signers in got
    )


def test_the_body_an_envoy_is_accredited_to_signs_nothing() -> None:
    for _, parties, _ in _agreements(ENVOY):
        assert not any(p.startswith("United Nations Office") for p in parties)


def test_a_country_in_a_headline_is_its_named_government_not_a_ministry() -> None:
    got = _agreements(ENVOY)
    assert len(got) == 1
    _, parties, _ = got[0]
    assert len(parties) == 2
    assert any(p.casefold() == "government of morocco" for p in parties)
