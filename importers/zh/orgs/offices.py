"""Offices a body keeps in another place.

A company's office in a place (X新加坡办公室) stands for the company: the organisation is X.
A body's office stationed elsewhere (香港特别行政区政府驻北京办事处) is one organisation that
runs from the body's name to the office, not the body and a bare 北京办事处.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation, longest_first
from importers.zh import lex as zh_lex
from importers.zh.lex import Token
from importers.zh.orgs.grown import ends_name_back, is_stop
from importers.zh.orgs.mention import Mention, squash
from importers.zh.orgs.shape import org_openers, place_only, place_words, suffix_ok
from store.text import HAN, is_han


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


def _named_in_full(m: Mention, found: list[Mention]) -> bool:
    """X组织中国办事处, then 中国办事处 alone: the office named again without its parent (read
    as that office later), not a branch of the word before it (充分发挥 + 中国办事处)."""
    return any(
        o.start < m.start and len(o.name) > len(m.name) and o.name.endswith(m.name) for o in found
    )


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
        place = next((w for w in place_words() if m.name.startswith(w)), ns)
        rest = m.name[len(place) :] if place else ""
        if not place or rest not in zh_lex.words("branch_suffixes"):
            continue
        if _after_org(text, m, found + (known or [])):
            m.source = "drop"
            continue
        if _named_in_full(m, found + (known or [])):
            continue
        k = by_start.get(m.start, 0) - 1
        if k < 0:
            continue
        prev = toks[k]
        namelike = prev.pos in ("nrt", "nz", "nt", "eng", "n", "j", "nr") and len(prev.word) >= 2
        if namelike and not is_stop(prev) and prev.word not in zh_lex.words("relation_nouns"):
            out.append(Mention(prev.start, prev.end, prev.word, source="branch"))
            m.source = "drop"
    return out


def parented_branches(text: str, toks: list[Token], found: list[Mention]) -> list[Mention]:
    """某某指导中心 + 深圳 + 分中心: a branch named by its place and a branch word (分中心, 分会)
    right after its parent's name is one body whose name runs from the parent's first word
    (grown back over the words of the name) to the branch word, not a bare 深圳分中心."""
    by_end = {t.end: k for k, t in enumerate(toks)}
    ns_words = {t.word for t in toks if t.pos == "ns"}
    out = []
    for m in found:
        branch = next((b for b in zh_lex.words("parented_branches") if m.name.endswith(b)), "")
        if not branch:
            continue
        k, head = by_end.get(m.start), m.name[: -len(branch)]
        if k is None or not head or not (head in ns_words or place_only(head)):
            continue
        start, edge = None, m.start
        while (
            k >= 0 and toks[k].end == edge and not ends_name_back(toks, k) and m.start - edge < 24
        ):
            start = edge = toks[k].start
            k -= 1
        if start is None:
            continue
        parent = text[start : m.start]
        if len(parent) >= 4 and suffix_ok(parent) and not place_only(parent):
            out.append(Mention(start, m.end, squash(text[start : m.end])))
    return out


def regional(text: str, found: list[Mention]) -> list[Mention]:
    """某商会 + 大中华区: a body's organisation for a region of the world is one body whose
    name runs on to the region (not the body, then a place)."""
    out = []
    for m in found:
        hit = _regional_regex().match(text, m.end) if m.source != "drop" else None
        if hit is not None:
            out.append(Mention(m.start, hit.end(), squash(text[m.start : hit.end()])))
    return out


@cache
def _regional_regex() -> re.Pattern[str]:
    """A region word that ends there (中国区, not 中国区域)."""
    return re.compile(rf"(?:{alternation(zh_lex.words('regional_branches'))})(?!域)")


@cache
def _stationed_regex() -> re.Pattern[str]:
    offices = alternation(zh_lex.words("stationed_offices"))
    return re.compile(rf"驻[{HAN}]{{1,4}}?(?:{offices})")


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
        elif _named_by_station(text, m, found):
            out.append(Mention(m.start - 1, m.end, "驻" + m.name))
    return out


def without_group_postings(text: str, found: list[Mention]) -> list[Mention]:
    """省纪委驻厅 + 纪检组: a name that runs over a stationing verb into a group a commission
    stations elsewhere is the commission and the group's posting; the organisation is the
    commission alone (the group's head holds the posting in the title, see roles.py)."""
    groups = tuple(zh_lex.people_lexicon("stationed_groups"))
    verbs = longest_first(zh_lex.people_lexicon("stationing_verbs"))
    out = []
    for m in found:
        cut = next((i for v in verbs if (i := m.name.find(v)) > 1), -1)
        if cut < 0 or not text.startswith(groups, m.end):
            out.append(m)
        elif not any(o.start == m.start and o.name == m.name[:cut] for o in found):
            out.append(Mention(m.start, m.start + cut, m.name[:cut], source=m.source))
    return out


def _named_by_station(text: str, m: Mention, found: list[Mention]) -> bool:
    """驻捷克台北代表处: an office named by where it is stationed, with no body before 驻,
    keeps 驻 in its name (捷克台北代表处 alone would read as a Czech office)."""
    if m.start < 1 or text[m.start - 1] != "驻" or not m.name.endswith(_offices()):
        return False
    if any(o.end == m.start - 1 for o in found):
        return False  # 日本驻华大使馆: the body before 驻 names it
    before = text[m.start - 2] if m.start >= 2 else ""
    return not before or not is_han(before) or before in zh_lex.chars("org_openers")


@cache
def _offices() -> tuple[str, ...]:
    return tuple(zh_lex.words("stationed_offices"))


@cache
def _mission_office() -> re.Pattern[str]:
    """The rest of a mission's name after its place: a short stretch (the place it is
    stationed in, its field) and an office word."""
    return re.compile(rf"[{HAN}]{{0,6}}?(?:{alternation(zh_lex.words('stationed_offices'))})")


def missions(text: str, toks: list[Token], found: list[Mention]) -> list[Mention]:
    """立陶宛驻台贸易代表处 (a country's office stationed in a place) and 驻立陶宛台湾代表处
    (an office named by the country it is stationed in): representative and trade offices
    named by places rather than by a body, each one organisation from the first place to
    the office word. The place is never a body of its own, nor a company whose branch the
    office would be (`branches`); an office after a body's name is `stationed`."""
    ends = {o.end for o in found if o.source != "drop"}
    out = []
    for t in toks:
        if not (t.pos.startswith("ns") or t.word in zh_lex.countries()):
            continue
        if text.startswith("驻", t.end) and t.start not in ends:
            s, rest = t.start, _mission_office().match(text, t.end + 1)
            rest = rest if rest is not None and rest.end() > t.end + 2 else None
        elif t.start and text[t.start - 1] == "驻" and t.start - 1 not in ends:
            s, rest = t.start - 1, _mission_office().match(text, t.end)
        elif t.word in zh_lex.countries() and t.start not in ends:
            s, rest = t.start, _resident_office(text, t.end)
        else:
            continue
        before = text[s - 1] if s else ""
        if rest is None or (
            before and is_han(before) and before not in org_openers() and not _after_word(toks, s)
        ):
            continue  # no office, or inside a longer word or name
        out.append(Mention(s, rest.end(), squash(text[s : rest.end()])))
    return out


def _resident_office(text: str, end: int) -> re.Match[str] | None:
    """英国 + 在台办事处: a country's office named by the place it is in (在 + a place of one
    or two characters + an office word), as 驻 names it elsewhere."""
    if not text.startswith("在", end):
        return None
    rest = _mission_office().match(text, end + 1)
    return rest if rest is not None and 1 <= rest.end() - end - 1 - _office_len(rest) <= 2 else None


def _office_len(rest: re.Match[str]) -> int:
    return next((len(w) for w in _offices() if rest.group(0).endswith(w)), 0)


def _after_word(toks: list[Token], start: int) -> bool:
    """目前 + 驻英国台北代表处, 透过 + 驻越南…办事处: a word that cannot be part of a name (an
    adverb, a time, a verb) ends right before `start`, so a name may begin there."""
    prev = next((t for t in toks if t.end == start), None)
    return prev is not None and (is_stop(prev) or prev.pos.startswith("v"))


def represented(text: str, found: list[Mention]) -> list[Mention]:
    """日本某机构（JETRO）北京代表处 that signs or hosts on its own: a body's office that the
    text names at least once as an actor (not only before its head's title, 北京代表处首席
    代表, where it stays in the title) is an organisation of its own, from the body's name to
    the office word, at each place the text names it; after the body's bracketed short form
    (JETRO北京代表处) it is named as after the body's full name."""
    offices = [m for m in found if m.source == "drop" and m.name.endswith(_branch_words())]
    bodies = {id(o): b for o in offices if (b := _body_before(text, o, found)) is not None}
    acting = {
        o.name
        for o in offices
        if id(o) in bodies and (not _titled(text, o.end) or _head_signs(text, o.end))
    }
    full = _bracket_names(text, found)
    out = []
    for o in offices:
        body = bodies.get(id(o))
        if body is None or o.name not in acting:
            continue
        start = full[body.name][0] if body.name in full and text[o.start - 1] == ")" else body.start
        name = full.get(body.name, (0, body.name))[1] + o.name
        out.append(Mention(start, o.end, name))
    return out


@cache
def _branch_words() -> tuple[str, ...]:
    """Representative offices: a company's office (X新加坡办公室) stays the company."""
    return zh_lex.people_lexicon("representative_offices")


def _titled(text: str, end: int) -> bool:
    return zh_lex.title_regex().match(text, end) is not None


def _head_signs(text: str, end: int) -> bool:
    """X代表处 + 首席代表 + NAME + 签署了…协议: the office's head signs right after the name, so
    the office is the party that signs, an organisation of its own (not when the head only
    attends or witnesses, or a clause break comes first)."""
    title = zh_lex.title_regex().match(text, end)
    if title is None:
        return False
    return _signs_after_name().match(text, title.end()) is not None


@cache
def _signs_after_name() -> re.Pattern[str]:
    """A name (no punctuation, at most twelve characters: a transliterated one has its dot),
    then a verb of signing."""
    verbs = alternation(zh_lex.words("head_sign_verbs"))
    return re.compile(rf"[{HAN}·•]{{2,12}}?(?:{verbs})")


def _body_before(text: str, office: Mention, found: list[Mention]) -> Mention | None:
    """The organisation named right before `office`, or before the bracket that closes
    right before it."""
    at = office.start - 1 if office.start and text[office.start - 1] == ")" else office.start
    return next((o for o in found if o.source != "drop" and o.end == at), None)


def _bracket_names(text: str, found: list[Mention]) -> dict[str, tuple[int, str]]:
    """Short form in brackets -> (start, name) of the full name it follows: X（Y）."""
    out: dict[str, tuple[int, str]] = {}
    for o in found:
        if o.source == "drop" or text[o.end : o.end + 1] != "(":
            continue
        close = text.find(")", o.end)
        if 0 < close - o.end <= 12:
            out.setdefault(text[o.end + 1 : close].strip(), (o.start, o.name))
    return out
