"""The knowledge base teaches the extractor: names it confirmed (accepted by a person, or
stated by two documents) are looked for in later documents, in both languages, so a body
named once in an unusual form is found again where no rule would find it."""

from __future__ import annotations

from pathlib import Path

import pytest

from importers.pipeline import gazetteer, import_paths
from store.db import Database, open_database
from store.queries import find, sources_of
from store.review.judge import judge
from tests.conftest import sqlite_url

# English: a one-word name is a body only in a list of bodies; alone, no rule finds it.
EN_FIRST = (
    "Tokyo, 2 May 2021 - Examiners came from the Japan Patent Office, the European Patent "
    "Office, Kestrelworks and the Korean Intellectual Property Office.\n"
)
EN_SECOND = (
    "Nairobi, 8 August 2022 - Kestrelworks opened a training office in Nairobi, where "
    "examiners from the region will study patent drafting.\n"
)
# Chinese: a body is found as a party to an agreement and by a title; named alone, it is not.
ZH_FIRST = (
    "2021年5月2日，国家知识产权局与鹰隼创新研究院签署合作协议。鹰隼创新研究院院长王小明出席。\n"
)
ZH_SECOND = "2022年8月8日，鹰隼创新研究院派员赴内罗毕交流。\n"

CASES = {"en": ("Kestrelworks", EN_FIRST, EN_SECOND), "zh": ("鹰隼创新研究院", ZH_FIRST, ZH_SECOND)}


def _documents_naming(db: Database, name: str) -> set[str]:
    with db.session() as s:
        (body,) = [e for e in find(s, name, "organisation") if e.name == name]
        return {Path(src.path).name for src in sources_of(s, "organisation", body.id)}


def _kb(tmp_path: Path, lang: str, *, confirm: bool) -> set[str]:
    name, first, second = CASES[lang]
    tmp_path.mkdir()
    one, two = tmp_path / "first.txt", tmp_path / "second.txt"
    one.write_text(first, encoding="utf-8")
    two.write_text(second, encoding="utf-8")
    db = open_database(sqlite_url(tmp_path / "kb.db"))
    try:
        assert import_paths(db, [one], jobs=1).ok
        assert _documents_naming(db, name) == {"first.txt"}
        if confirm:
            with db.session() as s:
                (body,) = [e for e in find(s, name, "organisation") if e.name == name]
                judge(s, body.ref, "accept", by="ann")
                s.commit()
        assert import_paths(db, [two], jobs=1).ok
        return _documents_naming(db, name)
    finally:
        db.engine.dispose()


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_body_named_once_is_found_again_only_after_it_was_confirmed(
    tmp_path: Path, lang: str
) -> None:
    assert _kb(tmp_path / "before", lang, confirm=False) == {"first.txt"}
    assert _kb(tmp_path / "after", lang, confirm=True) == {"first.txt", "second.txt"}


def test_two_documents_that_agree_confirm_a_name(tmp_path: Path) -> None:
    db = open_database(sqlite_url(tmp_path / "kb.db"))
    names = lambda: {n for n, _ in gazetteer(db).org_names()}  # noqa: E731
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(EN_FIRST, encoding="utf-8")
    b.write_text(EN_FIRST.replace("Tokyo", "Osaka"), encoding="utf-8")
    import_paths(db, [a], jobs=1)
    assert "Kestrelworks" not in names()
    import_paths(db, [b], jobs=1)
    assert "Kestrelworks" in names()
    db.engine.dispose()


def test_a_name_that_names_no_particular_body_is_never_taught(tmp_path: Path) -> None:
    from store.models import Document
    from store.writer import add_mention, new_organisation

    db = open_database(sqlite_url(tmp_path / "kb.db"))
    with db.session() as s:
        org = new_organisation(s, "Ministry of State")
        for i in range(2):
            doc = Document(path=f"{i}.txt", sha256=str(i) * 64, text="The Ministry of State met.")
            s.add(doc)
            s.flush()
            assert doc.id and org.id
            add_mention(
                s, doc.id, "organisation", org.id, start=4, end=21, surface="Ministry of State"
            )
        s.commit()
        judge(s, f"o{org.id}", "accept", by="ann")
        s.commit()
    assert "Ministry of State" not in {n for n, _ in gazetteer(db).org_names()}
    db.engine.dispose()
