"""Units inside an organisation, and the body a unit or organ belongs to.

A department written after its organisation (大疆 + 知识产权部, 欧洲专利局 + 国际合作部) is
part of a title, not an organisation of its own; an organ of a body (世界知识产权组织成员国
大会) signs as that body.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation, longest_first
from importers.zh import lex as zh_lex
from importers.zh.orgs.mention import Mention
from importers.zh.orgs.shape import org_suffix, place_only, suffix_ok
from store.text import HAN


def unit_ends() -> tuple[str, ...]:
    """Suffixes that, after a known organisation's name, make a department (部, 处)."""
    return zh_lex.words("unit_ends")


def body_unit_ends() -> tuple[str, ...]:
    """The unit suffixes but the last (室): 办公室 is also a body of its own."""
    return unit_ends()[:-1]


def unit_of(m: Mention, names: set[str], text: str) -> bool:
    """A name found by pattern that is another organisation's name plus a unit (部, 处), or a
    unit written right after another organisation's name (星河 + 法务部). A directorate-general
    (X委员会 + 贸易 + 总司) is a body of its own, even before its head's title, and so is a
    representative office still named here (`offices` dropped those that are not bodies), and
    an office stationed elsewhere (X驻某地办事处)."""
    if m.source != "pattern" or not m.name.endswith(body_unit_ends()):
        return False
    if m.name.endswith(zh_lex.words("directorate_suffixes")):
        return False
    if m.name.endswith(zh_lex.people_lexicon("representative_offices")):
        return False
    if stationed_office(m.name):
        return False
    return _after_company_end(m.name) or any(
        text.endswith(n, 0, m.start)
        or (m.name.startswith(n) and len(m.name) - len(n) >= 2 and n != m.name)
        for n in names
    )


def _after_company_end(name: str) -> bool:
    """某某技术有限公司 + 知识产权部: a name that runs past a company's (or bank's, group's)
    legal end into a department of two characters or more is that body and its unit, whether
    or not the text names the company alone."""
    ends = zh_lex.words("company_ends")
    return any((k := name.find(e)) > 0 and len(name) - k - len(e) >= 2 for e in ends)


def stationed_office(name: str) -> bool:
    """驻 + a place + an office word closing a name (X代表处驻某地办事处, X政府驻某特别行政区
    联络办公室): an office the body keeps elsewhere, a body of its own with its parent in its
    name, not an internal unit."""
    return _stationed_office().search(name) is not None


@cache
def _stationed_office() -> re.Pattern[str]:
    offices = alternation(zh_lex.words("stationed_offices"))
    return re.compile(rf"驻[{HAN}]{{1,8}}?(?:{offices})$")


def general_office(m: Mention) -> Mention:
    """云南省知识产权局 + 办公室: a body's general office named right after the body's full
    name is an internal unit (a signature line, a contact), so the mention is of the body. A
    committee's or a government's office (X委员会办公室) is left as named: often a body, and
    so is an office named for the people it serves (X局离退休干部办公室): 干部 ends in 部 but
    names no division."""
    if m.source != "pattern" or m.end - m.start != len(m.name):
        return m
    office = next((g for g in zh_lex.words("general_offices") if m.name.endswith(g)), None)
    head = m.name[: -len(office)] if office else ""
    owners = zh_lex.words("general_office_owners")
    if len(head) < 4 or not suffix_ok(head) or not head.endswith(owners):
        return m
    return Mention(m.start, m.start + len(head), head)


def lone_department(m: Mention) -> bool:
    """国际合作部 written alone (任国际合作部副主任): a department that bodies of every kind
    have, which jieba reads as a body's name, is a unit of a body named elsewhere. After its
    body's name it is read with that body (`unit_of`)."""
    return m.source == "pattern" and m.name in zh_lex.wordset("department_names")


def organ_parent(name: str) -> str | None:
    """世界知识产权组织(WIPO)成员国大会 -> 世界知识产权组织: the body an organ (assembly,
    committee) belongs to, or None when `name` is not an organ of a named body."""
    organ = organ_suffix(name)
    if not organ or len(name) <= len(organ) + 2:
        return None
    head = re.sub(r"\([^()]*\)$", "", name[: -len(organ)]).strip()
    return head if len(head) >= 2 and org_suffix(head) else None


def organ_suffix(name: str) -> str:
    """The organ (成员国大会, 常设委员会) `name` ends with, the longest; "" if none."""
    return next((o for o in _organ_suffixes() if name.endswith(o)), "")


@cache
def _organ_suffixes() -> tuple[str, ...]:
    """The organ words, longest first (sorted once: every found mention is asked)."""
    return tuple(longest_first(zh_lex.words("organ_suffixes")))


def organ_of_known(m: Mention, known: list[Mention]) -> bool:
    """出席了X成员国大会, 越南 + WIPO + 成员国大会: an organ (assembly, committee) written right
    after a body the reference knows (by its name or its acronym, a place at most before it)
    is that body's organ, no body of its own; the known body is found inside the name."""
    if m.source != "pattern":
        return False
    parent = organ_parent(m.name)
    if any(k.start == m.start and k.name == parent for k in known if k.ref is not None):
        return True
    organ = organ_suffix(m.name)
    if not organ:
        return False
    end = m.end - len(organ)
    for k in known:
        lead = m.name[: k.start - m.start]
        if k.ref is not None and k.end == end and k.start >= m.start:
            return not lead or place_only(lead)
    return False


def organ_in_session(words: str) -> bool:
    """成员国大会, 第64届成员国大会: an organ of a body, alone or with the number of its
    session, written between the body and its chair's title (某组织第九届大会主席): the chair
    presides over the body's organ, so the organ stays in the title at the body."""
    session = re.match(rf"第\s*[0-9{zh_lex.numerals()}]+\s*届", words)
    organ = words[session.end() :] if session is not None else words
    return organ in zh_lex.wordset("organ_suffixes")


def sends_attendees(text: str, start: int, end: int) -> bool:
    """国家知识产权局 + 条法司 + 有关负责同志: a division (司, 部) written after the
    name of its body and followed, alone or as one item of a 、-list of bodies, by the words
    for the unnamed officials it sends, takes part as a body of the text."""
    name = text[start:end]
    if not name.endswith(zh_lex.words("acting_units")):
        return False
    cut = next(
        (k for k in range(2, len(name) - 2) if org_suffix(name[:k]) and len(name) - k >= 3), None
    )
    if cut is None or any(j in name[cut:] for j in zh_lex.words("name_joiners")):
        return False  # A司与B司: two divisions, not one name
    return _attendees_regex().match(text, end) is not None


@cache
def _attendees_regex() -> re.Pattern[str]:
    """The rest of a 、-list of bodies (short, unpunctuated items), then the attendees."""
    attendees = alternation(zh_lex.words("unit_attendees"))
    return re.compile(rf"(?:、[{HAN}()（）]{{2,20}}?)*(?:{attendees})")


def subordinate_starts(text: str, known: list[Mention]) -> set[int]:
    """Where a body's name opens right after a named body and a word that puts it under that
    body (经科局辖下 + 知识产权厅, 某集团旗下的 + 某公司): the writer names it as a body of its
    own there, though no place or known word opens its name."""
    return {hit.end() for k in known if (hit := _subordinate().match(text, k.end))}


@cache
def _subordinate() -> re.Pattern[str]:
    return re.compile(
        rf"(?:{alternation(zh_lex.words('subordinate_markers'))})的?(?=[{HAN}A-Za-z])"
    )


def signing_office(text: str, start: int, end: int) -> bool:
    """某某大学(某大) + 知识转移处 + 于…与…签署: an office (处) written after its body's name,
    with no title after it, in a sentence that signs, is a party of its own and so a body
    of the text (before a title, 处长 X, it stays a unit in the title)."""
    name = text[start:end]
    if not name.endswith(zh_lex.words("signing_offices")) or zh_lex.title_regex().match(text, end):
        return False
    body = any(org_suffix(name[:k]) for k in range(len(name) - 3, 1, -1))
    return body and signs_after(text, end)


def signs_after(text: str, end: int) -> bool:
    """Whether the sentence runs on from `end` to a signing verb before its full stop."""
    stop = text.find("。", end)
    sentence = text[end : stop if stop >= 0 else len(text)]
    return any(v in sentence for v in zh_lex.words("sign_verbs"))


def addressees(text: str, known: list[Mention]) -> list[Mention]:
    """国家知识产权局 + 国际合作司 + ：, alone on its line: a report or a letter sent to a
    division of a named body (主送) addresses the division, a body of the text."""
    out = []
    for k in known:
        m = _addressee().match(text, k.end)
        line_start = text.rfind("\n", 0, k.start) + 1
        if m is not None and not text[line_start : k.start].strip():
            out.append(Mention(k.start, m.end(1), text[k.start : m.end(1)]))
    return out


@cache
def _addressee() -> re.Pattern[str]:
    units = alternation(zh_lex.words("acting_units"))
    return re.compile(rf"([{HAN}]{{1,10}}?(?:{units}))\s*[:：]\s*$", re.M)
