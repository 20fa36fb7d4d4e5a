"""Read documents (plain text, HTML, PDF) into clean text plus metadata.

`read_document(path)` and `read_bytes(data, name)` return a `ReadResult` (text, title, date,
language, format). Bad input of any kind raises `ReadError` and nothing else; its message is
one line, `"<path>: <reason>"`, fit to show a user.

Format: chosen by suffix (.txt/.md/.text, .html/.htm, .pdf) and by sniffing the bytes
(`%PDF` is a PDF whatever the name; text that is clearly HTML is read as HTML; NUL bytes or
undecodable bytes are binary data).

Every format's text goes through `repair_text`, which undoes what PDF-to-text conversion
breaks (see its docstring for the rules and the choices made).

Heavy libraries (charset-normalizer, trafilatura, lxml, pypdf) are imported inside the
functions that need them so that importing this module stays cheap.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import io
import logging
import math
import pathlib
import re
import unicodedata
import warnings
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["ReadError", "ReadResult", "read_bytes", "read_document", "repair_text"]


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
    format: str  # "text", "html", "pdf"


TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown"})
HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
PDF_SUFFIXES = frozenset({".pdf"})

_BINARY = "not a text, HTML or PDF document (binary data)"
_SCANNED = "no text layer (scanned PDF?): OCR it first"


# --------------------------------------------------------------------------- entry points


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
        return _read(bytes(data), str(name))
    except ReadError:
        raise
    except RecursionError:
        raise ReadError(name, "document too deeply nested to read") from None
    except Exception as e:  # never let a parser's exception escape for bad input
        raise ReadError(name, f"cannot read the document ({type(e).__name__}: {e})"[:300]) from None


def _read(data: bytes, name: str) -> ReadResult:
    suffix = pathlib.PurePath(name).suffix.lower()
    if not data.strip():
        raise ReadError(name, "empty document")
    if _looks_like_pdf(data) or suffix in PDF_SUFFIXES:
        return _read_pdf(data, name)
    is_html_name = suffix in HTML_SUFFIXES
    text = _decode(data, name, html=is_html_name or _looks_like_html_bytes(data))
    if not text.strip():
        raise ReadError(name, "empty document")
    if is_html_name or _looks_like_html(text):
        return _read_html(text, name)
    if suffix in MARKDOWN_SUFFIXES:
        return _finish(strip_markdown(text), name, "markdown", title=None, date=None)
    # .txt/.text and any other suffix whose content decodes as text
    return _finish(text, name, "text", title=None, date=None)


MARKDOWN_SUFFIXES = frozenset({".md", ".markdown"})
_MD_FENCE = re.compile(r"^\s*(```|~~~).*$")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_MD_TABLE_SEP = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_MD_BULLET = re.compile(r"^(\s*)(?:[-*+]|\d{1,3}[.)])\s+")
_MD_QUOTE = re.compile(r"^\s*>\s?")
_MD_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_EM = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")
_MD_CODE = re.compile(r"`([^`]*)`")


def strip_markdown(text: str) -> str:
    """Markdown to the plain text a reader sees: no #, *, _, `, link targets, bullets or
    table rules; a heading becomes a paragraph of its own and a table row one line of
    cells joined by commas ("Jane Ndong, Director General, OAPI")."""
    out: list[str] = []
    for line in text.replace("\r\n", "\n").split("\n"):
        if _MD_FENCE.match(line) or _MD_RULE.match(line) or _MD_TABLE_SEP.match(line):
            continue
        heading = _MD_HEADING.match(line)
        if heading:
            out += ["", heading.group(1), ""]
            continue
        line = _MD_QUOTE.sub("", line)
        line = _MD_BULLET.sub(r"\1", line)
        if line.strip().startswith("|") and line.strip().endswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            line = ", ".join(c for c in cells if c)
        line = _MD_IMAGE.sub(r"\1", line)
        line = _MD_LINK.sub(r"\1", line)
        for _ in range(2):  # nested **_x_**
            line = _MD_STRONG.sub(r"\2", line)
            line = _MD_EM.sub(r"\2", line)
        out.append(_MD_CODE.sub(r"\1", line))
    return "\n".join(out)


def _finish(raw: str, name: str, fmt: str, *, title: str | None, date: str | None) -> ReadResult:
    text = repair_text(raw)
    if not text.strip():
        if fmt == "pdf":
            raise ReadError(name, _SCANNED)
        raise ReadError(name, "empty document" if fmt == "text" else "no text in the HTML page")
    if title is None:
        title = _first_line_title(text)
    if date is None:
        date = find_dateline(text)
    return ReadResult(text=text, title=title, date=date, lang=detect_lang(text), format=fmt)


# --------------------------------------------------------------------------- decoding

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_CHARSET_ALIASES = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "cp936": "gb18030",
    "big5": "cp950",
    "utf8": "utf-8",
}
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{2,40})""", re.I
)


def _decode(data: bytes, name: str, *, html: bool = False) -> str:
    """Bytes -> str with CRLF/CR turned to LF. Raises ReadError for binary data."""
    text: str | None = None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(enc.replace("-sig", ""))
            except UnicodeDecodeError:
                raise ReadError(
                    name, f"not a text document (invalid {enc} after its BOM)"
                ) from None
            break
    if text is None:
        if b"\x00" in data:
            raise ReadError(name, _BINARY)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = None
    if text is None and html:
        m = _META_CHARSET.search(data[:4096])
        if m:
            enc = m.group(1).decode("ascii").lower()
            enc = _CHARSET_ALIASES.get(enc, enc)
            with contextlib.suppress(LookupError, UnicodeDecodeError):
                text = data.decode(enc)
    if text is None:
        text = _guess_decode(data, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _looks_binary(text):
        raise ReadError(name, _BINARY)
    return text


_CHINESE_ENCODINGS = frozenset(
    {"gb18030", "gbk", "gb2312", "big5", "cp950", "big5hkscs", "hz", "iso2022_cn"}
)


def _guess_decode(data: bytes, name: str) -> str:
    """Decode non-UTF-8 bytes with charset-normalizer's guess. On short inputs it sometimes
    takes GBK or Big5 Chinese for Korean or a single-byte code page; this project reads
    English and Chinese, so a decoding as GB18030 or Big5 that gives only common Chinese
    characters wins over a guess of another legacy encoding."""
    from charset_normalizer import from_bytes

    with _quiet("charset_normalizer"):
        best = from_bytes(data).best()
    guess = _CHARSET_ALIASES.get(best.encoding.lower(), best.encoding) if best else None
    if guess is None or guess.lower().replace("-", "_") not in _CHINESE_ENCODINGS:
        chinese = _plausible_chinese(data)
        if chinese is not None:
            return chinese
    if best is None or guess is None:
        raise ReadError(name, _BINARY)
    try:
        return data.decode(guess)
    except (UnicodeDecodeError, LookupError):
        return str(best)


def _plausible_chinese(data: bytes) -> str | None:
    for enc, common in (("gb18030", _in_gb2312), ("cp950", _in_big5_level1)):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        wide = [c for c in text if ord(c) > 0x7F]
        if wide and sum(1 for c in wide if common(c)) >= 0.95 * len(wide):
            return text
    return None


def _in_gb2312(c: str) -> bool:
    try:
        c.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _in_big5_level1(c: str) -> bool:
    """Big5 symbols and level-1 (frequent) characters."""
    try:
        b = c.encode("big5")
    except UnicodeEncodeError:
        return False
    code = int.from_bytes(b, "big")
    return len(b) == 2 and (0xA140 <= code <= 0xA3BF or 0xA440 <= code <= 0xC67E)


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    sample = text[:20000]
    bad = sum(
        1
        for c in sample
        if c == "\ufffd" or (unicodedata.category(c) in ("Cc", "Cs", "Co") and c not in "\t\n\f\v")
    )
    return bad > max(2, len(sample) // 50)


def _looks_like_pdf(data: bytes) -> bool:
    return data[:1024].lstrip().startswith(b"%PDF") or data.startswith(b"%PDF")


_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html\b)", re.I | re.S
)


def _looks_like_html_bytes(data: bytes) -> bool:
    head = data[:2048].lower()
    return head.lstrip().startswith((b"<!doctype html", b"<html")) or b"<meta" in head


def _looks_like_html(text: str) -> bool:
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    low = head.lower()
    return "<head" in low and "<body" in low and "</" in low


@contextlib.contextmanager
def _quiet(*loggers: str) -> Iterator[None]:
    """Silence the named libraries' logging and all warnings for the duration."""
    saved = []
    for lname in loggers:
        lg = logging.getLogger(lname)
        saved.append((lg, lg.level))
        lg.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        for lg, level in saved:
            lg.setLevel(level)


# --------------------------------------------------------------------------- HTML

_PRUNE_TAGS = (
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "iframe",
    "svg",
    "button",
    "select",
)
_PRUNE_CLASS = re.compile(
    r"cookie|consent|gdpr|banner|teaser|related|recommend|more-from|share|social|newsletter"
    r"|subscribe|breadcrumb|menu|sidebar|advert|promo|popup|modal",
    re.I,
)
_BLOCK_TAGS = (
    "p",
    "div",
    "section",
    "article",
    "main",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "table",
    "blockquote",
    "pre",
    "dd",
    "dt",
    "ul",
    "ol",
    "figcaption",
)


def _read_html(html: str, name: str) -> ReadResult:
    """Main text of an HTML page through trafilatura; tag-stripping of <body> as fallback."""
    html = html.replace("\x00", "")
    text: str | None = None
    title: str | None = None
    date: str | None = None
    try:
        import trafilatura

        with _quiet("trafilatura", "htmldate", "courlan", "justext", "readability"):
            doc = trafilatura.bare_extraction(
                html,
                include_tables=True,
                include_comments=False,
                include_images=False,
                include_links=False,
                favor_precision=True,
                with_metadata=True,
                date_extraction_params={"extensive_search": False, "original_date": True},
            )
        if doc is not None:
            text = getattr(doc, "text", None)
            title = _clean_title(getattr(doc, "title", None))
            date = _iso_prefix(getattr(doc, "date", None))
    except Exception:  # trafilatura/lxml choke on some garbage: fall back below
        text = None
    tree = _parse_html(html)
    if title is None and tree is not None:
        title = _html_title(tree)
    if date is None and tree is not None:
        date = _html_meta_date(tree)
    if text and text.strip():
        # trafilatura separates paragraphs by one newline; we keep paragraphs by "\n\n"
        # (consecutive table rows, which it renders as "| a | b |", stay on single newlines)
        text = re.sub(r"\n(?!\|)", "\n\n", text.strip())
    elif tree is not None:
        text = _strip_tags(tree)
    if not text or not text.strip():
        raise ReadError(name, "no text in the HTML page")
    return _finish(text, name, "html", title=title, date=date)


def _parse_html(html: str):  # -> lxml.html.HtmlElement | None
    try:
        import lxml.html

        # lxml refuses str with an encoding declaration; give it bytes in UTF-8
        data = html.encode("utf-8", "replace")
        parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
        return lxml.html.fromstring(data, parser=parser)
    except Exception:
        return None


def _html_title(tree) -> str | None:
    for xp in (
        "//meta[@property='og:title']/@content",
        "//meta[@name='twitter:title']/@content",
        "//title//text()",
        "//h1//text()",
    ):
        try:
            vals = tree.xpath(xp)
        except Exception:
            continue
        title = _clean_title(" ".join(str(v) for v in vals))
        if title:
            return title
    return None


_META_DATE_KEYS = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "dcterms.created",
    "pubdate",
    "publishdate",
    "publish-date",
    "publication_date",
    "sailthru.date",
    "article.published",
)


def _html_meta_date(tree) -> str | None:
    try:
        for meta in tree.iter("meta"):
            key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
            if key in _META_DATE_KEYS:
                iso = _iso_prefix(meta.get("content"))
                if iso:
                    return iso
        for t in tree.iter("time"):
            iso = _iso_prefix(t.get("datetime"))
            if iso:
                return iso
    except Exception:
        return None
    return None


def _strip_tags(tree) -> str:
    try:
        bodies = tree.xpath("//body")
        root = bodies[0] if bodies else tree
        for el in list(root.iter(*_PRUNE_TAGS)):
            _drop(el)
        for el in list(root.iter()):
            if not isinstance(el.tag, str):
                continue
            marker = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('role') or ''}"
            if marker.strip() and (
                _PRUNE_CLASS.search(marker) or "navigation" in marker or "contentinfo" in marker
            ):
                _drop(el)
        for el in root.iter(*_BLOCK_TAGS):
            el.tail = "\n\n" + (el.tail or "")
        for el in root.iter("br"):
            el.tail = "\n" + (el.tail or "")
        raw = root.text_content()
    except Exception:
        return ""
    lines = [" ".join(line.split()) for line in raw.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _drop(el) -> None:
    parent = el.getparent()
    if parent is None:
        return
    tail = el.tail
    if tail:  # keep the text that follows the dropped element
        prev = el.getprevious()
        if prev is not None:
            prev.tail = (prev.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(el)


def _clean_title(title: str | None) -> str | None:
    if not title:
        return None
    title = " ".join(str(title).split())
    return title[:300] or None


# --------------------------------------------------------------------------- PDF

_JUNK_PDF_TITLE = re.compile(
    r"^(?:microsoft\s+(?:word|powerpoint|excel)\b|untitled\b|document\d*$|slide\s*\d*$"
    r"|\S+\.(?:docx?|pdf|pptx?|xlsx?|indd|tmp|rtf|odt)$)",
    re.I,
)


def _read_pdf(data: bytes, name: str) -> ReadResult:
    start = data.find(b"%PDF")
    if start < 0 or start > 1024:
        raise ReadError(name, "corrupt or truncated PDF (no %PDF header)")
    data = data[start:]
    try:
        from pypdf import PdfReader
    except ImportError:  # pragma: no cover - pypdf is a declared dependency
        raise ReadError(name, "cannot read PDF (pypdf is not installed)") from None
    pages: list[str] = []
    meta_title: str | None = None
    with _quiet("pypdf"):
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
        except Exception as e:
            raise ReadError(name, f"corrupt or truncated PDF ({_short(e)})") from None
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
        try:
            n_pages = len(reader.pages)
        except Exception as e:
            raise ReadError(name, f"corrupt or truncated PDF ({_short(e)})") from None
        if n_pages == 0:
            raise ReadError(name, "corrupt or truncated PDF (no pages)")
        errors: list[Exception] = []
        for i in range(n_pages):
            try:
                pages.append(reader.pages[i].extract_text() or "")
            except Exception as e:  # one broken page must not lose the others
                errors.append(e)
                pages.append("")
        with contextlib.suppress(Exception):
            md = reader.metadata
            if md is not None and md.title:
                meta_title = _clean_title(str(md.title))
    if not any(p.strip() for p in pages):
        if errors:
            raise ReadError(name, f"corrupt or truncated PDF ({_short(errors[0])})")
        if b"%%EOF" not in data[-2048:] and b"%%EOF" not in data:
            raise ReadError(name, "corrupt or truncated PDF (no %%EOF marker)")
        raise ReadError(name, _SCANNED)
    title = meta_title if meta_title and not _JUNK_PDF_TITLE.match(meta_title) else None
    # a trailing form feed marks even a one-page document as paged (page-edge furniture)
    return _finish("\f".join(pages) + "\f", name, "pdf", title=title, date=None)


def _short(e: BaseException) -> str:
    msg = " ".join(str(e).split()) or type(e).__name__
    return msg[:120]


# --------------------------------------------------------------------------- language, title

_HAN = (
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002a6df\U0002a700-\U0002ebef"
    "\U00030000-\U0003134f"
)
_HAN_RE = re.compile(f"[{_HAN}]")
_URL_RE = re.compile(r"(?:https?://|www\.)\S+", re.I)


def _is_han(c: str) -> bool:
    return bool(_HAN_RE.match(c))


def detect_lang(text: str) -> str:
    """ "zh" when Han characters are at least as many as the other letters (URLs ignored)."""
    sample = _URL_RE.sub(" ", text[:200000])
    han = len(_HAN_RE.findall(sample))
    if not han:
        return "en"
    letters = sum(1 for c in sample if c.isalpha())
    return "zh" if han >= letters - han else "en"


_TITLE_LEAD = re.compile(r"^[\s#>*•·●○◆◇■□▪▶►➢➤✓✔\-–—=|]+")
_LABELLED_DATE_LEAD = re.compile(
    r"^(?:date|dated|published|posted|updated|日期|发布时间|发布日期|时间)\s*[:：]?\s*"
    r"\d{4}[-/.]\d{1,2}(?:[-/.]\d{1,2})?\s*",
    re.I,
)


def _first_line_title(text: str) -> str | None:
    for line in text.split("\n"):
        line = _TITLE_LEAD.sub("", line).strip()
        line = _LABELLED_DATE_LEAD.sub("", line).strip()
        if line and not _URL_ONLY.match(line) and not _PAGE_NO.match(line):
            return line if len(line) <= 200 else line[:199].rstrip() + "…"
    return None


# --------------------------------------------------------------------------- dates

_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MON = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_DATE_PATTERNS = (
    re.compile(r"(?<!\d)(?P<y>\d{4})\s*年\s*(?P<m>\d{1,2})\s*月(?:\s*(?P<d>\d{1,2})\s*[日号])?"),
    re.compile(r"(?<![\d/.-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d/.-])"),
    re.compile(r"(?<![\d/.-])(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})(?![\d/.-])"),
    re.compile(rf"\b{_MON}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", re.I),
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+{_MON},?\s+(?P<y>\d{{4}})\b", re.I),
    re.compile(rf"\b{_MON}\s+(?P<y>\d{{4}})\b", re.I),
)
_DATE_LABEL = re.compile(
    r"(?:^|\b)(?:date|dated|published|posted|updated|issued|released)\s*(?:on)?\s*[:：]?\s*$"
    r"|(?:日期|发布时间|发布日期|发布于|时间|发文日期|印发日期)\s*[:：]?\s*$",
    re.I,
)
_DATE_SEPARATORS = tuple(",:：|—–-(（[【/·")


def _iso_from_match(m: re.Match[str]) -> str | None:
    gd = m.groupdict()
    try:
        year = int(gd["y"])
        month = _MONTHS[gd["mon"].lower()] if gd.get("mon") else int(gd["m"])
        day = int(gd["d"]) if gd.get("d") else None
    except (KeyError, TypeError, ValueError):
        return None
    if not 1900 <= year <= 2100 or not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        _dt.date(year, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _iso_prefix(value: str | None) -> str | None:
    """A date string from metadata ("2017-02-03T10:00:00Z", "2017-02", "Feb 3, 2017") ->
    ISO prefix, or None."""
    if not value:
        return None
    value = str(value).strip()
    m = re.match(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:$|[T\s])", value)
    if m:
        y, mo, d = m.groups()
        if not 1900 <= int(y) <= 2100:
            return None
        if mo and not 1 <= int(mo) <= 12:
            return y
        if d:
            try:
                _dt.date(int(y), int(mo), int(d))
            except ValueError:
                return f"{y}-{mo}"
            return f"{y}-{mo}-{d}"
        return f"{y}-{mo}" if mo else y
    for pat in _DATE_PATTERNS:
        dm = pat.search(value)
        if dm:
            return _iso_from_match(dm)
    return None


def _width(s: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def find_dateline(text: str, *, max_lines: int = 15) -> str | None:
    """The document's own date from a dateline near the top: a line that is (nearly) only a
    date ("February 26, 2025", "Xinhua) 09:50, February 26, 2025"), a date after a label
    ("Date: 2025-02-26", "发布时间：2024年1月12日") or after a place ("GENEVA, February 26,
    2025 -"). A date inside a sentence ("…于 2024 年 1 月 12 日结束") is an event, not a
    dateline, and is ignored."""
    seen = 0
    for raw in text[:5000].split("\n"):
        line = raw.strip()
        if not line:
            continue
        seen += 1
        if seen > max_lines:
            break
        for pat in _DATE_PATTERNS:
            for m in pat.finditer(line):
                iso = _iso_from_match(m)
                if not iso:
                    continue
                prefix = line[: m.start()].rstrip()
                rest = (prefix + " " + line[m.end() :]).strip()
                month_year_only = iso.count("-") == 1 and not pat.pattern.startswith("(?<!\\d)")
                if month_year_only and _width(rest) > 6:
                    continue  # "in May 2017 the office…" is not a dateline
                if (
                    _width(rest) <= 24
                    or not prefix
                    or _DATE_LABEL.search(prefix)
                    or (prefix.endswith(_DATE_SEPARATORS) and _width(prefix) <= 40)
                ):
                    return iso
    return None


# --------------------------------------------------------------------------- repair_text

_ZERO_WIDTH = dict.fromkeys(
    map(
        ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    ),
    None,
)
_ODD_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\t\v]+")
_CTRL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_IDEO_SPACE_LATIN = re.compile(r"(?<=[\x21-\x7e\u00c0-\u024f])\u3000+(?=[\x21-\x7e\u00c0-\u024f])")
_URL_ONLY = re.compile(r"^<?(?:(?:https?://|www\.)\S+?>?\s*)+$", re.I)
_PAGE_NO = re.compile(
    r"""^(?:
        [-–—]\s*\d{1,4}\s*[-–—]
      | (?:page|p\.|pg\.?)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?
      | \d{1,4}\s+(?:/|of)\s+\d{1,4}
      | 第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?
      | [-–—]?\s*[ivxlc]{1,6}\s*[-–—]
    )$""",
    re.I | re.X,
)
_BARE_NO = re.compile(r"^\d{1,4}$")
# a Chinese line ending in one of these ends a sentence or clause: never joined to the next
_TERMINAL = frozenset("。！？：；」』”’…．.!?:;")
_OPENERS = frozenset("“‘《（「『【〈")
_ENUM_START = re.compile(
    r"^(?:[（(][一二三四五六七八九十百零〇\d]{1,4}[）)]|[一二三四五六七八九十百]{1,3}[、．.]"
    r"|第[一二三四五六七八九十百零〇\d]{1,4}[章节条部分篇]|\d{1,3}[、．.](?!\d)"
    r"|[➢➤•·●○◆◇■□▪▶►※★☆])"
)


@dataclass
class _Line:
    text: str  # the line without surrounding whitespace
    trail: bool  # the source line had trailing whitespace (a paragraph-end hint in some PDFs)
    gap: int  # blank lines before it


def repair_text(text: str) -> str:
    """Undo what PDF-to-text conversion (and sloppy plain text) breaks, for every format.

    - Spaces: CRLF/CR -> LF; NBSP, thin/figure/other odd spaces and tabs -> a space;
      zero-width characters, soft hyphens and bidi marks removed; an ideographic space
      between Latin characters -> a space; control characters removed; runs of spaces
      collapsed; lines stripped.
    - Page furniture: lines that are only a page number ("- 3 -", "Page 3 of 10", "3 / 10",
      "第 3 页"); a bare number ("3") when it sits at the top or bottom of a page (pages are
      separated by form feeds, as the PDF reader produces them) or, with no page breaks, when
      such lines count up one by one through the document; a header/footer line that recurs
      at the top or bottom of at least half the pages (digits ignored, so "Report 2017 | 4"
      matches "Report 2017 | 5"). Without page breaks (plain text) repeated lines are kept:
      a newsletter repeats "来源：…" lines that are content, and nothing tells pages apart.
    - Chinese hard wraps: a line containing Han characters that does not end a sentence
      (not ending in 。！？：；」”… etc.) is joined, without a space and across blank lines, to
      the next line when that starts with a Han character or an opening bracket/quote (not an
      enumerator such as "（二）"), and the break is a wrap: the line is long (>= 85% of the
      document's typical Chinese line width) or, in documents whose converter marks
      paragraph ends with trailing spaces (detected: nearly all sentence-final lines have
      one and many others don't), the line has no trailing space. In such documents a wrap
      may also continue with a digit or Latin word ("来自\\n\\n6个国家").
    - URL lines: a run of lines that are only URLs, standing between two fragments of one
      sentence (the fragments would be joined by the rules above, or an English line not
      ending a sentence followed by a lower-case word), is removed and the sentence joined.
      URL lines between paragraphs are kept: they are the sources of the items above them
      and carry no risk of splitting a sentence.
    - English hyphenation: "inter-\\nnational" -> "international" when both fragments are
      lower-case letters; an English sentence wrapped mid-way (a line of several words
      ending in a plain word or a comma, then a line starting with a lower-case word) is
      joined with a space.
    - Paragraph breaks: any run of blank lines becomes one blank line ("\\n\\n"); single
      newlines are kept; the result is stripped.
    """
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = text.translate(_ZERO_WIDTH)
    text = _ODD_SPACES.sub(" ", text)
    text = _IDEO_SPACE_LATIN.sub(" ", text)
    text = _CTRL.sub("", text)
    pages = [page.split("\n") for page in text.split("\f")]
    pages = _drop_furniture(pages)
    lines = _to_lines(pages)
    return _join_lines(lines)


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.lower().split()))


def _drop_furniture(pages: list[list[str]]) -> list[list[str]]:
    multi = len(pages) > 1
    drop: set[tuple[int, int]] = set()
    content = [[i for i, ln in enumerate(page) if ln.strip()] for page in pages]

    for p, page in enumerate(pages):
        for i in content[p]:
            if _PAGE_NO.match(page[i].strip()):
                drop.add((p, i))

    if multi:
        # headers/footers: the same line (digits ignored) at a page edge on most pages
        if len(pages) >= 3:
            edges: dict[str, set[int]] = {}
            where: dict[str, list[tuple[int, int]]] = {}
            for p, page in enumerate(pages):
                idx = [i for i in content[p] if (p, i) not in drop]
                reach = 2 if len(idx) >= 8 else 1  # on short pages only the outermost lines
                for i in dict.fromkeys(idx[:reach] + idx[-reach:]):
                    k = _key(page[i])
                    if 0 < len(k) <= 150:
                        edges.setdefault(k, set()).add(p)
                        where.setdefault(k, []).append((p, i))
            need = max(3, math.ceil(0.5 * sum(1 for c in content if c)))
            for k, ps in edges.items():
                if len(ps) >= need:
                    drop.update(where[k])
        # a bare number as the first or last line of a page
        for p, page in enumerate(pages):
            idx = [i for i in content[p] if (p, i) not in drop]
            for i in {idx[0], idx[-1]} if idx else ():
                if _BARE_NO.match(page[i].strip()):
                    drop.add((p, i))
    else:
        page = pages[0]
        idx = content[0]
        # bare numbers counting up one by one, several lines apart: page numbers
        bare = [(i, int(page[i].strip())) for i in idx if _BARE_NO.match(page[i].strip())]
        run: list[tuple[int, int]] = []
        for i, n in bare:
            if run and n == run[-1][1] + 1 and i - run[-1][0] >= 6:
                run.append((i, n))
                continue
            if len(run) >= 2:
                drop.update((0, j) for j, _ in run)
            run = [(i, n)]
        if len(run) >= 2:
            drop.update((0, j) for j, _ in run)

    if not drop:
        return pages
    return [[ln for i, ln in enumerate(page) if (p, i) not in drop] for p, page in enumerate(pages)]


def _to_lines(pages: list[list[str]]) -> list[_Line]:
    out: list[_Line] = []
    gap = 0
    for page in pages:
        for raw in page:
            stripped = raw.strip()
            if not stripped:
                gap += 1
                continue
            stripped = re.sub(r" {2,}", " ", stripped)
            out.append(_Line(stripped, raw != raw.rstrip(), gap))
            gap = 0
    return out


def _join_lines(lines: list[_Line]) -> str:
    if not lines:
        return ""
    han_lines = [ln for ln in lines if _HAN_RE.search(ln.text)]
    widths = sorted(_width(ln.text) for ln in han_lines)
    typical = widths[round(0.9 * (len(widths) - 1))] if widths else 0
    long_enough = 0.85 * typical
    trail_mode = _trailing_space_marks_paragraphs(han_lines)
    latin_lines = [ln for ln in lines if not _HAN_RE.search(ln.text)]
    latin_widths = sorted(len(ln.text) for ln in latin_lines)
    # a hard-wrapped English document: most lines of nearly one width, and many of them
    latin_typical = latin_widths[round(0.8 * (len(latin_widths) - 1))] if latin_widths else 0
    hard_wrapped = (
        len(latin_lines) >= 8
        and latin_typical >= 40
        and sum(1 for w in latin_widths if w >= 0.8 * latin_typical) >= 0.4 * len(latin_widths)
        and sum(1 for ln in latin_lines if ln.gap == 0) >= 0.5 * len(latin_lines)
    )

    def cjk_wrap(a: _Line, b: _Line) -> bool:
        if not typical or not _HAN_RE.search(a.text):
            return False
        last, first = a.text[-1], b.text[0]
        if _ENUM_START.match(b.text):
            return False
        if trail_mode:
            # a clause-final colon or semicolon without the paragraph-end space is a wrap
            if a.trail or (last in _TERMINAL and last not in "：:；;"):
                return False
        elif last in _TERMINAL or _width(a.text) < long_enough:
            return False
        if _is_han(first) or first in _OPENERS:
            return True
        # a wrap before a number or Latin word: only on the strong trailing-space evidence
        return trail_mode and _is_han(last) and first.isascii() and first.isalnum()

    def en_continues(a: _Line, b: _Line) -> bool:
        # a sentence fragment (several words, the last a plain word or ending in a comma)
        # followed by a line that starts with a lower-case word
        words = a.text.split()
        return (
            len(words) >= 4
            and re.fullmatch(r"[A-Za-z]+,?", words[-1]) is not None
            and re.match(r"[a-z]+\b", b.text) is not None
        )

    def en_wrapped(a: _Line, b: _Line) -> bool:
        # in a hard-wrapped document, a full-width line that does not end a sentence goes
        # on in the next line, whatever its first letter ("by María José" / "Ferreira, …")
        return (
            hard_wrapped
            and not _HAN_RE.search(a.text + b.text)
            and len(a.text) >= 0.8 * latin_typical
            and a.text[-1] not in ".!?:;"
            and (b.text[0].isalnum() or b.text[0] in "(\"'“‘")
        )

    out: list[str] = [lines[0].text]
    prev = lines[0]
    i = 1
    n = len(lines)
    while i < n:
        cur = lines[i]
        # a run of URL-only lines in the middle of a sentence: drop it and join
        if _URL_ONLY.match(cur.text):
            j = i
            while j < n and _URL_ONLY.match(lines[j].text):
                j += 1
            if j < n and not _URL_ONLY.match(prev.text):
                nxt = lines[j]
                if cjk_wrap(prev, nxt):
                    out.append(nxt.text)
                    prev, i = nxt, j + 1
                    continue
                if en_continues(prev, nxt):
                    out.append(" " + nxt.text)
                    prev, i = nxt, j + 1
                    continue
        m = re.search(r"(?<![A-Za-z])([A-Za-z]?[a-z]+)-$", prev.text)
        if m and re.match(r"[a-z]+\b", cur.text) and out[-1].endswith("-"):
            out[-1] = out[-1][:-1]
            out.append(cur.text)
        elif cjk_wrap(prev, cur):
            out.append(cur.text)
        elif cur.gap == 0 and (en_continues(prev, cur) or en_wrapped(prev, cur)):
            out.append(" " + cur.text)  # an English sentence wrapped mid-way: one line again
        else:
            out.append(("\n" if cur.gap == 0 else "\n\n") + cur.text)
        prev = cur
        i += 1
    return "".join(out).strip()


def _trailing_space_marks_paragraphs(han_lines: list[_Line]) -> bool:
    """Some converters (seed 001) end every paragraph's last line with a space and wrapped
    lines without one; detect that from the document itself."""
    ends = [ln for ln in han_lines if ln.text[-1] in "。！？"]
    open_ = [ln for ln in han_lines if _is_han(ln.text[-1])]
    if len(ends) < 3 or len(open_) < 3:
        return False
    ends_marked = sum(ln.trail for ln in ends) / len(ends)
    open_unmarked = sum(not ln.trail for ln in open_) / len(open_)
    return ends_marked >= 0.9 and open_unmarked >= 0.3
