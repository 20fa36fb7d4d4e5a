"""Names the extractor knows before it reads a stretch: the reference data, and names the
document has already given (found again wherever they stand outside other names)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache

from importers.gazetteer import (
    NameFinder,
    Reference,
    RefOrg,
    alternation,
    name_finder,
    name_pattern,
)
from importers.zh import lex as zh_lex
from importers.zh.lex import Token
from importers.zh.orgs.grown import is_stop, members_own
from importers.zh.orgs.mention import Mention, squash
from importers.zh.orgs.placeless import placeless
from importers.zh.orgs.shape import org_openers
from importers.zh.text import folded
from store.text import HAN, has_han, is_han, to_simplified


def gazetteer(
    text: str,
    reference: Reference,
    written: Callable[[int, int], str] | None = None,
    toks: Sequence[Token] = (),
) -> list[Mention]:
    """Every reference name in the text (Chinese names, acronyms, English names). A name the
    reference gives only in Traditional characters (經濟部 for Taiwan's ministry) is how
    Traditional sources name that body: it is found only as written in them (`written` gives
    a stretch of the text as written), and only where a name may begin (not 对外经济部)."""
    trad = _traditional_only(reference)
    by_name, regex = _searchable(reference)
    if regex is None:
        return []
    org: RefOrg | None
    out: list[Mention] = []
    converted: list[Mention] = []
    for m in regex.finditer(text):
        org = by_name.get(m.group(0)) or reference.org_named(m.group(0))
        if org is None or org.kind == "programme":
            continue
        if m.group(0) in trad and not _as_traditional(text, m, trad, written, toks):
            if _opens_here(text, m, toks):
                converted.append(Mention(m.start(), m.end(), squash(m.group(0)), org, "gazetteer"))
            continue
        if inside_field(text, m.start(), m.group(0)):
            continue  # 知识 + 产权组织: the tail of 知识产权组织, a kind of body
        if members_own(text, m.start()):
            continue  # 成员国的 + 智慧财产局: each member's office, a kind of body
        if _glosses_people(text, m.start(), m.end()):
            continue  # 初级专业官员(JPO): the officers the acronym abbreviates, not a body
        if org.country == "CN" and _foreign_before(text, m.start()):
            continue  # 泰国商务部: another country's ministry, named with a Chinese word
        local = _local_start(text, m.start(), toks) if org.country == "CN" else None
        if local is not None:
            out.append(Mention(local, m.end(), squash(text[local : m.end()])))
            continue  # 北京市 + 贸促会: the city's council, not the national one
        out.append(Mention(m.start(), m.end(), squash(m.group(0)), org, "gazetteer"))
    out += _of_the_text_s_region(converted, out)
    return out + placeless(text, reference, out)  # 香港 + 贸易发展局 written without 香港


_SEARCHABLE: dict[int, tuple[Reference, dict[str, RefOrg | None], NameFinder | None]] = {}


def _searchable(reference: Reference) -> tuple[dict[str, RefOrg | None], NameFinder | None]:
    """Each searchable name -> its body (None when two bodies share it), and one pattern for
    them all: built once per reference, as every document searches the same names."""
    cached = _SEARCHABLE.get(id(reference))
    if cached is not None and cached[0] is reference:
        return cached[1], cached[2]
    by_name: dict[str, RefOrg | None] = {}
    for name, org in _script_forms(reference):
        if len(name) < 2 or (not has_han(name) and len(name) < 3 and name.isupper()):
            continue
        if name in by_name and by_name[name] is not org:
            by_name[name] = None  # ambiguous: two organisations share the name
        else:
            by_name[name] = org
    regex = name_finder(by_name, edges="latin", loose_spaces=True)
    _SEARCHABLE[id(reference)] = (reference, by_name, regex)
    return by_name, regex


def _of_the_text_s_region(converted: list[Mention], found: list[Mention]) -> list[Mention]:
    """经济部 in a Simplified repost of a Taiwanese report: a Traditional-only name written
    in Simplified characters is that body when the text names another known body of the
    same place outright (智慧局): the whole text is that place's, only its script converted."""
    places = {m.ref.country for m in found if m.ref is not None and m.ref.country}
    return [m for m in converted if m.ref is not None and m.ref.country in places]


def inside_field(text: str, pos: int, name: str) -> bool:
    """区域性知识 + 产权组织: a name that begins inside a field word (知识产权) is the tail of
    a longer word of that field (知识产权组织, any regional IP body), not the short name
    (产权组织 = WIPO) it spells."""
    return any(
        text.endswith(field[:k], 0, pos) and name.startswith(field[k:])
        for field in zh_lex.words("generic_document_fields")
        for k in range(1, len(field))
    )


def _glosses_people(text: str, start: int, end: int) -> bool:
    """Whether the name at start..end is a Latin acronym alone in brackets right after a
    noun for people (初级专业官员（JPO）): it abbreviates those people, not a body."""
    if has_han(text[start:end]) or text[start - 1 : start] not in ("(", "（"):
        return False
    if text[end : end + 1] not in (")", "）"):
        return False
    return text.endswith(zh_lex.words("people_glosses"), 0, start - 1)


def _foreign_before(text: str, pos: int) -> bool:
    """Whether a country other than China is named right before `pos`."""
    return any(
        code != "CN" and text.endswith(name, 0, pos) for name, code in zh_lex.countries().items()
    )


@cache
def _local() -> re.Pattern[str]:
    """A province, city, district or county right before a name (北京市贸促会)."""
    return re.compile(rf"[{HAN}]{{2,6}}?(?:{alternation(zh_lex.words('levels'))})$")


def _local_start(text: str, pos: int, toks: Sequence[Token]) -> int | None:
    """Where the province, city or district named right before a national body's name
    starts (北京市 + 贸促会), if one does and a name may open there. A conjunction, adverb or
    preposition before the place (并与, 还与, 同时与 + 重庆市), or a verb (会见 + 北京市), says
    how the sentence meets the body and is no word of its name: the place starts after them
    (by jieba's words)."""
    first = max(0, pos - 9)  # (a word that ends before the place can start says nothing)
    stops = [t for t in toks if first <= t.end and t.start < pos and is_stop(t)]
    for start in range(first, pos):
        if _local().fullmatch(text, start, pos) is None:
            continue
        if not _opens_name(text, start) and not any(t.end == start for t in stops):
            continue
        if not any(start < t.end for t in stops if t.start < pos):
            return start
    return None


def _opens_name(text: str, pos: int) -> bool:
    return pos == 0 or not is_han(text[pos - 1]) or text[pos - 1] in org_openers()


def _as_traditional(
    text: str,
    m: re.Match[str],
    trad: dict[str, str],
    written: Callable[[int, int], str] | None,
    toks: Sequence[Token],
) -> bool:
    """A Traditional-only name found where a name may begin, written as the reference has it."""
    if not _opens_here(text, m, toks):
        return False
    return written is not None and written(m.start(), m.end()) == trad[m.group(0)]


def _opens_here(text: str, m: re.Match[str], toks: Sequence[Token]) -> bool:
    """Whether a name may begin where `m` does (not 对外 + 经济部)."""
    s = m.start()
    opens = not (s > 0 and is_han(text[s - 1]) and text[s - 1] not in org_openers())
    after = _after_verb(text, s) or _after_copula(text, s) or text.endswith(_lead_ins(), 0, s)
    after = after or _after_date(text, s)
    after = after or _object_of_verb(toks, s, m.end()) or _after_particle(text, toks, s, m.end())
    return opens or after


def _after_verb(text: str, pos: int) -> bool:
    """成员包括 + 經科局, 拜訪 + 經科局: a predicate verb of two characters or more (a list's
    lead-in, a visit) ends the words before a name, so the name begins right after it."""
    return any(text.endswith(v, 0, pos) for v in _long_verbs())


def _object_of_verb(toks: Sequence[Token], start: int, end: int) -> bool:
    """提升 + 知識產權署 + 的: a verb of two characters or more that jieba reads right before
    the name, the name ending where a word ends, makes the name the verb's object: it begins
    there (对外 + 經濟部 is no verb, 經濟部門 ends inside a word)."""
    verb = any(t.end == start and t.pos == "v" and len(t.word) >= 2 for t in toks)
    return verb and any(t.start == start for t in toks) and any(t.end == end for t in toks)


def _after_particle(text: str, toks: Sequence[Token], start: int, end: int) -> bool:
    """現今的 + 經濟部 + 政務次長: after the particle that ends a modifier a name begins, when
    jieba reads the name as one word (的經濟部分 is no ministry)."""
    if start < 1 or text[start - 1] not in zh_lex.chars("particles"):
        return False
    return any(t.start == start and t.end == end for t in toks)


#: 2019 年 3 月 5 日: a date's day, written in digits, right before a name.
_DATE_DAY = re.compile(r"\d\s*日\s*$")


def _after_date(text: str, pos: int) -> bool:
    """3 月 5 日 + 經濟部發布: a date's day in digits ends the words before a name, so the
    name begins right after 日 (jieba may read 日經濟 as one word)."""
    return _DATE_DAY.search(text, max(0, pos - 4), pos) is not None


def _after_copula(text: str, pos: int) -> bool:
    """这是 + 知識產權署, 撰稿人為 + 知識產權署: a copula says what the name after it is, so the
    name begins right after it."""
    return pos > 0 and text[pos - 1] in zh_lex.wordset("name_copulas")


@cache
def _lead_ins() -> tuple[str, ...]:
    """曾任 + 經濟部, 透過 + 經濟部, 配合 + 經濟部: a career verb (a post at the body
    follows), a preposition of means (the body acts for the subject) or of accordance (the
    subject follows the body's line) ends the words before a name."""
    careers = [v for v in zh_lex.people_lexicon("career_verbs") if len(v) >= 2]
    return (*careers, *zh_lex.words("means_prepositions"), *zh_lex.words("accordance_prepositions"))


@cache
def _long_verbs() -> tuple[str, ...]:
    return tuple(v for v in zh_lex.words("verb_stops") if len(v) >= 2)


_TRADITIONAL: dict[int, tuple[Reference, dict[str, str]]] = {}


def _traditional_only(reference: Reference) -> dict[str, str]:
    """Simplified form -> Traditional name, for the names an entry gives only in Traditional
    characters (zh-Hant, with no Simplified name of the same characters)."""
    cached = _TRADITIONAL.get(id(reference))
    if cached is not None and cached[0] is reference:
        return cached[1]
    out: dict[str, str] = {}
    for org in reference.orgs.values():
        simple = {n.text for n in org.names if n.lang != "zh-Hant"}
        for n in org.names:
            if n.lang == "zh-Hant" and to_simplified(n.text) not in simple:
                out[to_simplified(n.text)] = n.text
    _TRADITIONAL[id(reference)] = (reference, out)
    return out


def _script_forms(reference: Reference) -> list[tuple[str, RefOrg]]:
    """The reference names, each Traditional Chinese name also in Simplified characters, and
    each with full-width brackets folded (the forms the cleaned text is searched in)."""
    cached = _SCRIPT_FORMS.get(id(reference))
    if cached is not None and cached[0] is reference:
        return cached[1]
    out = []
    derived = _through_parents(reference) + _other_country_forms(reference)
    for written, org in reference.org_names() + derived:
        for name in dict.fromkeys((written, folded(written))):
            out.append((name, org))
            if has_han(name) and (simple := to_simplified(name)) != name:
                out.append((simple, org))
    _SCRIPT_FORMS[id(reference)] = (reference, out)
    return out


def _through_parents(reference: Reference) -> list[tuple[str, RefOrg]]:
    """经科局知识产权厅, WIPO中国办事处: a body whose reference name opens with its parent's
    name (经济及科技发展局知识产权厅, 世界知识产权组织中国办事处) is also named with any other
    name of that parent (a short form, an acronym) before the rest of its name. A name the
    reference already gives to a body is left to it."""
    out = []
    for org in reference.orgs.values():
        parent = reference.orgs.get(org.parent or "")
        if parent is None:
            continue
        others = [p for p in parent.all_names() if has_han(p) or (p.isupper() and len(p) >= 3)]
        heads = [p for p in others if has_han(p)]
        out += _head_swapped(reference, org, org.all_names(), heads, others)
    return out


def _head_swapped(
    reference: Reference, org: RefOrg, names: Iterable[str], heads: list[str], others: list[str]
) -> list[tuple[str, RefOrg]]:
    """Each of `names` that opens with one of `heads` and goes on with at least two Han
    characters, written with each of `others` in its place instead; a name the reference
    already gives to a body is left to it."""
    out = []
    for name in names:
        head = next((p for p in heads if name.startswith(p)), None)
        if head is None or len(name) - len(head) < 2 or not has_han(name[len(head) :]):
            continue
        for other in others:
            derived = other + name[len(head) :]
            if other != head and reference.org_named(derived) is None:
                out.append((derived, org))
    return out


def _other_country_forms(reference: Reference) -> list[tuple[str, RefOrg]]:
    """南韩海关 of 韩国海关: a body whose reference name opens with its own country's name is
    also named with any other Chinese name of that country (the countries table: 南韩, as
    Hong Kong and Taiwan write South Korea; a state's long form), which a short name such
    as 海关 gives no pattern to find. A name the reference gives to a body is left to it."""
    forms: dict[str, list[str]] = {}
    for place, code in zh_lex.countries().items():
        forms.setdefault(code, []).append(place)
    out = []
    for org in reference.orgs.values():
        others = sorted(forms.get(org.country or "", []), key=len, reverse=True)
        simple = (to_simplified(name) for name in org.all_names())
        out += _head_swapped(reference, org, simple, others, others)
    return out


_SCRIPT_FORMS: dict[int, tuple[Reference, list[tuple[str, RefOrg]]]] = {}


def find_all(text: str, names: list[str], taken: list[Mention]) -> list[Mention]:
    """Further mentions of names already known in this document (知创中心, IMDA). A name
    that wholly covers shorter mentions found there (IPOS国际公司 over the acronym IPOS of
    another body) is the longer name again: the caller drops the mentions it covers."""
    by_name = {n: n for n in names if len(n) >= 2}
    regex = name_pattern(by_name, edges="latin", loose_spaces=True)
    out: list[Mention] = []
    if regex is None:
        return out
    for hit in regex.finditer(text):
        s, e = hit.start(), hit.end()
        crossed = [m for m in taken if m.start < e and s < m.end]
        if all(s <= m.start and m.end <= e and m.end - m.start < e - s for m in crossed):
            out.append(Mention(s, e, squash(hit.group(0)), source="alias"))
    return out


def find_short(text: str, short: str, taken: list[Mention]) -> list[Mention]:
    """Occurrences of a short form that open a name (after punctuation or a preposition) and
    lie outside every mention already found, but for a cut of the short form itself (国家大学
    grown inside 河内国家大学: `cut_tail`), which the short form replaces. A short form right
    before a title opens a name after any word (则有某总秘书长某某: the body of that post)."""
    out = []
    titled = zh_lex.title_regex()
    for hit in re.finditer(re.escape(short), text):
        s, e = hit.start(), hit.end()
        if any(m.start < e and s < m.end and not cut_tail(m, s, e) for m in taken):
            continue
        if (
            s == 0
            or not is_han(text[s - 1])
            or text[s - 1] in org_openers()
            or titled.match(text, e)
        ):
            out.append(Mention(s, e, short, source="alias"))
    return out


def cut_tail(m: Mention, start: int, end: int) -> bool:
    """Whether `m` is an unknown name grown from inside text[start:end] up to its end: the
    tail of a longer name whose opening (a city, 河内) was no place the grower knew."""
    return m.ref is None and start < m.start and m.end == end and m.source != "alias"
