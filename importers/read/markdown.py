"""Markdown: read as the plain text a reader of the rendered page sees."""

from __future__ import annotations

import re

from importers.read.result import Draft

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


def read_markdown(text: str) -> Draft:
    """A Markdown file, decoded: its title and date are found in the text like plain text's."""
    return Draft(strip_markdown(text), "markdown")


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
