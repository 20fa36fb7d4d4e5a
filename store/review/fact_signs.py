"""The signs a role or an agreement shows, and how often facts showing each were wrong.

A fact's doubt is one cell, not a sum of signs: a role states its organisation or not (or
states none because its title names its office, "Director of the Patent Office"); an
agreement has 0, 1, 2 or 3+ parties, with or without a date; a few agreements show a doubt
of their parties besides (parties.py: a body and its own unit as two parties, a third party
its sentences never name). Each cell is a row of `words/review_signals.tsv` (kinds `role` and
`agreement`), written by bench/calibrate_review.py: how many facts showing it the oracle of
bench/bench_review.py would fix or reject (`wrong`), how many it would accept (`right`), and
a prior (the constant this module's callers used before anything was counted). A cell's
P(wrong) is its counts shrunk towards its prior by calibration.PRIOR_WEIGHT pseudo-facts, so
that a cell seen a few times stays near what was believed of it.

Which texts count. The rows are counted on the real read sets only (real84, real86, real89,
real90, real92: third-party texts, read by today's extractor), not on our own holdouts: the
two disagree, and users bring real texts. Our holdouts were written to exercise the
extractor: nearly every agreement in them is dated and signed by a named pair, so one found
without its date or a party was one the extraction missed. Counted on the development sets
but the real ones (seeds, dev, dev2, the holdouts), 51 of 54 undated two-party agreements
were wrong, 49 of 52 with one party; on the real sets 4 of 16 undated two-party agreements
were, 3 of 3 with one party, and none of 6 roles without an organisation: real texts report
an agreement without its date as often as not, and a post whose body the sentence leaves
unsaid. The development view is not lost: it is what the priors say (set from the annotated
development documents); the real counts move them, and decide where the two disagree.
"""

from __future__ import annotations

from typing import Any

from store.review.calibration import fact_p
from store.search.connection import DB

__all__ = ["agreement_sign", "fact_p", "fact_signs", "role_sign", "signs_of_facts"]

ROLE, AGREEMENT = "role", "agreement"
#: a role's organisation: stated, none, or none because its title names its office
ROLE_STATED, ROLE_NONE, ROLE_NONE_TITLED = (
    "organisation:stated",
    "organisation:none",
    ("organisation:none_titled"),
)
#: doubts of an agreement's parties beyond their count (parties.py)
UNIT_AND_BODY, UNNAMED_THIRD = "unit_and_body", "unnamed_third"


def role_sign(has_organisation: bool, titled: bool = False) -> str:
    """The sign of a role: its organisation stated, or not (TITLED: its title names its
    office, "Director of the Patent Office", and needs none)."""
    if has_organisation:
        return ROLE_STATED
    return ROLE_NONE_TITLED if titled else ROLE_NONE


def agreement_sign(parties: int, dated: bool) -> str:
    """The sign of an agreement: how many parties (0, 1, 2, 3+), dated or not."""
    count = "3+" if parties >= 3 else str(max(parties, 0))
    return f"parties:{count}:{'dated' if dated else 'undated'}"


def fact_signs(kind: str) -> list[str]:
    """Every sign a fact of KIND can show (bench/calibrate_review.py writes a row of each)."""
    if kind == ROLE:
        return [ROLE_STATED, ROLE_NONE, ROLE_NONE_TITLED]
    cells = [agreement_sign(n, d) for n in range(4) for d in (False, True)]
    return [*cells, UNIT_AND_BODY, UNNAMED_THIRD]


def signs_of_facts(conn: Any, kind: str) -> dict[int, list[str]]:
    """The signs of every role or agreement documents state (bench/calibrate_review.py
    counts them): its cell, and an agreement's doubt of its parties, if any."""
    from store.review.misnamed import title_names_its_office
    from store.review.parties import party_signs

    db = DB(conn)
    if kind == ROLE:
        rows = db.all("SELECT id, organisation_id, title FROM role WHERE origin = 'document'")
        return {
            i: [role_sign(org is not None, title_names_its_office(title or ""))]
            for i, org, title in rows
        }
    rows = db.all(
        "SELECT a.id, a.date, (SELECT COUNT(*) FROM agreementparty p"
        " WHERE p.agreement_id = a.id AND p.role = 'party' AND p.organisation_id IS NOT NULL)"
        " FROM agreement a WHERE a.origin = 'document'"
    )
    out = {i: [agreement_sign(int(n), bool(date))] for i, date, n in rows}
    for i, sign in party_signs(db, None).items():
        if i in out:
            out[i].append(sign.key)
    return out
