"""What surrounds a title that has no body named right before it.

A preposition or conjunction may open the text before the title without being part of the
title or of a body (由条法司副司长, 與該部貿易司司長). And in a sentence that sets one
other body beside the writer's own (甲局与我局签署…，由某司副司长乙与我局副局长丙签字), a
unit's head named without a body is at that other body: the writer marks its own with 我局.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import longest_first
from importers.zh import lex as zh_lex
from importers.zh.home import heading_block, home_office
from importers.zh.latin_names import latin_before_title, past_gloss
from importers.zh.lex import Token
from importers.zh.names import (
    LOST,
    boundary,
    japanese_surname_length,
    name_openers,
    plausible_name,
    surname_length,
    transliteration_end,
)
from importers.zh.orgs.aliases import contracts
from importers.zh.orgs.mention import Mention
from importers.zh.orgs.shape import ranked_title
from importers.zh.orgs.units import unit_ends
from store.text import HAN, in_order, is_han, lexicon, to_simplified

_SENTENCE_ENDS = "。\n！？"
_COLONS = ("：", ":")
_SHORT_FORM = re.compile(rf"[(（](?:[A-Za-z][A-Za-z&*\-]{{1,11}}|[{HAN}]{{2,8}})[)）]")


def title_part(unit: str, title: str) -> bool:
    """What stands between a body and a title that belongs to the title: a deputy's remit
    (`remit`), or a director's field (知识产权国际合作 + 主任) of Chinese characters with no
    title in it, where no unit's name ends it."""
    if remit(unit) or ranked_head(unit, title):
        return True
    return (
        title in zh_lex.wordset("field_director_titles")
        and 2 <= len(unit) <= 8
        and all(is_han(c) for c in unit)
        and zh_lex.title_regex().search(unit) is None
    )


def ranked_head(unit: str, title: str) -> bool:
    """助理 + 图书馆 before 馆长: a rank and the head noun of the post's body are the
    assistant librarian's title, held at the body named before them."""
    rank = next((r for r in zh_lex.words("function_ranks") if unit.startswith(r)), "")
    return ranked_title(rank, unit[len(rank) :], title)


def remit(unit: str) -> bool:
    """负责专利审查事务的 before 副局长: a deputy's remit, opened by its verb and closed by
    的, is part of the title; the body before it holds the post. Taiwan's news closes it with
    its noun of affairs instead (主管某某、某某事务 + 次卿, data: remit_closers)."""
    inner = unit.removesuffix("的")
    opener = next((w for w in zh_lex.words("remit_openers") if inner.startswith(w)), None)
    closed = inner != unit or inner.endswith(zh_lex.words("remit_closers"))
    if opener is None or not closed or not 2 <= len(inner) - len(opener) <= 14:
        return False
    return all(is_han(c) or c == "、" for c in inner)


def opener_word(toks: list[Token], seg: int, ts: int) -> bool:
    """Whether text[seg] is a preposition or conjunction of one character that jieba reads
    as a word of its own (由, 與), opening the text before the title at `ts`."""
    opener = name_openers() + zh_lex.chars("conjunctions")
    return seg < ts and any(
        t.start == seg and t.end == seg + 1 and to_simplified(t.word) in opener for t in toks
    )


def verb_before_determiner(toks: list[Token], text: str, seg: int, ts: int) -> bool:
    """获 + 该局副局长, 受 + 该局局长: a verb of one character that jieba reads on its own
    before a determiner frames the sentence; the title's body is what 该 refers to."""
    return (
        seg + 1 < ts
        and text[seg + 1] in zh_lex.chars("determiners")
        and any(t.start == seg and t.end == seg + 1 and t.pos.startswith("v") for t in toks)
    )


def after_inner_opener(toks: list[Token], seg: int, ts: int) -> int:
    """本期专栏由 + 某组科长某某撰稿: where the text before a title begins after the last
    preposition jieba reads on its own inside it (由, 经); what comes before is the frame of
    the sentence, not the unit of the title. `seg` when there is none."""
    openers = [
        t.end
        for t in toks
        if seg < t.start
        and t.end < ts
        and t.end == t.start + 1
        and t.pos == "p"
        and to_simplified(t.word) in name_openers()
    ]
    return max(openers, default=seg)


def own_office(orgs: list[Mention]) -> Mention | None:
    """The office the text calls 本局 or 我署, when it does: a unit's head named with no body
    (专利一组科长某某) in an office's own column works in one of its units."""
    return next((o for o in orgs if o.source == "self"), None)


def other_party(text: str, orgs: list[Mention], seg: int) -> Mention | None:
    """The one body other than the writer's own that the sentence of `seg` names before it,
    when the same sentence also refers to the writer's own body (我局); else None."""
    start = _sentence_start(text, seg)
    ends = [k for c in _SENTENCE_ENDS if (k := text.find(c, seg)) >= 0]
    end = min(ends, default=len(text))
    before = [o for o in orgs if start <= o.start and o.end <= seg]
    others = {o.name for o in before if o.source not in ("self", "implied")}
    if len(others) != 1 or not any(o.source == "self" for o in orgs if start <= o.start < end):
        return None
    return next(o for o in before if o.name in others)


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence (or line) holding `pos` begins."""
    return max(text.rfind(c, 0, pos) for c in _SENTENCE_ENDS) + 1


def unit_body(orgs: list[Mention], unit: str, seg: int) -> Mention | None:
    """专利文献部部长 when the text names 某局专利文献部 as a body of its own: the unit before
    the head's title is that body (the role is its head's, not a title at the parent); the
    nearest such mention before `seg`, else the first after."""
    named = [o for o in orgs if o.name.endswith(unit) and len(o.name) > len(unit)]
    named = [o for o in named if o.source not in ("self", "implied")]
    before = [o for o in named if o.end <= seg]
    return before[-1] if before else (named[0] if named else None)


def unit_named(
    text: str, orgs: list[Mention], short: tuple[Mention, int] | None, span: tuple[int, int]
) -> bool:
    """Whether what follows a short form before a title (text[span], the short form's length
    in `short`) is a body of its own: a mention there, or a unit the text names as a body
    (`named_unit`); the title is then not read as a unit kept in a title at the parent."""
    if short is None:
        return False
    at, ts = span[0] + short[1], span[1]
    inner = any(at <= o.start and o.end <= ts for o in orgs)
    return inner or named_unit(text, orgs, short[0], text[at:ts]) is not None


def named_unit(text: str, orgs: list[Mention], parent: Mention, unit: str) -> Mention | None:
    """城大 + 知识转移处 + 处长 when the text names 香港城市大学知识转移处 as a body of its own
    (a party, a subject): the head's title is at that unit, not kept in a title at the
    parent; a unit named only inside a title stays in it. The parent may be named by the
    short form the text defined for it (香港城市大学（城大）)."""
    if len(unit) < 2 or not all(is_han(c) for c in unit):
        return None
    for o in orgs:
        head = o.name.removesuffix(unit)
        if o.source in ("self", "implied") or head == o.name or not head:
            continue
        if head == parent.name or f"{head}({parent.name})" in text:
            return o
    return None


def kind_named(text: str, orgs: list[Mention], item: str, seg: int) -> Mention | None:
    """学院院长, 研究院院长: a body's kind of two characters or more before the title names
    the one body of that kind the same sentence named before it (A学院与B研究院签署…)."""
    if len(item) < 2 or len(item) > 3 or not all(is_han(c) for c in item):
        return None
    start = _sentence_start(text, seg)
    named = [
        o
        for o in orgs
        if start <= o.start
        and o.end <= seg
        and o.name.endswith(item)
        and o.name != item
        and o.source not in ("self", "implied")
    ]
    return named[-1] if len({o.name for o in named}) == 1 else None


def name_after_org(
    text: str, pos: int, toks: list[Token], *, kanji: bool = False
) -> tuple[int, str] | None:
    """(end, title) of a Chinese name of two or three characters that stands between a
    body's name ending at `pos` and a title (代表处 + 某某某 + 代表致词), even when jieba
    does not read it as a name: the name ends where a word does, and no word of it is a
    title or crosses its ends (党组书记 is no 党组 + 书记). A word that runs from the name
    into the title without ending it (某嘉 + 全会 + 长) is jieba's misreading, no crossing.
    `kanji`: the body is Japanese or Korean, whose officials' names need no listed family
    name (`_kanji_after_org`)."""
    latin = latin_before_title(text, pos)
    if latin is not None:
        return latin
    for k in (3, 2):
        end = pos + k
        title = zh_lex.title_regex().match(text, past_gloss(text, end))
        if (
            title is None
            or not surname_length(text, pos)
            or not all(is_han(c) for c in text[pos:end])
        ):
            continue
        crossing = any(
            (t.start < end < t.end and not pos < t.start < t.end < title.end())
            or t.start < pos < t.end
            for t in toks
        )
        inside = [t for t in toks if pos <= t.start and t.end <= end]
        if crossing or any(t.pos == "nnt" for t in inside) or not plausible_name(text[pos:end]):
            continue
        if to_simplified(text[end - 1]) in unit_ends():
            continue  # 经商处参赞: a unit of the body (处, 司), no name
        if any(t.start < title.end() < t.end for t in toks):
            continue  # 代表 of 代表处, 董事 of 董事会: a longer word, no title
        return end, title.group(0)
    japanese = _japanese_after_org(text, pos, toks)
    japanese = japanese or (_kanji_after_org(text, pos, toks) if kanji else None)
    return japanese or _transliteration_after_org(text, pos, toks)


def _kanji_after_org(text: str, pos: int, toks: list[Token]) -> tuple[int, str] | None:
    """(end, title) of a name of three to five Chinese characters between a Japanese or
    Korean body and a title (日本某协会 + 某某泰明 + 会长): their family names are too many
    to list, so the name is whatever stands there, four characters first, when no word
    crosses its ends and it holds no title and is not a unit of the body (国际课 + 课长)."""
    for end in (pos + 4, pos + 3, pos + 5):
        title = zh_lex.title_regex().match(text, end)
        name = text[pos:end]
        if title is None or not all(is_han(c) for c in name) or not plausible_name(name):
            continue
        if _crossed(toks, pos, end, title.end()):
            continue
        if zh_lex.title_regex().search(name) or _body_word(name):
            continue
        if to_simplified(name[0]) in name_openers() + zh_lex.chars("conjunctions"):
            continue
        return end, title.group(0)
    return None


def _japanese_after_org(text: str, pos: int, toks: list[Token]) -> tuple[int, str] | None:
    """(end, title) of a Japanese name between a body and a title (日本某厅 + 滨野幸一 +
    长官): a listed Japanese family name and one or two given characters, no word crossing."""
    sl = japanese_surname_length(text, pos)
    for end in (pos + sl + 2, pos + sl + 1) if sl else ():
        title = zh_lex.title_regex().match(text, end)
        if title is None or not all(is_han(c) for c in text[pos:end]):
            continue
        if _crossed(toks, pos, end, title.end()):
            continue
        return end, title.group(0)
    return None


def _crossed(toks: list[Token], *at: int) -> bool:
    """Whether a word runs across any of the positions `at` (a name's ends, a title's end)."""
    return any(t.start < x < t.end for t in toks for x in at)


def _body_word(name: str) -> bool:
    """Whether `name` ends as a unit or a body does (审查局, 国际课): no person's name."""
    ends = (*zh_lex.words("unit_suffixes"), *zh_lex.words("org_suffixes"), *unit_ends())
    return to_simplified(name).endswith(ends)


def _transliteration_after_org(text: str, pos: int, toks: list[Token]) -> tuple[int, str] | None:
    """(end, title) of a foreign family name alone between a body and a title (尊敬的某局 +
    坎皮诺斯 + 局长): a whole run of the characters transliterations use, at least three (four
    when it begins with a Chinese family name), that no word crosses, right before a title."""
    end = transliteration_end(text, pos)
    title = zh_lex.title_regex().match(text, end)
    least = 4 if surname_length(text, pos) else 3
    if title is None or end - pos < least or not plausible_name(text[pos:end]):
        return None
    if _crossed(toks, pos, end, title.end()):
        return None  # 代表 of 代表处: a longer word, no title
    return end, title.group(0)


def addressee(text: str, orgs: list[Mention], pos: int) -> Mention | None:
    """尊敬的某某局长： in a letter headed 甲局致乙组织贺信: an official greeted by title in
    the salutation line holds it at the body the heading addresses, the first body it names
    other than the one the letter speaks for; else None."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start : len(text) if line_end < 0 else line_end].strip()
    openers = lexicon.words("zh_agreements.txt", "letter_salutations")
    if not line.startswith(openers) or not line.endswith(_COLONS):
        return None
    home = home_office(text, orgs)
    return next(
        (
            o
            for o in orgs
            if o.end <= line_start
            and o.source not in ("self", "implied")
            and (home is None or o.name != home.name)
        ),
        None,
    )


#: A post abroad written before its title: 驻 and a place (驻台, 驻菲律宾).
_POSTING = re.compile(rf"驻[{HAN}]{{1,5}}")


def posting(unit: str, title: str) -> bool:
    """驻台 + 代表: 驻 and a place between a body and a representative's title is the post,
    part of the title (马尼拉经济文化办事处驻台代表)."""
    return title in zh_lex.people_lexicon("posted_titles") and bool(_POSTING.fullmatch(unit))


def time_clause_ends(toks: list[Token], seg: int, ts: int) -> list[int]:
    """续签时 + 经济部部长: a verb and a time word (时, 后) in text[seg:ts] close a time clause,
    which says when the official acted, so a body before the title starts after it."""
    times = lexicon.words("zh_agreements.txt", "verb_time_words")
    inside = [t for t in toks if seg <= t.start and t.end <= ts]
    pairs = zip(inside, inside[1:], strict=False)
    return [b.end for a, b in pairs if a.pos.startswith("v") and b.word in times]


def posted_office(orgs: list[Mention], item: str, title: str) -> Mention | None:
    """驻菲代表 with no body before it: the one office the text names as stationed in that
    place (驻菲律宾台北经济文化办事处), by 驻 and the place's first characters."""
    if not posting(item, title):
        return None
    found = {o.name: o for o in orgs if item in o.name and o.source not in ("self", "implied")}
    return next(iter(found.values())) if len(found) == 1 else None


def defined_short(text: str, orgs: list[Mention], item: str, seg: int) -> Mention | None:
    """理大 after 香港理工大学（理大）: a short form the text defined in brackets right after
    an organisation's full name stands for that organisation from then on."""
    if len(item) < 2 or not all(is_han(c) for c in item):
        return None
    for o in reversed([o for o in orgs if o.end < seg]):
        if text.startswith(f"（{item}）", o.end) or text.startswith(f"({item})", o.end):
            return o
    return None


def short_form_opening(
    text: str, orgs: list[Mention], seg: int, ts: int
) -> tuple[Mention, int] | None:
    """南材院成果转化中心执行长 after 南方材料研究院（南材院）: text before a title that opens
    with a short form the text defined for a body is at that body, and what follows the short
    form is a unit of it, kept in the title; the body and the short form's length."""
    for k in range(min(8, ts - seg - 2), 1, -1):
        body = defined_short(text, orgs, text[seg : seg + k], seg)
        if body is not None:
            return body, k
    return None


def contraction(short: str, name: str) -> bool:
    """园区管委会 of 苏州工业园区管理委员会: four characters or more of the name, in order,
    ending as it ends and opening with a word of it. 国贸署 of 经济部国际贸易署: three, when
    they end with the kind of a body that has a head (署, 局)."""
    if len(short) < 3 or len(short) >= len(name):
        return False
    if short[-1] != name[-1] and not contracts(short, name):
        return False  # 某某交大 of 某某交通大学: 大学 shortened to 大 (see `contracts`)
    headed = len(short) == 3 and short[-1] in zh_lex.chars("headed_ends")
    if short[:2] not in name and not headed:
        return False
    if len(short) == 3 and not headed:
        return False
    return in_order(short, name)


def head_of_named(text: str, orgs: list[Mention], seg: int, title: str) -> Mention | None:
    """拜访X保护院，由院长某某介绍: a head's title alone (院长, 副局长) names the head of the
    one body of that kind (院, 局) the same sentence named before it; so does the last title
    of a chain held together (党组成员、副局长)."""
    core = title.rsplit("、", 1)[-1]
    for prefix in zh_lex.words("deputy_prefixes"):
        core = core.removeprefix(prefix)
    if len(core) != 2 or core[0] not in zh_lex.chars("headed_ends") or core[1] != "长":
        return None
    named = [o for o in orgs if o.end <= seg and o.name.endswith(core[0])]
    named = [o for o in named if not any(c in text[o.end : seg] for c in "。！？!?\n")]
    named = [o for o in named if o.source not in ("self", "implied")]
    if len({o.name for o in named}) != 1:
        return None  # A局与B局…，副局长某某: which one is not said
    return named[-1]


def heading_unit(text: str, orgs: list[Mention], unit: str) -> bool:
    """律政司與某中心簽署備忘錄 as the title, then 律政司副司長某某: a unit's name that the
    heading writes on its own (outside every body found there, not before a title) is a
    body the document names, its subject; its head's title is at it, never at the other
    body of the heading, which would otherwise pass for the document's own. A line that
    holds the unit alone under a heading naming a body (a plan's drafting unit, 国际合作司
    under 国家知识产权局…工作方案) signs for that body: the unit stays in its head's title."""
    if len(unit) < 3 or not all(is_han(c) for c in unit):
        return False
    block = heading_block(text)
    named = any(
        o.source not in ("self", "implied") for s, e in block for o in orgs if s <= o.start < e
    )
    for start, end in block:
        if named and text[start:end].strip() == unit:
            continue
        at = text.find(unit, start, end)
        while at >= 0:
            inside = any(o.start <= at < o.end for o in orgs)
            if not inside and not zh_lex.title_regex().match(text, at + len(unit)):
                return True
            at = text.find(unit, at + 1, end)
    return False


def after_short_form(unit: str) -> str:
    """香港科技大学（科大）校长, 某署（NSTDA）署长: a body's short form (or acronym) in brackets
    between its name and a title is no unit of it; what follows the bracket is."""
    m = _SHORT_FORM.match(unit)
    return unit[m.end() :] if m else unit


def demonstrative_org(orgs: list[Mention], item: str, seg: int) -> tuple[Mention, int] | None:
    """该局局长, 该中心主任, 该大学副校长: 该 and a body's kind (a word organisations' names end
    with, or one character of it: 该所) before a title name the body of that kind the text
    named last (never the publisher's 本所, 本中心); the body and the length of 该 and kind."""
    if len(item) < 2 or item[0] not in zh_lex.chars("determiners"):
        return None
    kinds = [k for k in _body_kinds() if item.startswith(k, 1)] + [item[1]]
    for kind in kinds:
        if item[: 1 + len(kind)] in zh_lex.wordset("self_references"):
            return None
        named = [o for o in orgs if o.end <= seg and o.name.endswith(kind)]
        named = [o for o in named if o.source not in ("self", "implied")]
        if named:
            return named[-1], 1 + len(kind)
    return None


@cache
def _body_kinds() -> tuple[str, ...]:
    return tuple(longest_first(zh_lex.words("org_suffixes")))


def shared_head(
    text: str, orgs: list[Mention], toks: list[Token], ts: int, te: int
) -> Mention | None:
    """经济部长, 专利局长: a body's name whose last character begins its head's title
    (经济部 + 部长) is written once; the one body ending on the title's first character,
    unless a title or a Japanese family name begins right after the body (特许厅 + 长官) or
    a word runs on across the title's end (某局 + 长期)."""
    found = [o for o in orgs if o.end == ts + 1 and o.start < ts]
    if len(found) != 1 or not is_han(text[ts]) or te - ts < 2:
        return None
    if zh_lex.title_regex().match(text, ts + 1) or japanese_surname_length(text, ts + 1):
        return None  # 特许厅 + 长官, 特许厅 + 长谷川: what follows the body is not 厅长
    if _crossed(toks, te):
        return None  # 某局 + 长期以来: a word runs across the title's end
    if any(o.start < te < o.end or ts < o.start < te for o in orgs):
        return None
    return found[0]


def without_tenure(unit: str) -> str:
    """`unit` without a word of tenure at its end (首任, 前任): between a body and a title it
    dates the post, so the body still holds the title, stated without it."""
    word = next((w for w in zh_lex.words("tenure_before_titles") if unit.endswith(w)), "")
    return unit.removesuffix(word) if word else unit


def item_start(text: str, pos: int) -> int:
    """Where the 、-list item ending at `pos` begins. A converter's lost dot (某某?某某: LOST)
    between Han characters of a transliterated name ends no item, as punctuation does."""
    k, stops = pos, boundary()
    while k > 0 and (text[k - 1] not in stops or _lost_dot(text, k - 1)):
        k -= 1
    return k


def _lost_dot(text: str, at: int) -> bool:
    """Whether text[at] is a lost dot with two Han characters on either side."""
    around = text[max(0, at - 2) : at] + text[at + 1 : at + 3]
    return text[at] in LOST and len(around) == 4 and all(is_han(c) for c in around)
