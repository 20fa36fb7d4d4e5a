"""A grouping named only within something else in one document (store/review/named_within.py):
its mention there is asked about even when its calibrated P(wrong) is below mentions.MINIMUM.
Every sentence is our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.db import open_database
from store.models import Document
from store.review import mentions
from store.review.named_within import runs_on, within
from store.review.queue import review_queue
from store.writer import add_mention, new_organisation


@pytest.mark.parametrize(
    ("surface", "after", "runs"),
    [
        ("Coral Bloc", " Heads of Office Meeting opened", True),  # an event's name
        ("Coral Bloc", " (CB) Experts Group met", True),  # a group of it, after its acronym
        ("Coral Bloc", ") Experts Group met", True),  # the acronym's own mention
        ("Coral Bloc", " countries agreed", True),  # its members
        ("Coral Bloc", " Secretary-General spoke", False),  # its head: the bloc itself
        ("Coral Bloc", " and the Reef Union", False),
        ("Coral Bloc", ". The talks", False),
        ("Coral Bloc", "\nMinutes", False),  # a heading, then the next line
        ("CORAL BLOC OF NATIONS", " Office", False),  # a heading in capitals
        ("珊瑚五国", "签署了声明", True),
        ("珊瑚联盟", "国家代表出席", True),
        ("珊瑚联盟", "秘书处表示", False),
        ("联合国", "表示", False),  # a body whose own name ends in 国
    ],
)
def test_a_mention_runs_on_into_what_is_named_after_it(
    surface: str, after: str, runs: bool
) -> None:
    assert runs_on(surface, after) is runs


def test_most_mentions_must_run_on() -> None:
    inside = ("Coral Bloc", " Heads of Office Meeting")
    alone = ("Coral Bloc", ". It")
    assert within([inside, inside, alone])
    assert not within([inside, alone])
    assert not within([])


TEXTS = {
    "a.txt": "The 4th Coral Bloc Heads of Office Meeting opened. Coral Bloc countries "
    "sent examiners to the Coral Bloc Heads of Office Meeting.",
    "b.txt": "The Coral Bloc signed a plan. The Coral Bloc will fund it. The Coral Bloc met.",
}


def _queue_ids(tmp_path: Path) -> tuple[set[str], int, dict[str, int]]:
    db = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    with db.session() as s:
        docs = {}
        for path, text in TEXTS.items():
            doc = Document(path=path, lang="en", date="2022-05-01", sha256=path * 8, text=text)
            s.add(doc)
            s.flush()
            assert doc.id
            docs[path] = doc.id
        bloc = new_organisation(s, "Coral Bloc", kind="igo", ref_id="coral")
        assert bloc.id is not None
        for path, text in TEXTS.items():
            start = text.find("Coral Bloc")
            while start >= 0:
                add_mention(
                    s,
                    docs[path],
                    "organisation",
                    bloc.id,
                    start=start,
                    end=start + len("Coral Bloc"),
                    surface="Coral Bloc",
                    extractor="en/1",
                )
                start = text.find("Coral Bloc", start + 1)
        s.commit()
        items = {i.id for i in review_queue(s, with_sources=False) if i.kind == "mention"}
    db.engine.dispose()
    return items, bloc.id, docs


def test_a_grouping_named_only_within_other_names_is_asked_about_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mentions, "MINIMUM", 1.0)  # no pair would be an item by its P(wrong)
    items, bloc, docs = _queue_ids(tmp_path)
    assert f"o{bloc}@d{docs['a.txt']}" in items
    assert f"o{bloc}@d{docs['b.txt']}" not in items  # named on its own there
