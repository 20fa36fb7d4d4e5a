"""Titles in a query and in a role: "wipo dg" names the title Director General and the
organisation WIPO; a role titled "Director-General", "DG" or "总干事" is that title.

The titles are data: `titles.tsv` (each English title with its spellings, abbreviations and
the Chinese titles that translate it, the table that also tells when two stated roles are
one), the titles the extractors know (`en_titles.txt [title_bases]`, `zh.txt [titles]`),
and the rank words of `search.txt [title_ranks]`. A Latin title is a run of the query's
words, abbreviations expanded (dg = director general), with any rank words before it
(deputy, vice); a Chinese title is the longest known title that ends or starts a run of
characters (国家知识产权局局长). What remains of the query is the organisation.

Forms: a title stands for itself and for every title on a row of `titles.tsv` with it, one
step (局长 is a commissioner, a director general, a chief executive; a commissioner is never
a chief executive). A role matches when its title holds one of the forms and no rank word
the query did not name (a deputy commissioner is not the commissioner).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from store.search.words import STOPWORDS, words_of
from store.text import lexicon, to_simplified
from store.text.script import HAN, has_han

_HAN_RUN = re.compile(f"[{HAN}]+")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
MAX_QUERY = 300

Words = tuple[str, ...]


@dataclass(frozen=True)
class _Titles:
    """The word lists, prepared once."""

    abbreviations: dict[str, Words]  # dg -> (director, general)
    groups: tuple[frozenset[Words | str], ...]  # equivalent titles: word tuples, Han strings
    latin: frozenset[Words]  # every Latin title known
    longest: int  # words in the longest Latin title
    han: tuple[str, ...]  # every Chinese title known, longest first
    ranks: dict[str, str]  # deputy -> 副
    han_ranks: frozenset[str]  # 副, 助理


def latin_words(text: str) -> Words:
    """The words of a Latin title as compared: folded, stop words out (Director-General of
    -> director general)."""
    return tuple(w for w in words_of(text) if w not in STOPWORDS)


@cache
def titles() -> _Titles:
    abbreviations: dict[str, Words] = {}
    groups: list[frozenset[Words | str]] = []
    for row in lexicon.table("titles.tsv"):
        title = latin_words(row["title"])
        for short in row["abbreviations"]:
            for w in words_of(short):
                abbreviations.setdefault(w, title)
        english = {latin_words(t) for t in (row["title"], *row["variants"])}
        groups.append(frozenset({*english, *row["zh"]}))
    ranks: dict[str, str] = {}
    for entry in lexicon.words("search.txt", "title_ranks"):
        word, _, prefix = entry.partition(" = ")
        ranks[word.strip()] = prefix.strip()
    latin: set[Words] = {f for g in groups for f in g if isinstance(f, tuple)}
    latin |= {latin_words(t) for t in lexicon.words("en_titles.txt", "title_bases")}
    latin.discard(())
    han = {f for g in groups for f in g if isinstance(f, str)}
    han |= set(lexicon.words("zh.txt", "titles"))
    return _Titles(
        abbreviations=abbreviations,
        groups=tuple(groups),
        latin=frozenset(latin),
        longest=max(len(t) for t in latin),
        han=tuple(sorted(han, key=lambda t: (-len(t), t))),
        ranks=ranks,
        han_ranks=frozenset(ranks.values()),
    )


@dataclass(frozen=True)
class RoleQuery:
    """A query read as a title and an organisation."""

    title: str  # the title as recognised: "director general", "局长"
    forms: frozenset[Words | str]  # every form a role's title may take
    organisation: str  # the rest of the query


def _forms(title: Words | str) -> frozenset[Words | str]:
    """The title, and every title on a line of equivalents with it; for a ranked title on no
    line (deputy chief executive officer), the rank put before each form of the rest."""
    t = titles()
    out: set[Words | str] = {title}
    for g in t.groups:
        if title in g:
            out |= g
    if len(out) > 1 or isinstance(title, str):
        return frozenset(out)
    n = 0
    while n < len(title) and title[n] in t.ranks:
        n += 1
    if n and n < len(title):
        prefix = "".join(t.ranks[w] for w in title[:n])
        for f in _forms(title[n:]):
            out.add(prefix + f if isinstance(f, str) else title[:n] + f)
    return frozenset(out)


def _han_title(query: str) -> RoleQuery | None:
    """A Chinese title ending or starting a run of characters, the rest an organisation."""
    for m in _HAN_RUN.finditer(query):
        run = m.group()
        alone = not query[: m.start()].strip() and not query[m.end() :].strip()
        for title in titles().han:
            if len(title) > len(run) or (len(title) == len(run) and alone):
                continue  # the organisation must be named too: in this run, or beside it
            if run.endswith(title):
                rest = query[: m.end() - len(title)] + " " + query[m.end() :]
            elif run.startswith(title):
                rest = query[: m.start()] + " " + query[m.start() + len(title) :]
            else:
                continue
            return RoleQuery(title, _forms(title), " ".join(rest.split()))
    return None


def _latin_title(query: str) -> RoleQuery | None:
    """The longest run of words that is a title (abbreviations expanded, rank words before
    it included), when other words remain."""
    t = titles()
    tokens: list[tuple[str, int]] = []  # (word, index of the query word it came from)
    raw = [w for w in words_of(query) if w not in STOPWORDS]
    for i, w in enumerate(raw):
        tokens += [(x, i) for x in t.abbreviations.get(w, (w,))]
    words = tuple(w for w, _ in tokens)
    best: tuple[int, int] | None = None
    for i in range(len(words)):
        for j in range(min(len(words), i + t.longest), i, -1):
            if words[i:j] in t.latin:
                k = i
                while k > 0 and words[k - 1] in t.ranks:
                    k -= 1
                if best is None or j - k > best[1] - best[0]:
                    best = (k, j)
                break
    if best is None:
        return None
    used = {tokens[x][1] for x in range(*best)}
    rest = [w for i, w in enumerate(raw) if i not in used]
    han = " ".join(_HAN_RUN.findall(query))
    organisation = " ".join([*rest, han]).strip()
    if not organisation:
        return None
    title = words[best[0] : best[1]]
    return RoleQuery(" ".join(title), _forms(title), organisation)


def role_query(query: str) -> RoleQuery | None:
    """The title and organisation a query names (wipo dg, 国家知识产权局局长), or None."""
    if not isinstance(query, str):
        return None
    q = _CONTROL.sub(" ", unicodedata.normalize("NFKC", query[:MAX_QUERY])).strip()
    if not q:
        return None
    if has_han(q):
        found = _han_title(to_simplified(q))
        if found:
            return found
    return _latin_title(q)


def title_match(title: str, rq: RoleQuery, org_words: frozenset[str]) -> int | None:
    """How a role's title matches the query's: 0 the title itself (perhaps with the
    organisation's words: Director General of WIPO), 1 a longer title that holds it (Director
    General and Chief Executive), None not at all (another title, or a lower office)."""
    t = titles()
    if has_han(title):
        text = "".join(to_simplified(title).split())
        for f in rq.forms:
            if isinstance(f, str) and f in text:
                if any(r in text and r not in f for r in t.han_ranks):
                    continue
                rest = text.replace(f, "", 1)
                return 0 if not rest or rest in org_words else 1
        return None
    ws: list[str] = []
    for w in latin_words(title):
        ws += t.abbreviations.get(w, (w,))
    best = None
    for f in rq.forms:
        if not isinstance(f, tuple) or not f:
            continue
        for i in range(len(ws) - len(f) + 1):
            if tuple(ws[i : i + len(f)]) != f:
                continue
            if any(w in t.ranks and w not in f for w in ws):
                break
            outside = ws[:i] + ws[i + len(f) :]
            got = 0 if all(w in org_words for w in outside) else 1
            best = got if best is None else min(best, got)
            break
    return best
