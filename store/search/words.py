"""The Latin-script words of a name, as the index stores them and a query asks for them.

Words are folded (accents off, lower case), spelling variants are unified (organisation and
organization are one word), and a known phrase and its abbreviation stand for each other
(intellectual property, ip), so that the words of a query match in any order and either
form. The stop words, the abbreviations and the spellings are data (`search.txt`).
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from store.text import lexicon, strip_accents
from store.text.script import HAN

_FILE = "search.txt"
_WORD = re.compile(rf"[^\W_{HAN}]+(?:'[^\W_{HAN}]+)*")


def pairs(section: str) -> tuple[tuple[str, str], ...]:
    """The "left = right" entries of a section of the search word list."""
    out = []
    for entry in lexicon.words(_FILE, section):
        left, sep, right = entry.partition(" = ")
        if not sep or not left.strip() or not right.strip() or " = " in right:
            raise lexicon.LexiconError(f"{_FILE} [{section}]: {entry!r} is not 'left = right'")
        out.append((left.strip(), right.strip()))
    return tuple(out)


STOPWORDS = frozenset(lexicon.words(_FILE, "stop_words"))

#: phrase <-> abbreviation, both directions are indexed as words
ABBREVIATIONS: dict[tuple[str, ...], str] = {
    tuple(phrase.split()): abbr for phrase, abbr in pairs("abbreviations")
}
_EXPANSIONS = {
    abbr: [w for w in phrase if w not in STOPWORDS] for phrase, abbr in ABBREVIATIONS.items()
}


@cache
def _spellings() -> tuple[tuple[str, str], ...]:
    return pairs("spellings")


def canon_word(w: str) -> str:
    for a, b in _spellings():
        if w.endswith(a):
            return w[: -len(a)] + b
    return w


def words_of(text: str, *, canon: bool = True) -> list[str]:
    """Folded Latin/digit words of a text, spelling variants unified (organisation -> z)
    unless `canon` is false (then each word is as a query spells it: a head key)."""
    if not text.isascii():
        text = strip_accents(unicodedata.normalize("NFKC", text))
    out = []
    for raw in _WORD.findall(text.casefold()):
        w = raw.replace("'", "")
        out.append(canon_word(w) if canon and len(w) > 5 else w)
    return out


def word_set(text: str) -> set[str]:
    """Words to index for a name: its words (no stop words) plus abbreviations both ways."""
    ws = words_of(text)
    out = {w for w in ws if w not in STOPWORDS}
    for phrase, abbr in ABBREVIATIONS.items():
        n = len(phrase)
        for i in range(len(ws) - n + 1):
            if tuple(ws[i : i + n]) == phrase:
                out.add(abbr)
                break
    for w in list(out):
        if w in _EXPANSIONS:
            out.update(_EXPANSIONS[w])
    return out


def acronyms(text: str) -> set[str]:
    """Computed acronyms of a multi-word Latin name: IPOS and IPOOS for IP Office of Singapore."""
    ws = words_of(text)
    if len(ws) < 2:
        return set()
    out = {"".join(w[0] for w in ws)}
    content = [w for w in ws if w not in STOPWORDS]
    if len(content) >= 2:
        out.add("".join(w[0] for w in content))
    return {a for a in out if len(a) >= 2}
