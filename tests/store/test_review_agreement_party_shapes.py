"""An agreement whose parties cannot all be right: more bodies than sides for an instrument
two sides sign, or a body and its own unit signing with each other. The review queue asks
about it even though it has parties and a date."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlmodel import Session

from store.db import Database, open_database
from store.models import Organisation
from store.review.confidence import confidence_of
from store.review.queue import review_queue
from store.writer import add_mention, add_party, new_agreement, new_organisation
from tests.store.review_kb import add_documents


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'parties.db'}")
    yield database
    database.engine.dispose()


def _bodies(s: Session, *names: str) -> list[int]:
    out = []
    for name in names:
        org = new_organisation(s, name)
        assert org.id is not None
        out.append(org.id)
    return out


def _agreement(s: Session, kind: str, parties: list[int]) -> int:
    deal = new_agreement(s, "Memorandum on design examination", kind, date="2023-04-12")
    assert deal.id is not None
    for party in parties:
        add_party(s, deal.id, organisation_id=party)
    return deal.id


_NAMES = ("Ruritanian Patent Bureau", "Bordurian Design Office", "Syldavian Mint")


def _mention(s: Session, doc: int, text: str, kind: str, target: int, words: str) -> None:
    at = text.index(words)
    add_mention(s, doc, kind, target, start=at, end=at + len(words), surface=words)


def _under(s: Session, unit: int, body: int) -> None:
    org = s.get(Organisation, unit)
    assert org is not None
    org.parent_id = body
    s.add(org)
    s.flush()


def test_a_memorandum_with_a_third_party_its_sentence_never_names_is_doubted(
    db: Database,
) -> None:
    text = (
        "The Ruritanian Patent Bureau and the Bordurian Design Office signed a memorandum "
        "in Klow. The Syldavian Mint hosted a dinner the evening before."
    )
    with db.session() as s:
        (doc,) = add_documents(s, {"klow.txt": text}, lang="en").values()
        three = _bodies(s, *_NAMES)
        for org, words in zip(three, _NAMES, strict=True):
            _mention(s, doc, text, "organisation", org, words)
        memo = _agreement(s, "mou", three)
        pair = _agreement(s, "mou", three[:2])
        for deal in (memo, pair):
            _mention(s, doc, text, "agreement", deal, "memorandum")
        s.commit()
        doubted = confidence_of(s, "agreement", memo)
        assert doubted is not None and doubted.doubt >= 0.5
        assert doubted.why == "3 parties, one its sentences never name"
        whole = confidence_of(s, "agreement", pair)
        assert whole is not None and whole.doubt == 0.0
        queue = {i.id: i for i in review_queue(s, with_sources=False)}
    assert queue[f"a{memo}"].reason.startswith("an agreement with 3 parties")
    assert f"a{pair}" not in queue


def test_three_parties_a_sentence_names_together_are_not_doubted(db: Database) -> None:
    text = (
        "The Ruritanian Patent Bureau, the Bordurian Design Office and the Syldavian Mint "
        "signed a memorandum on joint training."
    )
    with db.session() as s:
        (doc,) = add_documents(s, {"three.txt": text}, lang="en").values()
        three = _bodies(s, *_NAMES)
        for org, words in zip(three, _NAMES, strict=True):
            _mention(s, doc, text, "organisation", org, words)
        memo = _agreement(s, "mou", three)
        _mention(s, doc, text, "agreement", memo, "memorandum")
        s.commit()
        found = confidence_of(s, "agreement", memo)
    assert found is not None and found.doubt == 0.0


def test_a_statement_many_bodies_adopt_is_not_doubted_for_its_parties(db: Database) -> None:
    text = (
        "The Ruritanian Patent Bureau, the Bordurian Design Office and the Syldavian Mint "
        "adopted a joint statement. The Carpanian Copyright Board joined it by letter."
    )
    with db.session() as s:
        (doc,) = add_documents(s, {"joint.txt": text}, lang="en").values()
        four = _bodies(s, *_NAMES, "Carpanian Copyright Board")
        for org, words in zip(four, (*_NAMES, "Carpanian Copyright Board"), strict=True):
            _mention(s, doc, text, "organisation", org, words)
        statement = _agreement(s, "joint_statement", four)
        _mention(s, doc, text, "agreement", statement, "joint statement")
        s.commit()
        found = confidence_of(s, "agreement", statement)
    assert found is not None and found.doubt == 0.0


def test_a_body_and_its_own_unit_are_never_the_two_sides(db: Database) -> None:
    with db.session() as s:
        office, academy, other = _bodies(
            s, "Ruritanian Patent Bureau", "Patent Academy", "Bordurian Design Office"
        )
        _under(s, academy, office)
        with_unit = _agreement(s, "agreement", [office, academy])
        apart = _agreement(s, "agreement", [academy, other])
        s.commit()
        doubted = confidence_of(s, "agreement", with_unit)
        assert doubted is not None and doubted.why == "a body and its own unit as two parties"
        plain = confidence_of(s, "agreement", apart)
    assert plain is not None and plain.doubt == 0.0


def test_a_unit_two_levels_down_is_still_its_body_s_own(db: Database) -> None:
    with db.session() as s:
        ministry, office, division = _bodies(
            s, "Ministry of Commerce of Ruritania", "Ruritanian Patent Bureau", "Search Division"
        )
        _under(s, office, ministry)
        _under(s, division, office)
        deal = _agreement(s, "work_plan", [ministry, division])
        s.commit()
        found = confidence_of(s, "agreement", deal)
    assert found is not None and found.why == "a body and its own unit as two parties"
