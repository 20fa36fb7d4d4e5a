"""A body named with its state's or region's long form (大韩民国特许厅, 澳门特别行政区经济及
科技发展局, 中华民国经济部) is the body the reference names with the short form (韩国特许厅,
澳门经济及科技发展局) or, for a body of that place, with no place at all (经济部).

Official texts open a name with the full form of the state or region the body is of, while
reference data and other texts use the short one; the countries table lists every Chinese
form of a place, so one place's forms stand for each other."""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import Reference, RefOrg, longest_first
from importers.zh import lex as zh_lex
from importers.zh.orgs.collective import initials
from importers.zh.orgs.shape import suffix_ok
from store.text import HAN, is_han, to_simplified, to_traditional


def known_as(name: str, reference: Reference) -> RefOrg | None:
    """The reference body `name` names with another form of its place, or without its
    parent's acronym in brackets (世界知识产权组织(WIPO)学院 is 世界知识产权组织学院, no new
    body), or None."""
    bare = _INNER_ACRONYM.sub("", name)
    if bare != name:
        return in_place(bare, reference)
    name = to_simplified(name)  # the places are listed in Simplified (泰王國 is 泰王国)
    place = next((p for p in zh_lex.countries_longest() if name.startswith(p)), None)
    if place is None:
        return _with_other_scope(name, reference) or _at_seat(name, reference)
    code, rest = zh_lex.countries()[place], name[len(place) :]
    if (region := _region_of(rest, code)) is not None:
        ref = in_place(rest, reference)
        return ref if ref is not None and ref.country == region else None
    rest = _without_government(_without_state_form(rest))
    if len(rest) < 2:
        return None
    tries = [other + rest for other in _forms()[code] if other + rest != name]
    tries += [other + "政府" + rest for other in _forms()[code]]  # 澳门特别行政区(政府)经济局
    tries += [place + form + rest for form in _state_forms()]  # 俄罗斯(联邦)某局: the long form
    if len(rest) >= 4:
        tries.append(rest)  # 经济及科技发展局: the body of that place, named without it
    for candidate in tries:
        for form in (candidate, to_traditional(candidate)):
            ref = reference.org_named(form)
            if ref is not None and ref.country == code and ref.kind != "programme":
                return ref
    return None


def _at_seat(name: str, reference: Reference) -> RefOrg | None:
    """布鲁塞尔欧盟委员会, 日内瓦世界知识产权组织: the name of a body of no one state (a
    union's or the world's) after the bare name of a city is that body, the city being its
    seat or where it met (…总部). A state's own bodies are left out: 上海海关 is a body of its
    own, not the national one. A city written with its level (某某市) opens a city's own body."""
    toks = zh_lex.tokens(name)
    if len(toks) < 2 or toks[0].pos != "ns" or toks[0].word.endswith(zh_lex.words("levels")):
        return None
    rest = name[toks[0].end :]
    if len(rest) < 4 or not suffix_ok(rest):
        return None
    for form in (rest, to_traditional(rest)):
        ref = reference.org_named(form)
        if ref is not None and ref.country is None and ref.kind != "programme":
            return ref
    return None


def _region_of(rest: str, state: str) -> str | None:
    """香港 of 中国 + 香港特别行政区知识产权署: the code of the state's own region the rest of
    a name opens with (a writer may put the state before a region's body), or None."""
    place = next((p for p in zh_lex.countries_longest() if rest.startswith(p)), None)
    code = zh_lex.countries()[place] if place is not None else None
    return code if code is not None and zh_lex.pairs("state_regions").get(code) == state else None


def _without_state_form(rest: str) -> str:
    """共和国司法部 -> 司法部: the rest of a name after a short name and its state's form
    (柬埔寨王国…, 哈萨克斯坦共和国…), which the long form adds to the short one. A form that
    is all the rest is no form (王国 alone names nothing)."""
    form = next((f for f in _state_forms() if rest.startswith(f)), "")
    return rest[len(form) :] if len(rest) - len(form) >= 2 else rest


def _without_government(rest: str) -> str:
    """政府律政部 -> 律政部: a state's ministry named after its government (新加坡政府律政部)
    is the ministry named with the state alone (新加坡律政部); the government's word
    (政府, 内阁) adds nothing to which body it is. A word that is all the rest stays."""
    word = next((w for w in zh_lex.people_lexicon("government_heads") if rest.startswith(w)), "")
    return rest[len(word) :] if word and len(rest) - len(word) >= 2 else rest


@cache
def _state_forms() -> tuple[str, ...]:
    return tuple(longest_first(zh_lex.words("state_forms")))


def in_place(name: str, reference: Reference) -> RefOrg | None:
    """The reference body `name` names as written (Simplified or Traditional), else with
    another form of its place (泰王国知识产权厅 is 泰国知识产权厅)."""
    for form in (name, to_traditional(name)):
        ref = reference.org_named(form)
        if ref is not None:
            return ref
    return known_as(name, reference)


@cache
def _forms() -> dict[str, tuple[str, ...]]:
    """ISO code -> every Chinese name of that place."""
    out: dict[str, list[str]] = {}
    for name, code in zh_lex.countries().items():
        out.setdefault(code, []).append(name)
    return {code: tuple(names) for code, names in out.items()}


def expansions(name: str) -> list[tuple[str, str]]:
    """葡工业产权局 -> (葡萄牙工业产权局, PT), (葡萄牙国家工业产权局, PT): the names `name`
    may abbreviate, a headline's or a pair's initial for a country (葡 for 葡萄牙, 日 for 日本:
    the initials groups of offices use) standing before the rest of a body's name, with or
    without the word that opens a national body's name (国家); each with the country's code.
    None for a name that opens with a whole place name."""
    rest = name[1:]
    if not is_han(name[:1]) or len(rest) < 4 or not suffix_ok(rest):
        return []
    if name.startswith(zh_lex.countries_longest()):
        return []
    openers = ("", *zh_lex.words("national_openers"))
    codes = zh_lex.countries()
    return [
        (place + opener + rest, codes[place])
        for place in initials().get(name[0], ())
        if place in codes
        for opener in openers
    ]


def abbreviated(name: str, reference: Reference) -> RefOrg | None:
    """The one reference body of that country `name` abbreviates (see `expansions`)."""
    found = {
        ref.id: ref
        for full, code in expansions(name)
        for form in (full, to_traditional(full))
        if (ref := reference.org_named(form)) is not None and ref.country == code
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _with_other_scope(name: str, reference: Reference) -> RefOrg | None:
    """大陆专利代理人协会 is 中华全国专利代理人协会: a name opened by a word for a state's whole
    territory (大陆, 全国: data `scope_forms`) is the reference body of that state named with
    another such word or with the state's own name before the same rest, or before a national
    opener and it (大陆知识产权局 is 中国国家知识产权局: data `national_openers`)."""
    scopes = zh_lex.pairs("scope_forms")
    form = next((f for f in longest_first(scopes) if name.startswith(f)), None)
    rest = name[len(form) :] if form is not None else ""
    if form is None or len(rest) < 4 or not suffix_ok(rest):
        return None
    code = scopes[form]
    others = [f for f, c in scopes.items() if c == code and f != form] + list(_forms()[code])
    openers = ("", *zh_lex.words("national_openers"))
    for other, opener in ((o, p) for o in others for p in openers):
        full = other + opener + rest
        for candidate in (full, to_traditional(full)):
            ref = reference.org_named(candidate)
            if ref is not None and ref.country == code:
                return ref
    return None


#: (WIPO) between a parent's name and the rest of its sub-body's name: the parent's acronym
_INNER_ACRONYM = re.compile(rf"\s?[(（]\s*[A-Z][A-Za-z0-9&.\-]{{1,11}}\s*[)）]\s?(?=[{HAN}])")
