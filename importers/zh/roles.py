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

import re
from dataclasses import dataclass, field
from functools import cache

from importers.gazetteer import longest_first
from importers.zh import lex as zh_lex
from importers.zh import role_context as context
from importers.zh.labelled import attendance_line, contact_line, roster_line
from importers.zh.lex import Token
from importers.zh.listed_remits import remit_start, union_portfolio
from importers.zh.names import boundary, name_openers
from importers.zh.orgs.boundaries import after_titled_joiner
from importers.zh.orgs.chambers import chamber_of
from importers.zh.orgs.mention import Mention
from importers.zh.orgs.units import organ_in_session, unit_ends
from importers.zh.portfolio import crown_portfolio, sar_portfolio
from importers.zh.posted_regions import covered_post, regions_start
from importers.zh.role_context import (
    after_short_form,
    demonstrative_org,
    kind_named,
    opener_word,
    other_party,
    unit_body,
)
from importers.zh.sides import side_before
from store.text import is_han
from store.text.dates import ZH_MONTH_DAY


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
    bodiless: bool = False  # the title is the post whole (沙特驻华大使): a role with no body


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
    """Units and boards (董事会主席: the board stays in the title)."""
    units = [*zh_lex.words("unit_suffixes"), *zh_lex.people_lexicon("boards")]
    return tuple(longest_first(units))


@cache
def _clause_verbs() -> frozenset[str]:
    return frozenset(zh_lex.words("clause_verbs"))


@cache
def _tenures() -> frozenset[str]:
    return frozenset(zh_lex.words("tenure_before_titles"))


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


def _function_of(unit: str, title: str) -> bool:
    """服务推广 + 总监, 市场 + 经理: a short field before a functional title (a director or
    manager of something) belongs to the title, not to a unit of the body; so does a rank
    before the field (首席 + 企业发展 + 总监)."""
    field = next(
        (unit[len(r) :] for r in zh_lex.words("function_ranks") if unit.startswith(r)), unit
    )
    if title in zh_lex.wordset("portfolio_titles"):  # 研究及创新 + 副校长: a deputy's portfolio
        if unit in zh_lex.wordset("portfolio_exclusions"):
            return False  # IPOS + 国际 + 副总裁: the company's name, IPOS International
        return 2 <= len(unit) <= 8 and all(is_han(c) for c in unit)
    return (
        title in zh_lex.wordset("function_titles")
        and 2 <= len(field) <= 4
        and all(is_han(c) for c in unit)
    )


def _kept(unit: str, title: str) -> bool:
    """What stands between a body and a title and stays in the title: a unit of the body or
    the field of a function (`_function_of`, `context.title_part`) or a deputy's remit."""
    return (
        _unit_ok(unit)
        or _function_of(unit, title)
        or context.title_part(unit, title)
        or organ_in_session(unit)
    )


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


def _company_head(item: str, title: str = "") -> int | None:
    """阿里巴巴集团知识产权部: the length of a company (or similar body) name that begins the
    text before a title and is followed only by one of its units, or by the field the
    `title` covers (某公司 + 全球政府关系 + 副总裁, `_function_of`), or None."""
    for k in range(min(len(item), 24), 3, -1):  # the longest name: X集团Y有限公司 over X集团
        head, unit = item[:k], item[k:]
        if not head.endswith(zh_lex.words("company_ends")) or not all(is_han(c) for c in head):
            continue
        if head.startswith(zh_lex.words("determiners")):
            return None
        if not unit or (unit.endswith(_unit_suffixes()) and all(is_han(c) for c in unit)):
            return k
        if title and _function_of(unit, title):
            return k
    return None


def _headed_unit(unit: str, title: str) -> bool:
    """法学院 + 院长, 知识产权厅 + 厅长: a unit whose last character begins its head's title
    is a body of its own that the title heads, not a unit kept in the title."""
    return bool(unit) and title_core(title).startswith(unit[-1])


def title_core(title: str) -> str:
    """局长 of 副局长: a title without its deputy prefixes."""
    for prefix in zh_lex.words("deputy_prefixes"):
        title = title.removeprefix(prefix)
    return title


def _headed_body(item: str, title: str) -> int | None:
    """商务及经济发展局局长: a name ending in the character its head's title begins with
    (局 + 局长, 署 + 副署长) is a body of its own, even when no pattern found it; the length
    of the name, or None. Units (司, 处, 部) stay in the title."""
    core = title_core(title)
    last = item[-1:]
    if len(item) < 4 or last not in zh_lex.chars("headed_ends") or not core.startswith(last):
        return None
    if item[0] in name_openers() + zh_lex.chars("determiners") + "我" or not all(
        is_han(c) for c in item
    ):
        return None
    return len(item)


def title_chain_start(page: Page, ts: int) -> int:
    """党组书记、局长周立新, 大使兼常任代表: where a chain of titles joined by 、 or 兼 before
    one name begins (read as one title here; one role per title goes out, `title_runs`);
    合伙人、欧洲专利代理人: a region that qualifies a chained title is part of it."""
    q = next((w for w in zh_lex.words("title_regions") if page.text.endswith(w, 0, ts)), None)
    if q is not None and page.text[ts - len(q) - 1 : ts - len(q)] == "、":
        ts -= len(q)
    while ts > 1 and page.text[ts - 1] in zh_lex.chars("title_chain_joiners"):
        before = page.text[max(0, ts - 9) : ts - 1]
        word = next((w for w in longest_first(zh_lex.titles()) if before.endswith(w)), None)
        if word is None or org_in(page.orgs, ts - 1 - len(word), ts - 1) is not None:
            break
        ts -= 1 + len(word)
    return ts


def _after_verb(page: Page, seg: int, ts: int) -> int:
    """The end of the last clause verb (见证, 出席) in text[seg:ts], and of the character
    that completes it (邀请 + 到), or `seg`: an organisation before a title starts after the
    verb, never across it. A word of tenure right before the title (某协会 + 现任 + 处长)
    dates the post of the body before it, no verb that the body would follow."""
    ends = [
        t.end
        for t in page.toks
        if seg <= t.start
        and t.end <= ts
        and t.word in _clause_verbs()
        and not (t.end == ts and t.word in _tenures())  # 某协会 + 现任 + 处长: the body's head
    ]
    ends += context.time_clause_ends(page.toks, seg, ts)  # 续签时 + 某部部长
    end = max(ends, default=seg)
    return end + 1 if end > seg and page.text[end] in zh_lex.chars("verb_complements") else end


def _named_at(page: Page, k: int) -> bool:
    """Whether an organisation the text names, or a place's name, begins at `k`: a character
    read as a joiner or preposition there (以, 和) is that name's first."""
    return any(o.start == k for o in page.orgs) or page.text.startswith(
        zh_lex.countries_longest(), k
    )


def read_role(page: Page, hit: PersonHit, ts: int, te: int) -> None:
    """Set the title and organisation of `hit`, named after the title text[ts:te]."""
    text = page.text
    seg = segment_start(text, ts)
    seg = segment_start(text, regions_start(text, seg, ts, te))  # 华北、东北首席代表
    seg = segment_start(text, remit_start(text, seg, ts))  # 主管甲、乙事务 + 次卿
    if (union := union_portfolio(text, page.orgs, ts, te)) is not None:
        hit.org, hit.title, hit.span_start = union, text[union.end : te], union.start
        return  # 欧盟 + 甲与乙、丙 + 委员: the whole portfolio is the commissioner's title
    seg = max([seg, *(e for e in page.name_ends if e <= ts)])
    seg = _after_verb(page, seg, ts)
    seg += after_titled_joiner(text[seg:ts])  # 某教授与 + 某研究院副院长: not one name
    seg = next((o.start for o in page.orgs if o.start < seg < o.end <= ts), seg)  # Acme Ltd公司
    while seg < ts and text[seg] in zh_lex.chars("conjunctions") + "以 ":
        if _named_at(page, seg):
            break  # 以 of 以色列专利局: the body's own first character
        seg += 1 if text[seg] != "以" or text[seg : seg + 2] != "以及" else 2
    hit.span_start = seg
    short = context.short_form_opening(text, page.orgs, seg, ts)  # 南材院 + 某中心 + 执行长
    unit = text[seg + short[1] : ts] if short is not None else ""
    named = context.unit_named(text, page.orgs, short, (seg, ts))  # 城大 + a body's unit
    if short and not named and _kept(unit, text[ts:te]) and not _headed_unit(unit, text[ts:te]):
        hit.org, hit.title = short[0], text[seg + short[1] : te]
        return
    org = org_in(page.orgs, seg, ts) or _bracketed_org(page, seg)
    if (station := _stationing(page, seg, ts)) is not None:
        hit.org, hit.title, hit.span_start = station, text[station.end : te], station.start
        return
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
        unit = after_short_form(text[org.end : ts].strip().removeprefix(")").removeprefix("》"))
        unit = context.without_tenure(unit)  # 某公会 + 首任 + 理事长: the tenure is no unit
        if unit.endswith("由") and unit[:-1] in zh_lex.words("led_by"):
            unit = ""  # X代表团由副局长Y率领: Y leads X's delegation
        if unit == "的":
            unit = ""  # 来自某局 + 的 + 审查员: the possessive makes the title the body's
        if (body := context.named_unit(text, page.orgs, org, unit)) is not None:
            org, unit = body, ""  # 城大 + 知识转移处 + 处长, the unit a body named: at the unit
        if _kept(unit, text[ts:te]) or covered_post(unit, text[ts:te]):
            hit.org, hit.title = org, unit + text[ts:te]
            hit.span_start = org.start
            return
    _role_without_org(page, hit, (seg, ts, te))


def _stationing(page: Page, seg: int, ts: int) -> Mention | None:
    """省纪委 + 派驻某厅 + 纪检组 + 组长: a group a commission stations in another body is
    the commission's, not that body's; its head is at the commission that the text names
    first in the stretch, right before the stationing verb."""
    between = page.text[seg:ts]
    if not between.endswith(tuple(zh_lex.people_lexicon("stationed_groups"))):
        return None
    verbs = tuple(zh_lex.people_lexicon("stationing_verbs"))
    return next(
        (
            o
            for o in page.orgs
            if seg <= o.start and o.end < ts and page.text.startswith(verbs, o.end)
        ),
        None,
    )


#: 2007年12月3日, 96年12月3日, 12月3日: a day opening the clause before a title, the year in
#: figures of any era or none.
_DAY_LEAD = re.compile(rf"(?:\d{{2,4}}\s*年\s*)?(?:{ZH_MONTH_DAY.pattern})\s*")


def _role_without_org(page: Page, hit: PersonHit, at: tuple[int, int, int]) -> None:
    """The role when no known organisation stands before the title: a body the item begins
    with, a short form of an earlier organisation, or the organisation of the list."""
    text = page.text
    seg, ts, te = at
    seg = context.after_inner_opener(page.toks, seg, ts)  # 本期专栏由 + 某组科长
    item = text[seg:ts].strip()
    while opener_word(page.toks, seg, ts) or context.verb_before_determiner(
        page.toks, text, seg, ts
    ):  # 由 + 条法司副司长, 获 + 该局局长: the preposition or verb is no part
        seg, item = seg + 1, item[1:]
    rest = context.without_tenure(item)
    if rest != item and (not rest or _DAY_LEAD.fullmatch(rest)):
        item = ""  # (2007年12月3日) + 前 + 局长某某: "former" dates the post, no unit
    side = side_before(text, ts, page.orgs)
    if side is not None:  # 巴方局长: the head of the Brazilian body the text names
        hit.org, hit.title = side, text[ts:te]
        return
    posted = context.posted_office(page.orgs, item, text[ts:te])  # 驻菲代表: at the office there
    if posted is not None:
        hit.org, hit.title = posted, item + text[ts:te]
        return
    named = demonstrative_org(page.orgs, item, seg)
    if named is not None and _kept(item[named[1] :], text[ts:te]):  # 该局局长, 该部某司司长
        hit.org, hit.title = named[0], item[named[1] :] + text[ts:te]
        return
    lead = item.rfind("的") + 1  # 正在出访的 + 某某总署 + 署长: the clause is the holder's
    if lead and _headed_body(item[lead:], text[ts:te]):
        seg, item = seg + lead, item[lead:]
        hit.span_start = seg
    in_list = seg > 0 and text[seg - 1] == "、"
    split = _company_head(item, text[ts:te]) or (_item_org(item) if in_list else None)
    split = split or _headed_body(item, text[ts:te])
    back = None
    if not split:  # 由 + 园区管委会: the short form starts after a preposition
        cut = max(
            (item.rfind(c) for c in name_openers() + zh_lex.chars("conjunctions")), default=-1
        )
        back = _referred_org(page, item, seg) or (
            _referred_org(page, item[cut + 1 :], seg) if cut >= 0 else None
        )
        back = back or kind_named(text, page.orgs, item, seg)
    if not split and not item.strip(name_openers()):
        back = back or context.head_of_named(text, page.orgs, seg, text[ts:te])
    if back is not None:
        hit.org, hit.title = back, text[ts:te]
        return
    if split:
        hit.new_org = (seg, seg + split)
        hit.title = item[split:] + text[ts:te]
        return
    if item and not _kept(item, text[ts:te]):
        hit.title = crown_portfolio(item, text[ts:te]) + text[ts:te]  # 英国 + 某某 + 大臣
        return
    hit.title = item + text[ts:te]
    if hit.title not in zh_lex.pairs("government_titles"):  # 副省长: at the region's government
        hit.org = _list_org(page, seg)
    body = unit_body(page.orgs, item, seg) if item.endswith(unit_ends()) else None
    if hit.org is None and body is not None:  # 某部部长: the unit is a body the text names
        hit.org, hit.title = body, text[ts:te]
    if hit.org is None and item.endswith(_unit_suffixes()) and not sar_portfolio(hit.title):
        owner = _unit_owner(page, item, seg)
        if owner is None and context.heading_unit(text, page.orgs, item):
            hit.new_org, hit.title = (ts - len(item), ts), text[ts:te]  # 律政司與X簽署 (title)
            return
        hit.org = (
            owner
            or _official_list_org(page, seg)
            or other_party(page.text, page.orgs, seg)
            or home_org(page)
            or context.own_office(page.orgs)
        )
    if hit.org is None and (
        roster_line(text, seg, hit.end) or contact_line(text, seg) or attendance_line(text, seg)
    ):
        hit.org = home_org(page)
    if hit.org is None and not item:  # 立法委员某某: a member of the one chamber named
        hit.org = chamber_of(hit.title, page.orgs)


def _bracketed_org(page: Page, seg: int) -> Mention | None:
    """X（Y）局长: the organisation whose second name closes just before the title; 《X协会》
    顾问: a body the text writes between title marks, the mark closing before the title."""
    if seg < 2 or page.text[seg - 1] not in ")》":
        return None
    opener = "《" if page.text[seg - 1] == "》" else ""
    return next(
        (o for o in page.orgs if o.end == seg - 1 and page.text.endswith(opener, 0, o.start)),
        None,
    )


def _referred_org(page: Page, item: str, seg: int) -> Mention | None:
    """事务所所长, 海康威视高级副总裁: a short form (a suffix word or a part of at least three
    characters) of an organisation named earlier in full: the latest such organisation."""
    defined = context.defined_short(page.text, page.orgs, item, seg)
    if defined is not None:
        return defined
    if len(item) < 3 or not all(is_han(c) for c in item):
        return None
    earlier = [o for o in page.orgs if o.end <= seg and item in o.name and item != o.name]
    earlier = earlier or [
        o for o in page.orgs if o.end <= seg and context.contraction(item, o.name)
    ]
    return earlier[-1] if earlier else None


def _list_org(page: Page, seg: int) -> Mention | None:
    """The organisation of earlier items of a 、-list that this item continues."""
    for _ in range(12):
        if seg <= 0 or page.text[seg - 1] != "、":
            return None
        prev = context.item_start(page.text, seg - 1)  # 副局长某某?某某、: one item
        org = org_in(page.orgs, prev, seg - 1)
        if org is not None:
            return org
        seg = prev
    return None


def _unit_owner(page: Page, unit: str, seg: int) -> Mention | None:
    """国际合作司司长 with no organisation: the organisation the text names this unit with
    (国家知识产权局国际合作司), the nearest such mention before, else the first after."""
    owners = [o for o in page.orgs if page.text.startswith(unit, o.end)]
    before = [o for o in owners if o.end <= seg]
    return before[-1] if before else (owners[0] if owners else None)


def home_org(page: Page) -> Mention | None:
    """The organisation a document is from: the one body its first line of Chinese text
    names (经济部智慧财产局新闻稿, X局2019年年报). A unit's head with no organisation stated
    (新闻联络人：国际事务组科长 某某) works there."""
    start = 0
    while start < len(page.text):
        end = page.text.find("\n", start)
        end = len(page.text) if end < 0 else end
        if any(is_han(c) for c in page.text[start:end]):
            named = {o.name for o in page.orgs if start <= o.start and o.end <= end}
            if len(named) != 1:
                return None
            return next(o for o in page.orgs if start <= o.start and o.end <= end)
        start = end + 1
    return None


def _official_list_org(page: Page, seg: int) -> Mention | None:
    """A局副局长甲，国际合作司司长乙: a unit's head listed after an official of a named
    organisation (the item before ends with a name) is at that organisation."""
    if seg < 2 or page.text[seg - 1] not in "，," or seg - 1 not in page.name_ends:
        return None
    prev = segment_start(page.text, seg - 1)
    return org_in(page.orgs, prev, seg - 1)
