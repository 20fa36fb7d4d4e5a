"""A grouping named only within something else in one document (store/review/named_within.py):
its mention there is asked about even when its calibrated P(wrong) is below mentions.MINIMUM.
Every sentence is our own."""

from __future__ import annotations

from pathlib import Path

import pytest

from store.db import open_database
from store.models import Document
from store.review import mentions
from store.review.named_within import in_title, listed_with_states, runs_on, within
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
    inside = ("Coral Bloc", " Heads of Office Meeting", "The ")
    alone = ("Coral Bloc", ". It", "The ")
    assert within([inside, inside, alone])
    assert not within([inside, alone])
    assert not within([])


@pytest.mark.parametrize(
    ("before", "listed"),
    [
        ("Kestria has worked with Freedonia, Sylvania, Japan and the ", False),  # one state
        ("Kestria has worked with France, Japan, China and the ", True),
        ("partners such as Brazil, India, Japan and those in the ", True),
        ("talks between China and the ", False),  # a pair of sides, not a list
        ("France, Japan and China agreed. Then the ", False),  # another sentence
        ("日本、韩国和", True),
        ("中国和", False),
    ],
)
def test_a_grouping_listed_with_states_is_one_more_place(before: str, listed: bool) -> None:
    assert listed_with_states(before) is listed
    assert within([("Coral Bloc", " on patents", before)]) is listed


def test_a_mention_within_a_cited_documents_title() -> None:
    assert in_title("办公室关于某事的通知》(某函〔2020〕1号)")
    assert not in_title("高度重视。《某某规划》")  # a title opens after the sentence ends
    assert not in_title("和某局签署了协议")


TEXTS = {
    "a.txt": "The 4th Coral Bloc Heads of Office Meeting opened. Coral Bloc countries "
    "sent examiners to the Coral Bloc Heads of Office Meeting.",
    "b.txt": "The Coral Bloc signed a plan. The Coral Bloc will fund it. The Coral Bloc met.",
    "c.txt": "Kestria has cooperated with France, Japan, China and the Coral Bloc on patents.",
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
    assert f"o{bloc}@d{docs['c.txt']}" in items  # one more place in a list of states
    assert f"o{bloc}@d{docs['b.txt']}" not in items  # named on its own there


def test_a_body_named_only_within_a_cited_title_is_asked_about_there(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(mentions, "MINIMUM", 1.0)  # no pair would be an item by its P(wrong)
    texts = {
        "t.txt": "根据《珊瑚局办公室关于某项工作的通知》,某大学入选。",
        "u.txt": "珊瑚局与某局签署协议。",
    }
    db = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    with db.session() as s:
        body = new_organisation(s, "珊瑚局", kind="ip_office", ref_id="coral-office")
        assert body.id is not None
        docs = {}
        for path, text in texts.items():
            doc = Document(path=path, lang="zh", date="2022-05-01", sha256=path * 8, text=text)
            s.add(doc)
            s.flush()
            assert doc.id
            docs[path] = doc.id
            start = text.find("珊瑚局")
            add_mention(
                s,
                doc.id,
                "organisation",
                body.id,
                start=start,
                end=start + 3,
                surface="珊瑚局",
                extractor="zh/1",
            )
        s.commit()
        items = {i.id: i for i in review_queue(s, with_sources=False) if i.kind == "mention"}
    db.engine.dispose()
    cited = items[f"o{body.id}@d{docs['t.txt']}"]
    assert "within the title" in cited.reason
    assert f"o{body.id}@d{docs['u.txt']}" not in items
