"""Doubts of a name that is two names, or a piece of one: what a reader meets when a name
ran across a conjunction, stopped inside a bracket, or names a group or a kind of bodies.

- two bodies joined by a conjunction (某某会与某某协会, "X Office and the Y Agency"): each
  side ends with a body's head word, so the name is a list of two;
- two people joined by a conjunction that no Chinese given name holds (某某与某·某某);
- a bracket opened and never closed, or closed and never opened (某某局(某局): the name
  was cut inside its short form;
- a region and a generic head only (中东地区机构 "a body of the Middle East region"): a
  kind of body, not one.

The words are data (review.txt, zh.txt, en_orgs.txt); the signs' weights are rows of
review_signals.tsv (the keys reused: a list of bodies is a `group`, a cut name an `edge`,
a kind of body `generic`, a person run on `zh_runs_on` or a `phrase`).
"""

from __future__ import annotations

import re
from functools import cache

from store.review.sign import Sign
from store.text import lexicon
from store.text.script import HAN

_OPEN, _CLOSE = "(（[【", ")）]】"


@cache
def _words(file: str, section: str) -> tuple[str, ...]:
    return tuple(lexicon.words(file, section))


def unbalanced(name: str) -> bool:
    """A bracket opened and not closed, or closed and not opened."""
    depth = 0
    for ch in name:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
            if depth < 0:
                return True
    return depth != 0


def _cut(name: str) -> Sign | None:
    if unbalanced(name):
        return Sign("edge", "a bracket left open or closed alone: cut inside its short form")
    return _short_inside(name)


#: a name, a bracket, and more of a name after it: "X (XY) Z", 某某大学(某大)某某中心
_INSIDE = re.compile(r"^(?P<before>.+?)\s*[(（](?P<short>[^()（）]+)[)）]\s*(?P<after>.*\w.*)$")


def _short_inside(name: str) -> Sign | None:
    """ "University of X (UX) Transfer Centre", 某某大学(某大)某某中心: a body's short form
    in brackets inside its name, and more name after it: the body and its unit (or the
    sentence) run together; the short form closes a name, a place in brackets ("China
    (Hangzhou) ... Centre") is no short form of the words before it."""
    hit = _INSIDE.match(name.strip())
    if hit is None or not _abbreviates(hit["short"].strip(), hit["before"]):
        return None
    return Sign("short_inside", f"a short form inside the name ({hit['short'].strip()})")


def _abbreviates(short: str, before: str) -> bool:
    """SHORT may abbreviate BEFORE: capitals that are initials of its words in order, or
    Chinese characters it holds in order."""
    if re.fullmatch(f"[{HAN}]{{2,}}", short):
        chars = iter(before)
        return len(short) < len(before) and all(c in chars for c in short)
    capitals = [c for c in short if c.isupper()]
    if len(capitals) < 2 or not re.fullmatch(r"[A-Za-z&-]{2,10}", short):
        return False
    initials = iter(w[0].upper() for w in re.findall(r"[A-Za-z][\w'’-]*", before))
    return all(c in initials for c in capitals)


def zh_organisation_signs(name: str) -> list[Sign]:
    """A simplified Chinese organisation's name: two bodies joined, cut at a bracket, a
    region's generic body."""
    found = [_cut(name), _zh_two_bodies(name), _zh_region_kind(name)]
    return [s for s in found if s is not None]


@cache
def _zh_heads() -> tuple[str, ...]:
    return (*_words("zh.txt", "org_suffixes"), *_words("zh.txt", "abbrev_suffixes"))


@cache
def _zh_places() -> tuple[str, ...]:
    """Regions and countries, longest first."""
    from store.review.zh_signs import country_names

    places = (*_words("review.txt", "zh_region_words"), *country_names())
    return tuple(sorted(places, key=len, reverse=True))


@cache
def _zh_titles() -> tuple[str, ...]:
    return _words("zh.txt", "titles")


@cache
def _latin_heads() -> frozenset[str]:
    return frozenset(w.casefold() for w in _words("en_orgs.txt", "org_heads"))


def _zh_two_bodies(name: str) -> Sign | None:
    heads = _zh_heads()
    for joint in _words("review.txt", "zh_joining_starts"):
        at = name.find(joint)
        while at > 0:
            left, right = name[:at], name[at + len(joint) :]
            if len(right) >= 3 and right.endswith(heads):
                if left.endswith(heads):
                    return Sign("group", f"two bodies joined by {joint}")
                if left.endswith(_zh_titles()):  # 教授与某某院: a person's title and a body
                    return Sign("group", f"a title and a body joined by {joint}")
            at = name.find(joint, at + 1)
    return None


def _zh_region_kind(name: str) -> Sign | None:
    """A region's or a country's name, perhaps 地区/国家, then a generic head only."""
    place = next((p for p in _zh_places() if name.startswith(p)), "")
    if not place:
        return None
    rest = name[len(place) :]
    for filler in _words("review.txt", "zh_region_fillers"):
        if rest.startswith(filler):
            rest = rest[len(filler) :]
            break
    if rest in _words("review.txt", "zh_generic_heads"):
        return Sign("generic", "a region's body of some kind, not one body")
    return None


def zh_person_signs(name: str) -> list[Sign]:
    """A simplified Chinese person's name: two names joined, cut at a bracket."""
    out: list[Sign] = []
    for joint in _words("review.txt", "zh_name_joins"):
        at = name.find(joint)
        if at >= 2 and len(name) - at - len(joint) >= 2:
            out.append(Sign("zh_runs_on", f"two names joined by {joint}"))
            break
    if unbalanced(name):
        out.append(Sign("zh_runs_on", "a bracket left open: cut from the sentence"))
    return out


def latin_organisation_signs(name: str) -> list[Sign]:
    """A Latin organisation's name: two bodies joined by "and", cut at a bracket. (A forum
    named by its count of members, "IP5", is annotated as a body: no doubt.)"""
    found = [_cut(name), _latin_two_bodies(name)]
    return [s for s in found if s is not None]


def _latin_two_bodies(name: str) -> Sign | None:
    """ "X Office and the Y Agency": the word before "and" is a body's head, and so is the
    name's last word (a field joined by "and", "Ministry of Industry and Trade", ends in no
    head before it)."""
    heads = _latin_heads()
    parts = re.split(r"\s+(?:and|&)\s+(?:the\s+)?", name.strip(), flags=re.IGNORECASE)
    if len(parts) != 2:
        return None
    left, right = (re.findall(r"[\w'’-]+", p) for p in parts)
    if len(left) == 1 and right and _body_acronym(left[0]) and _body_acronym(right[0]):
        # "KIPO and WIPO Academy": a body's acronym alone before "and", another's after it
        return Sign("group", f"two bodies joined by 'and' ({left[0]} and {right[0]})")
    if len(left) < 2 or len(right) < 2:
        return None
    if left[-1].casefold() in heads and right[-1].casefold() in heads:
        return Sign("group", f"two bodies joined by 'and' ({left[-1]} and {right[-1]})")
    return None


def _body_acronym(word: str) -> bool:
    """An acronym of three letters or more, most of them capitals (WIPO, MyIPO): a body's
    short form, where a field's ("IP", "IT") has two letters."""
    return len(word) >= 3 and word.isalpha() and sum(c.isupper() for c in word) >= 3


def latin_person_signs(name: str) -> list[Sign]:
    """A Latin person's name cut at a bracket."""
    return (
        [Sign("phrase", "a bracket left open: cut from the sentence")] if unbalanced(name) else []
    )
