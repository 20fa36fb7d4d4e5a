"""Names grown from a place or a jieba organisation word to an organisation suffix.

jieba tags places (ns) and many full names (nt); from such a start the name runs over jieba
words until a word that cannot be part of a name (a predicate verb, an adverb, a preposition,
a title), and the longest stretch that ends in an organisation suffix wins. Names without a
place are grown backwards from a bracket that marks them (an acronym, an English name, 简称)
in bracketed.py.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.lex import Token
from importers.zh.names import DASHES
from importers.zh.orgs.aliases import level_short_form
from importers.zh.orgs.boundaries import (
    abbreviation,
    balanced,
    before_dated_particle,
    joins_name,
    names_site,
    ranked_post,
    titled_family_name,
)
from importers.zh.orgs.mention import Mention, squash
from importers.zh.orgs.ministries import (
    foreign_department,
    government_ministry,
    ministry_department,
)
from importers.zh.orgs.shape import (
    bare_suffix,
    coordinators,
    first_of_pair,
    grouped,
    has_generic,
    org_suffix,
    place_only,
    place_words,
    suffix_ok,
    undoubled,
)
from importers.zh.orgs.units import (
    body_unit_ends,
    sends_attendees,
    signing_office,
    signs_after,
    stationed_office,
    subordinate_starts,
    unit_ends,
)
from importers.zh.sides import side_initial
from store.text import is_han

STOP_POS_PREFIX = ("p", "c", "u", "r", "d", "t", "m", "q", "y", "e", "o", "w", "z")
NAME_PUNCT = frozenset("()·-—")


@cache
def _long_verb_stop() -> re.Pattern[str]:
    """Any verb of two characters or more, anywhere in a word (one search, not one a verb)."""
    return re.compile(alternation(v for v in zh_lex.words("verb_stops") if len(v) >= 2))


def is_stop(tok: Token) -> bool:
    """A word that cannot be part of an organisation's name."""
    if tok.pos == "nnt" or tok.word in zh_lex.wordset("verb_stops"):
        return True
    if tok.word in zh_lex.wordset("adverb_stops") or _modal(tok.word):
        return True
    if _glued_verb(tok) or side_initial(tok.word) == "":
        return True  # 中法双方政府: each side's government, several bodies and no name
    if tok.pos == "d" and len(tok.word) >= 2:
        return False  # jieba tags some name words as adverbs (日本特许厅: 特许/d)
    if tok.pos == "x":
        return tok.word not in NAME_PUNCT
    if tok.pos == "eng":
        return False
    return tok.pos.startswith(STOP_POS_PREFIX)


def _former_mark(tok: Token) -> bool:
    """前 standing alone as a locality word before a name (前贸易署): a former body's mark,
    never a word of the name (前海 is one word of a place)."""
    return tok.pos == "f" and tok.word in zh_lex.wordset("former_marks")


def _named_after(text: str, toks: list[Token], j: int) -> bool:
    """Whether a name opens right after the word toks[j] (贸易署): one grown from a word of
    two characters or more, as a single character (海 of 前海) is the end of a word jieba
    split, not a name's start."""
    if j + 1 >= len(toks) or toks[j + 1].start != toks[j].end or len(toks[j + 1].word) < 2:
        return False
    return grow(text, toks, j + 1) is not None


def _modal(word: str) -> bool:
    """应当, 可以, and modals jieba glues into one word (可应): what a body may or must do
    follows its name."""
    if word in zh_lex.wordset("modal_verbs"):
        return True
    return len(word) >= 2 and all(c in zh_lex.chars("modal_chars") for c in word)


def _before_follower(text: str, start: int, tok: Token) -> int | None:
    """协会会员 as one jieba word: the end of the name inside it (after 协会), when the rest of
    the word is one that follows a body's suffix (会员, 成员单位), else None."""
    for follower in zh_lex.words("suffix_followers"):
        cut = tok.end - len(follower)
        if tok.word.endswith(follower) and cut > tok.start and suffix_ok(text[start:cut]):
            return cut
    return None


def _before_glued_verb(text: str, start: int, tok: Token) -> int | None:
    """厅商 + 签 for 厅 + 商签: the end of the name inside a word jieba made of a suffix and the
    first character of the verb after it, else None."""
    for cut in range(tok.start + 1, tok.end):
        verb = text.startswith(zh_lex.words("suffix_glued_verbs"), cut)
        if verb and suffix_ok(text[start:cut]):
            return cut
    return None


def _is_start(text: str, tok: Token, known_starts: set[int], learned: set[int]) -> bool:
    """Whether a name may start at `tok`. A learned name (`learned`: its start) is tagged
    as an organisation only because jieba was primed with it, so that tag opens nothing."""
    if tok.start in known_starts or (tok.pos in ("ns", "nt") and tok.start not in learned):
        return True
    place = place_regex().match(text, tok.start)
    # a level word alone (省, 区) opens a name, not a word it begins (区域, 市场)
    if place is not None and (len(place.group(0)) > 1 or tok.word == place.group(0)):
        return True
    return tok.word in _level_governments() or tok.word in zh_lex.wordset("founding_leads")


@cache
def _level_governments() -> frozenset[str]:
    """省政府, 市政府: the government of the province or city the text is about, which opens
    the short name of one of its offices (省政府新闻办)."""
    return frozenset(h + "政府" for h in zh_lex.words("level_heads"))


@cache
def place_regex() -> re.Pattern[str]:
    return re.compile(alternation(place_words()))


def grow(text: str, toks: list[Token], i: int) -> int | None:
    """End of the longest organisation name that starts at toks[i], or None."""
    start = toks[i].start
    ends: list[int] = []
    j = i
    while j < len(toks) and toks[j].end - start <= 30:
        tok = toks[j]
        if j > i and toks[j - 1].end != tok.start:
            break  # a line break: names do not run across cells or paragraphs
        if tok.word == " ":
            if toks[j - 1].pos != "eng" or j == i:
                break
            j += 1
            continue
        dash = all(c in DASHES for c in tok.word)  # —— and -- as well as — and -
        if j > i and dash and toks[j - 1].word in zh_lex.wordset("side_labels"):
            break  # 甲国方面 + —— + 某局: a side's label, the body acting for it after the dash
        if j > i and _former_mark(tok) and _named_after(text, toks, j):
            break  # 盖及 + 前 + 贸易署: the name of the former body opens after 前
        stops = is_stop(tok) and not joins_name(text, toks, j, start)
        stops = stops and not _names_purpose(toks, j) and not _names_work(toks, j)
        stops = stops and not (ends and _unit_char(toks, j)) and not _ordinal(toks, j)
        if j > i and (stops and not _title_in_name(toks, j) or ranked_post(text, toks, j)):
            break
        inner = _before_follower(text, start, tok) or _before_glued_verb(text, start, tok)
        dated = before_dated_particle(text, tok)  # 知识转移处 + 于十一月: the name ends at 处
        if dated is not None and (
            suffix_ok(text[start:dated]) or signing_office(text, start, dated)
        ):
            inner = inner or dated
        if inner is not None and j > i:
            ends.append(inner)
            break
        suffixed = (
            suffix_ok(text[start : tok.end])
            or foreign_department(text[start : tok.end])
            or _department_alone(text, start, tok.end)
            or sends_attendees(text, start, tok.end)
            or signing_office(text, start, tok.end)
        ) and (j > i or len(tok.word) >= 3)
        nt_abbreviation = abbreviation(tok, tag="nt") and (
            j == i or toks[i].word in _level_governments()
        )
        named = suffixed or abbreviation(tok) or nt_abbreviation
        if (j > i or tok.pos == "nt") and named and balanced(text[start : tok.end]):
            ends.append(tok.end)
        j += 1
    return _body_end(text, start, ends)


def _ordinal(toks: list[Token], j: int) -> bool:
    """某市 + 第二 + 中级人民法院: an ordinal alone (no measure word glued to it, as in 第二届
    or 第三次, which count events) numbers one of a place's bodies of a kind, a word of its
    name, when a word that may be one follows."""
    tok = toks[j]
    if j + 1 >= len(toks) or toks[j + 1].start != tok.end or is_stop(toks[j + 1]):
        return False
    return re.fullmatch(rf"第[{zh_lex.numerals()}]{{1,3}}", tok.word) is not None


def _unit_char(toks: list[Token], j: int) -> bool:
    """专利 + 文献 + 部: a unit's suffix that jieba tags as a measure word, right after a
    noun, ends the unit's name (审查业务部) rather than the sentence's noun phrase. Read only
    after a body's name has ended (专利局 + 审查业务部): that body is the unit's."""
    prev = toks[j - 1] if j > 0 else None
    return (
        toks[j].word in unit_ends()
        and prev is not None
        and prev.end == toks[j].start
        and prev.pos.startswith("n")
    )


def _department_alone(text: str, start: int, end: int) -> bool:
    """商务部欧亚司 + 有关同志: a ministry's department with no title after it acts
    as a body of its own (before a title, 司长 X, it is a unit in the title)."""
    return ministry_department(text[start:end]) and not zh_lex.title_regex().match(text, end)


def _acting_unit(text: str, start: int, end: int) -> bool:
    """A division (部, 司) with no title after it, in a sentence that signs, is a party of
    its own; one that only co-hosts or attends stays a unit of its body. An office kept
    elsewhere (代表处, 办事处) is left to `offices`, which names it with its body."""
    name = text[start:end]
    if name.endswith(zh_lex.words("stationed_offices")) or zh_lex.title_regex().match(text, end):
        return False
    return (
        (name.endswith(zh_lex.words("acting_units")) and signs_after(text, end))
        or sends_attendees(text, start, end)
        or signing_office(text, start, end)
    )


def _names_purpose(toks: list[Token], j: int) -> bool:
    """国家 + 合作 + 论坛: cooperation right before a noun (or a whole suffix: 发展合作 + 署)
    says what a body is for (the name still has to reach an organisation suffix to count)."""
    if toks[j].word not in zh_lex.wordset("compound_nouns") or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    noun = nxt.pos == "n" or nxt.word in zh_lex.wordset("purpose_verbs")
    noun = noun or org_suffix(nxt.word) == nxt.word
    return nxt.start == toks[j].end and noun and is_han(nxt.word[:1])


def _names_work(toks: list[Token], j: int) -> bool:
    """合作 + 推进 + 本部, 技术转移 + 促进 + 中心: a verb of what a body does right before
    its suffix is a word of the name; so is 本部 ending a unit's words (知识产权本部)."""
    if j > 0 and toks[j].word in zh_lex.wordset("unit_heads"):
        return True
    if toks[j].word not in zh_lex.wordset("purpose_verbs") or j + 1 >= len(toks):
        return False
    nxt = toks[j + 1]
    whole = org_suffix(nxt.word) == nxt.word or nxt.word in zh_lex.wordset("unit_heads")
    return nxt.start == toks[j].end and whole


def ends_name_back(toks: list[Token], j: int) -> bool:
    """Whether toks[j] stops a name grown backwards: a stop word that is not a word of
    what the body does or is for (指导 + 中心, 合作 + 论坛)."""
    return is_stop(toks[j]) and not _names_work(toks, j) and not _names_purpose(toks, j)


def _title_in_name(toks: list[Token], j: int) -> bool:
    """专业 + 代表 + 协会: a title word right before a whole organisation suffix is a word
    of the name (the representatives' association), not the title of a person."""
    if toks[j].pos != "nnt" or j + 1 >= len(toks) or toks[j + 1].start != toks[j].end:
        return False
    return org_suffix(toks[j + 1].word) == toks[j + 1].word


def _body_end(text: str, start: int, ends: list[int]) -> int | None:
    """The longest name, unless it is a body followed by one of its units
    (德国工商大会对外经济部 -> 德国工商大会): the unit belongs to a title, not a name. Of
    某政府驻某地联络办公室 + 经济部 the body is the office stationed there, not its parent."""
    if not ends:
        return None
    best = ends[-1]
    name = text[start:best]  # X中心 + 有限公司: a company's 司 is no unit
    if not name.endswith(body_unit_ends()) or name.endswith(zh_lex.words("company_ends")):
        return best
    if name.endswith(zh_lex.words("unit_heads")):
        return best  # 产学合作推进本部: an office of its own, named so when it acts or hosts
    if _acting_unit(text, start, best) or government_ministry(text[start:best]):
        return best  # 专利局 + 某部 + 与…会谈: a unit acting alone is a body; 某国政府 + 某部
    if any(text[start:e].endswith(zh_lex.words("party_committees")) for e in ends[:-1]):
        return best  # 自治区党委 + 组织部: a Party committee's department is a body
    for e in sorted(ends[:-1], key=lambda e: not stationed_office(text[start:e])):
        head = text[start:e]
        body = stationed_office(head) or not head.endswith(unit_ends())
        if body and best - e >= 2 and not place_only(head):
            return e
    return best


def _glued_verb(tok: Token) -> bool:
    """A word jieba glued to a predicate verb (派员参加/n): not part of a name."""
    if tok.pos in ("nt", "nz", "ns") or len(tok.word) < 3 or org_suffix(tok.word):
        return False
    if tok.word.endswith(zh_lex.words("compound_nouns")):
        return False  # 经贸合作 + 论坛: a field's cooperation names what the body is for
    return _long_verb_stop().search(tok.word) is not None


def listed(text: str, toks: list[Token]) -> list[Mention]:
    """ "会同贸促会等部门": the words before 等部门/等单位/等机构 name organisations."""
    out = []
    for k, tok in enumerate(toks[:-2]):
        nxt, kind = toks[k + 1], toks[k + 2]
        if nxt.word != "等" or kind.word not in zh_lex.wordset("listed_kinds"):
            continue
        if abbreviation(tok) or tok.pos == "nt" or (org_suffix(tok.word) and len(tok.word) >= 4):
            out.append(Mention(tok.start, tok.end, tok.word))
    return out


def grown(text: str, toks: list[Token], known: list[Mention]) -> list[Mention]:
    """Names grown from places, jieba organisation words and known names to a suffix.
    Only the reference data's names anchor growth: a name the knowledge base learned from
    stored documents is found on its own, but growing from it (亚马逊 + 新加坡办公室 as one
    unit) would make what a document yields depend on what was imported before it."""
    learned = {k.start for k in known if k.ref is not None and k.ref.learned}
    known = [k for k in known if k.ref is None or not k.ref.learned]
    known_starts = {m.start for m in known} | subordinate_starts(text, known)
    out = []
    for i, tok in enumerate(toks):
        if not tok.word or not (is_han(tok.word[0]) or tok.start in known_starts):
            continue
        former = i > 0 and _former_mark(toks[i - 1]) and _named_after(text, toks, i - 1)
        if not (former or _is_start(text, tok, known_starts, learned)):
            continue
        if titled_family_name(text, toks, i):
            continue  # 局长 + 郑 (a place to jieba) + 宏志: the holder's name, no body's
        end = grow(text, toks, i)
        if end is None or names_site(toks, i, end):
            continue
        end = tok.start + first_of_pair(text[tok.start : end])  # 某院—某大学 + 合作项目
        end = tok.start + undoubled(text[tok.start : end])  # 某局 + 某局 again
        name = squash(text[tok.start : end])
        if _generic_beyond(name, tok.start, known) or place_only(name):
            continue
        field = _field_before_branch(toks, i, name)
        if field < i and not any(
            k.start < tok.start and k.end >= toks[field].start for k in known
        ):  # 专利审查协作 + 北京中心: the branch of a body named by its field
            tok = toks[field]
            name = squash(text[tok.start : end])
        if name.endswith(zh_lex.words("event_nouns")):
            continue  # 服务贸易交易会, 进口博览会: a fair or a meeting, not a standing body
        if grouped(text, tok.start, name):
            continue
        if any(k.start == tok.start and k.end == end - 1 for k in known) and (
            text[end - 1] == text[end - 2]
        ):
            continue  # 国家知识产权局 + 局领导: a known name and its last character again
        if _last_of_countries(text, tok.start) or members_own(text, tok.start):
            continue  # 巴西、沙特、印尼知识产权机构, 成员国的知识产权局: several countries' bodies
        if bare_suffix(name) and not level_short_form(text, tok.start, name):
            continue
        glued = any(_right_after(text, k, tok.start) for k in known) or any(
            tok.start <= k.start and k.end < end for k in known
        )
        titled = zh_lex.title_regex().match(text, end) is not None
        unit = name.endswith(unit_ends()) and not government_ministry(name)
        if glued and (
            name.endswith(zh_lex.words("working_groups"))
            or (titled and (unit or _function_bureau(name, known)))
        ):
            continue  # 欧洲专利局国际合作部部长: a department in a title, not a body
        parent = next((k for k in known if _right_after(text, k, tok.start)), None)
        if parent is not None and name.endswith(unit_ends()):
            # 欧洲专利局 + 国际合作部 named as a body: one organisation with its parent
            out.append(Mention(parent.start, end, squash(text[parent.start : end])))
            continue
        out.append(Mention(tok.start, end, name))
    return out


def _field_before_branch(toks: list[Token], i: int, name: str) -> int:
    """Where a name that is a place and a branch's suffix (北京中心) starts
    when nouns of a field stand glued before it (专利审查 + 协作 + 北京中心,
    知识产权 + 上海中心): the city names one branch of a body the field words name,
    not a centre of its own. `i` when none do. (A known body glued before,
    某工商大会 + 上海代表处, is the parent the caller joins.)"""
    place = toks[i].word if toks[i].pos == "ns" and name.startswith(toks[i].word) else ""
    place = place or next((w for w in place_words() if name.startswith(w)), "")
    rest = name[len(place) :]
    if not place or rest not in zh_lex.wordset("field_branch_suffixes"):
        return i
    j = i
    while j > 0:
        prev = toks[j - 1]
        glued = prev.end == toks[j].start and is_han(prev.word[:1])
        if not glued or prev.pos not in ("n", "vn") or is_stop(prev) or _former_mark(prev):
            break
        j -= 1
    return j


def _function_bureau(name: str, known: list[Mention]) -> bool:
    """韩国特许厅 + 审查政策局: a bureau named by its function (its suffix the bare 局, not a
    kind of office such as 专利局) right after a known body's name is a unit of that body."""
    bureaus = _function_bureaus()
    suffix = org_suffix(name) or ""
    if suffix not in bureaus:
        return False
    owners = bureaus[suffix]
    return any(
        name.startswith(k.name) and len(name) - len(k.name) >= 3 and k.name.endswith(owners)
        for k in known
    )


@cache
def _function_bureaus() -> dict[str, tuple[str, ...]]:
    """Function bureau suffix -> the suffixes of the bodies it is a unit of."""
    default = zh_lex.words("bureau_owners")
    out: dict[str, tuple[str, ...]] = {}
    for w in zh_lex.words("function_bureaus"):
        suffix, _, owners = w.partition(":")
        out[suffix] = tuple(owners.split("/")) if owners else default
    return out


def _generic_beyond(name: str, start: int, known: list[Mention]) -> bool:
    """Whether `name` is a description (`has_generic`), not counting the known name it opens
    with: 全国 of 全国人大常委会 + 办公厅 is part of the reference name, not a modifier."""
    opening = [k.name for k in known if k.start == start and name.startswith(k.name)]
    head = max(opening, key=len, default="")
    if head in zh_lex.wordset("regions"):
        return has_generic(name)  # 东盟 + 国家知识产权机构: the countries of a known region
    return has_generic(name[len(head) :] if len(head) < len(name) else name)


def _right_after(text: str, known: Mention, start: int) -> bool:
    """Whether a name starting at `start` follows the known name directly, or after only
    its bracketed acronym (欧洲专利局(EPO)国际合作部): a unit of that body."""
    if known.end > start:
        return False
    between = text[known.end : start]
    return not between or bool(_BRACKETED.fullmatch(between))


_BRACKETED = re.compile(r"[(（][A-Za-z][A-Za-z .&-]{0,15}[)）]")


def _last_of_countries(text: str, start: int) -> bool:
    """Whether the name at `start` opens with a country that ends a 、-list of countries
    (巴西、沙特、印尼…): the list shares the words after it, so no one body is named."""
    if start < 3 or text[start - 1] != "、":
        return False
    countries = zh_lex.countries()
    opens = any(text.startswith(c, start) for c in countries)
    return opens and any(text.endswith(c, 0, start - 1) for c in countries)


def members_own(text: str, pos: int) -> bool:
    """Whether plural owners and 的 stand right before `pos` (东协10个成员国的 + 智慧财产局):
    the name after them is each member's own body, a kind of body, no one body."""
    owners = tuple(zh_lex.words("member_owners"))
    return text.endswith("的", 0, pos) and text.endswith(owners, 0, pos - 1)


def in_titles(text: str, found: list[Mention]) -> None:
    """Names grown inside a 《title》 are words of the title (《全球…格局下的…》), unless the
    title coordinates them as parties (《A与B…的谅解备忘录》) or is the name (由《某总会》举办)."""
    for m in found:
        if m.source != "pattern":
            continue
        opened = text.rfind("《", 0, m.start)
        if opened < 0 or text.rfind("》", 0, m.start) > opened or "》" not in text[m.end :]:
            continue
        before = text[m.start - 1] if m.start > 0 else ""
        after = text[m.end : m.end + 1]
        if before + after != "《》" and not {before, after} & set(coordinators()):
            m.source = "drop"
