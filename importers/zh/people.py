"""Officials in Chinese text: [机构][职务][姓名] and its variants.

Chinese news names an official as organisation, title, name with nothing in between
(世界知识产权组织总干事邓鸿森), lists officials of one organisation with 、 and states the
organisation once (机构行政董事郭杰伟、业务发展司副司长邱耀宏), refers back with surname plus
先生/女士 (邓先生) or name plus title (钟梓坚局长), and in tables puts the name in one cell
and organisation plus title in the next. The title word anchors every pattern; the name after
it is a family name plus one or two characters, cut before the words that follow names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from importers.gazetteer import Reference
from importers.zh import lex as zh_lex
from importers.zh.lex import Token
from importers.zh.orgs import UNIT_ENDS, Mention, org_suffix
from importers.zh.table import Row
from importers.zh.text import is_han

BOUNDARY = '，,。；;：:！!？?、\n()（）《》“”"「」 '
FOREIGN = re.compile(r"[\u4e00-\u9fff]{1,8}(?:[·•‧・][\u4e00-\u9fff]{1,10})+")
HONORIFIC = re.compile(r"(先生|女士|博士|教授|阁下)")
LATIN_ALIAS = re.compile(r"\(\s*([A-Z][A-Za-z.'\-]+(?:\s+[A-Z][A-Za-z.'\-]+){1,4})\s*\)")
# Final characters of an organisation abbreviation inside a list item (开建办科技处副处长).
ITEM_ORG_ENDS = ("办", "委", "会", "院", "中心", "公司", "集团", "大学", "政府", "所")
NAME_TAGS = ("nr", "nrfg", "nrt")
# Final characters of a body whose head's title repeats them (局/局长, 署/署长, 院/院长).
HEADED_ENDS = "局署院会"
# Words that open the text before a title without being part of a name (由X局局长).
NAME_OPENERS = "由经在向对同将并"
# Ends of a body's name that may begin the text before a title (阿里巴巴集团知识产权部总监).
COMPANY_ENDS = ("公司", "集团", "大学", "银行", "基金会", "研究院", "事务所", "律师事务所")


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


@cache
def _followers() -> tuple[str, ...]:
    return tuple(zh_lex.longest_first(zh_lex.words("name_followers")))


@cache
def _led_by() -> frozenset[str]:
    """Words between a delegation's organisation and 由 + its head (代表团由), or none."""
    return frozenset({"", *zh_lex.words("led_by")})


@cache
def _unit_suffixes() -> tuple[str, ...]:
    return tuple(zh_lex.longest_first(zh_lex.words("unit_suffixes")))


def surname_length(text: str, pos: int) -> int:
    """Length of the family name at text[pos] (2 for 欧阳), or 0 if none."""
    single, double = zh_lex.surnames()
    if text[pos : pos + 2] in double:
        return 2
    return 1 if text[pos : pos + 1] in single else 0


def _token_at(toks: list[Token], pos: int) -> Token | None:
    for t in toks:
        if t.start == pos:
            return t
        if t.start > pos:
            return None
    return None


def name_at(text: str, pos: int, toks: list[Token]) -> str | None:
    """The person's name that begins at `pos` (just after a title), or None."""
    foreign = FOREIGN.match(text, pos)
    if foreign:
        return _trim_followers(foreign.group(0))
    japanese = _japanese_name(text, pos)
    if japanese:
        return japanese
    sl = surname_length(text, pos)
    if not sl:
        return _unlisted_name(text, pos)
    given = 0
    limit = 1 if _word_after_two(toks, pos, sl) else 2
    while given < limit and pos + sl + given < len(text) and is_han(text[pos + sl + given]):
        if given == 1 and text.startswith(_followers(), pos + sl + given):
            break
        if given == 1 and zh_lex.title_regex().match(text, pos + sl + given):
            break
        given += 1
    if given == 0 or text.startswith(_followers(), pos + sl):
        return None
    name = text[pos : pos + sl + given]
    tok = _token_at(toks, pos)
    common = tok and tok.pos not in NAME_TAGS and tok.end - tok.start >= 2
    if common and tok and tok.end - pos in (len(name), 2) and tok.pos not in ("nz", "ns", "nnt"):
        return None  # a common word (单位, 高新), not a name
    return name


def _word_after_two(toks: list[Token], pos: int, sl: int) -> bool:
    """王静 + 结合实际: jieba reads a name of one given character and then a word of its
    own that begins where a second given character would be; the name ends before it."""
    tok = _token_at(toks, pos)
    if tok is None or tok.pos not in NAME_TAGS or tok.end != pos + sl + 1:
        return False
    nxt = _token_at(toks, tok.end)
    return nxt is not None and nxt.end - nxt.start >= 2 and nxt.pos not in NAME_TAGS


@cache
def _japanese_surnames() -> frozenset[str]:
    return frozenset(zh_lex.words("japanese_surnames"))


def _japanese_name(text: str, pos: int) -> str | None:
    """山田直子: a Japanese family name of two characters and a given name of one or two,
    ending where the text leaves Chinese characters or a word that follows names begins."""
    if text[pos : pos + 2] not in _japanese_surnames():
        return None
    for k in (pos + 4, pos + 3):
        if k > len(text) or not all(is_han(c) for c in text[pos:k]):
            continue
        if k == len(text) or not is_han(text[k]) or text.startswith(_followers(), k):
            return text[pos:k]
    return None


def plausible_name(name: str, *, common_ok: bool = False) -> bool:
    """Not a web page button (关闭窗口) and, unless `common_ok`, not a common word (会议).
    A transliterated name (艾力·买买提) needs Chinese characters on both sides of the dot."""
    if name in zh_lex.ui_words():
        return False
    if any(c in name for c in "·•‧・"):
        return all(p and all(is_han(c) for c in p) for p in re.split("[·•‧・]", name))
    return common_ok or not zh_lex.common_word(name)


def _unlisted_name(text: str, pos: int) -> str | None:
    """A name without a listed family name (Japanese 滨野幸一): accepted only when 2-4
    Chinese characters run from the title to a word that follows names (会见, 表示)."""
    if text.startswith(_followers(), pos) or any(text.startswith(w, pos) for w in _places()):
        return None
    for k in range(pos + 2, min(pos + 5, len(text)) + 1):
        if not all(is_han(c) for c in text[pos:k]):
            return None
        if k < len(text) and text.startswith(_followers(), k) and text[k] not in "的了等和与及":
            return _without_particle(text[pos:k])
    return None


def _without_particle(name: str) -> str | None:
    """托卡耶夫的 (before 共同见证) -> 托卡耶夫: a name does not end in a particle."""
    while name and name[-1] in "的了":
        name = name[:-1]
    return name if len(name) >= 2 else None


@cache
def _clause_verbs() -> frozenset[str]:
    return frozenset(zh_lex.words("clause_verbs"))


@cache
def _places() -> tuple[str, ...]:
    return tuple(zh_lex.words("place_prefixes")) + tuple(zh_lex.countries())


def _trim_followers(name: str) -> str:
    """伯诺瓦·巴蒂斯特利在北京 -> 伯诺瓦·巴蒂斯特利."""
    last = max(name.rfind(c) for c in "·•‧・")
    tail = name[last + 1 :]
    for k in range(1, len(tail)):
        if tail.startswith(_followers(), k):
            return name[: last + 1 + k]
    return name


def _segment_start(text: str, pos: int) -> int:
    k = pos
    while k > 0 and text[k - 1] not in BOUNDARY:
        k -= 1
    return k


def _org_in(orgs: list[Mention], start: int, end: int) -> Mention | None:
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
    if len(unit) > 16 or not all(is_han(c) or c in "和与及" for c in unit):
        return False
    if unit.endswith(COMPANY_ENDS):
        return False  # 徐工集团 + 工程机械股份有限公司: a longer name, not a unit
    return unit.endswith(_unit_suffixes()) or bool(zh_lex.title_regex().fullmatch(unit))


def _item_org(item: str) -> int | None:
    """In a list item with no known organisation, "开建办" + "科技和知识产权处": the length of
    an abbreviated organisation name followed by one of its units, or None."""
    for k in range(2, min(len(item) - 1, 10)):
        head, unit = item[:k], item[k:]
        unit_ok = _unit_ok(unit) and len(unit) >= 2 and unit.endswith(_unit_suffixes())
        if head.endswith(ITEM_ORG_ENDS) and unit_ok and all(is_han(c) for c in head):
            return k
    return None


def _company_head(item: str) -> int | None:
    """阿里巴巴集团知识产权部: the length of a company (or similar body) name that begins the
    text before a title and is followed only by one of its units, or None."""
    for k in range(min(len(item), 24), 3, -1):  # the longest name: X集团Y有限公司 over X集团
        head, unit = item[:k], item[k:]
        if not head.endswith(COMPANY_ENDS) or not all(is_han(c) for c in head):
            continue
        if head.startswith(("该", "本", "此", "各", "其")):
            return None
        if not unit or (unit.endswith(_unit_suffixes()) and all(is_han(c) for c in unit)):
            return k
    return None


def _headed_body(item: str, title: str) -> int | None:
    """商务及经济发展局局长: a name ending in the character its head's title begins with
    (局 + 局长, 署 + 副署长) is a body of its own, even when no pattern found it; the length
    of the name, or None. Units (司, 处, 部) stay in the title."""
    core = title.removeprefix("副").removeprefix("常务")
    last = item[-1:]
    if len(item) < 4 or last not in HEADED_ENDS or not core.startswith(last):
        return None
    if item[0] in NAME_OPENERS + "该本此各其我" or not all(is_han(c) for c in item):
        return None
    return len(item)


class PeopleFinder:
    """Finds the people of one document from its cleaned text, jieba words and organisations."""

    def __init__(self, text: str, toks: list[Token], orgs: list[Mention]) -> None:
        self.text = text
        self.toks = toks
        self.orgs = orgs
        self.hits: list[PersonHit] = []
        self._name_ends: list[int] = []
        self._rows: list[tuple[int, int]] = []  # table rows already read

    def table_rows(self, rows: list[Row]) -> None:
        """姓名/单位/职务 tables: one official per row, the unit cell their organisation."""
        for row in rows:
            if not plausible_name(row.name, common_ok=True):
                continue
            s, e = row.name_span
            hit = PersonHit(s, e, row.name, title=row.title, span_start=row.line_span[0])
            hit.org = next((o for o in self.orgs if o.start <= row.org_span[0] < o.end), None)
            self._add(hit)
            self._rows.append(row.line_span)

    def _in_rows(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self._rows)

    def titled(self) -> None:
        """[机构][职务][姓名], with lists that share the organisation."""
        text = self.text
        pos = 0
        while (m := zh_lex.title_regex().search(text, pos)) is not None:
            ts, te = m.start(), m.end()
            pos = ts + 1  # titles may overlap: 特许厅长官 holds 厅长 and 长官
            if self._in_rows(ts):
                continue
            if any(o.start < ts < o.end or o.start < te < o.end for o in self.orgs):
                continue
            name = name_at(text, te, self.toks)
            if not name or not plausible_name(name) or any(o.start == te for o in self.orgs):
                continue
            hit = PersonHit(te, te + len(name), name)
            self._role(hit, self._title_chain_start(ts), te)
            self._add(hit)
            pos = hit.end

    def _title_chain_start(self, ts: int) -> int:
        """党组书记、局长周立新: where a chain of titles joined by 、 before one name begins
        (the titles are one role, as written)."""
        while ts > 1 and self.text[ts - 1] == "、":
            before = self.text[max(0, ts - 9) : ts - 1]
            word = next(
                (w for w in zh_lex.longest_first(zh_lex.titles()) if before.endswith(w)), None
            )
            if word is None or _org_in(self.orgs, ts - 1 - len(word), ts - 1) is not None:
                break
            ts -= 1 + len(word)
        return ts

    def _after_verb(self, seg: int, ts: int) -> int:
        """The end of the last clause verb (见证, 出席) in text[seg:ts], or `seg`: an
        organisation before a title starts after the verb, never across it."""
        ends = [
            t.end for t in self.toks if seg <= t.start and t.end <= ts and t.word in _clause_verbs()
        ]
        return max(ends, default=seg)

    def _role(self, hit: PersonHit, ts: int, te: int) -> None:
        text = self.text
        seg = _segment_start(text, ts)
        seg = max([seg, *(e for e in self._name_ends if e <= ts)])
        seg = self._after_verb(seg, ts)
        while seg < ts and text[seg] in "和与及以 ":
            seg += 1 if text[seg] != "以" or text[seg : seg + 2] != "以及" else 2
        hit.span_start = seg
        org = _org_in(self.orgs, seg, ts) or self._bracketed_org(seg)
        if org is not None and org.name.endswith(UNIT_ENDS):
            parent = next((o for o in self.orgs if o.end == org.start and o.start >= seg), None)
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
        item = text[seg:ts].strip()
        in_list = seg > 0 and text[seg - 1] == "、"
        split = _company_head(item) or (_item_org(item) if in_list else None)
        split = split or _headed_body(item, text[ts:te])
        back = self._referred_org(item, seg) if not split else None
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
        hit.org = self._list_org(seg)

    def government_roles(self) -> None:
        """副省长陈洪涛 with no organisation stated: the one provincial government the text
        names (浙江省人民政府, if only in a breadcrumb). Same for cities, counties, regions."""
        levels = dict(w.split(":", 1) for w in zh_lex.words("government_titles"))
        for h in self.hits:
            level = levels.get(h.title or "")
            if h.org is not None or level is None:
                continue
            govs = [o for o in self.orgs if o.name.endswith((level + "人民政府", level + "政府"))]
            if len({o.name for o in govs}) == 1:
                h.org = govs[0]

    def _bracketed_org(self, seg: int) -> Mention | None:
        """X（Y）局长: the organisation whose second name closes just before the title."""
        if seg < 2 or self.text[seg - 1] != ")":
            return None
        return next((o for o in self.orgs if o.end == seg - 1), None)

    def _referred_org(self, item: str, seg: int) -> Mention | None:
        """事务所所长, 海康威视高级副总裁: a short form (a suffix word or a part of at least three
        characters) of an organisation named earlier in full: the latest such organisation."""
        if len(item) < 3 or not all(is_han(c) for c in item):
            return None
        earlier = [o for o in self.orgs if o.end <= seg and item in o.name and item != o.name]
        return earlier[-1] if earlier else None

    def _list_org(self, seg: int) -> Mention | None:
        """The organisation of earlier items of a 、-list that this item continues."""
        for _ in range(12):
            if seg <= 0 or self.text[seg - 1] != "、":
                return None
            prev = _segment_start(self.text, seg - 1)
            org = _org_in(self.orgs, prev, seg - 1)
            if org is not None:
                return org
            seg = prev
        return None

    def _add(self, hit: PersonHit) -> None:
        latin = LATIN_ALIAS.match(self.text, hit.end)
        if latin:
            hit.latin = latin.group(1)
        self.hits.append(hit)
        self._name_ends.append(hit.end)

    def referred(self, known: dict[str, str]) -> None:
        """钟梓坚局长 (a known name again), 邓先生 (family name + honorific) and 格伯副局长
        (the last part of a transliterated name)."""
        text = self.text
        names = [n for n in known if n]
        if names:
            regex = re.compile(zh_lex.alternation(names))
            taken = {(h.start, h.end) for h in self.hits}
            for m in regex.finditer(text):
                if (m.start(), m.end()) not in taken:
                    self.hits.append(PersonHit(m.start(), m.end(), m.group(0)))
        self._last_parts(names)
        for m in HONORIFIC.finditer(text):
            for sl in (2, 1):
                s = m.start() - sl
                if s < 0 or surname_length(text, s) != sl:
                    continue
                if s > 0 and is_han(text[s - 1]) and text[s - 1] not in "位由与和及请向对据":
                    continue
                family = text[s : m.start()]
                before = [h for h in self.hits if h.start < s and h.name.startswith(family)]
                if before:
                    self.hits.append(
                        PersonHit(s, m.end(), text[s : m.end()], alias_of=before[-1].name)
                    )
                break

    def _last_parts(self, names: list[str]) -> None:
        """梅尔加利耶夫 for 阿斯兰别克·梅尔加利耶夫: the family part of a transliterated name,
        alone, refers back to it; a part of two characters only before a title or honorific."""
        taken = [(h.start, h.end) for h in self.hits]
        for full in names:
            part = re.split("[·•‧・]", full)[-1]
            if part == full or len(part) < 2:
                continue
            for m in re.finditer(re.escape(part), self.text):
                s, e = m.start(), m.end()
                if any(a < e and s < b for a, b in taken) or (
                    s > 0 and self.text[s - 1] in "·•‧・"
                ):
                    continue
                after = self.text[e:]
                if len(part) < 3 and not (
                    zh_lex.title_regex().match(after) or HONORIFIC.match(after)
                ):
                    continue
                self.hits.append(PersonHit(s, e, part, alias_of=full))
                taken.append((s, e))

    def named_then_titled(self) -> None:
        """申长雨局长表示: a name jieba tags as a person (or a transliterated name with a dot,
        马丁·格伯) directly before a title."""
        taken = [(h.start, h.end) for h in self.hits]
        for start, end, title in self._names_before_titles():
            if any(s < end and start < e for s, e in taken):
                continue
            org = self._org_before_name(start)
            hit = PersonHit(start, end, self.text[start:end], title=title, org=org)
            hit.span_start = org.start if org is not None else start
            self._add(hit)
            taken.append((start, end))

    def _names_before_titles(self) -> list[tuple[int, int, str]]:
        """(start, end, title) of names written before their title: jieba person names with
        a family name, and transliterated names (马丁·格伯副局长)."""
        out = []
        for k, tok in enumerate(self.toks[:-1]):
            nxt = self.toks[k + 1]
            if tok.pos not in NAME_TAGS or nxt.pos != "nnt" or nxt.start != tok.end:
                continue
            if 2 <= len(tok.word) <= 4 and surname_length(tok.word, 0):
                out.append((tok.start, tok.end, nxt.word))
        for m in FOREIGN.finditer(self.text):
            start = self._foreign_start(m.start(), m.group(0))
            name = self.text[start : m.end()]
            last = max(name.rfind(c) for c in "·•‧・")
            for k in range(last + 3, len(name) + 1):  # the first title after the dot
                title = zh_lex.title_regex().match(self.text, start + k)
                if title and plausible_name(name[:k]):
                    out.append((start, start + k, title.group(0)))
                    break
        return out

    def _foreign_start(self, start: int, name: str) -> int:
        """Where a transliterated name really begins: the regex takes every Chinese character
        before the dot (代表团由马丁·格伯); the name's first part is the shortest one (at least
        two characters) after a boundary, a preposition or an organisation's name."""
        dot = start + min(k for k, c in enumerate(name) if c in "·•‧・")
        ends = {o.end for o in self.orgs}
        for s in range(dot - 2, start - 1, -1):
            before = self.text[s - 1] if s > 0 else "\n"
            if before in BOUNDARY + NAME_OPENERS + "与和及" or s in ends:
                return s
        return start

    def _org_before_name(self, start: int) -> Mention | None:
        """The organisation of a name written before its title: named right before it, or
        before a delegation word and 由 (X代表团由马丁·格伯副局长率领)."""
        for o in self.orgs:
            if o.end == start:
                return o
            between = self.text[o.end : start]
            if o.end < start and between.endswith("由") and between[:-1] in _led_by():
                return o
        return None

    def table_cells(self) -> None:
        """A name alone in a cell followed by organisation and title in the next cell."""
        text = self.text
        taken = [(h.start, h.end) for h in self.hits]
        for m in re.finditer(r"(?:^|(?<=[\n ]))([\u4e00-\u9fff]{2,4})(?=[\n ])", text, re.M):
            s, e = m.start(1), m.end(1)
            cell = m.group(1)
            if not surname_length(cell, 0) or zh_lex.title_regex().search(cell):
                continue
            if not plausible_name(cell, common_ok=True):
                continue
            if any(o.start < e and s < o.end for o in self.orgs) or (s, e) in taken:
                continue
            if self._in_rows(s):
                continue
            line_end = text.find("\n", e)
            line_end = len(text) if line_end < 0 else line_end
            rest_start, rest_end = e, line_end
            if not text[e:line_end].strip():
                rest_start = line_end + 1
                nxt = text.find("\n", rest_start)
                rest_end = len(text) if nxt < 0 else nxt
            title = zh_lex.title_regex().search(text, rest_start, rest_end)
            if not title or title.start() - rest_start > 50:
                continue
            if any(c in "，,。；;：:！？" for c in text[rest_start : title.start()]):
                continue  # prose, not a cell: 关闭窗口 \n 3月15日，…副省长
            hit = PersonHit(s, e, cell, title=title.group(0), span_start=s)
            hit.org = _org_in(self.orgs, rest_start, title.start())
            self._add(hit)


def reference_people(text: str, reference: Reference) -> list[tuple[int, int, str]]:
    """Chinese names of reference people found in the text."""
    names = [n for n, _p in reference.person_names() if zh_lex.HAN.search(n) and len(n) >= 2]
    if not names:
        return []
    regex = re.compile(zh_lex.alternation(names))
    return [(m.start(), m.end(), m.group(0)) for m in regex.finditer(text)]


def is_org_name(name: str) -> bool:
    return bool(org_suffix(name))
