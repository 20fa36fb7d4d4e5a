"""A long name (more than eight words) one document states once is mostly a phrase run past
the body's name on texts no extractor has seen (counts of review_signals.tsv, blind exports
included): the queue doubts it as likelier wrong than not, ahead of a name to confirm and of
a role that states no organisation. Every name is our own."""

from __future__ import annotations

from pathlib import Path

from store.db import open_database
from store.models import Document
from store.review.queue import review_queue
from store.search import index_entity
from store.writer import add_mention, add_role, new_organisation, new_person

LONG = "Seed Office of the Ministry of Orchards and Rural Affairs of Ruritania"
PLAIN = "Orchard Seed Institute"


def test_a_long_name_stated_once_is_doubted_first(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'long.db'}")
    with db.session() as s:
        doc = Document(path="one.txt", lang="en", sha256="1" * 64, text=f"{LONG}. {PLAIN}.")
        s.add(doc)
        s.flush()
        assert doc.id
        ids = {}
        for name in (LONG, PLAIN):
            body = new_organisation(s, name)
            assert body.id
            ids[name] = body.id
            add_mention(
                s, doc.id, "organisation", body.id, start=0, end=len(name), surface=name,
                extractor="en/1",
            )  # fmt: skip
            index_entity(s, "organisation", body.id)
        person = new_person(s, "Ana Ferreira")
        assert person.id
        add_mention(s, doc.id, "person", person.id, start=0, end=12, surface="Ana Ferreira")
        index_entity(s, "person", person.id)
        role = add_role(s, person.id, None, "Deputy Director")
        assert role.id
        add_mention(s, doc.id, "role", role.id, start=0, end=15, surface="Deputy Director")
        s.commit()
        queue = review_queue(s, with_sources=False)
    db.engine.dispose()
    order = [i.id for i in queue]
    long_item = next(i for i in queue if i.id == f"o{ids[LONG]}")
    assert "a long phrase rather than a name" in long_item.reason
    assert long_item.p_wrong >= 0.45
    assert order.index(f"o{ids[LONG]}") < order.index(f"o{ids[PLAIN]}")
    assert order.index(f"o{ids[LONG]}") < order.index(f"r{role.id}")
