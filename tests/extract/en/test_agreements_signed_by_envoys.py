"""Memoranda signed by an envoy whose post names the body he is accredited to, dated with a
month-first date before "by".

"The memorandum was signed on March 3, 2024, by Ambassador A, Permanent Representative of
Morocco to the United Nations Office at Vienna, and the Director General of X B": the
signers follow the date, and each signs for the body of his post; the United Nations, named
only inside the envoy's title, signs nothing.
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
