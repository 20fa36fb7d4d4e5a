"""HTML: the main text of a page through trafilatura, with its title and date from the
page's metadata; stripping the tags of <body> (without navigation, cookie banners, teasers
and other page furniture) when trafilatura finds nothing. The site name a <title> ends with
("Headline | Site") follows the headline, as the page's masthead or byline shows it.

trafilatura and lxml are imported inside the functions that need them, so that importing the
readers stays cheap.
"""

from __future__ import annotations

import re
from typing import Any

from importers.read.meta import clean_title, find_dateline
from importers.read.quiet import quiet
from importers.read.result import Draft, ReadError
from store.text import lexicon
from store.text.dates import find_dates, iso_prefix

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})

_HTML_START = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html\b)", re.I | re.S
)
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
_TITLE_PATHS = (
    "//meta[@property='og:title']/@content",
    "//meta[@name='twitter:title']/@content",
    "//title//text()",
    "//h1//text()",
)
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


def looks_like_html_bytes(data: bytes) -> bool:
    """Bytes that start like an HTML page (before they are decoded)."""
    head = data[:2048].lower()
    return head.lstrip().startswith((b"<!doctype html", b"<html")) or b"<meta" in head


def looks_like_html(text: str) -> bool:
    """Decoded text that is clearly an HTML page, whatever the file is called."""
    head = text[:4096]
    if _HTML_START.match(head):
        return True
    low = head.lower()
    return "<head" in low and "<body" in low and "</" in low


def read_html(html: str, name: str) -> Draft:
    """Main text of an HTML page through trafilatura; tag-stripping of <body> as fallback."""
    html = html.replace("\x00", "")
    text, title, date = _trafilatura(html)
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
    site = _site_name(tree, text) if tree is not None else None
    if site is not None:
        # who publishes the page, under its headline as a byline stands (the headline stays
        # the text's first line, where the extractors look for it)
        head, _, rest = text.strip().partition("\n")
        rest = rest.lstrip("\n")
        text = f"{head}\n\n{site}\n\n{rest}" if rest else f"{head}\n\n{site}"
    if date is None and find_dateline(text) is None:
        date = _page_date(html, text)  # a date the page shows outside its article
    return Draft(text, "html", title=title, date=date)


def _page_date(html: str, article: str) -> str | None:
    """The date htmldate finds on the whole page with its wider search, when the page shows
    that very day outside the article (a byline, a header, a URL): never a year it turned
    into 1 January (a copyright line), never an event the article reports."""
    try:
        import htmldate

        with quiet("htmldate"):
            found = htmldate.find_date(html, extensive_search=True, original_date=True)
    except Exception:
        return None
    iso = iso_prefix(found) if found else None
    if not iso or len(iso) < 10 or any(d.date.iso == iso for d in find_dates(article)):
        return None
    y, m, d = iso.split("-")
    shown = {f"{y}-{m}-{d}", f"{y}/{m}/{d}", f"{y}{m}{d}"}
    for mm, dd in ((m, d), (m.lstrip("0"), d.lstrip("0"))):
        shown |= {f"{dd}/{mm}/{y}", f"{mm}/{dd}/{y}", f"{dd}.{mm}.{y}", f"{dd}-{mm}-{y}"}
    named = any(x.date.iso == iso for x in find_dates(re.sub(r"<[^>]+>", " ", html)))
    return iso if named or any(f in html for f in shown) else None


def _trafilatura(html: str) -> tuple[str | None, str | None, str | None]:
    """The main text, title and date trafilatura finds; no text where it fails."""
    text: str | None = None
    title: str | None = None
    date: str | None = None
    try:
        import trafilatura

        with quiet("trafilatura", "htmldate", "courlan", "justext", "readability"):
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
            title = clean_title(getattr(doc, "title", None))
            date = iso_prefix(getattr(doc, "date", None))
    except Exception:  # trafilatura/lxml choke on some garbage: fall back to the tags
        text = None
    return text, title, date


def _parse_html(html: str) -> Any:  # lxml.html.HtmlElement | None
    try:
        import lxml.html

        # lxml refuses str with an encoding declaration; give it bytes in UTF-8
        data = html.encode("utf-8", "replace")
        parser = lxml.html.HTMLParser(encoding="utf-8", remove_comments=True)
        return lxml.html.fromstring(data, parser=parser)
    except Exception:
        return None


def _html_title(tree: Any) -> str | None:
    for xp in _TITLE_PATHS:
        try:
            vals = tree.xpath(xp)
        except Exception:
            continue
        title = clean_title(" ".join(str(v) for v in vals))
        if title:
            return title
    return None


#: "Article headline | Site Name": the part after the last bar of a page's <title>.
_SITE_SUFFIX = re.compile(r"[ \t]\|[ \t]+([^|]{2,60})$")
#: "Headline - Site Name", "標題｜網站": a dash between spaces or a full-width bar before it.
_DASHED_SUFFIX = re.compile(r"(?:[ \t][-–—][ \t]+|\s*｜\s*)([^|｜\-–—]{2,60})$")
#: What a site's name may not hold after a dash (a headline's clause does): sentence marks,
#: figures, and in Latin script a word in lower case that is no function word.
_NOT_A_NAME = re.compile(r"[，。,;；:：!?！？「」“”\"0-9０-９]")
#: The lower-case words that may join a name's capitalised words, as the name finders read them.
_NAME_CONNECTORS = lexicon.wordset("en_orgs.txt", "name_connectors")
#: A site name is a short name, not a second headline.
_SITE_WORDS = 6


def _site_name(tree: Any, text: str) -> str | None:
    """The name of the site a page's <title> ends with ("... | IP Australia"), when the main
    text does not open with it: an office's own news page says "we" and "our" for the office
    the masthead names, and the masthead is furniture the article text leaves out."""
    try:
        raw = " ".join(str(v) for v in tree.xpath("//title/text()"))
    except Exception:
        return None
    title = " ".join(raw.split())
    m = _SITE_SUFFIX.search(title)
    if m is None:
        m = _DASHED_SUFFIX.search(title)
        if m is None or not _looks_like_name(m.group(1)):
            return None
    if len(m.group(1).split()) > _SITE_WORDS:
        return None
    site = m.group(1).strip()
    head = text.lstrip().split("\n", 1)[0]
    return None if site in head else site


def _looks_like_name(part: str) -> bool:
    """Whether what follows a dash in a <title> reads as a site's name ("IP Australia",
    "澳門某某大學"), not the rest of a headline ("Ministers sign pact")."""
    if _NOT_A_NAME.search(part):
        return False
    words = re.findall(r"[A-Za-z][\w'.&]*", part)
    return all(w[0].isupper() or w.lower() in _NAME_CONNECTORS for w in words)


def _html_meta_date(tree: Any) -> str | None:
    try:
        for meta in tree.iter("meta"):
            key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
            if key in _META_DATE_KEYS:
                iso = iso_prefix(meta.get("content"))
                if iso:
                    return iso
        for t in tree.iter("time"):
            iso = iso_prefix(t.get("datetime"))
            if iso:
                return iso
    except Exception:
        return None
    return None


def _strip_tags(tree: Any) -> str:
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


def _drop(el: Any) -> None:
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
