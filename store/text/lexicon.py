"""The one loader of ipx's word lists: titles, head nouns, honorifics, stop words, countries,
surnames and their readings.

Word lists are data, kept in `store/text/words/`, so widening coverage is an edit to a data
file, never to code. The loader is strict on purpose: `index.toml` declares every file and
every section (or, for tables, every column), and anything else is an error: a file in the
folder that the index does not declare, a declared file that is missing, a section in a file
that its entry does not list, a request for a file or section nobody declared. A typo in a
section name then fails the first test that loads it instead of silently matching nothing.

List files are plain text: `[section]` starts a section, `#` starts a comment, and entries
are separated by white space (`split = "space"`, for Chinese words) or one per line
(`split = "line"`, for English phrases). Tables are tab-separated with a header line; columns
named in `lists` hold several values separated by ` | `.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path
from typing import Any

FOLDER = Path(__file__).with_name("words")
INDEX = "index.toml"


class LexiconError(Exception):
    """A word-list file or section is unknown, missing, or malformed."""


@cache
def _index() -> dict[str, Any]:
    path = FOLDER / INDEX
    try:
        index = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LexiconError(f"{path}: {exc}") from None
    unknown = set(index) - {"files", "tables"}
    if unknown:
        raise LexiconError(f"{path}: unknown top-level keys {sorted(unknown)}")
    return index


def _entry(kind: str, name: str) -> dict[str, Any]:
    entries = _index().get(kind, {})
    if name not in entries:
        raise LexiconError(f"{name}: no such word {kind[:-1]} in {FOLDER / INDEX}")
    return dict(entries[name])


def _read(name: str) -> str:
    path = FOLDER / name
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise LexiconError(f"{path}: declared in {INDEX} but cannot be read ({exc})") from None


@cache
def _sections(name: str) -> dict[str, tuple[str, ...]]:
    entry = _entry("files", name)
    declared = entry.get("sections", [])
    by_space = entry.get("split", "space") == "space"
    if entry.get("split", "space") not in {"space", "line"}:
        raise LexiconError(f"{name}: split must be 'space' or 'line'")
    out: dict[str, list[str]] = {}
    current: list[str] | None = None
    for number, raw in enumerate(_read(name).splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            if section not in declared:
                raise LexiconError(f"{name}:{number}: section [{section}] is not in {INDEX}")
            if section in out:
                raise LexiconError(f"{name}:{number}: section [{section}] appears twice")
            current = out[section] = []
            continue
        if current is None:
            raise LexiconError(f"{name}:{number}: an entry before any [section]")
        current.extend(line.split() if by_space else [" ".join(line.split())])
    missing = [s for s in declared if s not in out]
    if missing:
        raise LexiconError(f"{name}: sections {missing} are declared in {INDEX} but absent")
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def words(name: str, section: str) -> tuple[str, ...]:
    """The entries of one section, in the order written, without repeats."""
    sections = _sections(name)
    if section not in sections:
        raise LexiconError(f"{name}: no section [{section}]")
    return sections[section]


def wordset(name: str, section: str) -> frozenset[str]:
    return frozenset(words(name, section))


@cache
def table(name: str) -> tuple[dict[str, Any], ...]:
    """The rows of a tab-separated table, each a dict by column; list columns are tuples."""
    entry = _entry("tables", name)
    columns = list(entry.get("columns", []))
    lists = set(entry.get("lists", []))
    lines = [
        (n, line)
        for n, line in enumerate(_read(name).splitlines(), 1)
        if line.strip() and not line.lstrip().startswith("#")
    ]
    if not lines or lines[0][1].split("\t") != columns:
        raise LexiconError(f"{name}: the header must be the columns {columns} of {INDEX}")
    rows = []
    for number, line in lines[1:]:
        cells = line.split("\t")
        if len(cells) != len(columns):
            raise LexiconError(f"{name}:{number}: {len(cells)} cells, expected {len(columns)}")
        row: dict[str, Any] = {}
        for col, cell in zip(columns, cells, strict=True):
            cell = cell.strip()
            if col in lists:
                row[col] = tuple(v.strip() for v in cell.split(" | ") if v.strip())
            else:
                row[col] = cell
        rows.append(row)
    return tuple(rows)


def check() -> None:
    """Load everything, and fail on any file in the folder that the index does not declare."""
    index = _index()
    declared = set(index.get("files", {})) | set(index.get("tables", {}))
    present = {p.name for p in FOLDER.iterdir() if p.is_file() and p.name != INDEX}
    if present - declared:
        raise LexiconError(f"{FOLDER}: files not declared in {INDEX}: {sorted(present - declared)}")
    for name in index.get("files", {}):
        _sections(name)
    for name in index.get("tables", {}):
        table(name)
