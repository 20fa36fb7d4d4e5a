"""Doubts a name's shape gives away: a phrase or a fragment taken for an organisation, a
group of bodies named together, a person named like a body or by one word.

Each rule returns how likely the name is wrong and why, in words a reviewer reads. The
words come from the word lists (store/text/words/: resolve.txt, en_orgs.txt,
en_people.txt, en_titles.txt, zh.txt, review.txt); no list is typed here. What the
reference data names is never doubted: callers skip it.
"""

from __future__ import annotations

import re
from functools import cache

from store.text import has_han, lexicon, to_simplified

Doubt = tuple[float, str]
NONE: Doubt = (0.0, "")


@cache
def _set(file: str, section: str, *, fold: bool = True) -> frozenset[str]:
    words = lexicon.words(file, section)
    return frozenset(w.casefold() for w in words) if fold else frozenset(words)


def _latin_words(name: str) -> list[str]:
    return re.findall(r"[\w'’&.-]+", name)


def _folded_words(name: str) -> list[str]:
    return [w.strip(".").replace("’", "'").casefold() for w in _latin_words(name)]


def _strongest(*doubts: Doubt) -> Doubt:
    return max(doubts, key=lambda d: d[0])


# ------------------------------------------------------------------ organisations


def organisation_doubt(name: str) -> Doubt:
    """How likely an organisation's name names no organisation, and why."""
    if has_han(name):
        return _zh_organisation_doubt(to_simplified(name))
    words = _folded_words(name)
    if not words:
        return (0.9, "no name at all")
    return _strongest(
        _not_a_body(words),
        _generic(words),
        _runs_into_person(words),
        _named_like_title(name),
        _lower_case_phrase(_latin_words(name)),
        (0.5, "a long phrase rather than a name") if len(words) > 12 else NONE,
    )


@cache
def _country_names() -> frozenset[str]:
    rows = lexicon.table("countries.tsv")
    return frozenset(" ".join(_folded_words(n)) for r in rows for n in (*r["en"], *r["zh"]) if n)


def _not_a_body(words: list[str]) -> Doubt:
    """A country ("China"), an event, a programme, a building or a source taken for a body."""
    if " ".join(words) in _country_names():
        return (0.8, "a country, not a body")
    if words[-1] in _set("review.txt", "not_body_heads"):
        return (0.7, "an event, a programme, a place or a source, not a body")
    return NONE


def _generic(words: list[str]) -> Doubt:
    """ "Ministry of State", "International Authority": generic words only, and none of them
    a portfolio or an IP word. ("Ministry of Law" or "the Patent Office" is a real body of a
    country the text names elsewhere: the resolver places it.)"""
    generic = _set("resolve.txt", "generic_words")
    topical = _set("en_titles.txt", "portfolio_words") | _set("review.txt", "topic_words")
    topical -= _set("review.txt", "rank_words")
    if all(w in generic for w in words) and not any(w in topical for w in words):
        return (0.75, "a generic phrase that names no particular body")
    return NONE


def _honorifics() -> frozenset[str]:
    return (
        _set("en_people.txt", "honorifics")
        | _set("en_people.txt", "other_honorifics")
        | _set("en_people.txt", "styles")
    )


def _runs_into_person(words: list[str]) -> Doubt:
    """ "Ministry of Trade Datuk": the name ran on into the honorific of a person's name."""
    last_two = " ".join(words[-2:])
    if len(words) > 1 and (words[-1] in _honorifics() or last_two in _honorifics()):
        return (0.75, "runs on into a person's name")
    return NONE


@cache
def _title_starts() -> re.Pattern[str]:
    titles = sorted(lexicon.words("en_titles.txt", "title_bases"), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(t) for t in titles) + r")\b", re.IGNORECASE)


def _named_like_title(name: str) -> Doubt:
    if _title_starts().match(name.strip()):
        return (0.6, "named like a title, not a body")
    return NONE


def _lower_case_phrase(words: list[str]) -> Doubt:
    """A lower-case word that joins no name ("Office signed with"): a phrase."""
    allowed = (
        _set("en_orgs.txt", "name_connectors")
        | _set("en_orgs.txt", "romance_connectors")
        | _set("en_rules.txt", "name_particles")
    )
    loose = [w for w in words[1:] if w[:1].islower() and w.casefold() not in allowed]
    if not loose:
        return NONE
    if all(w.casefold() in _set("en_orgs.txt", "org_heads") for w in loose):
        return (0.2, f"described rather than named ({loose[0]!r})")
    return (0.25, f"a phrase, not a name ({loose[0]!r})")


@cache
def _zh_country_names() -> tuple[str, ...]:
    rows = lexicon.table("countries.tsv")
    return tuple(sorted({n for r in rows for n in r["zh"] if n}, key=len, reverse=True))


@cache
def _zh_counted() -> re.Pattern[str]:
    numerals = [p.split(":")[0] for p in lexicon.words("zh.txt", "country_counts")]
    bodies = [
        *lexicon.words("zh.txt", "counted_bodies"),
        *lexicon.words("zh.txt", "counted_groups"),
    ]
    return re.compile("(?:" + "|".join(numerals) + ")大?(?:知识产权)?(?:" + "|".join(bodies) + ")$")


def _zh_organisation_doubt(name: str) -> Doubt:
    if name in _zh_country_names():
        return (0.8, "a country, not a body")
    if name.endswith(lexicon.words("review.txt", "zh_not_body_ends")):
        return (0.7, "an event, a programme, a place or a source, not a body")
    initials = _set("review.txt", "zh_country_initials", fold=False)
    starts_country = any(name.startswith(c) for c in _zh_country_names())
    grouping = lexicon.words("zh.txt", "grouping_suffixes")
    if (
        len(name) > 2
        and name[0] in initials
        and name[1] in initials
        and not starts_country
        and any(name.endswith(g) for g in grouping)
    ):  # 中日韩知识产权局 is three offices; 中新…服务中心 is one body of two countries
        return (0.8, "several countries' bodies named together")
    if _zh_counted().search(name):
        return (0.8, "a counted group of bodies, not one")
    return NONE


# ------------------------------------------------------------------ people


def person_doubt(name: str) -> Doubt:
    """How likely a person's name names no person, and why."""
    if re.search(r"\d", name):
        return (0.9, "a name with digits")
    if has_han(name):
        return _zh_person_doubt(to_simplified(name))
    words = _latin_words(name)
    folded = [w.casefold() for w in words]
    bodies = _set("review.txt", "collective_nouns") | _set("en_orgs.txt", "org_heads")
    if any(w in bodies for w in folded):
        return (0.85, "named like a body, not a person")
    if len(words) == 1:
        return (0.6, "a one-word name")
    particles = _set("en_rules.txt", "name_particles")
    loose = [w for w in words[1:] if w[:1].islower() and w not in particles]
    if loose:
        return (0.6, f"a phrase, not a name ({loose[0]!r})")
    return NONE


def _zh_person_doubt(name: str) -> Doubt:
    stops = lexicon.words("review.txt", "zh_not_in_names")
    titles = lexicon.words("zh.txt", "titles")
    hit = next((w for w in (*stops, *titles) if w in name), None)
    if hit is not None:
        return (0.8, f"runs on into the sentence ({hit})")
    parts = [p for p in re.split(r"[•·・.\s]", name) if p]
    if any(len(p) > 6 for p in parts):
        return (0.6, "a part longer than a name's")
    japanese = lexicon.words("zh.txt", "japanese_surnames")
    if len(parts) == 1 and len(name) > 4 and not name.startswith(japanese):
        return (0.4, "longer than a Chinese name")
    return NONE


# ------------------------------------------------------------------ facts


def role_doubt(has_organisation: bool) -> Doubt:
    return NONE if has_organisation else (0.5, "no organisation")


def agreement_doubt(parties: int, dated: bool) -> Doubt:
    """An agreement a text reports has parties, and nearly always a date (in the annotated
    development documents every agreement has parties and nearly nine in ten a date): what
    is missing was most likely missed."""
    if not parties and not dated:
        return (0.9, "no parties and no date")
    if not parties:
        return (0.85, "no parties")
    if not dated:
        return (0.6, "no date")
    return NONE
