"""PDF: the text layer of every page through pypdf, pages separated by form feeds so that
the repair can tell page edges (running heads, page numbers); the title from the document's
properties unless it is a converter's placeholder ("Microsoft Word - draft3.docx").

A broken PDF (no header, truncated, encrypted, scanned without a text layer) is a ReadError
that says which. pypdf is imported inside `read_pdf`, so that importing the readers stays
cheap.
"""

from __future__ import annotations

import contextlib
import io
import re
from typing import Any

from importers.read.meta import clean_title
from importers.read.quiet import quiet
from importers.read.result import SCANNED, Draft, ReadError

PDF_SUFFIXES = frozenset({".pdf"})

_JUNK_PDF_TITLE = re.compile(
    r"^(?:microsoft\s+(?:word|powerpoint|excel)\b|untitled\b|document\d*$|slide\s*\d*$"
    r"|\S+\.(?:docx?|pdf|pptx?|xlsx?|indd|tmp|rtf|odt)$)",
    re.I,
)


def looks_like_pdf(data: bytes) -> bool:
    """`%PDF` near the start: a PDF whatever the file is called."""
    return data[:1024].lstrip().startswith(b"%PDF") or data.startswith(b"%PDF")


def read_pdf(data: bytes, name: str) -> Draft:
    start = data.find(b"%PDF")
    if start < 0 or start > 1024:
        raise ReadError(name, "corrupt or truncated PDF (no %PDF header)")
    data = data[start:]
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - pypdf is a declared dependency
        raise ReadError(name, "cannot read PDF (pypdf is not installed)") from None
    with quiet("pypdf"):
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
        except Exception as e:
            raise ReadError(name, f"corrupt or truncated PDF ({_short(e)})") from None
        _open(reader, name)
        pages, errors = _pages(reader, name)
        meta_title: str | None = None
        with contextlib.suppress(Exception):
            md = reader.metadata
            if md is not None and md.title:
                meta_title = clean_title(str(md.title))
    if not any(p.strip() for p in pages):
        if errors:
            raise ReadError(name, f"corrupt or truncated PDF ({_short(errors[0])})")
        if b"%%EOF" not in data[-2048:] and b"%%EOF" not in data:
            raise ReadError(name, "corrupt or truncated PDF (no %%EOF marker)")
        raise ReadError(name, SCANNED)
    title = meta_title if meta_title and not _JUNK_PDF_TITLE.match(meta_title) else None
    # a trailing form feed marks even a one-page document as paged (page-edge furniture)
    return Draft("\f".join(pages) + "\f", "pdf", title=title)


def _open(reader: Any, name: str) -> None:
    """Decrypt a PDF that opens without a password; refuse one that needs it."""
    try:
        encrypted = reader.is_encrypted
    except Exception as e:
        raise ReadError(name, f"corrupt or truncated PDF ({_short(e)})") from None
    if encrypted:
        ok = False
        with contextlib.suppress(Exception):
            ok = bool(reader.decrypt(""))  # owner-password-only PDFs open with ""
        if not ok:
            raise ReadError(name, "encrypted PDF: it needs a password; decrypt it first")


def _pages(reader: Any, name: str) -> tuple[list[str], list[Exception]]:
    """The text of every page ("" for a page that fails) and the errors met."""
    try:
        n_pages = len(reader.pages)
    except Exception as e:
        raise ReadError(name, f"corrupt or truncated PDF ({_short(e)})") from None
    if n_pages == 0:
        raise ReadError(name, "corrupt or truncated PDF (no pages)")
    pages: list[str] = []
    errors: list[Exception] = []
    for i in range(n_pages):
        try:
            pages.append(reader.pages[i].extract_text() or "")
        except Exception as e:  # one broken page must not lose the others
            errors.append(e)
            pages.append("")
    return pages, errors


def _short(e: BaseException) -> str:
    msg = " ".join(str(e).split()) or type(e).__name__
    return msg[:120]
