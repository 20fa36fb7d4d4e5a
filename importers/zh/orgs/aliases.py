"""Other names of one organisation in one document.

A text names an organisation in full once and then by another name: an acronym or English
name in brackets (新加坡信息通信媒体发展局(IMDA)), an abbreviation with 简称, a second name
plate (X(Y): 一个机构两块牌子), the group of a company (徐工集团 of 徐工集团工程机械股份有限公司),
a department without its government (知识产权署 of 香港特别行政区政府知识产权署), or the
province's own office without the province (省知识产权局 of 浙江省知识产权局).
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import Reference, alternation, longest_first
from importers.zh import lex as zh_lex
from importers.zh.orgs.mention import Mention, squash
from importers.zh.orgs.shape import bare_suffix, org_openers, org_suffix, suffix_ok
from importers.zh.orgs.units import body_unit_ends
from store.text import HAN, fold, in_order, is_han

BRACKET_ALIAS = re.compile(r"\s?\(\s*([A-Za-z][A-Za-z0-9 &'.\-]{1,60}?)\s*\)")


@cache
def alias_patterns() -> tuple[re.Pattern[str], ...]:
    """An acronym or English name in brackets, and "(简称“X”)": another name of the name
    before it (group 1); both from "(English name，简称“X”)"."""
    marker = alternation(zh_lex.words("short_name_markers"))
    named = r"[“\"「]?([^”\"」)]{2,16}?)[”\"」]?\s*\)"
    short = rf"\s?\((?:{marker})[:：]?\s*{named}"
    # 某研究所（Some Institute，以下简称“某所”）: the English name, then the short form
    english = r"[A-Za-z][A-Za-z0-9 &'.\-]{1,80}?"
    return (
        BRACKET_ALIAS,
        re.compile(short),
        re.compile(rf"\s?\(\s*({english})\s*[，,]\s*(?:{marker})"),
        re.compile(rf"\s?\(\s*{english}\s*[，,]\s*(?:{marker})[:：]?\s*{named}"),
    )


def aliases_after(text: str, mentions: list[Mention]) -> list[tuple[Mention, str, int, int]]:
    """(mention, alias, start, end) for "名称(ACRONYM)" and "名称(简称“X”)"."""
    out = []
    for m in mentions:
        for regex in alias_patterns():
            a = regex.match(text, m.end)
            if a:
                alias = squash(a.group(1))
                if fold(alias) != fold(m.name):
                    out.append((m, alias, a.start(1), a.end(1)))
        short = CONTRACTION.match(text, m.end)
        if short and contracts(short.group(1), m.name):
            out.append((m, short.group(1), short.start(1), short.end(1)))
    return out


CONTRACTION = re.compile(rf"\(([{HAN}]{{2,6}})\)")


def contracts(short: str, name: str) -> bool:
    """香港贸易发展局（贸发局）: a bracketed contraction of the name before it, its characters
    taken in order and ending as it ends, or with the first character of a two-character
    suffix (某某科技大学（某大）: 大学 is shortened to 大)."""
    suffix = org_suffix(name) or name[-1:]
    ends = short[-1] == name[-1] or (len(suffix) == 2 and short[-1] == suffix[0])
    return len(short) < len(name) - 1 and ends and in_order(short, name)


def duals(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """ "X（Y）" with two organisation names: one body with two names (一个机构两块牌子)."""
    by_start = {m.start: m for m in mentions}
    out = []
    for m in mentions:
        if text[m.end : m.end + 1] != "(":
            continue
        inner = by_start.get(m.end + 1)
        if inner is not None and text[inner.end : inner.end + 1] == ")":
            out.append((m, inner))
    return out


def _level_head(name: str) -> str | None:
    """广东省 of 广东省市场监督管理局: the place up to its administrative level, or None.
    A name that opens with a level word of its own (自治区 of 自治区市场监督管理局, the
    region the text is about) has that word as its head, not 自治区市 (市 of 市场). A
    one-character level is no such opening: 市 begins 市场 as often as it names a city."""
    opening = next((w for w in zh_lex.words("levels") if len(w) >= 2 and name.startswith(w)), None)
    if opening is not None:
        return opening
    for level in zh_lex.words("levels"):
        k = name.find(level, 2)
        if 2 <= k <= 6 and all(is_han(c) for c in name[:k]):
            return name[: k + len(level)]
    return None


def bare_plates(text: str, mentions: list[Mention]) -> list[Mention]:
    """广东省市场监督管理局（知识产权局）: a second name plate written without the place is
    the place's office of that name (广东省知识产权局), a mention of its own in the bracket
    (`duals` then joins both names). A body the reference knows as international has no
    place: its bracketed plate (某组织（某语局）) is its own other name, written as it is."""
    starts = {m.start for m in mentions}
    out = []
    for m in mentions:
        inner = re.compile(rf"\(([{HAN}]{{3,10}})\)").match(text, m.end)
        if inner is None or inner.start(1) in starts:
            continue
        plate = inner.group(1)
        suffix = org_suffix(plate)
        if suffix is None or len(plate) - len(suffix) > 4:  # no plate: a name of its own
            continue
        if m.ref is not None and m.ref.country is None:  # an international body has no place
            out.append(Mention(inner.start(1), inner.end(1), plate, source="alias"))
            continue
        head = _level_head(m.name)
        if head is None:
            continue
        out.append(Mention(inner.start(1), inner.end(1), head + plate, source="alias"))
    return out


#: An acronym in brackets closing a name (某组织(ABC)), as a body's name is written before its unit.
_BRACKETED_END = re.compile(r"[(（][A-Za-z][A-Za-z0-9&.\-]*[)）]$")
_LATIN_HEAD = re.compile(rf"([A-Za-z][A-Za-z0-9&.\-]*(?: [A-Za-z0-9&.\-]+)*)\s*([{HAN}]{{2,}})")


def latin_headed(reference: Reference, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """IPOS国际公司 beside 新加坡知识产权局国际公司: (the mixed name, the body) where a known
    body's Latin name or acronym and its Chinese name open two names that end in the same
    Chinese words; both name that body's one sub-body, not two. The Chinese name may keep the
    acronym in brackets after the body (某组织(ABC)某学院 beside ABC某学院)."""
    out = []
    for m in mentions:
        mixed = _LATIN_HEAD.fullmatch(m.name)
        body = reference.org_named(mixed.group(1)) if mixed else None
        if mixed is None or body is None:
            continue
        tail = mixed.group(2)
        for o in mentions:
            head = _BRACKETED_END.sub("", o.name[: -len(tail)])
            if o is m or not o.name.endswith(tail) or len(head) < 2 or not is_han(head[0]):
                continue
            known = reference.org_named(head)
            if known is not None and known.id == body.id:
                out.append((m, o))
                break
    return out


def without_ministry(name: str) -> tuple[str, str] | None:
    """印度尼西亚法律部知识产权总局 -> (印度尼西亚知识产权总局, ID): the name of a body
    without the ministry it sits in, and the country both are of; None when `name` is not
    a country, a ministry (…部) and a body."""
    countries = zh_lex.countries()
    country = next((c for c in sorted(countries, key=len, reverse=True) if name.startswith(c)), "")
    rest = name[len(country) :]
    k = rest.find("部")
    if not country or not 2 <= k <= 6 or len(rest) - k - 1 < 4 or not suffix_ok(rest[k + 1 :]):
        return None
    return country + rest[k + 1 :], countries[country]


def renamed(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """韩国知识产权处（原韩国知识产权局）: (the new name, the body as formerly named) for a
    body the text names by its new name with the old one in brackets; the new name runs back
    from the bracket to punctuation or a joiner, and shares the old name's opening words."""
    out = []
    openers = org_openers()
    for y in mentions:
        if text[y.start - 2 : y.start] != "(原" or text[y.end : y.end + 1] != ")":
            continue
        end = y.start - 2
        start = end
        while start > 0 and end - start < 16 and is_han(text[start - 1]):
            if text[start - 1] in openers:
                break
            start -= 1
        name = text[start:end]
        if len(name) >= 4 and name[:2] == y.name[:2] and name != y.name:
            out.append((Mention(start, end, name, y.ref, source="alias"), y))
    return out


def former_names(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention]]:
    """某处成立于2009年，前身为某办公室: (the earlier name, the body) for a body named after a
    word of predecessors (前身为, 原名) in a sentence that names one body before it, whole (a
    predicate or punctuation after it): the unit as it was once called is that body, not a
    second one. A name the reference gives to another body stays that body's."""
    words = longest_first(zh_lex.words("predecessor_words"))
    out = []
    for old in mentions:
        word = next((w for w in words if text.endswith(w, 0, old.start)), None)
        if word is None:
            continue
        at = old.start - len(word)
        start = max(text.rfind(c, 0, at) for c in _SENTENCE_ENDS) + 1
        before = [m for m in mentions if start <= m.start and m.end <= at]
        if len({m.name for m in before}) != 1 or before[0].name == old.name:
            continue
        body = before[0]
        if (old.ref is None or old.ref == body.ref) and _whole_subject(text, body.end):
            out.append((old, body))
    return out


def _whole_subject(text: str, end: int) -> bool:
    """Whether a body's name ends at `end` as a sentence's subject: punctuation or a predicate
    (成立于, 于2009年, 的前身) follows, not more of a longer name (城大 + 知识转移处)."""
    rest = text[end:].lstrip()
    ends = (*zh_lex.words("predecessor_subject_ends"), *zh_lex.words("verb_stops"))
    return not rest or not is_han(rest[0]) or rest.startswith(ends)


_SENTENCE_ENDS = "。！？!?\n"


def short_forms(name: str) -> list[str]:
    """Shorter names a text uses for an organisation it names in full: the group before a
    company's legal form (X集团 of X集团Y股份有限公司), the department without the government
    it belongs to (知识产权署 of 香港特别行政区政府知识产权署)."""
    out = []
    if name.endswith("有限公司"):
        for end in zh_lex.words("group_ends"):
            k = name.find(end)
            if 4 <= k + len(end) < len(name) - 3:
                out.append(name[: k + len(end)])
                break
    out += [short for end, short in _region_short_forms().items() if name.endswith(end)]
    k = name.rfind("政府")
    tail = name[k + 2 :] if k > 0 else ""
    if len(tail) >= 3 and suffix_ok(tail):
        out.append(tail)
    return out


def without_country(name: str) -> str | None:
    """特许厅 of 韩国特许厅 or 大韩民国特许厅: the name without the country it opens with,
    when what is left is an organisation's name of three characters or more, else None."""
    country = next((c for c in zh_lex.countries_longest() if name.startswith(c)), None)
    rest = name[len(country) :] if country else ""
    if len(rest) < 3 or not suffix_ok(rest) or rest.startswith("驻") or org_suffix(rest) == rest:
        return None
    return rest


def without_place(name: str) -> str | None:
    """暨南大学 of 广州暨南大学: the name without the city it opens with, where the city is
    written bare (广州, not 广州市: a city's own office keeps its city, as 广州市知识产权局
    and 深圳市知识产权局 are two bodies) and what is left is a name of its own shape (four
    characters or more, ending in a suffix), else None."""
    toks = zh_lex.tokens(name)
    if len(toks) < 2 or toks[0].pos != "ns" or toks[0].word.endswith(zh_lex.words("levels")):
        return None
    rest = name[toks[0].end :]
    return rest if named_alone(rest) and not rest.startswith("驻") else None


def without_parent(name: str, parents: set[str]) -> str | None:
    """上海国际知识产权学院 of 同济大学上海国际知识产权学院, 中国办事处 of X中国办事处: the
    name without the body it opens with (the longest of `parents`), when what is left is an
    organisation's own name of four characters or more. A department (司, 处) is left out: a
    text names many bodies' departments alike; an office in a place (办事处) is kept."""
    head = max(
        (p for p in parents if name.startswith(p) and len(p) < len(name)), key=len, default=""
    )
    rest = name[len(head) :]
    if not head or len(rest) < 4 or not suffix_ok(rest) or org_suffix(rest) == rest:
        return None
    if rest.startswith("驻") or not is_han(rest[0]) or rest.endswith(zh_lex.words("group_ends")):
        return None  # a company's legal form after its group: see `short_forms`
    unit = rest.endswith(body_unit_ends()) and not rest.endswith(zh_lex.words("branch_suffixes"))
    return None if unit else rest


def named_alone(head: str) -> bool:
    """同济大学, 世界知识产权组织: the opening of a longer name that is an organisation's
    name by its own shape (four characters or more, ending in a suffix)."""
    return len(head) >= 4 and suffix_ok(head) and not bare_suffix(head)


def region_governments(name: str) -> list[tuple[str, str]]:
    """(the region's government, its short form) named at the start of `name`:
    澳门特别行政区政府经济及科技发展局 -> (澳门特别行政区政府, 特区政府)."""
    out = []
    for end, short in _region_short_forms().items():
        k = name.find(end)
        if k >= 2:
            out.append((name[: k + len(end)], short))
    return out


@cache
def _region_short_forms() -> dict[str, str]:
    pairs = (w.split("=", 1) for w in zh_lex.words("region_short_forms") if "=" in w)
    return {end: short for end, short in pairs}


def level_short_form(text: str, start: int, name: str) -> bool:
    """省知识产权局: the province's (or city's) own office named without the province; only
    where the level word opens the name (not 各设区市知识产权局)."""
    head = next((h for h in zh_lex.words("level_heads") if name.startswith(h)), "")
    suffix = org_suffix(name) or ""
    if not head or len(name) - len(head) < 3 or len(suffix) < 3:
        return False
    return start == 0 or not is_han(text[start - 1]) or text[start - 1] in org_openers()


def level_target(name: str, others: list[tuple[str, str]]) -> str | None:
    """The key of the one organisation `name` (省知识产权局) abbreviates by leaving out the
    place: 浙江省知识产权局, or 浙江省市场监督管理局 for 省市场监管局."""
    level = next((lv for lv in zh_lex.words("levels") if name.startswith(lv)), None)
    if level is None or len(name) - len(level) < 3:
        return None
    found = set()
    for key, other in others:
        k = other.find(level)
        head, tail = other[:k], other[k:]
        if k < 2 or not all(is_han(c) for c in head) or org_suffix(head):
            continue
        if tail == name or (in_order(name, tail) and _same_end(name, tail)):
            found.add(key)
    return found.pop() if len(found) == 1 else None


def _same_end(short: str, full: str) -> bool:
    """省市场监管局 ends as 省市场监督管理局 does; 省政府新闻办 ends as 省人民政府新闻办公室
    does, 办 being how a short name writes 办公室 (新闻办, 外办)."""
    return short[-1] == full[-1] or (short.endswith("办") and full.endswith("办公室"))
