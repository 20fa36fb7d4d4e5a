"""Collective references: several known bodies named as one (中日韩三局, 中美欧日韩五局, 五局).

Chinese news names the offices of a meeting together by the initials of their countries and
a count (中日韩三局: the offices of China, Japan and Korea), or by the count alone once the
group is known (五局). Such a name is never an organisation of its own. It is a group whose
members are the bodies of those countries that the text names (日本特许厅 for 日), and when
the reference data knows the group itself under one of its names (IP5 as 中美欧日韩五局), a
mention of that group; a count alone then refers back to the group of that count. Agreements
signed by a group are signed by its members (`zh.facts`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from importers.gazetteer import Reference, RefOrg, alternation
from importers.zh import lex as zh_lex
from importers.zh.orgs.mention import Mention


@dataclass
class Group:
    """A collective reference: its span, the country initials and count it states, the
    members the text names, and the mention of the group when the reference knows it."""

    start: int
    end: int
    initials: str
    count: int | None
    members: list[Mention] = field(default_factory=list)
    mention: Mention | None = None


@cache
def _initials() -> dict[str, tuple[str, ...]]:
    """Country initial -> the place names it stands for (日 -> 日本; 欧 -> 欧洲, 欧盟)."""
    return {k: tuple(v.split("/")) for k, v in zh_lex.pairs("country_initials").items()}


def initials() -> dict[str, tuple[str, ...]]:
    """Country initial -> the place names it stands for (巴 -> 巴西)."""
    return _initials()


@cache
def _counts() -> dict[str, int]:
    return {k: int(v) for k, v in zh_lex.pairs("country_counts").items()}


@cache
def _pattern() -> re.Pattern[str]:
    """[initials][fillers][count][fillers][body]: 中美欧日韩世界五大知识产权局, 中日韩三局,
    中日知识产权局, 五局."""
    initials = "".join(_initials())
    counts = "".join(_counts())
    fill = alternation(zh_lex.words("collective_fillers"))
    body = alternation(zh_lex.words("collective_bodies"))
    return re.compile(
        rf"(?P<init>[{initials}]{{2,6}})?(?:{fill})*?(?P<count>[{counts}])?(?:{fill})*?"
        rf"(?P<body>{body})"
    )


def _plain_body(body: str) -> bool:
    """局 alone, or 机构 alone: with initials and no count (中日韩局) it names nothing sure."""
    return body in zh_lex.wordset("collective_plain_bodies")


def collective(name: str) -> bool:
    """Whether `name` is a collective reference rather than an organisation's name."""
    m = _pattern().fullmatch(name)
    return m is not None and _valid(m)


def _valid(m: re.Match[str]) -> bool:
    init, count, body = m.group("init"), m.group("count"), m.group("body")
    if not init and not count:
        return False
    return bool(count) or not _plain_body(body)


def find(text: str, mentions: list[Mention], reference: Reference) -> list[Group]:
    """Every collective reference in `text`, with its members among `mentions` and, when the
    reference data (or an earlier group of the same count) knows it, the group itself."""
    known = _reference_groups(reference)
    out: list[Group] = []
    for m in _pattern().finditer(text):
        if not _valid(m) or _inside_word(text, m):
            continue
        count = _counts()[m.group("count")] if m.group("count") else None
        g = Group(m.start(), m.end(), m.group("init") or "", count)
        if g.initials:
            g.members = _members(g.initials, mentions)
            ref = known.get((frozenset(g.initials), count))
        else:
            earlier = next((e for e in reversed(out) if e.count == count and e.initials), None)
            g.members = list(earlier.members) if earlier else []
            ref = earlier.mention.ref if earlier and earlier.mention else None
        if ref is not None:
            g.mention = Mention(g.start, g.end, text[g.start : g.end], ref, "gazetteer")
        out.append(g)
    return out


def _inside_word(text: str, m: re.Match[str]) -> bool:
    """第五局: a count that is an ordinal, not a group; 巴西知识产权局, 马来西亚…: initials
    that are the letters of a country's name (巴西) or part of one (西亚 of 马来西亚)."""
    s = m.start()
    if not m.group("init"):
        return s > 0 and text[s - 1] in zh_lex.chars("ordinal_marks")
    return any(
        text.startswith(name, k)
        for name in _country_names()
        for k in range(max(0, s - len(name) + 1), s + 1)
    )


@cache
def _country_names() -> tuple[str, ...]:
    """Country names of two characters or more: initials never spell one."""
    return tuple(n for n in zh_lex.countries() if len(n) >= 2)


def leading_initials(words: str) -> str:
    """The country initials `words` opens with (中日韩 of 中日韩知识产权合作…), or "" when fewer
    than two distinct ones stand there or they spell a country's name (中国, 巴西)."""
    n = 0
    while n < len(words) and words[n] in _initials():
        n += 1
    run = words[:n]
    if len(set(run)) < 2 or len(set(run)) != n:
        return ""
    if any(words.startswith(name, k) for name in _country_names() for k in range(n)):
        return ""
    return run


def members_of(initials: str, mentions: list[Mention]) -> list[Mention]:
    """For each of `initials`, the one body the text names for its country (日本特许厅 for
    日); a country with none or several is left out."""
    return _members(initials, mentions)


def body_of(initial: str, mentions: list[Mention]) -> Mention | None:
    """The one body the text names for the country of `initial` (巴西国家工业产权局 for
    巴), or None: what 巴方 stands for before a title (巴方局长)."""
    found = _members(initial, mentions)
    return found[0] if found else None


def _members(initials: str, mentions: list[Mention]) -> list[Mention]:
    """For each initial, the one body the text names for its country (日本特许厅 for 日)."""
    return offices_of([_initials().get(c, ()) for c in initials], mentions)


def offices_of(countries: list[tuple[str, ...]], mentions: list[Mention]) -> list[Mention]:
    """For each country (the names it goes by), the one body the text names for it: the
    one IP office the reference knows, beside unknown bodies of that country (an institute,
    a university); a country with no body or several different ones is left out."""
    out: list[Mention] = []
    for places in countries:
        codes = {zh_lex.countries().get(p) for p in places} - {None}
        found: dict[str, Mention] = {}
        for m in mentions:
            country = m.ref.country if m.ref is not None else None
            if m.name.startswith(places) or (country is not None and country in codes):
                found.setdefault(m.ref.id if m.ref is not None else m.name, m)
        offices = [m for m in found.values() if m.ref is None or m.ref.kind == "ip_office"]
        known = [m for m in offices if m.ref is not None]
        if len(known) == 1:
            offices = known  # 韩国特许厅 beside 韩国知识产权研究院: the known office is the member
        if len(offices) == 1:
            out.append(offices[0])
    return out


GroupKey = tuple[frozenset[str], int | None]
_GROUPS: dict[int, tuple[Reference, dict[GroupKey, RefOrg]]] = {}


def _reference_groups(reference: Reference) -> dict[GroupKey, RefOrg]:
    """The groups the reference data names by initials (IP5: 中美欧日韩五局), keyed by the
    set of initials and the count, so that 中美日欧韩五局 is the same group; once per
    reference object."""
    cached = _GROUPS.get(id(reference))
    if cached is not None and cached[0] is reference:
        return cached[1]
    out: dict[GroupKey, RefOrg] = {}
    for name, org in reference.org_names():
        m = _pattern().fullmatch(name)
        if m is not None and m.group("init") and _valid(m):
            count = _counts()[m.group("count")] if m.group("count") else None
            out[(frozenset(m.group("init")), count)] = org
    _GROUPS[id(reference)] = (reference, out)
    return out
