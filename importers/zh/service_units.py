"""A service unit of an institution, named between it and its head's title, is in the title.

某研究院 + 对外联络部 + 主任 + 某某: a department that serves a university or an academy
(`service_units`) is written after the institution's name and before the title of the one
who runs it. The post is the institution's, its title the unit's and the title together
(对外联络部主任); the unit is no body of the text. The institution need not be named alone
elsewhere (省研究院 + 联络部): a name that ends in an organisation suffix opens the unit's.
A library or an office (`served_units`) is a unit so only when the text also names its
institution alone (the university signs, its librarian attends); else it is a body of its
own. A faculty (法学院) is a body of its own and in neither list. A unit named so once is
that unit where the text names it again (省研究院联络部 + 、… + 有关负责人): the body named
there is the institution.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.names import plausible_name, surname_length
from importers.zh.orgs.mention import Mention
from importers.zh.orgs.shape import org_suffix
from importers.zh.roles import PersonHit
from store.text import HAN

#: The fewest characters of a body's name before its unit (省 + 某院 is two words).
_BODY_MIN = 3

#: Mentions read from the text itself (by pattern, or again as a name found before).
_FOUND = ("pattern", "alias")


def service_unit_heads(text: str, hits: list[PersonHit], orgs: list[Mention]) -> list[Mention]:
    """Move each head of a service unit (body + unit + title + name) to the body, the unit
    going into the title, and add the heads of the units listed after such a head to `hits`;
    returns the mentions with every mention of such a unit replaced by its body's."""
    named = {m.name for m in orgs if m.source not in ("implied", "self")}
    bodies: dict[str, str] = {}
    moved: dict[int, Mention] = {}
    extra: list[PersonHit] = []
    for h in hits:
        org, title = h.org, h.title or ""
        if org is None or org.source not in _FOUND or not title:
            continue
        if org.end + len(title) != h.start or text[org.end : h.start] != title:
            continue
        body = _body_of(org.name, named)
        if body is None:
            continue
        if id(org) not in moved:
            moved[id(org)] = Mention(org.start, org.start + len(body), body)
        h.org = moved[id(org)]
        h.title = org.name[len(body) :] + title
        bodies[org.name] = body
        extra += _listed_after(text, h, [*hits, *extra])
    hits.extend(extra)
    out: list[Mention] = []
    for m in orgs:
        body = bodies.get(m.name) if m.source in _FOUND else None
        out.append(moved.get(id(m)) or (Mention(m.start, m.start + len(body), body) if body else m))
    return out


def _listed_after(text: str, head: PersonHit, hits: list[PersonHit]) -> list[PersonHit]:
    """某大学联络办公室主任甲、档案馆事务主管乙等: the next items of the list, each a unit
    of the same institution, its title and a name, hold their posts there too. Returns the
    hits it made (it completes a hit with no body that it finds)."""
    by_start = {h.start: h for h in hits}
    made: list[PersonHit] = []
    item = _next_item().match(text, head.end)
    while item is not None and head.org is not None:
        start, end = item.start("name"), item.end("name")
        hit = by_start.get(start) or PersonHit(start, end, text[start:end])
        if hit.end != end or hit.org is not None or not _is_name(hit.name):
            break
        hit.org, hit.title, hit.span_start = head.org, item.group("post"), item.start("post")
        if start not in by_start:
            made.append(hit)
        item = _next_item().match(text, end)
    return made


def _is_name(name: str) -> bool:
    """A family name and one or two characters more, not a common word."""
    family = surname_length(name, 0)
    return family > 0 and 1 <= len(name) - family <= 2 and plausible_name(name)


@cache
def _next_item() -> re.Pattern[str]:
    """、 + a unit + a title + a name, before 等 or the list's next mark."""
    units = alternation((*zh_lex.words("service_units"), *zh_lex.words("served_units")))
    titles = alternation(zh_lex.titles())
    return re.compile(
        rf"、(?P<post>[{HAN}]{{0,10}}?(?:{units})[{HAN}]{{0,6}}?(?:{titles}))"
        rf"(?P<name>[{HAN}]{{2,3}}?)(?=[等、，,。])"
    )


def _body_of(name: str, named: set[str]) -> str | None:
    """The institution's name that opens `name` when the rest is a service unit, else None:
    the longest other name of the text, or else (for a department, `service_units`) the
    longest opening that ends in a suffix. A library or an office (`served_units`) is a body
    of its own unless the text names its institution alone too (某大学 signs, 某大学 +
    图书馆 + 馆长 attends). Only an institution (a university, an academy) keeps such units;
    a government's office (某院 + 新闻办公室) is a body of its own."""
    department = name.endswith(zh_lex.words("service_units"))
    if not department and not name.endswith(zh_lex.words("served_units")):
        return None
    known = [n for n in named if name.startswith(n) and n != name]
    cuts = known or [
        name[:k]
        for k in range(_BODY_MIN, len(name) - 1)
        if department and org_suffix(name[:k]) is not None
    ]
    body = max(cuts, key=len, default=None)
    if body is None or len(name) - len(body) < 2:
        return None
    return body if body.endswith(zh_lex.words("service_unit_owners")) else None
