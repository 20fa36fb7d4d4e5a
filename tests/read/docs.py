"""The documents the reader tests read: the fixtures in tests/fixtures/docs and the seeds."""

from __future__ import annotations

import pathlib

from importers.read import ReadResult, read_document

DOCS = pathlib.Path(__file__).resolve().parents[1] / "fixtures" / "docs"
SEEDS = pathlib.Path(__file__).resolve().parents[2] / "seeds"

ZH_HEADLINE = "国家知识产权局与新加坡知识产权局签署谅解备忘录"
EN_SENTENCE = (
    "The Intellectual Property Office of Singapore (IPOS) and the China National "
    "Intellectual Property Administration (CNIPA) signed a memorandum of understanding."
)


def read(name: str) -> ReadResult:
    return read_document(DOCS / name)
