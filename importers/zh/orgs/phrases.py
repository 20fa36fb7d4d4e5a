"""Stretches that end like an organisation's name but are phrases of a sentence.

Growing a name leftwards from a suffix over jieba's words can run across the grammar of the
sentence: a goal (把香港发展成区域…中心: "make Hong Kong into a hub"), a known body after a
preposition (…框架下向国家知识产权局: "to CNIPA under the framework of …"), a known body
followed by 政府 (国家知识产权局政府网站: the body's government website), a known body's
secretariat named by its kind (世界知识产权组织国际局, WIPO's International Bureau), the issuer's
code of a document number (渝知局〔2026〕17号). None of
these is a new organisation; the known body, where there is one, is found on its own.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.lex import Token
from importers.zh.orgs.mention import Mention
from importers.zh.orgs.shape import org_openers, place_only, place_words
from store.text import HAN

#: the Han characters after a name up to the closing quote of the name quoted around it
_CLOSING_QUOTE = re.compile(rf"[{HAN}]*[”」』]")


@cache
def _goal_verbs() -> tuple[str, ...]:
    return zh_lex.people_lexicon("goal_verbs")


def _later_goal_object(text: str, m: Mention) -> bool:
    """打造X高地和 + Y中心, 打造面向全球的 + Y中心: a hub (中心, 枢纽, 高地) that closes its
    clause after a goal verb in that clause, joined to an earlier object or described by a
    clause of its own (的), is what the place is to become as well, not a body."""
    if not m.name.endswith(zh_lex.people_lexicon("hub_nouns")) or m.start < 1:
        return False
    if text[m.start - 1] not in "的" + zh_lex.chars("conjunctions"):
        return False
    if m.end < len(text) and text[m.end] not in "，,。；;、":
        return False
    clause = re.split(r"[，,。；;、：:！!？?\n]", text[max(0, m.start - 40) : m.start])[-1]
    return any(v in clause for v in _goal_verbs())


def venue(text: str, m: Mention) -> bool:
    """四川省政府 + 新闻发布厅, 国家知识产权局 + 大楼: a room or building named after a body is a
    place (where a meeting is held), not a mention of the body."""
    if m.source == "pattern" and m.name.endswith(zh_lex.words("venues")):
        return True  # 澳门科学馆 + 会议中心: a conference centre is a place, not a body
    if text[: m.start].endswith(zh_lex.words("venues")) and m.name.endswith(
        zh_lex.words("venue_rooms")
    ):
        return True  # 某会议中心 + 某某厅: a hall inside the venue just named
    hit = _venue().match(text, m.end)
    return hit is not None and not any(c in org_openers() for c in hit.group(1))


def place_role(text: str, m: Mention, places: set[str]) -> bool:
    """某市作为 + 国际商事调解中心, 某港作为 + 东亚区 + 海事…中心: after a place and a role
    copula (作为, "as") a name ending in a hub word (中心, 枢纽), grown right there or after
    a region it serves, says what part the place plays or means to play, not a body.
    `places`: the document's place names."""
    if m.source != "pattern" or not m.name.endswith(zh_lex.people_lexicon("hub_nouns")):
        return False
    hit = _role_copula().search(text, max(0, m.start - 12), m.start)
    if hit is None or any(c in org_openers() for c in text[hit.end() : m.start]):
        return False
    before = text[: hit.start()]
    return any(before.endswith(p) for p in places) or before.endswith(place_words())


@cache
def _role_copula() -> re.Pattern[str]:
    """A role copula with only Han characters between it and the name (`place_role`)."""
    return re.compile(rf"(?:{alternation(zh_lex.people_lexicon('role_copulas'))})[{HAN}]{{0,6}}$")


def placed_modifier(text: str, m: Mention, places: set[str]) -> bool:
    """东盟 + (钦州) + 数字产业园: a known body right before a bracketed place that the name
    of something else runs on from modifies that name (a park, a zone, an expo located in
    the place); the body itself is not mentioned. `places`: the document's place names."""
    hit = _bracketed_place().match(text, m.end)
    if m.source != "gazetteer" or hit is None:
        return False
    return place_only(hit.group(1)) or hit.group(1) in places


def instrument_modifier(m: Mention, toks: list[Token]) -> bool:
    """欧盟 + 地理标志制度: an international body right before a run of nouns that ends in a
    system, law or rules (the run's head, as 的 or a verb follows it) modifies that name; the
    text speaks of the system, not of the body."""
    if m.source != "gazetteer" or m.ref is None or m.ref.kind != "igo":
        return False
    k = next((i for i, t in enumerate(toks) if t.start == m.end), None)
    last = None
    while k is not None and k < len(toks) and toks[k].start == (last.end if last else m.end):
        if not _common_noun(toks[k]) and not (last and _verb_in_noun_run(toks, k)):
            break
        last, k = toks[k], k + 1
    return last is not None and last.word.endswith(zh_lex.words("instrument_heads"))


def placed_seat(m: Mention, toks: list[Token]) -> bool:
    """甲市 + 秘书处, 乙市 + 分设 + 秘书处: a seat word (秘书处) after nothing but a place jieba
    tags (ns), perhaps with the verb that sets the seat up, names where a body named
    elsewhere keeps an office, not a body."""
    seat = next((w for w in zh_lex.words("placed_seats") if m.name.endswith(w)), None)
    if seat is None or m.source != "pattern":
        return False
    head = [t for t in toks if m.start <= t.start and t.end <= m.end - len(seat)]
    covered = sum(t.end - t.start for t in head) == len(m.name) - len(seat)
    kinds = {t.pos[:1] if t.pos != "ns" else "ns" for t in head}
    return covered and "ns" in kinds and kinds <= {"ns", "v"}


def field_government(m: Mention) -> bool:
    """中欧 + 知识产权 + 政府(合作): a field right before 政府 makes 政府 a modifier (the
    governments' cooperation in that field); a government is named by its place, never by
    a field."""
    if m.source != "pattern" or not m.name.endswith("政府"):
        return False
    return m.name[: -len("政府")].endswith(zh_lex.words("generic_document_fields"))


def _government_field(text: str, m: Mention) -> bool:
    """某公司 + 全球政府 + 关系副总裁: 政府 before a word of dealings (关系, 事务) names the
    field a post covers (government relations, government affairs), no government; the
    roles read the body before the field (roles._company_head)."""
    return m.name.endswith("政府") and text.startswith(zh_lex.words("government_dealings"), m.end)


def region_use(text: str, m: Mention) -> bool:
    """面向东盟, 东盟市场, 中国—东盟…局长会议: an international body's name after a verb of
    direction, before a word of market (not one that opens a title's remit: 欧盟贸易委员), or
    as the second side of a dash-joined meeting's name speaks of a region or of a meeting; the
    text does not mention the body there."""
    if m.source != "gazetteer" or m.ref is None or m.ref.kind != "igo":
        return False
    if text.endswith(zh_lex.words("region_direction_verbs"), 0, m.start):
        return True
    market = next((w for w in zh_lex.words("region_markets") if text.startswith(w, m.end)), None)
    if market is not None:
        # 欧盟 + 贸易 + 委员: the remit of the body's commissioner, not the union's market
        return not text.startswith(zh_lex.words("function_titles"), m.end + len(market))
    return _side_before().search(text, 0, m.start) is not None and (
        _paired_meeting().match(text, m.end) is not None
    )


def each_level(text: str, m: Mention) -> bool:
    """各市州 + 商务局: a name of no known body right after 各 and administrative levels is
    the bodies of that kind in every such place, not one organisation."""
    return m.ref is None and _each_levels().search(text, max(0, m.start - 10), m.start) is not None


@cache
def _each_levels() -> re.Pattern[str]:
    return re.compile(rf"各(?:{alternation(zh_lex.words('each_levels'))})+$")


@cache
def _side_before() -> re.Pattern[str]:
    """A first side and a dash right before the name (中国—)."""
    return re.compile(rf"[{HAN}]{{2,6}}[—–-]$")


@cache
def _paired_meeting() -> re.Pattern[str]:
    """The rest of a meeting's name run on from the second side, without a break."""
    heads = alternation(zh_lex.words("paired_meeting_heads"))
    return re.compile(rf"[{HAN}]{{0,12}}?(?:{heads})")


def _common_noun(tok: Token) -> bool:
    return tok.pos.startswith("n") and tok.pos not in ("nr", "ns", "nt", "nnt")


def _verb_in_noun_run(toks: list[Token], k: int) -> bool:
    """品种 + 保护 + 制度: a verb between two nouns is a word of the noun phrase (right after
    the body it would be the body's predicate: 欧盟 + 制定 + 规则)."""
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return toks[k].pos == "v" and nxt is not None and nxt.start == toks[k].end and _common_noun(nxt)


def place_names(words: list[str]) -> set[str]:
    """The places among jieba's place words, with and without their level (钦州市, 钦州)."""
    levels = tuple(zh_lex.words("levels"))
    out = set(words)
    out.update(
        w[: -len(lv)] for w in words for lv in levels if w.endswith(lv) and len(w) - len(lv) >= 2
    )
    return out


@cache
def _bracketed_place() -> re.Pattern[str]:
    """(钦州) followed by a Chinese character: a place in brackets inside a longer name."""
    return re.compile(rf"\(([{HAN}]{{2,6}})\)(?=[{HAN}])")


@cache
def _venue() -> re.Pattern[str]:
    """A venue word, after at most two characters that qualify it (新闻 + 发布厅)."""
    return re.compile(rf"([{HAN}]{{0,2}}?)(?:{alternation(zh_lex.words('venues'))})")


def proposed(text: str, m: Mention) -> bool:
    """您建议的“X联盟”, 拟成立“X中心”: a quoted name (the name may open after a place word
    inside the quotes) after a word that proposes or plans it names a body that does not
    exist yet."""
    quote = _opening_quote().search(text, max(0, m.start - 8), m.start)
    if quote is None:
        return False
    before = text[: quote.start()]
    plans = zh_lex.words("founding_plans")
    if before.endswith(plans) or (before.endswith("的") and before[:-1].endswith(plans)):
        return True
    return before.endswith("的") and before[:-1].endswith(zh_lex.words("proposal_markers"))


@cache
def _opening_quote() -> re.Pattern[str]:
    """An opening quote and the Han characters of the name up to the mention's start."""
    return re.compile(rf"[“「『](?=[{HAN}—–-]*$)")


#: 〔2026〕17号, [2026]17号: the year and number of an official document (文号) after its
#: issuer's code.
_DOCUMENT_NUMBER = re.compile(r"\s*[〔\[［(（]\s*\d{4}\s*[〕\]］)）]\s*第?\d{1,4}\s*号")


def phrase(text: str, m: Mention, known: list[Mention]) -> bool:
    """`m`, found by a pattern, is a phrase rather than a name (see the module); so is any
    mention after an ordinal and its clause (`ranked_kind`)."""
    if ranked_kind(text, m) or notice_issuer(text, m) or programme_opener(text, m):
        return True
    if m.source != "pattern":
        return False
    if _government_field(text, m):
        return True  # 全球政府 + 关系副总裁: a post's field
    if any(v in m.name for v in _goal_verbs()) or text.endswith(_goal_verbs(), 0, m.start):
        return True  # 把X发展成Y中心: Y is what X is to become
    if _later_goal_object(text, m):
        return True  # 打造X高地和面向全球的 + Y中心: the goal's second object
    if proposed(text, m) or _DOCUMENT_NUMBER.match(text, m.end):
        return True  # 渝知局〔2026〕17号: a document number's issuer code, not a mention
    if m.name.endswith("大会") and _edition().search(text, max(0, m.start - 12), m.start):
        return True  # 举办了三届 + 某国际竞争大会, 2030年 + 某大会: a conference's edition
    if _establishment_count().search(text, max(0, m.start - 8), m.start):
        return True  # 吸引了二十余所 + 知名大学: bodies counted, described by their kind
    for k in known:
        if k.source != "gazetteer" or not (m.start <= k.start and k.end <= m.end):
            continue
        rest = text[k.end : m.end]
        if k.start > m.start and text[k.start - 1] in zh_lex.chars("name_openers"):
            return True  # …向 + 国家知识产权局: the body after a preposition
        if k.start == m.start and text[k.end : m.end] == "政府":
            return True  # a known body and 政府: never that body's government
        if k.start == m.start and text[k.end : m.end] in zh_lex.people_lexicon("secretariats"):
            return True  # WIPO + 国际局: the body's own secretariat is the body
        if k.start == m.start and text[k.end : m.end] in zh_lex.words("press_rooms"):
            return True  # 某局 + 传媒中心: the body's press pages, a news source
        if k.start == m.start and k.name.isascii() and rest in zh_lex.words("latin_kind_words"):
            return True  # CPVO + 机构: the known body, its kind said for a Chinese reader
        if k.start == m.start and _of_members(text[k.end : m.end]):
            return True  # 某组织 + 成员国最高法院: the members' courts together
    return False


@cache
def _edition() -> re.Pattern[str]:
    """三届, 第3届 + what the conference is of, or a year (2030年), ending where the name
    begins: a name counted by its editions or dated by its year is an event held again and
    again, no standing body."""
    return re.compile(rf"(?:[0-9{zh_lex.numerals()}]+届[{HAN}]{{0,8}}|(?:19|20)[0-9]{{2}}年)$")


@cache
def _establishment_count() -> re.Pattern[str]:
    """二十余所, 30多家: a number and a count word for establishments ending where the name
    begins. What is counted is several bodies of one kind, described (十余家知名企业), never
    one body's name; an ordinal (第一所 + its name) still names one."""
    counts = alternation(zh_lex.words("establishment_counts"))
    return re.compile(rf"(?<![第0-9{zh_lex.numerals()}])[0-9{zh_lex.numerals()}]+(?:{counts})$")


def notice_issuer(text: str, m: Mention) -> bool:
    """《某局办公室关于开展…的通知》: a body written before 关于 in the title of a document it
    issued (a notice, an opinion, a decision: [issued_documents]) is the source the text
    cites, no body it mentions; an agreement's title (《甲局与乙局关于…的备忘录》) names its
    parties, and ends with no such word."""
    opening = text.rfind("《", max(0, m.start - 30), m.start + 1)
    if opening < 0 or "》" in text[opening : m.start]:
        return False
    closing = text.find("》", m.end, m.end + 80)
    about = text.find("关于", m.end, closing)
    if closing < 0 or about < 0 or about - m.end > 4:
        return False
    return text.endswith(zh_lex.words("issued_documents"), 0, closing)


def programme_opener(text: str, m: Mention) -> bool:
    """“某市人民政府留学生奖学金项目”: a body that opens a quoted name ending in a programme's
    word (项目, 计划, 奖学金: data `programme_ends`) names the programme, which carries the
    funder's name as its own; the body is not one the text mentions."""
    if _opening_quote().search(text, max(0, m.start - 2), m.start) is None:
        return False
    closing = _CLOSING_QUOTE.match(text, m.end)
    if closing is None or closing.end() - 1 == m.end:
        return False
    return text.endswith(zh_lex.words("programme_ends"), 0, closing.end() - 1)


def ranked_kind(text: str, m: Mention) -> bool:
    """成为第5个加入该体系的 + 专利局: after an ordinal counted with 个/家/所 and a clause
    closed by 的, in one clause, the name is what the subject became the Nth of, a kind of
    body ranked, never the body of that name (a short name the reference gives one office,
    专利局, names none here)."""
    return _ranked().search(text, max(0, m.start - 40), m.start) is not None


@cache
def _ranked() -> re.Pattern[str]:
    """第 + a number + 个/個/家/所, Han characters and Latin letters or brackets (CPC) of one
    clause, then 的 right where the name begins."""
    counts = alternation(zh_lex.words("ordinal_count_words"))
    return re.compile(rf"第[0-9{zh_lex.numerals()}]+(?:{counts})[{HAN}A-Za-z0-9()（）]{{1,30}}?的$")


def _of_members(rest: str) -> bool:
    """成员国 + 最高法院 after a known body: bodies of its members together, not an organ of
    the body (成员国大会, which `index` reads as the body)."""
    organs = zh_lex.words("organ_suffixes")
    return rest.startswith(zh_lex.words("member_states")) and not rest.endswith(organs)
