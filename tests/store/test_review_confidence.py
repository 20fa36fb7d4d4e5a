"""Every entity and fact carries a confidence derived from its evidence (store/review)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session

from store.db import Database, open_database
from store.review.confidence import Evidence, confidences, score
from store.review.judge import judge
from tests.store.review_kb import Ids, make


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[tuple[Database, Ids]]:
    url, ids = make(tmp_path)
    db = open_database(url)
    yield db, ids
    db.engine.dispose()


def _conf(s: Session, kind: str, id: int) -> float:
    return confidences(s, kind, [id])[id].value


def test_reference_data_and_more_documents_make_an_entity_surer(kb) -> None:
    db, ids = kb
    with db.session() as s:
        ipos = _conf(s, "organisation", ids.orgs["ipos"])  # reference, two languages
        kestrel = _conf(s, "organisation", ids.orgs["kestrel"])  # two documents
        most = _conf(s, "organisation", ids.orgs["most1"])  # one document
    assert ipos > kestrel > most
    assert most <= 0.95  # one pattern in one document is never certain


def test_evidence_rules_read_as_documented() -> None:
    one = score(Evidence(documents=1, mentions=1, pattern=0.9, languages=1))
    two = score(Evidence(documents=2, mentions=2, pattern=0.9, languages=1))
    both = score(Evidence(documents=2, mentions=2, pattern=0.9, languages=2))
    weak = score(Evidence(documents=1, mentions=1, pattern=0.7, languages=1))
    assert weak.value < one.value < two.value < both.value < 1.0
    junk = score(Evidence(documents=1, pattern=0.9, doubt=(0.8, "a generic phrase")))
    assert junk.value < 0.3 and junk.why == "a generic phrase"
    vouched = score(Evidence(documents=1, pattern=0.9, reference=True, doubt=(0.8, "x")))
    assert vouched.value >= 0.97 and vouched.why == ""  # the reference data is not doubted


def test_a_name_shaped_like_no_entity_lowers_the_confidence(kb) -> None:
    db, ids = kb
    with db.session() as s:
        org = confidences(s, "organisation", [ids.orgs["regional"], ids.orgs["kestrel"]])
        person = confidences(s, "person", [ids.people["community"], ids.people["shen_en"]])
    assert org[ids.orgs["regional"]].low and not org[ids.orgs["kestrel"]].low
    assert "generic" in org[ids.orgs["regional"]].why
    assert person[ids.people["community"]].low and not person[ids.people["shen_en"]].low


def test_missing_parties_and_dates_and_organisations_lower_facts(kb) -> None:
    db, ids = kb
    with db.session() as s:
        agreements = confidences(s, "agreement", ids.agreements.values())
        roles = confidences(s, "role", [ids.roles["zhang1"], ids.roles["shen_en"]])
    assert agreements[ids.agreements["undated"]].why == "no parties and no date"
    assert agreements[ids.agreements["undated"]].value < agreements[ids.agreements["dated"]].value
    assert roles[ids.roles["zhang1"]].value < roles[ids.roles["shen_en"]].value


def test_an_accepted_entity_is_certain_and_reviewed_until_undone(kb) -> None:
    db, ids = kb
    from store.review.judge import undo

    with db.session() as s:
        judge(s, f"p{ids.people['community']}", "accept", by="ann")
        s.commit()
        c = confidences(s, "person", [ids.people["community"]])[ids.people["community"]]
        assert (c.value, c.reviewed, c.low) == (1.0, True, False)
        undo(s, f"p{ids.people['community']}")
        s.commit()
        assert not confidences(s, "person", [ids.people["community"]])[
            ids.people["community"]
        ].reviewed


def test_the_lists_carry_confidence_and_review(kb) -> None:
    db, ids = kb
    from store.queries import list_agreements, list_organisations, list_people

    with db.session() as s:
        judge(s, f"o{ids.orgs['kestrel']}", "accept", by="ann")
        s.commit()
        orgs = {r.id: r for r in list_organisations(s)}
        people = {r.id: r for r in list_people(s)}
        agreements = {r.id: r for r in list_agreements(s)}

    def value(row: Any) -> float:
        assert row.confidence is not None
        return float(row.confidence)

    assert orgs[ids.orgs["kestrel"]].reviewed and value(orgs[ids.orgs["kestrel"]]) == 1.0
    assert value(orgs[ids.orgs["state"]]) < 0.6 and not orgs[ids.orgs["state"]].reviewed
    assert value(people[ids.people["community"]]) < 0.6
    undated, dated = (agreements[ids.agreements[k]] for k in ("undated", "dated"))
    assert value(undated) < value(dated)


def test_confidence_reads_a_plain_sqlite3_connection(kb, tmp_path: Path) -> None:
    import sqlite3

    db, ids = kb
    with db.session() as s:
        expected = confidences(s, "organisation", ids.orgs.values())
    conn = sqlite3.connect(tmp_path / "review.db")
    try:
        assert confidences(conn, "organisation", ids.orgs.values()) == expected
    finally:
        conn.close()
