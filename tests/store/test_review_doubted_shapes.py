"""A name whose shape is doubted stays in the queue however many documents state it: a
second document confirms that the name is written, not that it names one body. Every name
and text is our own."""

from __future__ import annotations

from pathlib import Path

from store.db import open_database
from store.review.model import ReviewItem
from store.review.queue import review_queue
from store.writer import add_mention, new_organisation
from tests.store.review_kb import add_documents

TEXTS = {
    "a.txt": "Freedonia and Sylvania signed a memorandum; the IP authority of Freedonia and the"
    " Sylvanian Patent Bureau will exchange data.",
    "b.txt": "A trade fair in Freedonia closed; the IP authority of Freedonia thanked the Marlow"
    " Design Council, the Sylvanian Patent Bureau and the guests.",
}


def _queue_of(tmp_path: Path, names: list[str]) -> dict[str, ReviewItem]:
    """NAMES, each a body of its country (Freedonia's, code XF), stated by every text it is
    written in (as a weak pattern states a description and a strong one a name), and the
    queue's entity items by name."""
    db = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    with db.session() as s:
        docs = add_documents(s, TEXTS, lang="en")
        made: dict[int, str] = {}
        for name in names:
            org = new_organisation(s, name, country="XF")
            assert org.id
            made[org.id] = name
            for path, text in TEXTS.items():
                start = text.find(name)
                if start < 0:
                    continue
                add_mention(
                    s,
                    docs[path],
                    "organisation",
                    org.id,
                    start=start,
                    end=start + len(name),
                    surface=name,
                    extractor="en/1",
                    confidence=0.6 if name[0].islower() else 0.9,
                )
        s.commit()
        items = {
            made[i.subjects[0].id]: i
            for i in review_queue(s, with_sources=False)
            if i.kind == "entity" and i.subjects[0].id in made
        }
    db.engine.dispose()
    return items


def test_a_body_described_in_two_documents_is_still_doubted(tmp_path: Path) -> None:
    items = _queue_of(tmp_path, ["IP authority of Freedonia", "Sylvanian Patent Bureau"])
    described = items["IP authority of Freedonia"]
    assert "described rather than named" in described.reason
    assert not described.to_confirm
    # a plain name two documents state is confirmed by them: no item
    assert "Sylvanian Patent Bureau" not in items


def test_a_capacity_an_office_acts_in_is_no_body() -> None:
    from store.review.signals import organisation_signs

    def keys(name: str) -> set[str]:
        return {s.key for s in organisation_signs(name)}

    # a work-sharing programme's capacities, and a treaty's
    assert "capacity" in keys("Office of First Filing")
    assert "capacity" in keys("the Office of Later Examination")
    assert "capacity" in keys("International Searching Authority")
    # an office's own name, or half a capacity, is none
    assert "capacity" not in keys("Freedonia Patent Office")
    assert "capacity" not in keys("Office of Examination")
    assert "capacity" not in keys("International Office")
