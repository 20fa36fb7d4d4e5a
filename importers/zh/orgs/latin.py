"""English names inside Chinese text: company forms (Ella Cheong LLC), Latin words listed
with a known organisation (会见 EnterpriseSG 和新加坡工商联合总会), and the Chinese words
that only describe such a name (新加坡法律事务所 Ella Cheong LLC)."""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation, longest_first
from importers.zh import lex as zh_lex
from importers.zh.orgs.mention import Mention, squash
from importers.zh.orgs.shape import coordinators, org_suffix, place_words
from store.text import is_han, lexicon
from store.text.script import NAME_DOTS

# a head word alone ("with the University of X" in a translated headline) is no name
LATIN_ORG = re.compile(
    r"(?<![A-Za-z0-9])((?:[A-Z][A-Za-z0-9&'.\-]*\s+){1,5}"
    r"(?:LLC|LLP|Ltd\.?|Limited|Inc\.?|Corp\.?|Corporation|GmbH|PLC|Pte\.?\s+Ltd\.?|AG|S\.A\.|"
    r"Foundation|Association|Office|Agency|Authority|Institute|University|Academy|"
    r"Organi[sz]ation|Council|Federation|Chamber|Court|Bureau|Administration|Ministry))"
    r"(?![A-Za-z])"
)
LATIN_WORD = r"[A-Z][A-Za-z0-9&\-]*[A-Za-z0-9]"


def latin(text: str, found: list[Mention]) -> list[Mention]:
    """English names in Chinese text: company forms (Ella Cheong LLC), and a Latin word
    coordinated with a known organisation (会见 EnterpriseSG 和新加坡工商联合总会)."""
    out = [
        Mention(m.start(1), m.end(1), squash(m.group(1)), source="latin")
        for m in LATIN_ORG.finditer(text)
        if not _inside_brackets(text, m.start(1)) and _in_chinese_line(text, m.start(1))
    ]
    out += latin_headed(text)
    starts = {m.start for m in found}
    ends = {m.end for m in found}
    joins = coordinators()
    for m in re.finditer(rf"(?<![A-Za-z0-9])({LATIN_WORD})\s?([{joins}])\s?", text):
        if m.end() in starts and len(m.group(1)) >= 3 and not _in_longer_name(text, m):
            out.append(Mention(m.start(1), m.end(1), m.group(1), source="latin"))
    for m in re.finditer(rf"[{joins}]\s?({LATIN_WORD})(?![A-Za-z0-9])", text):
        before = m.start()
        if before in ends and len(m.group(1)) >= 3 and not _in_longer_name(text, m):
            out.append(Mention(m.start(1), m.end(1), m.group(1), source="latin"))
    return out


def _in_longer_name(text: str, m: re.Match[str]) -> bool:
    """Jean Dupont、某局: a Latin word after another one and a space (or before a space and
    another) is a word of a longer name, a person's as often as not, never one body alone;
    so is one joined to another by a name's middle dot (Jean·Dupont、某局)."""
    return bool(
        re.search(rf"[A-Za-z][\s{NAME_DOTS}]$", text[max(0, m.start(1) - 2) : m.start(1)])
        or re.match(rf"[\s{NAME_DOTS}][A-Z]", text[m.end(1) : m.end(1) + 2])
    )


def latin_headed(text: str) -> list[Mention]:
    """Hoffmann Eitle律师事务所, Acme公司: an English name run into a Chinese company ending
    is one name, as written; so is one with a word of its scope before the ending
    (Acme国际公司, the name the resolver reads as "Acme International")."""
    return [
        Mention(m.start(), m.end(), squash(m.group(0)), source="latin")
        for m in _headed().finditer(text)
    ]


@cache
def _headed() -> re.Pattern[str]:
    """An English name, maybe a word of its scope, and a Chinese company ending."""
    ends = zh_lex.company_ends_regex().pattern
    scopes = alternation(_scope_words())
    return re.compile(
        rf"(?<![A-Za-z0-9])((?:[A-Z][A-Za-z0-9&'.\-]*[ ]?){{1,5}})(?:{scopes})?(?:{ends})"
    )


@cache
def _scope_words() -> list[str]:
    """The words of a mixed name's scope (国际, 中国) that may stand between its Latin part
    and its company ending: the resolver's mixed-name words that are neither a legal form
    nor an ending themselves."""
    ends = set(zh_lex.words("company_ends"))
    pairs = (line.split() for line in lexicon.words("resolve.txt", "mixed_name_words_zh"))
    return longest_first([zh for zh, en in pairs if en != "-" and zh not in ends])


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
    headed = {(m.start, m.end) for m in found if m.source == "latin"}
    for m in found:
        if m.source != "pattern":
            continue
        place = next((w for w in place_words() if m.name.startswith(w)), "")
        if place and (m.start + len(place), m.end) in headed:
            m.source = "drop"  # 德国 + Hoffmann Eitle律师事务所: the country describes it
            continue
        after = m.end + (1 if text[m.end : m.end + 1] == " " else 0)
        if after in latin_starts:
            place = next((w for w in place_words() if m.name.startswith(w)), "")
            rest = m.name[len(place) :]
            if len(rest) - len(org_suffix(rest) or "") <= 2:
                m.source = "drop"
