"""Posts whose body the words before the title do not give as written.

* 国务院总理某某: a cabinet named only to open its head's title is part of the title; the
  premier serves the state's government (`state.national_roles` gives it), and the cabinet
  is no body of the text where it is named only there.
* 某某总理 after 中国国务院总理某某: a bare repeat of a title the person holds at a body is
  that role, not a second one with no body.
* 某某表示 of a person the reference knows, with no title anywhere: no official of the text.
"""

from __future__ import annotations

import re
from functools import cache

from importers.facts import DocumentFacts, Span
from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.names import honorifics, surname_length
from importers.zh.orgs.mention import Mention
from importers.zh.orgs.shape import place_words
from importers.zh.orgs.units import unit_ends, unit_of
from importers.zh.roles import PersonHit
from importers.zh.state import country_of
from importers.zh.text import View
from store.text import HAN, is_han


def cabinet_openers(text: str, hits: list[PersonHit], orgs: list[Mention]) -> list[Mention]:
    """中国国务院 + 总理 + 某某: free each such hit of the cabinet (the state's government is
    given to it next) and drop the cabinet's mentions that only open a head's title. Returns
    the mentions left."""
    titles = zh_lex.wordset("china_state_titles")
    opening: set[int] = set()
    for h in hits:
        org = h.org
        if org is None or h.title not in titles or not _cabinet(org.name):
            continue
        if text[org.end : org.end + len(h.title)] != h.title:
            continue
        h.org, h.span_start = None, org.end
        opening.add(id(org))
    return [m for m in orgs if id(m) not in opening]


def _cabinet(name: str) -> bool:
    """国务院 or 中国国务院: a cabinet word, alone or after China's name."""
    cabinet = next((c for c in zh_lex.posts_lexicon("cabinets") if name.endswith(c)), None)
    if cabinet is None:
        return False
    before = name[: -len(cabinet)]
    return not before or country_of(before) == "CN"


def drop_bare_repeats(facts: DocumentFacts) -> None:
    """A role with no body whose person holds the same title at a body in the text."""
    held = {(r.person, r.title) for r in facts.roles if r.org is not None}
    facts.roles = [r for r in facts.roles if r.org is not None or (r.person, r.title) not in held]


def drop_untitled_known(facts: DocumentFacts, named: set[Span]) -> None:
    """A person the reference knows, named bare everywhere in the text (no span of theirs in
    `named`, the spans of names read with a title or an honorific) and signing nothing
    (某某表示 in a briefing): no official of this text, as an unknown name said so is none
    either; the reference alone does not make the name a post holder here."""
    acting = {k for a in facts.agreements for k in (*a.signatories, *a.witnesses)}
    acting |= {r.person for r in facts.roles}
    facts.people = [
        p
        for p in facts.people
        if p.ref is None or p.key in acting or any(s in named for s in p.spans)
    ]


def named_with_a_word(hits: list[PersonHit], view: View) -> set[Span]:
    """The spans of names read with a title, or with an honorific right after (某某先生, under a
    title written on the line above it): the text presents that person as someone."""
    return {
        view.span(h.start, h.end)
        for h in hits
        if h.title or view.text.startswith(honorifics(), h.end)
    }


def kind_heads(text: str, hits: list[PersonHit], orgs: list[Mention]) -> None:
    """香港海关 named, then 海关关长某某: a body named again without its place right before
    its head's title is the one body of the text named so (with the place); two bodies that
    shorten alike name neither."""
    owners: dict[str, set[str]] = {}
    first: dict[str, Mention] = {}
    for m in orgs:
        place = next((p for p in place_words() if m.name.startswith(p)), "")
        rest = m.name[len(place) :]
        if place and len(rest) >= 2 and m.source not in ("implied", "self"):
            owners.setdefault(rest, set()).add(m.ref.id if m.ref else m.name)
            first.setdefault(rest, m)
    for h in hits:
        title_at = h.start - len(h.title or "")
        if h.org is not None or not h.title or text[title_at : h.start] != h.title:
            continue
        for rest, keys in owners.items():
            at = title_at - len(rest)
            if len(keys) == 1 and at >= 0 and text[at:title_at] == rest and _opens(text, at):
                h.org, h.span_start = first[rest], at
                break


def _opens(text: str, at: int) -> bool:
    """Whether a name may begin at `at`: after no Chinese character, or after 、 or a joiner."""
    return at == 0 or not is_han(text[at - 1]) or text[at - 1] in zh_lex.chars("conjunctions")


def unit_officials(text: str, hits: list[PersonHit], orgs: list[Mention]) -> list[Mention]:
    """澳门海关 + 知识产权厅 + 某某厅长: a unit of a body the text names, written before the
    name of its head (the title after the name), is no body of its own, as before a title
    (`units.unit_of`); the role is at the body, its title as written after the name. Returns
    the mentions left (the unit's mention that opens the head's name goes)."""
    named = {m.name: m for m in orgs if m.source not in ("implied", "self")}
    gone: set[int] = set()
    for h in hits:
        org, title = h.org, h.title or ""
        if org is None or org.end != h.start or text[h.end : h.end + len(title)] != title:
            continue
        if not unit_of(org, set(named), text):
            continue
        body = max(
            (n for n in named if org.name.startswith(n) and n != org.name), key=len, default=None
        )
        if body is None:  # a unit after another body's name (星河 + 法务处): no body opens it
            continue
        unit = org.name[len(body) :]
        if unit[-1] in title:
            h.org = named[body]
            gone.add(id(org))
    return [m for m in orgs if id(m) not in gone]


def listed_units(text: str, hits: list[PersonHit]) -> list[PersonHit]:
    """某局甲副局长、综合处乙处长: a list item that opens with a unit (no place, no body)
    continues the list of the body the item before it named; its head holds the title (as
    written after the name) at that body. Returns the hits it made (it completes those it finds)."""
    by_start = {h.start: h for h in hits}
    made: list[PersonHit] = []
    for h in sorted(hits, key=lambda h: h.start):
        title = h.title or ""
        item = _unit_item(text, h.end + len(title)) if text.startswith(title, h.end) else None
        while h.org is not None and title and item is not None:
            start, end, unit, title = item
            nxt = by_start.get(start) or PersonHit(start, end, text[start:end])
            if nxt.end != end or nxt.org is not None:
                break
            nxt.org, nxt.title, nxt.span_start = h.org, title, start - len(unit)
            if start not in by_start:
                by_start[start] = nxt
                made.append(nxt)
            h, item = nxt, _unit_item(text, end + len(title))
    return made


@cache
def _unit_opening() -> re.Pattern[str]:
    """、 + a unit's name (a field and a unit word) at the start of a list item."""
    return re.compile(rf"、({_unit_title().pattern})")


def _unit_item(text: str, at: int) -> tuple[int, int, str, str] | None:
    """(name start, name end, unit, title) of 、 + unit + name + title at `at`."""
    m = _unit_opening().match(text, at)
    if m is None:
        return None
    start = m.end()
    sl = surname_length(text, start)
    for given in (1, 2) if sl else ():
        title = zh_lex.title_regex().match(text, start + sl + given)
        if title is not None and all(is_han(c) for c in text[start : start + sl + given]):
            return start, start + sl + given, m.group(1), title.group(0)
    return None


def joined_units(text: str, hits: list[PersonHit]) -> None:
    """某局副局长甲和综合处处长乙: a title that opens with a unit (no body named before it),
    joined by a conjunction or 、 to the name of an official whose body the text gives, is
    held at that body: the writer lists the hosts of one body, title first."""
    by_end = {h.end: h for h in hits}
    joiners = zh_lex.chars("conjunctions") + "、"
    for h in sorted(hits, key=lambda h: h.start):
        s, title = h.span_start, h.title or ""
        if h.org is not None or not title or s < 1 or text[s - 1] not in joiners:
            continue
        before = by_end.get(s - 1)
        unit = _unit_title().match(text, s)
        if before is None or before.org is None or unit is None or text[s : h.start] != title:
            continue
        if unit.end() < s + len(title):
            h.org = before.org


@cache
def _unit_title() -> re.Pattern[str]:
    """A unit's name (a field and a unit word) opening a title."""
    return re.compile(rf"[{HAN}]{{2,6}}?(?:{alternation(unit_ends())})")
