"""A role's or an agreement's doubt is counted like an entity's sign: one row of
review_signals.tsv per cell (fact_signs.py), its counts shrunk towards today's guess."""

from __future__ import annotations

from store.review.calibration import PRIOR_WEIGHT, _rows, fact_p
from store.review.fact_signs import (
    AGREEMENT,
    ROLE,
    agreement_sign,
    fact_signs,
    role_sign,
    signs_of_facts,
)
from store.review.signals import agreement_doubt, role_doubt


def test_every_fact_sign_has_a_row() -> None:
    for kind in (ROLE, AGREEMENT):
        for sign in fact_signs(kind):
            assert (kind, sign) in _rows(), (kind, sign)


def test_cells_of_an_agreement() -> None:
    assert agreement_sign(0, False) == "parties:0:undated"
    assert agreement_sign(2, True) == "parties:2:dated"
    assert agreement_sign(5, False) == "parties:3+:undated"
    assert role_sign(True) == "organisation:stated"
    assert role_sign(False, titled=True) == "organisation:none_titled"


def test_a_cell_is_its_counts_shrunk_towards_its_prior() -> None:
    row = _rows()[(AGREEMENT, "parties:2:undated")]
    assert row.prior is not None
    want = (row.wrong + PRIOR_WEIGHT * row.prior) / (row.wrong + row.right + PRIOR_WEIGHT)
    assert abs(fact_p(AGREEMENT, "parties:2:undated") - want) < 1e-9
    assert agreement_doubt(2, False) == (fact_p(AGREEMENT, "parties:2:undated"), "no date")


def test_what_nothing_doubts_stays_undoubted() -> None:
    """Rows without a prior are counted to be seen, never read: a dated pair, a stated body."""
    assert agreement_doubt(2, True)[0] == 0.0
    assert agreement_doubt(3, True)[0] == 0.0
    assert role_doubt(True)[0] == 0.0


def test_a_role_without_its_organisation_is_doubted_less_when_its_title_names_its_office() -> None:
    bare, titled = role_doubt(False), role_doubt(False, titled=True)
    assert 0 < titled[0] <= bare[0] < 0.5
    assert bare[1] == titled[1] == "no organisation stated"


def test_signs_of_facts_reads_the_cells_from_the_store() -> None:
    from sqlmodel import Session

    from store.db import open_database
    from store.models import Agreement, AgreementParty, Organisation, Person, Role

    db = open_database("sqlite://")
    with Session(db.engine) as s:
        a, b = Organisation(name="Office of Lanterns"), Organisation(name="Bureau of Kites")
        p = Person(name="Orla Quenby")
        s.add_all([a, b, p])
        s.flush()
        ag = Agreement(title="Memorandum on kites", origin="document")
        s.add(ag)
        s.flush()
        assert ag.id is not None and p.id is not None
        s.add_all(
            [
                AgreementParty(agreement_id=ag.id, organisation_id=a.id, role="party"),
                Role(person_id=p.id, title="Spokesperson", origin="document"),
                Role(person_id=p.id, title="Director", organisation_id=b.id, origin="document"),
            ]
        )
        s.commit()
        assert list(signs_of_facts(s, AGREEMENT).values()) == [["parties:1:undated"]]
        roles = sorted(v[0] for v in signs_of_facts(s, ROLE).values())
        assert roles == ["organisation:none", "organisation:stated"]
