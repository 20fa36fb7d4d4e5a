"""Read a file into one clean text, whatever its format and encoding.

`read_document(path)` and `read_bytes(data, name)` return a `ReadResult` (text, title,
date, language, format); bad input raises `ReadError` and nothing else. One module per job:

- `document`: the entry points; choosing the format by suffix and by sniffing the bytes.
- `decode`: bytes to text (BOMs, UTF-8, declared charsets, GB18030/Big5 before a guess).
- `text`, `markdown`, `html` (trafilatura), `pdf` (pypdf): one module per format, each
  giving a `Draft` (raw text, and the title and date the format states outside the text).
- `repair`: what conversion breaks (page furniture, Chinese and English wraps, hyphens,
  URL lines), the same for every format.
- `meta`: what the text says about itself: language, title, the document's own date (dates
  are parsed by store/text/dates.py).

Heavy libraries (charset-normalizer, trafilatura, lxml, pypdf) are imported inside the
functions that need them, so that importing this package stays cheap.
"""

from importers.read.document import read_bytes, read_document
from importers.read.repair import repair_text
from importers.read.result import ReadError, ReadResult

__all__ = ["ReadError", "ReadResult", "read_bytes", "read_document", "repair_text"]
