"""The organisation and title of an official named after a title: [机构][职务][姓名].

Chinese news names an official as organisation, title, name with nothing in between
(世界知识产权组织总干事邓鸿森), lists officials of one organisation with 、 and states the
organisation once (机构行政董事郭杰伟、业务发展司副司长邱耀宏), and keeps a body's unit in the
title (业务发展司副司长). What stands between the start of the clause and the title decides
the role: a known organisation (and a unit after it), a company and its department, an
abbreviated body in a list item, a body whose head's title repeats its last character
(局 + 局长), a short form of an organisation named earlier, or the organisation of the list.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from importers.gazetteer import longest_first
from importers.zh import lex as zh_lex
from importers.zh.lex import Token
from importers.zh.names import boundary, name_openers
from importers.zh.orgs.mention import Mention
from importers.zh.orgs.units import unit_ends
from store.text import is_han


@dataclass
class PersonHit:
    """A person's name in the cleaned text, with the title and organisation stated there."""

    start: int
    end: int
    name: str
    title: str | None = None
    org: Mention | None = None  # the organisation the role is at
    new_org: tuple[int, int] | None = None  # an organisation found inside a list item
    alias_of: str | None = None  # for 邓先生: the name it refers back to
    latin: str | None = None  # an English form in brackets after the name
    span_start: int = 0  # where the statement of the role begins


@dataclass
class Page:
    """What roles are read from: the cleaned text, its jieba words, the organisations found
    so far, and where the names already read end (a role never reaches back past one)."""

    text: str
    toks: list[Token]
    orgs: list[Mention]
    name_ends: list[int] = field(default_factory=list)


@cache
def _unit_suffixes() -> tuple[str, ...]:
    return tuple(longest_first(zh_lex.words("unit_suffixes")))


@cache
def _clause_verbs() -> frozenset[str]:
    return frozenset(zh_lex.words("clause_verbs"))


def segment_start(text: str, pos: int) -> int:
    """Where the stretch of text without punctuation that ends at `pos` begins."""
    k = pos
    stops = boundary()
    while k > 0 and text[k - 1] not in stops:
        k -= 1
    return k


def org_in(orgs: list[Mention], start: int, end: int) -> Mention | None:
    """The last organisation mention inside text[start:end]."""
    found = None
    for m in orgs:
        if m.start >= start and m.end <= end and (found is None or m.end > found.end):
            found = m
    return found


def _unit_ok(unit: str) -> bool:
    """Text between an organisation and a title that stays in the title (业务发展司)."""
    if not unit:
        return True
    if len(unit) > 16 or not all(is_han(c) or c in zh_lex.chars("conjunctions") for c in unit):
        return False
    if unit.endswith(zh_lex.words("company_ends")):
        return False  # 徐工集团 + 工程机械股份有限公司: a longer name, not a unit
    return unit.endswith(_unit_suffixes()) or bool(zh_lex.title_regex().fullmatch(unit))


def _item_org(item: str) -> int | None:
    """In a list item with no known organisation, "开建办" + "科技和知识产权处": the length of
    an abbreviated organisation name followed by one of its units, or None."""
    for k in range(2, min(len(item) - 1, 10)):
        head, unit = item[:k], item[k:]
        unit_ok = _unit_ok(unit) and len(unit) >= 2 and unit.endswith(_unit_suffixes())
        if (
            head.endswith(zh_lex.words("item_org_ends"))
            and unit_ok
            and all(is_han(c) for c in head)
        ):
            return k
    return None


def _company_head(item: str) -> int | None:
    """阿里巴巴集团知识产权部: the length of a company (or similar body) name that begins the
    text before a title and is followed only by one of its units, or None."""
    for k in range(min(len(item), 24), 3, -1):  # the longest name: X集团Y有限公司 over X集团
        head, unit = item[:k], item[k:]
        if not head.endswith(zh_lex.words("company_ends")) or not all(is_han(c) for c in head):
            continue
        if head.startswith(zh_lex.words("determiners")):
            return None
        if not unit or (unit.endswith(_unit_suffixes()) and all(is_han(c) for c in unit)):
            return k
    return None


def _headed_body(item: str, title: str) -> int | None:
    """商务及经济发展局局长: a name ending in the character its head's title begins with
    (局 + 局长, 署 + 副署长) is a body of its own, even when no pattern found it; the length
    of the name, or None. Units (司, 处, 部) stay in the title."""
    core = title
    for prefix in zh_lex.words("deputy_prefixes"):
        core = core.removeprefix(prefix)
    last = item[-1:]
    if len(item) < 4 or last not in zh_lex.chars("headed_ends") or not core.startswith(last):
        return None
    if item[0] in name_openers() + zh_lex.chars("determiners") + "我" or not all(
        is_han(c) for c in item
    ):
        return None
    return len(item)


def title_chain_start(page: Page, ts: int) -> int:
    """党组书记、局长周立新: where a chain of titles joined by 、 before one name begins
    (the titles are one role, as written)."""
    while ts > 1 and page.text[ts - 1] == "、":
        before = page.text[max(0, ts - 9) : ts - 1]
        word = next((w for w in longest_first(zh_lex.titles()) if before.endswith(w)), None)
        if word is None or org_in(page.orgs, ts - 1 - len(word), ts - 1) is not None:
            break
        ts -= 1 + len(word)
    return ts


def _after_verb(page: Page, seg: int, ts: int) -> int:
    """The end of the last clause verb (见证, 出席) in text[seg:ts], or `seg`: an
    organisation before a title starts after the verb, never across it."""
    ends = [
        t.end for t in page.toks if seg <= t.start and t.end <= ts and t.word in _clause_verbs()
    ]
    return max(ends, default=seg)


def read_role(page: Page, hit: PersonHit, ts: int, te: int) -> None:
    """Set the title and organisation of `hit`, named after the title text[ts:te]."""
    text = page.text
    seg = segment_start(text, ts)
    seg = max([seg, *(e for e in page.name_ends if e <= ts)])
    seg = _after_verb(page, seg, ts)
    while seg < ts and text[seg] in zh_lex.chars("conjunctions") + "以 ":
        seg += 1 if text[seg] != "以" or text[seg : seg + 2] != "以及" else 2
    hit.span_start = seg
    org = org_in(page.orgs, seg, ts) or _bracketed_org(page, seg)
    if org is not None and org.name.endswith(unit_ends()):
        parent = next((o for o in page.orgs if o.end == org.start and o.start >= seg), None)
        head = text[seg : org.start]
        if parent is not None:
            hit.org, hit.title, hit.span_start = parent, text[org.start : te], parent.start
            return
        if head and _company_head(head + org.name) == len(head):
            hit.new_org, hit.title = (seg, org.start), text[org.start : te]
            return
    if org is not None:
        unit = text[org.end : ts].strip().removeprefix(")")
        if _unit_ok(unit):
            hit.org, hit.title = org, unit + text[ts:te]
            hit.span_start = org.start
            return
    _role_without_org(page, hit, (seg, ts, te))


def _role_without_org(page: Page, hit: PersonHit, at: tuple[int, int, int]) -> None:
    """The role when no known organisation stands before the title: a body the item begins
    with, a short form of an earlier organisation, or the organisation of the list."""
    text = page.text
    seg, ts, te = at
    item = text[seg:ts].strip()
    in_list = seg > 0 and text[seg - 1] == "、"
    split = _company_head(item) or (_item_org(item) if in_list else None)
    split = split or _headed_body(item, text[ts:te])
    back = _referred_org(page, item, seg) if not split else None
    if back is not None:
        hit.org, hit.title = back, text[ts:te]
        return
    if split:
        hit.new_org = (seg, seg + split)
        hit.title = item[split:] + text[ts:te]
        return
    if item and not _unit_ok(item):
        hit.title = text[ts:te]
        return
    hit.title = item + text[ts:te]
    hit.org = _list_org(page, seg)


def _bracketed_org(page: Page, seg: int) -> Mention | None:
    """X（Y）局长: the organisation whose second name closes just before the title."""
    if seg < 2 or page.text[seg - 1] != ")":
        return None
    return next((o for o in page.orgs if o.end == seg - 1), None)


def _referred_org(page: Page, item: str, seg: int) -> Mention | None:
    """事务所所长, 海康威视高级副总裁: a short form (a suffix word or a part of at least three
    characters) of an organisation named earlier in full: the latest such organisation."""
    if len(item) < 3 or not all(is_han(c) for c in item):
        return None
    earlier = [o for o in page.orgs if o.end <= seg and item in o.name and item != o.name]
    return earlier[-1] if earlier else None


def _list_org(page: Page, seg: int) -> Mention | None:
    """The organisation of earlier items of a 、-list that this item continues."""
    for _ in range(12):
        if seg <= 0 or page.text[seg - 1] != "、":
            return None
        prev = segment_start(page.text, seg - 1)
        org = org_in(page.orgs, prev, seg - 1)
        if org is not None:
            return org
        seg = prev
    return None


def government_roles(hits: list[PersonHit], orgs: list[Mention]) -> None:
    """副省长陈洪涛 with no organisation stated: the one provincial government the text
    names (浙江省人民政府, if only in a breadcrumb). Same for cities, counties, regions."""
    levels = zh_lex.pairs("government_titles")
    for h in hits:
        level = levels.get(h.title or "")
        if h.org is not None or level is None:
            continue
        govs = [o for o in orgs if o.name.endswith((level + "人民政府", level + "政府"))]
        if len({o.name for o in govs}) == 1:
            h.org = govs[0]
