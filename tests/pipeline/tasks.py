"""Worker tasks for tests/pipeline/test_parallel.py that misbehave on one chosen document.

They live in an importable module because a worker process (a fresh interpreter) finds the
task it runs by its module and name; each wraps the real task, so every other document is
read and extracted exactly as in a real import.
"""

from __future__ import annotations

import os
from typing import Any

import importers.extract
from importers.extract import Extraction, extract_in_worker

#: Put in a document's text, it makes the tasks below misbehave on that document.
MARKER = "<<this document trips the importer>>"


def dies_on_marker(path: str, data: bytes) -> Extraction:
    """A worker that dies on the marked document, as a crash in a C library would."""
    if MARKER.encode() in data:
        os._exit(70)
    return extract_in_worker(path, data)


def tripping(real: Any) -> Any:
    """`importers.extract.extract` raising on the marked document: a bug of ours."""

    def extract(text: str, lang: str, **kwargs: Any) -> Any:
        if MARKER in text:
            raise ValueError("the extractor tripped over this document\nsecond line")
        return real(text, lang, **kwargs)

    extract.tripping = True  # type: ignore[attr-defined]
    return extract


def raises_on_marker(path: str, data: bytes) -> Extraction:
    """The real worker task, with the extractor of this worker process raising on the
    marked document."""
    if not getattr(importers.extract.extract, "tripping", False):
        importers.extract.extract = tripping(importers.extract.extract)
    return extract_in_worker(path, data)
