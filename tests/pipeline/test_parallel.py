"""Importing on several cores: documents are read and extracted by worker processes and
written by one, in order, so the knowledge base is the one a single process builds."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

import importers.extract
from importers import pipeline
from importers.pipeline import POOL_THRESHOLD, ImportReport, import_paths
from store.db import open_database
from store.exchange import export_data
from tests.conftest import ROOT, SEEDS, sqlite_url
from tests.pipeline import tasks

FIXTURES = ROOT / "tests" / "fixtures"

#: Real documents of every format and both languages: seeds, a holdout set, HTML and PDF.
REAL = [
    *sorted(SEEDS.glob("*.txt")),
    *sorted((FIXTURES / "holdout").glob("*_*.*")),
    *[FIXTURES / "docs" / n for n in ("news.html", "english.pdf", "chinese.pdf", "big5.txt")],
]
BAD = ["binary.txt", "empty.txt", "truncated.pdf", "scanned.pdf", "encrypted.pdf"]


def _corpus(folder: Path, files: list[Path]) -> Path:
    """The files copied into one folder, numbered so that the folder's order is the list's."""
    folder.mkdir()
    for i, f in enumerate(files):
        shutil.copy(f, folder / f"{i:02d}_{f.name}")
    return folder


def _import(tmp_path: Path, name: str, paths: list[Path], jobs: int) -> tuple[ImportReport, Any]:
    db = open_database(sqlite_url(tmp_path / f"{name}.db"))
    report = import_paths(db, paths, jobs=jobs)
    with db.session() as s:
        data = export_data(s)
    db.engine.dispose()
    return report, data


def _summary(report: ImportReport) -> tuple[Any, ...]:
    return (
        report.documents,
        report.unchanged,
        report.replaced,
        report.new_entities,
        report.merges,
        report.facts,
        [str(p) for p in report.problems],
    )


def test_two_workers_build_the_knowledge_base_one_process_builds(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", REAL)
    one, by_one = _import(tmp_path, "one", [corpus], jobs=1)
    two, by_two = _import(tmp_path, "two", [corpus], jobs=2)
    assert (one.workers, two.workers) == (0, 2)
    assert one.ok and one.documents == len(REAL)
    assert _summary(two) == _summary(one)
    assert by_two == by_one  # every name, fact, mention, span and id


def test_bad_files_among_good_ones_get_the_same_problems_in_parallel(tmp_path: Path) -> None:
    files = [*REAL[:6], *[FIXTURES / "docs" / n for n in BAD], *REAL[6:12]]
    corpus = _corpus(tmp_path / "corpus", files)
    one, by_one = _import(tmp_path, "one", [corpus], jobs=1)
    two, by_two = _import(tmp_path, "two", [corpus], jobs=2)
    assert two.workers == 2
    assert len(one.problems) == len(BAD)
    assert _summary(two) == _summary(one)
    assert by_two == by_one


def test_an_exception_on_one_document_is_the_same_one_line_in_parallel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path / "corpus", REAL[:10])
    marked = sorted(corpus.iterdir())[4]
    marked.write_text(marked.read_text("utf-8") + "\n" + tasks.MARKER + "\n", "utf-8")
    monkeypatch.setattr(importers.extract, "extract", tasks.tripping(importers.extract.extract))
    one, by_one = _import(tmp_path, "one", [corpus], jobs=1)
    monkeypatch.setattr(pipeline, "_worker_task", tasks.raises_on_marker)
    two, by_two = _import(tmp_path, "two", [corpus], jobs=2)
    assert [str(p) for p in one.problems] == [
        f"{marked}: could not be imported (ValueError: the extractor tripped over this document)"
    ]
    assert _summary(two) == _summary(one)
    assert by_two == by_one


def test_a_worker_that_dies_costs_only_the_document_it_was_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = _corpus(tmp_path / "corpus", REAL[:12])
    marked = sorted(corpus.iterdir())[5]
    marked.write_text(marked.read_text("utf-8") + "\n" + tasks.MARKER + "\n", "utf-8")
    monkeypatch.setattr(pipeline, "_worker_task", tasks.dies_on_marker)
    two, by_two = _import(tmp_path, "two", [corpus], jobs=2)
    assert [str(p) for p in two.problems] == [
        f"{marked}: could not be imported "
        "(BrokenProcessPool: the worker process reading it stopped abruptly)"
    ]
    marked.unlink()
    one, by_one = _import(tmp_path, "one", [corpus], jobs=1)
    assert two.documents == one.documents == 11
    assert by_two == by_one


def test_unchanged_files_are_never_sent_to_a_worker(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", REAL[:12])
    db = open_database(sqlite_url(tmp_path / "kb.db"))
    assert import_paths(db, [corpus], jobs=2).workers == 2
    again = import_paths(db, [corpus], jobs=2)
    assert again.workers == 0 and again.unchanged == 12 and again.documents == 0
    for f in sorted(corpus.iterdir())[: 12 - POOL_THRESHOLD + 1]:  # a few new versions
        f.write_text(f.read_text("utf-8") + "\nAmended.\n", "utf-8")
    changed = import_paths(db, [corpus], jobs=2)
    assert changed.workers == 0  # too few to repay a pool
    assert (changed.documents, changed.replaced, changed.unchanged) == (5, 5, 7)
    db.engine.dispose()


def test_a_small_import_stays_in_one_process(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", REAL[: POOL_THRESHOLD - 1])
    db = open_database(sqlite_url(tmp_path / "kb.db"))
    report = import_paths(db, [corpus], jobs=2)
    assert report.workers == 0 and report.documents == POOL_THRESHOLD - 1
    db.engine.dispose()
