"""A body whose name goes on past its head and "for" ("... Office for Capacity Building") is
that body, even when the name's last word is one an event or a building ends in; a name that
ends in such a word with nothing before it to head it is still doubted as no body, and so is
one whose head stands before "of" (the words after it name an owner, so the last word is the
thing: "Ministry of Finance Building"). Every name is our own."""

from __future__ import annotations

from pathlib import Path

from store.db import open_database
from store.models import Document
from store.review.queue import review_queue
from store.search import index_entity
from store.writer import add_mention, new_organisation

EVENT = "an event, a programme, a place or a source"


def _queue_reasons(tmp_path: Path, names: list[str]) -> dict[str, str]:
    """Each name stated once by its own document; the queue's reason for each, by name."""
    db = open_database(f"sqlite:///{tmp_path / 'heads.db'}")
    with db.session() as s:
        for n, name in enumerate(names):
            doc = Document(path=f"d{n}.txt", lang="en", sha256=str(n) * 64, text=name + ".")
            s.add(doc)
            s.flush()
            assert doc.id
            body = new_organisation(s, name)
            assert body.id
            add_mention(
                s, doc.id, "organisation", body.id, start=0, end=len(name), surface=name,
                extractor="en/1",
            )  # fmt: skip
            index_entity(s, "organisation", body.id)
        s.commit()
        reasons = {i.title: i.reason for i in review_queue(s, with_sources=False)}
    db.engine.dispose()
    return reasons


def test_an_office_for_a_task_whose_last_word_names_a_building_is_a_body(
    tmp_path: Path,
) -> None:
    office = "Seedland Regional Office for Capacity Building"
    fair = "Seedland Orchard Week"
    reasons = _queue_reasons(tmp_path, [office, fair])
    assert EVENT in reasons[fair]
    assert EVENT not in reasons.get(office, "")
    assert not reasons.get(office, "").startswith("probably not")


def test_a_building_award_park_or_website_of_a_body_is_no_body(tmp_path: Path) -> None:
    things = [
        "Seedland Ministry of Finance Building",
        "Seedland Ministry of Culture Awards",
        "Seedland Institute of Technology Park",
        "Seedland Office of the President Website",
    ]
    reasons = _queue_reasons(tmp_path, things)
    for thing in things:
        assert EVENT in reasons.get(thing, ""), thing
