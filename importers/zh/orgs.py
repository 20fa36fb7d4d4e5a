"""Organisations in Chinese text: the gazetteer, names built from a place and a suffix, aliases.

A Chinese organisation name is mostly [place][words][suffix]: 新加坡金融科技协会,
广州开发区知识产权局. jieba tags places (ns) and many full names (nt); a name is grown from
such a start over jieba words until a word that cannot be part of a name (a preposition, a
title, a predicate verb), and the longest stretch that ends in an organisation suffix wins.
Names without a place are accepted when the text itself marks them as names: an acronym or
English name in brackets after them (人工智能验证基金会(AI Verify Foundation)), or an
abbreviation introduced with 简称.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from importers.gazetteer import Reference, RefOrg
from importers.zh import lex as zh_lex
from importers.zh.lex import Token
from importers.zh.text import is_han, simplified
from store.text import fold

# Predicate verbs that end a name grown forwards or backwards.
VERB_STOPS = frozenset(
    {
        "召开",
        "举办",
        "举行",
        "设立",
        "成立",
        "新设",
        "签署",
        "签订",
        "会见",
        "访问",
        "表示",
        "参加",
        "出席",
        "发布",
        "开展",
        "推动",
        "加强",
        "发起",
        "批准",
        "列为",
        "入选",
        "启动",
        "完成",
        "合作",
        "邀请",
        "提交",
        "制定",
        "协助",
        "帮助",
        "讨论",
        "介绍",
        "主办",
        "承办",
        "组织",
        "同意",
        "鼓励",
        "参访",
        "来访",
        "接待",
        "作为",
        "位于",
        "共同",
        "进行",
        "宣布",
        "获得",
        "授予",
        "担任",
        "建立",
        "建设",
        "支持",
        "联合",
        "牵头",
        "指导",
        "会同",
        "正在",
        "就",
        "是",
        "有",
        "为",
        "向",
        "对",
        "在",
        "从",
        "由",
        "成为",
        "成立于",
    }
)
ADVERB_STOPS = frozenset(
    {
        "共同",
        "正在",
        "已经",
        "进一步",
        "继续",
        "积极",
        "分别",
        "同时",
        "一同",
        "正式",
        "首次",
        "再次",
        "全面",
        "深入",
        "持续",
        "不断",
        "率先",
        "先后",
        "已",
        "还",
        "也",
        "都",
        "将",
        "又",
        "再",
        "更",
    }
)
STOP_POS_PREFIX = ("p", "c", "u", "r", "d", "t", "m", "q", "y", "e", "o", "w", "z")
NAME_PUNCT = frozenset("()·-—")
LATIN_ORG = re.compile(
    r"(?<![A-Za-z0-9])((?:[A-Z][A-Za-z0-9&'.\-]*\s+){0,5}"
    r"(?:LLC|LLP|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|GmbH|PLC|Pte\.?\s+Ltd\.?|AG|S\.A\.|"
    r"Foundation|Association|Office|Agency|Authority|Institute|University|Academy|"
    r"Organi[sz]ation|Council|Federation|Chamber|Court|Bureau|Administration|Ministry))"
    r"(?![A-Za-z])"
)
LATIN_WORD = r"[A-Z][A-Za-z0-9&\-]*[A-Za-z0-9]"
BRACKET_ALIAS = re.compile(r"\s?\(\s*([A-Za-z][A-Za-z0-9 &'.\-]{1,60}?)\s*\)")
SHORT_ALIAS = re.compile(r"\s?\((?:以下|下)?简称[:：]?\s*[“\"「]?([^”\"」)]{2,16}?)[”\"」]?\s*\)")
COORDINATORS = "和与及、"
# Suffixes that, after a known organisation's name, make a department rather than a new body.
UNIT_ENDS = ("部", "厅", "司", "处", "科", "室")  # 室 last: 办公室 is also a body


@dataclass
class Mention:
    """One stretch of the cleaned text that names an organisation."""

    start: int
    end: int
    name: str  # surface form, white space between Chinese characters removed
    ref: RefOrg | None = None
    source: str = "pattern"  # gazetteer, pattern, alias, latin, branch, table
    group: int = -1  # index of the organisation it belongs to (set when grouping)


@dataclass
class OrgGroup:
    """The mentions of one organisation in one document."""

    names: list[str] = field(default_factory=list)
    ref: RefOrg | None = None
    mentions: list[Mention] = field(default_factory=list)


@cache
def _suffixes() -> tuple[str, ...]:
    return tuple(zh_lex.longest_first(zh_lex.words("org_suffixes")))


def org_suffix(text: str) -> str | None:
    """The organisation suffix `text` ends with, if any."""
    return next((s for s in _suffixes() if text.endswith(s)), None)


COUNT_GROUP = re.compile(r"[0-9一二三四五六七八九十两几多数]+个?(?:国|方|省|市|家|地区)")
# "中国—中亚国家…": a dash joining places, then 国家 (the countries of a region): a grouping.
DASH_GROUPING = re.compile(r"[—–\-][\u4e00-\u9fff]{1,4}国家")
STATE = re.compile(r"[\u4e00-\u9fff]{2,10}?(?:共和国|王国|联邦|合众国|酋长国|公国)")


@cache
def _region_grouping() -> re.Pattern[str]:
    return re.compile(f"(?:{zh_lex.alternation(zh_lex.words('regions'))})(?:国家|各国)")


def _lead_place_len(name: str) -> int:
    """Length of the place or state name a name begins with (吉尔吉斯共和国)."""
    state = STATE.match(name)
    place = next((w for w in _place_words() if name.startswith(w)), "")
    return max(len(place), state.end() if state else 0)


def _has_generic(name: str) -> bool:
    """A description rather than a name: a generic modifier (相关, 各国), a count of
    countries (五国知识产权机构) or a regional grouping (中国—中亚国家知识产权局).
    全国 after a country is part of a name (巴西全国工业联合会)."""
    if COUNT_GROUP.search(name) or DASH_GROUPING.search(name) or _region_grouping().search(name):
        return True
    lead = _lead_place_len(name)
    for m in zh_lex.words("generic_modifiers"):
        ks = [k.start() for k in re.finditer(re.escape(m), name) if not k.start() < lead < k.end()]
        if not ks or (m == "全国" and ks[0] > 0 and _place_only(name[: ks[0]])):
            continue  # 国内 across 吉尔吉斯共和国|内阁; 巴西全国工业联合会
        return True
    return False


def _suffix_ok(name: str) -> bool:
    """`name` really ends in an organisation suffix: not in a common word (全球创新格局),
    not an event (第二届…大会), not a delegation without a post (中国代表团 vs 欧盟驻华代表团),
    and its brackets are balanced (X(Y) is two names, see `duals`)."""
    suffix = org_suffix(name)
    if not suffix or name.count("(") != name.count(")"):
        return False
    if any(name.endswith(w) and len(w) > len(suffix) for w in zh_lex.words("false_suffix_words")):
        return False
    if suffix.endswith("大会") and (
        re.search(r"[0-9]", name) or any(w in name for w in zh_lex.words("event_markers"))
    ):
        return False
    if grouping(name):
        return False
    return not suffix.endswith(("代表团", "使团")) or "驻" in name


def grouping(name: str) -> bool:
    """中国—东盟知识产权局 (the offices of China and ASEAN): two sides joined by a dash and
    a suffix for several offices or countries name a grouping, not one organisation."""
    m = re.match(r"([\u4e00-\u9fff]{2,8})[—–\-]+([\u4e00-\u9fff]{2,8}?)(.+)$", name)
    return m is not None and m.group(3).endswith(zh_lex.words("grouping_suffixes"))


def _grouped(text: str, start: int, name: str) -> bool:
    """东盟知识产权局 right after 中国—: the second side of a grouping (see `grouping`)."""
    head = re.search(r"([\u4e00-\u9fff]{2,8})[—–\-]+$", text[max(0, start - 10) : start])
    return head is not None and grouping(head.group(0) + name)


def organ_parent(name: str) -> str | None:
    """世界知识产权组织(WIPO)成员国大会 -> 世界知识产权组织: the body an organ (assembly,
    committee) belongs to, or None when `name` is not an organ of a named body."""
    for organ in zh_lex.longest_first(zh_lex.words("organ_suffixes")):
        if name.endswith(organ) and len(name) > len(organ) + 2:
            head = re.sub(r"\([^()]*\)$", "", name[: -len(organ)]).strip()
            return head if len(head) >= 2 and org_suffix(head) else None
    return None


@cache
def _gazetteer_regex(ref_id: int, names: tuple[str, ...]) -> re.Pattern[str] | None:
    parts = []
    for n in zh_lex.longest_first(names):
        body = r"\s?".join(re.escape(w) for w in n.split())
        if re.search(r"[A-Za-z0-9]$", n):
            body += r"(?![A-Za-z0-9])"
        if re.match(r"[A-Za-z0-9]", n):
            body = r"(?<![A-Za-z0-9])" + body
        parts.append(body)
    return re.compile("|".join(parts)) if parts else None


def gazetteer(text: str, reference: Reference) -> list[Mention]:
    """Every reference name in the text (Chinese names, acronyms, English names)."""
    by_name: dict[str, RefOrg | None] = {}
    org: RefOrg | None
    for name, org in _script_forms(reference):
        if len(name) < 2 or (not zh_lex.HAN.search(name) and len(name) < 3 and name.isupper()):
            continue
        if name in by_name and by_name[name] is not org:
            by_name[name] = None  # ambiguous: two organisations share the name
        else:
            by_name[name] = org
    regex = _gazetteer_regex(id(reference), tuple(sorted(by_name)))
    if regex is None:
        return []
    out = []
    for m in regex.finditer(text):
        org = by_name.get(m.group(0)) or reference.org_named(m.group(0))
        if org is not None and org.kind != "programme":
            out.append(Mention(m.start(), m.end(), squash(m.group(0)), org, "gazetteer"))
    return out


def _script_forms(reference: Reference) -> list[tuple[str, RefOrg]]:
    """The reference names, each Traditional Chinese name also in Simplified characters (the
    form the cleaned text is searched in)."""
    cached = _SCRIPT_FORMS.get(id(reference))
    if cached is not None and cached[0] is reference:
        return cached[1]
    out = []
    for name, org in reference.org_names():
        out.append((name, org))
        if zh_lex.HAN.search(name) and (simple := simplified(name)) != name:
            out.append((simple, org))
    _SCRIPT_FORMS[id(reference)] = (reference, out)
    return out


_SCRIPT_FORMS: dict[int, tuple[Reference, list[tuple[str, RefOrg]]]] = {}


def squash(name: str) -> str:
    """Display form of a name: no white space between Chinese characters."""
    name = re.sub(r"\s+", " ", name).strip()
    return re.sub(r"(?<=[^\x00-\x7f]) (?=[^\x00-\x7f])", "", name)


@cache
def _long_verb_stops() -> tuple[str, ...]:
    return tuple(v for v in VERB_STOPS if len(v) >= 2)


def _is_stop(tok: Token) -> bool:
    if tok.word in VERB_STOPS or tok.word in ADVERB_STOPS or tok.pos == "nnt":
        return True
    if _glued_verb(tok):
        return True
    if tok.pos == "d" and len(tok.word) >= 2:
        return False  # jieba tags some name words as adverbs (日本特许厅: 特许/d)
    if tok.pos == "x":
        return tok.word not in NAME_PUNCT
    if tok.pos == "eng":
        return False
    return tok.pos.startswith(STOP_POS_PREFIX)


@cache
def _place_words() -> tuple[str, ...]:
    return tuple(zh_lex.longest_first([*zh_lex.words("place_prefixes"), *zh_lex.countries()]))


def _is_start(text: str, tok: Token, known_starts: set[int]) -> bool:
    if tok.pos in ("ns", "nt") or tok.start in known_starts:
        return True
    place = _place_regex().match(text, tok.start)
    # a level word alone (省, 区) opens a name, not a word it begins (区域, 市场)
    return place is not None and (len(place.group(0)) > 1 or tok.word == place.group(0))


@cache
def _place_regex() -> re.Pattern[str]:
    return re.compile(zh_lex.alternation(_place_words()))


def _grow(text: str, toks: list[Token], i: int) -> int | None:
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
        if j > i and _is_stop(tok) and not _joins_name(text, toks, j, start):
            break
        suffixed = _suffix_ok(text[start : tok.end]) and (j > i or len(tok.word) >= 3)
        nt_abbreviation = j == i and _abbreviation(tok, tag="nt")
        if (j > i or tok.pos == "nt") and (suffixed or _abbreviation(tok) or nt_abbreviation):
            ends.append(tok.end)
        j += 1
    return _body_end(text, start, ends)


def _body_end(text: str, start: int, ends: list[int]) -> int | None:
    """The longest name, unless it is a body followed by one of its units
    (德国工商大会对外经济部 -> 德国工商大会): the unit belongs to a title, not a name."""
    if not ends:
        return None
    best = ends[-1]
    if not text[start:best].endswith(UNIT_ENDS[:-1]):
        return best
    for e in ends[:-1]:
        head = text[start:e]
        if not head.endswith(UNIT_ENDS) and best - e >= 2 and not _place_only(head):
            return e
    return best


def _glued_verb(tok: Token) -> bool:
    """A word jieba glued to a predicate verb (派员参加/n): not part of a name."""
    if tok.pos in ("nt", "nz", "ns") or len(tok.word) < 3 or org_suffix(tok.word):
        return False
    return any(v in tok.word for v in _long_verb_stops())


def _abbreviation(tok: Token, tag: str = "j") -> bool:
    """An abbreviated organisation name as jieba tags it (贸促会/j, 发改委/j)."""
    return (
        tok.pos == tag and len(tok.word) >= 3 and tok.word.endswith(zh_lex.words("abbrev_suffixes"))
    )


def listed(text: str, toks: list[Token]) -> list[Mention]:
    """ "会同贸促会等部门": the words before 等部门/等单位/等机构 name organisations."""
    out = []
    for k, tok in enumerate(toks[:-2]):
        nxt, kind = toks[k + 1], toks[k + 2]
        if nxt.word != "等" or kind.word not in ("部门", "单位", "机构", "组织", "机关"):
            continue
        if _abbreviation(tok) or tok.pos == "nt" or (org_suffix(tok.word) and len(tok.word) >= 4):
            out.append(Mention(tok.start, tok.end, tok.word))
    return out


def _joins_name(text: str, toks: list[Token], j: int, start: int) -> bool:
    """与/和 inside a name (仲裁与调解中心) rather than between two names."""
    if toks[j].word not in ("与", "和") or toks[j - 1].pos == "eng":
        return False
    if org_suffix(text[start : toks[j].start]):
        return False
    return j + 1 < len(toks) and toks[j + 1].pos not in ("ns", "nt", "eng")


def _place_only(name: str) -> bool:
    """True for a name that is only a place (新加坡, 广州市): not an organisation."""
    rest = name
    for w in _place_words():
        if rest.startswith(w):
            rest = rest[len(w) :]
            break
    return len(rest) < 2


def grown(text: str, toks: list[Token], known: list[Mention]) -> list[Mention]:
    """Names grown from places, jieba organisation words and known names to a suffix."""
    known_starts = {m.start for m in known}
    out = []
    for i, tok in enumerate(toks):
        if not tok.word or not (is_han(tok.word[0]) or tok.start in known_starts):
            continue
        if not _is_start(text, tok, known_starts):
            continue
        end = _grow(text, toks, i)
        if end is None:
            continue
        name = squash(text[tok.start : end])
        if _has_generic(name) or _place_only(name) or _grouped(text, tok.start, name):
            continue
        if _bare_suffix(name) and not _level_short_form(text, tok.start, name):
            continue
        glued = any(k.end == tok.start for k in known) or any(
            tok.start <= k.start and k.end < end for k in known
        )
        if name.endswith((*UNIT_ENDS, "工作组", "小组")) and glued:
            continue  # 欧洲专利局国际合作部: a department of a known organisation
        out.append(Mention(tok.start, end, name))
    return out


def _bare_suffix(name: str) -> bool:
    """A suffix with a one-character head (法学院, 该中心) names no organisation."""
    suffix = org_suffix(name) or ""
    head = name[: len(name) - len(suffix)]
    return sum(1 for c in head if is_han(c) or c.isalnum()) < 2 and not head.isupper()


LEVEL_HEADS = ("自治区", "省", "市")
# Characters that may stand before an organisation's name without being part of it.
NAME_OPENERS = "与和及、，,。；;：:(（由向在对同将并会"


def _level_short_form(text: str, start: int, name: str) -> bool:
    """省知识产权局: the province's (or city's) own office named without the province; only
    where the level word opens the name (not 各设区市知识产权局)."""
    head = next((h for h in LEVEL_HEADS if name.startswith(h)), "")
    suffix = org_suffix(name) or ""
    if not head or len(name) - len(head) < 3 or len(suffix) < 3:
        return False
    return start == 0 or not is_han(text[start - 1]) or text[start - 1] in NAME_OPENERS


def _after_org(text: str, m: Mention, found: list[Mention]) -> bool:
    """The mention directly follows another organisation's name, or its bracketed alias
    (德国X协会(X-Gesellschaft)中国代表处)."""
    ends = {o.end for o in found if o is not m and o.source != "drop"}
    if m.start in ends:
        return True
    if m.start > 0 and text[m.start - 1] == ")":
        opened = text.rfind("(", 0, m.start - 1)
        return opened > 0 and opened in ends
    return False


def branches(
    text: str, toks: list[Token], found: list[Mention], known: list[Mention] | None = None
) -> list[Mention]:
    """ "X新加坡办公室": the company X (the office is a branch of it), not the office. After a
    name the text already gives, the office is only dropped: a title keeps it (代表处首席代表)."""
    by_start = {t.start: k for k, t in enumerate(toks)}
    out = []
    for m in found:
        first = toks[by_start[m.start]] if m.start in by_start else None
        ns = first.word if first is not None and first.pos == "ns" else None
        place = next((w for w in _place_words() if m.name.startswith(w)), ns)
        rest = m.name[len(place) :] if place else ""
        if not place or rest not in zh_lex.words("branch_suffixes"):
            continue
        if _after_org(text, m, found + (known or [])):
            m.source = "drop"
            continue
        k = by_start.get(m.start, 0) - 1
        if k < 0:
            continue
        prev = toks[k]
        namelike = prev.pos in ("nrt", "nz", "nt", "eng", "n", "j", "nr") and len(prev.word) >= 2
        if namelike and not _is_stop(prev) and prev.word not in zh_lex.words("relation_nouns"):
            out.append(Mention(prev.start, prev.end, prev.word, source="branch"))
            m.source = "drop"
    return out


def _grow_back(text: str, toks: list[Token], end: int) -> int | None:
    """Start of a name that ends at `end`, grown backwards over jieba words."""
    idx = next((k for k, t in enumerate(toks) if t.end == end), None)
    if idx is None:
        return None
    start = None
    k = idx
    while k >= 0 and end - toks[k].start <= 16:
        tok = toks[k]
        if k < idx and (_is_stop(tok) or tok.word in zh_lex.words("relation_nouns")):
            if tok.word not in ("与", "和") or start is None:
                break
            if org_suffix(text[toks[k - 1].start if k else 0 : tok.start]):
                break
        if tok.word.isspace() or (k < idx and tok.end != toks[k + 1].start):
            break
        start = tok.start
        k -= 1
    return start


def bracketed(text: str, toks: list[Token], found: list[Mention]) -> list[Mention]:
    """Names without a place that the text marks with an English name, acronym or 简称."""
    ends = {m.end for m in found}
    out = []
    for regex in (BRACKET_ALIAS, SHORT_ALIAS):
        for m in regex.finditer(text):
            end = m.start()
            if end in ends or not org_suffix(text[max(0, end - 6) : end]):
                continue
            start = _grow_back(text, toks, end)
            if start is None:
                continue
            name = squash(text[start:end])
            if len(name) >= 4 and not _has_generic(name) and not _bare_suffix(name):
                out.append(Mention(start, end, name))
    return out


def latin(text: str, found: list[Mention]) -> list[Mention]:
    """English names in Chinese text: company forms (Ella Cheong LLC), and a Latin word
    coordinated with a known organisation (会见 EnterpriseSG 和新加坡工商联合总会)."""
    out = [
        Mention(m.start(1), m.end(1), squash(m.group(1)), source="latin")
        for m in LATIN_ORG.finditer(text)
        if not _inside_brackets(text, m.start(1)) and _in_chinese_line(text, m.start(1))
    ]
    starts = {m.start for m in found}
    ends = {m.end for m in found}
    for m in re.finditer(rf"(?<![A-Za-z0-9])({LATIN_WORD})\s?([{COORDINATORS}])\s?", text):
        if m.end() in starts and len(m.group(1)) >= 3:
            out.append(Mention(m.start(1), m.end(1), m.group(1), source="latin"))
    for m in re.finditer(rf"[{COORDINATORS}]\s?({LATIN_WORD})(?![A-Za-z0-9])", text):
        before = m.start()
        if before in ends and len(m.group(1)) >= 3:
            out.append(Mention(m.start(1), m.end(1), m.group(1), source="latin"))
    return out


def _in_chinese_line(text: str, pos: int) -> bool:
    """Whether the line holding `pos` has Chinese characters: English-only lines (the English
    half of a bilingual release, a heading run into the next line) are the English
    extractor's, and their line breaks may be lost (STATEMENT + China National …)."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return any(is_han(c) for c in text[start : end if end >= 0 else len(text)])


def _inside_brackets(text: str, pos: int) -> bool:
    return text.rfind("(", 0, pos) > text.rfind(")", 0, pos)


def descriptors(text: str, found: list[Mention]) -> None:
    """ "新加坡法律事务所 Ella Cheong LLC": a place plus a bare type before an English name
    describes that name; it is not an organisation of its own."""
    latin_starts = {m.start for m in found if m.source == "latin"}
    for m in found:
        if m.source != "pattern":
            continue
        after = m.end + (1 if text[m.end : m.end + 1] == " " else 0)
        if after in latin_starts:
            place = next((w for w in _place_words() if m.name.startswith(w)), "")
            rest = m.name[len(place) :]
            if len(rest) - len(org_suffix(rest) or "") <= 2:
                m.source = "drop"


def in_titles(text: str, found: list[Mention]) -> None:
    """Names grown inside a 《title》 are words of the title (《全球创新格局下的…》), unless the
    title coordinates them as parties (《A与B关于…的谅解备忘录》)."""
    for m in found:
        if m.source != "pattern":
            continue
        opened = text.rfind("《", 0, m.start)
        if opened < 0 or text.rfind("》", 0, m.start) > opened or "》" not in text[m.end :]:
            continue
        before = text[m.start - 1] if m.start > 0 else ""
        after = text[m.end : m.end + 1]
        if before not in "与和、及" and after not in "与和、及":
            m.source = "drop"


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


def select(mentions: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions, the longest first (新加坡知识产权局国际事务机构 over
    新加坡知识产权局), a reference match before a pattern of the same length."""
    rank = {"gazetteer": 0, "alias": 1, "latin": 2, "branch": 2, "pattern": 3, "table": 3}
    taken: list[Mention] = []
    used = [False] * (max((m.end for m in mentions), default=0) + 1)
    for m in sorted(mentions, key=lambda m: (-(m.end - m.start), rank.get(m.source, 9), m.start)):
        if m.source == "drop" or any(used[m.start : m.end]):
            continue
        for k in range(m.start, m.end):
            used[k] = True
        taken.append(m)
    return sorted(taken, key=lambda m: m.start)


def aliases_after(text: str, mentions: list[Mention]) -> list[tuple[Mention, str, int, int]]:
    """(mention, alias, start, end) for "名称(ACRONYM)" and "名称(简称“X”)"."""
    out = []
    for m in mentions:
        for regex in (BRACKET_ALIAS, SHORT_ALIAS):
            a = regex.match(text, m.end)
            if a:
                alias = squash(a.group(1))
                if fold(alias) != fold(m.name):
                    out.append((m, alias, a.start(1), a.end(1)))
    return out


def find_all(text: str, names: list[str], taken: list[Mention]) -> list[Mention]:
    """Further mentions of names already known in this document (知创中心, IMDA)."""
    used = [False] * (len(text) + 1)
    for m in taken:
        for k in range(m.start, m.end):
            used[k] = True
    by_name = {n: n for n in names if len(n) >= 2}
    regex = _gazetteer_regex(0, tuple(sorted(by_name)))
    out: list[Mention] = []
    if regex is None:
        return out
    for hit in regex.finditer(text):
        if not any(used[hit.start() : hit.end()]):
            out.append(Mention(hit.start(), hit.end(), squash(hit.group(0)), source="alias"))
    return out


SHORT_COMPANY_ENDS = ("集团", "公司")


def short_forms(name: str) -> list[str]:
    """Shorter names a text uses for an organisation it names in full: the group before a
    company's legal form (X集团 of X集团Y股份有限公司), the department without the government
    it belongs to (知识产权署 of 香港特别行政区政府知识产权署)."""
    out = []
    if name.endswith("有限公司"):
        for end in SHORT_COMPANY_ENDS:
            k = name.find(end)
            if 4 <= k + len(end) < len(name) - 3:
                out.append(name[: k + len(end)])
                break
    out += [short for end, short in _region_short_forms().items() if name.endswith(end)]
    k = name.rfind("政府")
    tail = name[k + 2 :] if k > 0 else ""
    if len(tail) >= 4 and _suffix_ok(tail):
        out.append(tail)
    return out


@cache
def _stationed_regex() -> re.Pattern[str]:
    offices = zh_lex.alternation(zh_lex.words("stationed_offices"))
    return re.compile(rf"驻[\u4e00-\u9fff]{{1,4}}?(?:{offices})")


def stationed(text: str, found: list[Mention]) -> list[Mention]:
    """香港特别行政区政府 + 驻北京办事处: a body's office in another place is one organisation
    that runs from the body's name to the office."""
    out = []
    for m in found:
        if m.source == "drop":
            continue
        hit = _stationed_regex().match(text, m.end)
        if hit:
            out.append(Mention(m.start, hit.end(), squash(text[m.start : hit.end()])))
    return out


@cache
def _region_short_forms() -> dict[str, str]:
    pairs = (w.split("=", 1) for w in zh_lex.words("region_short_forms") if "=" in w)
    return {end: short for end, short in pairs}


def find_short(text: str, short: str, taken: list[Mention]) -> list[Mention]:
    """Occurrences of a short form that open a name (after punctuation or a preposition) and
    lie outside every mention already found."""
    out = []
    for hit in re.finditer(re.escape(short), text):
        s, e = hit.start(), hit.end()
        if any(m.start < e and s < m.end for m in taken):
            continue
        if s == 0 or not is_han(text[s - 1]) or text[s - 1] in NAME_OPENERS:
            out.append(Mention(s, e, short, source="alias"))
    return out


@cache
def _coordinators() -> tuple[str, ...]:
    return tuple(zh_lex.longest_first(zh_lex.words("list_coordinators")))


def _member_ok(name: str) -> bool:
    """A list member that names an organisation: a real suffix, a head of at least two
    characters, no generic words, not only a place, Chinese characters (and brackets) only."""
    if len(name) < 4 or not all(is_han(c) or c in "()" for c in name):
        return False
    if not _suffix_ok(name) or _bare_suffix(name) or _has_generic(name) or _place_only(name):
        return False
    return not name.endswith(UNIT_ENDS[:-1]) or len(name) >= 6


def coordinated(text: str, known: list[Mention]) -> list[Mention]:
    """Members of a list of organisations that no other rule found (与深圳大学、南方科技大学签署,
    与比亚迪股份有限公司、深圳X有限公司签署): a stretch of jieba words between a coordinator
    and a known organisation, or after a known organisation and a coordinator, that ends in an
    organisation suffix. Repeated until no new member is found, so a list is read whole."""
    found: list[Mention] = []
    todo = list(known)
    while todo:
        m = todo.pop()
        for cand in (_member_after(text, m), _member_before(text, m)):
            if cand is None or any(
                o.start < cand.end and cand.start < o.end for o in known + found
            ):
                continue
            found.append(cand)
            todo.append(cand)
    return found


def _grown_at(text: str, start: int) -> str | None:
    """The organisation name grown from `start` over jieba words of the text from there (the
    document's own words may run across the start: 和青禾/nr), cut before a coordinator that
    follows a complete name (X有限公司和Y大学 -> X有限公司)."""
    end = text.find("\n", start)
    window = text[start : min(start + 40, end if end >= 0 else len(text))]
    toks = zh_lex.tokens(window)
    grown_end = _grow(window, toks, 0) if toks and is_han(toks[0].word[:1]) else None
    if grown_end is None:
        return None
    name = window[:grown_end]
    for k, c in enumerate(name):
        if c in COORDINATORS and _member_ok(name[:k]):
            return name[:k]
    return name


def _member_after(text: str, m: Mention) -> Mention | None:
    """The organisation after `m` and a coordinator (A、B / A与B / A分别与B)."""
    at = m.end
    adverb = next((w for w in ADVERB_STOPS if len(w) >= 2 and text.startswith(w, at)), "")
    at += len(adverb)
    word = next((w for w in _coordinators() if text.startswith(w, at)), None)
    if word is None or (adverb and word == "、"):
        return None
    if len(word) == 1 and zh_lex.common_word(text[at : at + 2]):
        return None  # 同意, 与会, 和平: a word, not a coordinator
    at += len(word)
    name = _grown_at(text, at)
    if name is None or not _member_ok(name):
        return None
    return Mention(at, at + len(name), name, source="listed")


def _member_before(text: str, m: Mention) -> Mention | None:
    """The organisation before a coordinator and `m` (与A、B签署: A), from the previous
    coordinator or punctuation; it must grow, word by word, exactly up to the coordinator."""
    word = next((w for w in _coordinators() if text.endswith(w, 0, m.start)), None)
    if word is None or word == "同":
        return None
    end = m.start - len(word)
    k = end
    while k > 0 and end - k < 30 and is_han(text[k - 1]) and text[k - 1] not in "与和及同、":
        k -= 1
    if k > 0 and text[k - 1] not in COORDINATORS + "同，,。；;：:\n(":
        return None
    name = text[k:end]
    if _grown_at(text, k) != name or not _member_ok(name):
        return None
    return Mention(k, end, name, source="listed")
