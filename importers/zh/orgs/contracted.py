"""A body's name with its own short form in brackets inside it: 某某大学(某大)技术转移中心.

A writer who introduces a body's short form (某某大学（某大）) may run straight on into one of
its units (技术转移中心), so the stretch a name grows over holds two bodies: the parent up to
the bracket, whose short form the bracket gives, and the unit after it, a sub-body named with
its parent. Read whole it would be one name that neither body is known by. Once the text has
given a short form, the writer may put it before the unit alone (某大技术转移中心) or after the
body's own country (台湾工研院): those name the bodies already found, not new ones.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from importers.zh import lex as zh_lex
from importers.zh.lex import Token
from importers.zh.orgs.aliases import CONTRACTION, contracts, named_alone
from importers.zh.orgs.mention import Mention
from importers.zh.orgs.shape import org_suffix
from store.text import fold, in_order


def split_all(text: str, toks: list[Token], found: list[Mention]) -> list[Mention]:
    """`found` with every "parent(short)unit" split (`split_contracted`); a name found inside
    the bracket of a split is the short form, which `aliases` reads, not a body of its own."""
    out: list[Mention] = []
    brackets: list[tuple[int, int]] = []
    places = {t.end: t.word for t in toks if t.pos == "ns"}
    for m in found:
        parts = split_contracted(text, m, places.get(m.start, ""))
        if len(parts) == 2:
            brackets.append((parts[0].end, parts[1].start))
        out += parts
    return [m for m in out if not any(s <= m.start and m.end <= e for s, e in brackets)]


def split_contracted(text: str, m: Mention, place: str = "") -> list[Mention]:
    """The parent and its unit where `m` holds "parent(short)unit" (both ending as bodies
    end, the bracket a contraction of the parent), else `m` alone. The unit's mention spans
    the unit as written and is named with its parent in front (某某大学技术转移中心). `place`
    is the place written right before `m`, which the parent opens with where the short form
    does (某州 + 海洋大学(某海大))."""
    if m.ref is not None or m.source == "gazetteer":
        return [m]
    inner = CONTRACTION.search(text, m.start, m.end)
    if inner is None or inner.end() >= m.end:
        return [m]
    start = m.start
    if place and inner.group(1).startswith(place[0]) and not m.name.startswith(place[0]):
        start -= len(place)
    parent, unit = text[start : inner.start()], text[inner.end() : m.end]
    if not named_alone(parent) or not contracts(inner.group(1), parent):
        return [m]
    suffix = org_suffix(unit) or next((w for w in _offices() if unit.endswith(w)), None)
    if len(unit) < 2 or suffix is None or suffix == unit:
        return [m]  # 知识转移处: an office found as a party (units.signing_office) splits too
    return [
        Mention(start, inner.start(), parent, source=m.source),
        Mention(inner.end(), m.end, parent + unit, source=m.source),
    ]


def _offices() -> tuple[str, ...]:
    return zh_lex.words("signing_offices")


def renamed_by_parts(
    mentions: list[Mention], key: Callable[[str], str]
) -> list[tuple[Mention, str]]:
    """(mention, key of the body it names) for names made of a body's other name and a
    word the writer added: the body's own country or region before a known body's name
    (台湾 + 某研院: the body itself, not a second one; another country's is a body of its
    own), and a parent's short form before its unit (某大 + 技术转移中心 beside 某某大学技术
    转移中心: that sub-body). `key` groups a name as the index does."""
    names = {m.name for m in mentions if m.source != "self"}
    countries = {m.name: m.ref.country for m in mentions if m.ref is not None}
    out = []
    for m in mentions:
        if m.ref is not None or m.source not in ("pattern", "listed"):
            continue
        place = next((p for p in zh_lex.countries_longest() if m.name.startswith(p)), "")
        rest = m.name[len(place) :]
        if place and countries.get(rest) == zh_lex.countries()[place]:
            out.append((m, key(rest)))  # 臺灣 + 工研院: the body is of that place, not 泰國's
            continue
        unit = _unit_of_short(m.name, names, key)
        if unit is not None:
            out.append((m, key(unit)))
    return out


def _unit_of_short(name: str, names: set[str], key: Callable[[str], str]) -> str | None:
    """某某大学技术转移中心 for 某大技术转移中心, where 某大 is a short form that names 某某大学."""
    for k in range(2, len(name) - 1):
        short, unit = name[:k], name[k:]
        if org_suffix(unit) is None or key(short) == fold(short):
            continue
        full = next(
            (
                n
                for n in names
                if n.endswith(unit) and len(n) > len(name) and key(n[: -len(unit)]) == key(short)
            ),
            None,
        )
        if full is not None:
            return full
    return None


def contractions(text: str, name: str) -> list[str]:
    """阳明交大 and 阳明交通大学 of 国立阳明交通大学, 浙大 of 浙江大学: the name without the
    founder's word before it, and the unbracketed contractions the text uses of it (opening
    with its first character, its characters in order, ending in the kind's contracted end):
    a writer who named the body in full goes on by these, as readers know them. A state's
    name and its national scope before the rest (某国全国工业总会) lead as a founder's word
    does: the contraction (工总) opens after them."""
    lead = next((w for w in zh_lex.words("founding_leads") if name.startswith(w)), "")
    lead = lead or _state_lead(name)
    core = name[len(lead) :]
    kind = next((k for k in zh_lex.pairs("contracted_ends") if core.endswith(k)), None)
    out = [core] if lead and len(core) >= 4 else []
    if kind is None or len(core) < len(kind) + 2:
        return out
    end = zh_lex.pairs("contracted_ends")[kind]
    for hit in re.finditer(re.escape(end), text):
        if text.startswith(kind, hit.start()):
            continue
        for k in range(min(len(core) - len(kind), 5), 0, -1):
            short = text[hit.end() - len(end) - k : hit.end()]
            if short[:1] == core[:1] and short not in out and contracts(short, core):
                out.append(short)
                break
    return out


def _state_lead(name: str) -> str:
    """某国全国 of 某国全国工业总会: a state's name and the scope word after it, or ""."""
    state = next((c for c in zh_lex.countries_longest() if name.startswith(c)), "")
    rest = name[len(state) :]
    scope = next((w for w in zh_lex.words("national_scopes") if rest.startswith(w)), "")
    return state + scope if state and scope else ""


def unit_forms(
    text: str, mentions: list[Mention], alias_of: dict[str, str], key: Callable[[Mention], str]
) -> list[Mention]:
    """`mentions` in text order with 某局新品办 beside 某局植物新品种保护办公室: a unit named in
    full after its parent, then by the parent and a contraction of the unit alone (some of its
    characters in order, the kind's contracted end last: 办公室 -> 办). The contraction need not
    open with the unit's first character (新品办 skips 植物), so it is read only right after the
    parent the full name opens with (a body the text names, or a name by its own shape), where
    nothing else fits. The contracted end must end a word: where a word runs on past it (办 +
    法: 办法, a regulation; zh.txt [contracted_end_runons]) it is that word's. A form
    is a mention of the full name (an alias in `alias_of`) and replaces the parent's mention
    inside it."""
    names = {m.name for m in mentions}
    ends = {**zh_lex.pairs("contracted_ends"), **zh_lex.pairs("contracted_unit_ends")}
    forms: dict[tuple[int, int], Mention] = {}
    patterns: dict[tuple[str, str], re.Pattern[str]] = {}
    for m in mentions:
        for k in range(2, len(m.name) - 4):
            parent, unit = m.name[:k], m.name[k:]
            kind = next((w for w in ends if unit.endswith(w)), None)
            if kind is None or (parent not in names and not named_alone(parent)):
                continue
            if (parent, kind) not in patterns:
                short = rf"{re.escape(parent)}(\w{{2,4}}?){re.escape(ends[kind])}"
                patterns[parent, kind] = re.compile(short)
            for hit in patterns[parent, kind].finditer(text):
                s, e = hit.span()
                if (s, e) in forms or not in_order(hit.group(1), unit[: -len(kind)]):
                    continue
                if text.startswith(zh_lex.words("contracted_end_runons"), e - 1):
                    continue  # 办 + 法: a word runs on past the contracted end
                if any(o.start < e and s < o.end and o.end > s + len(parent) for o in mentions):
                    continue  # a name of its own runs on past the parent
                alias_of.setdefault(fold(hit.group()), key(m))
                forms[s, e] = Mention(s, e, hit.group(), m.ref, source="alias")
    kept = [m for m in mentions if not any(s == m.start and m.end < e for s, e in forms)]
    return sorted(kept + list(forms.values()), key=lambda m: m.start)
