"""One organisation fact per organisation a document names, under its name as written
(香港知識產權署), with the Simplified form the text was searched in as an alias.

Mentions are grouped by their key (the reference entry, else the folded name or the name it
is an alias of), and groups that name one body are merged: X(Y) with both name plates, a
name with and without a leading place (中国贸促会, 贸促会), a country's long and short form
(哈萨克斯坦共和国司法部, 哈萨克斯坦司法部), a province's office without the province, a long
name written with a slip (a character of its middle left out or written twice).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from importers.facts import DocumentFacts, OrgFact
from importers.zh import lex as zh_lex
from importers.zh import state as zh_state
from importers.zh.orgs import own_missions
from importers.zh.orgs.aliases import duals, level_target
from importers.zh.orgs.country_offices import own_office_merge, place_target
from importers.zh.orgs.index import OrgIndex
from importers.zh.orgs.mention import Mention, squash
from importers.zh.orgs.ministries import ministry_of, named_parent, own_name
from importers.zh.orgs.shape import org_suffix, place_words
from store.text import fold, has_han, to_simplified

Groups = dict[str, list[Mention]]


def org_facts(index: OrgIndex, facts: DocumentFacts) -> dict[int, str]:
    """Add one OrgFact per organisation to `facts`; returns id(mention) -> OrgFact key."""
    groups: Groups = {}
    for m in index.mentions:
        groups.setdefault(index.key(m), []).append(m)
    merges = (
        lambda: _dual_merge(index),
        lambda: _place_merge(groups),
        lambda: _state_merge(groups),
        lambda: _mission_merge(groups),
        lambda: _slip_merge(groups),
        lambda: own_office_merge(groups, index.reference),  # 新加坡智慧局 and IPOS
    )
    for merge in merges:
        for src, dst in merge().items():
            _move(groups, src, dst)
    for src, dst in _level_merge(groups).items():
        _move(groups, src, dst)
    out: dict[int, str] = {}
    for n, (_key, ms) in enumerate(groups.items(), 1):
        fact = _fact(index, f"o{n}", ms)
        full = own_missions.full_name(fold(to_simplified(fact.name)))
        if full and own_missions.china_speaks(index.v.text) and full not in fact.aliases:
            fact.aliases.append(full)  # 驻泰使馆 is 中国驻泰国大使馆
        for m in filter(own_missions.bare_head, ms):  # 使馆 alone names the mission (我馆 not)
            written = squash(index.v.as_written(m.start, m.end))
            if written not in fact.aliases:
                fact.aliases.append(written)
        facts.orgs.append(fact)
        for m in ms:
            out[id(m)] = fact.key
    by_key = {f.key: f for f in facts.orgs}
    fact_of = {k: by_key[v] for k, v in out.items()}
    facts.orgs += _ministries(index, groups, fact_of, len(facts.orgs))
    return out


def _ministries(
    index: OrgIndex, groups: Groups, fact_of: dict[int, OrgFact], count: int
) -> list[OrgFact]:
    """乌兹别克斯坦共和国司法部 of 乌兹别克斯坦共和国司法部知识产权局: the ministry a foreign
    sub-body is named with, one organisation more where the text names it nowhere else. A
    department of the ministry (泰国商务部知识产权厅) is the body; its ministry only places it."""
    known = {fold(m.name) for ms in groups.values() for m in ms}
    out: list[OrgFact] = []
    for ms in groups.values():
        for m in ms:
            parent = named_parent(m.name, m.ref, index.reference)
            if parent is not None:
                opening, ref = parent
                if not _named_apart(index.v.text, opening, ms):
                    continue  # 经济部智慧财产局 alone: one body's name, no ministry mentioned
                if fold(opening) not in known and ref.id not in {f.ref for f in fact_of.values()}:
                    known.add(fold(opening))
                    part = Mention(m.start, m.start + len(opening), opening, ref)
                    out.append(_fact(index, f"o{count + len(out) + 1}", [part]))
                continue
            ministry = ministry_of(m.name)
            if ministry is None:
                continue
            _add_own_name(index, fact_of[id(m)], m, ministry)
            if fold(ministry) in known or m.name.endswith(zh_lex.words("ministry_departments")):
                continue  # a department (…司, …厅) is named with its ministry, not beside it
            if index.v.text[m.start : m.start + len(ministry)] != ministry:
                continue  # a name put together from several stretches
            known.add(fold(ministry))
            part = Mention(m.start, m.start + len(ministry), ministry)
            out.append(_fact(index, f"o{count + len(out) + 1}", [part]))
    return out


def _named_apart(text: str, opening: str, ms: list[Mention]) -> bool:
    """经济部 in 经济部中央标准局 beside 经济部智慧财产局: the ministry a body's name opens with
    is mentioned as a body where the text writes it other than as the opening of that one
    body's names (before a second body of its own, or alone); inside them only, it is not."""
    names = {text[m.start : m.end] for m in ms} | {m.name for m in ms}
    return any(
        not any(text.startswith(n, hit.start()) for n in names)
        for hit in re.finditer(re.escape(opening), text)
    )


def _add_own_name(index: OrgIndex, fact: OrgFact, m: Mention, ministry: str) -> None:
    """[ministry]国家专利信息中心 is also 国家专利信息中心, unless that is a known body's name."""
    own = own_name(m.name, ministry)
    if own is None or index.reference.org_named(own) is not None:
        return
    written = index.v.written_form(own, m.start + len(ministry))
    if fold(written) not in {fold(a) for a in [fact.name, *fact.aliases]}:
        fact.aliases.append(written)


def _place_merge(keys: Groups) -> dict[str, str]:
    """中国贸促会 and 贸促会 are one organisation: a name that is a place plus another. A
    body of two places (日本台湾交流协会) is named again without both (交流协会), unless
    another body's name without its places is that name too (中国香港某协会, 澳门某协会)."""
    merged: dict[str, str] = {}
    names = {fold(m.name): k for k, ms in keys.items() for m in ms}
    claims: dict[str, set[str]] = {}
    for key, ms in keys.items():
        for m in ms:
            for _place, rest in _without_places(m.name):
                claims.setdefault(rest, set()).add(key)
    for key, ms in keys.items():
        for m in ms:
            for place, rest in _without_places(m.name):
                if rest != fold(m.name[len(place) :]) and len(claims[rest]) > 1:
                    continue  # two places left out: only where one body's name allows it
                if rest in names and names[rest] != key and len(rest) >= 3:
                    target = place_target(keys, key, place, rest, names[rest])
                    if target is not None and target != key:
                        merged[key] = target
    return merged


def _without_places(name: str) -> list[tuple[str, str]]:
    """(the first place, the folded rest) for the name without its opening place, and
    without its two opening places."""
    out = []
    for place in place_words():
        if name.startswith(place) and (rest := name[len(place) :]):
            out.append((place, fold(rest)))
            out += [(place, fold(rest[len(p) :])) for p in place_words() if rest.startswith(p)]
    return [(p, r) for p, r in out if r]


def _dual_merge(index: OrgIndex) -> dict[str, str]:
    """X（Y）: both names of one body; the group of Y joins the group of X."""
    return {
        index.key(y): index.key(x)
        for x, y in duals(index.v.text, index.mentions)
        if index.key(x) != index.key(y)
    }


def _level_merge(keys: Groups) -> dict[str, str]:
    """省知识产权局 and 省市场监管局 in a text that names 浙江省知识产权局 and
    浙江省市场监督管理局: the province's own office, named without the province."""
    full = [(k, m.name) for k, ms in keys.items() for m in ms]
    merged: dict[str, str] = {}
    for key, ms in keys.items():
        for m in ms:
            target = level_target(m.name, [(k, n) for k, n in full if k != key])
            if target is not None:
                merged[key] = target
    return merged


def _state_merge(groups: Groups) -> dict[str, str]:
    """哈萨克斯坦共和国司法部 joins 哈萨克斯坦司法部: one body named with the country's long
    and short form."""
    return _same_key_merge(groups, lambda name: zh_state.state_key(name))


def _mission_merge(groups: Groups) -> dict[str, str]:
    """驻沙特阿拉伯使馆经济商务处 and 驻沙特使馆经商处: one mission's office (or one mission)
    named with the host's long and short name, or the office's full and short word."""
    return _same_key_merge(groups, lambda name: own_missions.full_name(fold(to_simplified(name))))


def _slip_merge(groups: Groups) -> dict[str, str]:
    """某某部智财产局 joins 某某部智慧财产局: a long name written again with one character
    of its middle left out (a slip of the writer), ending in the same suffix, is that body's
    name, where only one body of the text is named so; so is 某某知识产权产权局, one or two
    characters of the middle written twice. Names of `_SLIP_MIN` characters or more only; a
    character left out at either end may change the body (a place, a suffix)."""
    names = [(k, fold(to_simplified(m.name))) for k, ms in groups.items() for m in ms]
    merged: dict[str, str] = {}
    for key, slipped in names:
        if len(slipped) < _SLIP_MIN or not has_han(slipped):
            continue
        targets = {
            k
            for k, full in names
            if k != key and (_left_out(slipped, full) or _written_twice(slipped, full))
        }
        if len(targets) == 1:
            merged.setdefault(key, targets.pop())
    return merged


#: The fewest characters of a name read as another one written with a slip.
_SLIP_MIN = 7


def _left_out(short: str, full: str) -> bool:
    """Whether `short` is `full` with one character of its middle left out, same suffix."""
    if len(full) != len(short) + 1 or org_suffix(short) != org_suffix(full):
        return False
    return any(full[:i] + full[i + 1 :] == short for i in range(1, len(full) - 1))


def _written_twice(long: str, full: str) -> bool:
    """Whether `long` is `full` with one or two characters of its middle written twice
    (知识产权产权局: its suffix read alone is cut by the copy, so only the ends are compared)."""
    if not 1 <= len(long) - len(full) <= 2:
        return False
    n = len(long) - len(full)
    return any(
        long[i : i + n] == long[i + n : i + 2 * n] and long[: i + n] + long[i + 2 * n :] == full
        for i in range(1, len(long) - 2 * n)
    )


def _same_key_merge(groups: Groups, key_of: Callable[[str], str | None]) -> dict[str, str]:
    """Each group joins the first one whose names share its key (a body's name in a normal
    form), so that forms written differently are one body."""
    first: dict[str, str] = {}
    merged: dict[str, str] = {}
    for key, ms in groups.items():
        for m in ms:
            same = key_of(m.name)
            if same is None:
                continue
            if same in first and first[same] != key:
                merged.setdefault(key, first[same])
            first.setdefault(same, key)
    return merged


def _move(groups: Groups, src: str, dst: str) -> None:
    """Merge group `src` into `dst` (both must still exist)."""
    if src in groups and dst in groups and src != dst:
        groups[dst].extend(groups.pop(src))


def _written(index: OrgIndex, m: Mention) -> str:
    """The mention as written; for a government implied by a title, the country's name
    as written (哈萨克斯坦), or its name when the text names no country."""
    text = index.v.text[m.start : m.end]
    if m.source == "implied" and not m.name.startswith(text):
        return index.v.written_form(m.name, m.start)  # 澳門特別行政區政府, where it is written
    if m.source in ("table", "alias") and squash(text) != m.name:  # wrapped cells, a plate
        return index.v.written_form(m.name, m.start)
    return squash(index.v.as_written(m.start, m.end))


def _as_written(index: OrgIndex, m: Mention) -> str | None:
    """The mention's name in the script of the text (香港知識產權署), when its span holds
    exactly that name (not for names put together from table cells), or a name implied by
    a title where the text writes it (澳門特別行政區政府 inside a bureau's name)."""
    if m.source == "implied":
        return index.v.written_form(m.name, m.start)
    span = squash(index.v.text[m.start : m.end])
    if m.source == "pattern" and m.name != span and m.name.endswith(span):  # see `contracted`
        parent = index.v.written_form(m.name[: -len(span)], m.start)
        return parent + squash(index.v.as_written(m.start, m.end))
    if span != m.name:
        return None
    return squash(index.v.as_written(m.start, m.end))


def _fact(index: OrgIndex, key: str, ms: list[Mention]) -> OrgFact:
    ref = next((m.ref for m in ms if m.ref), None)
    named = [m for m in ms if m.source != "self"] or ms
    surfaces = list(dict.fromkeys(m.name for m in named))
    current = [s for s in surfaces if fold(s) not in index.former]  # not 前身为 X
    han = [s for s in current or surfaces if has_han(s)]
    han = [s for s in han if not any(_written_twice(s, t) for t in han)] or han  # no slip
    name = max(han, key=len) if han else (ref.name if ref else max(surfaces, key=len))
    seen = name  # the Simplified view's form, which the kind and country lists are written in
    name = next((w for m in named if m.name == name and (w := _as_written(index, m))), name)
    written = [_written(index, m) for m in named] + _plates(index, ms)
    aliases = [s for s in dict.fromkeys(written + surfaces) if s != name]
    if ref:
        aliases += [ref.name, *(n.text for n in ref.names if n.kind == "acronym")]
    aliases = [a for a in dict.fromkeys(aliases) if fold(a) != fold(name)]
    return OrgFact(
        key=key,
        name=name,
        aliases=aliases,
        kind=ref.kind if ref else _kind(seen),
        country=ref.country if ref else _country(seen),
        ref=ref.id if ref else None,
        spans=[index.v.span(m.start, m.end) for m in ms],
        confidence=1.0 if ref else 0.7,
    )


def _plates(index: OrgIndex, ms: list[Mention]) -> list[str]:
    """X（Y）as written, for a body the text names with both its name plates."""
    text = index.v.text
    return [
        squash(index.v.as_written(x.start, y.end + 1))
        for x in ms
        for y in ms
        if y.start == x.end + 1
        and text[x.end] == "("
        and text[y.end : y.end + 1] == ")"
        and len(org_suffix(y.name) or "") >= 2  # a name plate, not a contraction (贸发局)
    ]


def _kind(name: str) -> str | None:
    """The kind of an organisation without a reference entry, from its suffix."""
    kinds = zh_lex.pairs("org_kinds")
    return next((k for s, k in kinds.items() if name.endswith(s)), None)


def _country(name: str) -> str | None:
    countries = zh_lex.countries()
    return next(
        (countries[c] for c in sorted(countries, key=len, reverse=True) if name.startswith(c)), None
    )
