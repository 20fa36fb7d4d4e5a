"""The sources of a fact: one per sentence, newest document first, undated documents last
and then by path, every mention of the sentence with it (issue 14, item 5)."""

from __future__ import annotations

from pathlib import Path

from store.db import open_database
from store.models import Document
from store.queries import sources_of
from store.writer import add_mention, new_organisation


def test_sentences_come_newest_first_undated_last_by_path(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    with db.session() as s:
        org = new_organisation(s, "IPOS")
        assert org.id
        for path, date in (
            ("b-undated.txt", None),
            ("old.txt", "2019-03"),
            ("a-undated.txt", None),
            ("new.txt", "2023-05-02"),
        ):
            text = f"IPOS in {path}. Then IPOS and IPOS again."
            doc = Document(path=path, date=date, sha256=path, text=text)
            s.add(doc)
            s.flush()
            assert doc.id
            at = -1
            while (at := text.find("IPOS", at + 1)) >= 0:
                add_mention(s, doc.id, "organisation", org.id, start=at, end=at + 4, surface="IPOS")
        s.commit()
        sources = sources_of(s, "organisation", org.id)
        assert [(x.path, x.sentence) for x in sources] == [
            (path, sentence)
            for path in ("new.txt", "old.txt", "a-undated.txt", "b-undated.txt")
            for sentence in (f"IPOS in {path}.", "Then IPOS and IPOS again.")
        ]
        again = sources[1]
        assert [m.start for m in again.mentions] == [again.start, again.start + 9]
        assert again.highlights == [(5, 9), (14, 18)]
        assert len(sources_of(s, "organisation", org.id, limit=3)) == 3
    db.engine.dispose()


def test_a_sentence_named_a_hundred_times_is_one_source(tmp_path: Path) -> None:
    """Mentions are read a page at a time; a sentence whose mentions span two pages is
    still one source with all of them."""
    db = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    with db.session() as s:
        org = new_organisation(s, "IPOS")
        assert org.id
        for path, date in (("new.txt", "2024"), ("old.txt", "2020")):
            text = " ".join(" ".join(["IPOS"] * 100) + f" {n}." for n in range(3))
            doc = Document(path=path, date=date, sha256=path, text=text)
            s.add(doc)
            s.flush()
            assert doc.id
            at = -1
            while (at := text.find("IPOS", at + 1)) >= 0:
                add_mention(s, doc.id, "organisation", org.id, start=at, end=at + 4, surface="IPOS")
        s.commit()
        sources = sources_of(s, "organisation", org.id, limit=4)
        assert [(x.path, len(x.mentions), len(x.highlights)) for x in sources] == [
            ("new.txt", 100, 100),
            ("new.txt", 100, 100),
            ("new.txt", 100, 100),
            ("old.txt", 100, 100),
        ]
    db.engine.dispose()
