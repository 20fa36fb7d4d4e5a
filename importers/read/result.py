"""What reading gives back: the one result, the one exception, and the draft a format
reader hands on before its text is repaired."""

from __future__ import annotations

from dataclasses import dataclass

#: Reasons shared by several readers, worded once.
BINARY = "not a text, HTML or PDF document (binary data)"
SCANNED = "no text layer (scanned PDF?): OCR it first"


class ReadError(Exception):
    """The one exception the readers raise for bad input; `str(e)` is `"<path>: <reason>"`."""

    def __init__(self, path: str, reason: str):
        self.path = str(path)
        self.reason = " ".join(str(reason).split())  # always one line
        super().__init__(f"{self.path}: {self.reason}")

    def __reduce__(self) -> tuple[type[ReadError], tuple[str, str]]:  # picklable across processes
        return (type(self), (self.path, self.reason))


@dataclass
class ReadResult:
    text: str  # clean text, the text extractors see and character spans refer to
    title: str | None  # the document's title where it states one
    date: str | None  # ISO 8601 prefix of the document's own date, where stated
    lang: str  # "zh" when Han characters dominate the letters, else "en"
    format: str  # "text", "markdown", "html", "pdf"


@dataclass
class Draft:
    """A format reader's output: raw text (pages separated by form feeds) and the title and
    date its format states outside the text (HTML metadata, PDF properties), if any. The
    text is repaired and the rest found in it afterwards, the same way for every format."""

    text: str
    format: str
    title: str | None = None
    date: str | None = None
