"""Reading a document: choose its format, read it, repair its text, find its title, date and
language. The one place that knows every format; each format's own rules live in its module.

Format: chosen by suffix (.txt/.md/.text, .html/.htm, .pdf) and by sniffing the bytes
(`%PDF` is a PDF whatever the name; text that is clearly HTML is read as HTML; NUL bytes or
undecodable bytes are binary data). Bad input of any kind raises `ReadError` and nothing
else; its message is one line, `"<path>: <reason>"`, fit to show a user.
"""

from __future__ import annotations

import pathlib

from importers.read.decode import decode
from importers.read.html import HTML_SUFFIXES, looks_like_html, looks_like_html_bytes, read_html
from importers.read.markdown import MARKDOWN_SUFFIXES, read_markdown
from importers.read.meta import detect_lang, find_dateline, first_line_title
from importers.read.pdf import PDF_SUFFIXES, looks_like_pdf, read_pdf
from importers.read.repair import repair_text
from importers.read.result import SCANNED, Draft, ReadError, ReadResult
from importers.read.text import read_text


def read_document(path: pathlib.Path | str) -> ReadResult:
    """Read a file from disk. Raises ReadError for a missing path, a directory, an unreadable
    file, or content that is not a readable document."""
    p = pathlib.Path(path)
    name = str(path)
    try:
        if not p.exists():
            raise ReadError(name, "no such file")
        if p.is_dir():
            raise ReadError(name, "is a directory, not a document")
        data = p.read_bytes()
    except ReadError:
        raise
    except PermissionError:
        raise ReadError(name, "cannot read the file (permission denied)") from None
    except OSError as e:
        raise ReadError(name, f"cannot read the file ({e.strerror or type(e).__name__})") from None
    except ValueError as e:  # e.g. an embedded NUL in the path
        raise ReadError(name, f"invalid path ({e})") from None
    return read_bytes(data, name)


def read_bytes(data: bytes, name: str) -> ReadResult:
    """Read a document from bytes; `name` (a file name or path) gives the suffix that
    selects the format, and the label used in error messages."""
    try:
        return _finish(_draft(bytes(data), str(name)), str(name))
    except ReadError:
        raise
    except RecursionError:
        raise ReadError(name, "document too deeply nested to read") from None
    except Exception as e:  # never let a parser's exception escape for bad input
        raise ReadError(name, f"cannot read the document ({type(e).__name__}: {e})"[:300]) from None


def _draft(data: bytes, name: str) -> Draft:
    """The raw text of the document in the format it is in."""
    suffix = pathlib.PurePath(name).suffix.lower()
    if not data.strip():
        raise ReadError(name, "empty document")
    if looks_like_pdf(data) or suffix in PDF_SUFFIXES:
        return read_pdf(data, name)
    is_html_name = suffix in HTML_SUFFIXES
    text = decode(data, name, html=is_html_name or looks_like_html_bytes(data))
    if not text.strip():
        raise ReadError(name, "empty document")
    if is_html_name or looks_like_html(text):
        return read_html(text, name)
    if suffix in MARKDOWN_SUFFIXES:
        return read_markdown(text)
    # .txt/.text and any other suffix whose content decodes as text
    return read_text(text)


def _finish(draft: Draft, name: str) -> ReadResult:
    """Repair the draft's text and find in it what its format did not state."""
    text = repair_text(draft.text)
    if not text.strip():
        if draft.format == "pdf":
            raise ReadError(name, SCANNED)
        empty = "empty document" if draft.format == "text" else "no text in the HTML page"
        raise ReadError(name, empty)
    title = draft.title if draft.title is not None else first_line_title(text)
    date = draft.date if draft.date is not None else find_dateline(text)
    return ReadResult(
        text=text, title=title, date=date, lang=detect_lang(text), format=draft.format
    )
