"""People a Chinese text names again: a known name, a family name with an honorific or a
title, or one part of a transliterated name.

The finder (people.py) reads each person where a title or a name pattern stands; once all are
read, the shorter forms the text refers back to them by (钟某某局长 again, 邓先生, 格伯副局长,
苏吉署长 after 苏吉·林披琼农) are that person, an alias of the full name. They live apart
because they read the people found, not the text around a title.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.name_parts import glued_part, last_part, titled_beside
from importers.zh.names import given_part, honorifics, surname_length, transliterated_run
from importers.zh.roles import PersonHit
from store.text import is_han


def referred(text: str, hits: list[PersonHit], known: dict[str, str]) -> None:
    """钟梓坚局长 (a known name again), 邓先生 (family name + honorific) and 格伯副局长
    (the last part of a transliterated name)."""
    names = [n for n in known if n]
    if names:
        regex = re.compile(alternation(names))
        taken = {(h.start, h.end) for h in hits}
        for m in regex.finditer(text):
            if (m.start(), m.end()) not in taken:
                hits.append(PersonHit(m.start(), m.end(), m.group(0)))
    _last_parts(text, hits, names)
    _family_references(text, hits, _honorific())
    _family_references(text, hits, zh_lex.title_regex())
    _short_forms(hits)


def _short_forms(hits: list[PersonHit]) -> None:
    """欧洲专利局局长坎皮诺斯 after 安东尼奥·坎皮诺斯: a name read after a title that is
    the last part of a transliterated name of the same text is that person; so is its
    first part (苏吉署长 after 苏吉·林披琼农: Thai and Malay names are given names)."""
    names = [h.name for h in hits if h.alias_of is None]
    full = {p: n for n in names for p in (given_part(n, names), last_part(n)) if p and p != n}
    for h in hits:
        target = full.get(h.name) or _run_with_tail(h.name, hits)
        if h.alias_of is None and target is not None and target != h.name:
            h.alias_of = target


def _family_references(text: str, hits: list[PersonHit], after: re.Pattern[str]) -> None:
    """邓先生, 申局长: a family name and an honorific or title (`after`) refer back to the
    person of that family named earlier, the one with that title if there are several."""
    taken = {(h.start, h.end) for h in hits}
    for m in after.finditer(text):
        for sl in (2, 1):
            s = m.start() - sl
            if s < 0 or surname_length(text, s) != sl:
                continue
            if s > 0 and is_han(text[s - 1]) and text[s - 1] not in zh_lex.chars("address_openers"):
                continue
            family = text[s : m.start()]
            before = [
                h for h in hits if h.start < s and h.alias_of is None and h.name.startswith(family)
            ]
            titled = [h for h in before if h.title == m.group(0)]
            if (before or titled) and (s, m.end()) not in taken:
                who = (titled or before)[-1].name
                hits.append(PersonHit(s, m.end(), text[s : m.end()], alias_of=who))
            break


def _last_parts(text: str, hits: list[PersonHit], names: list[str]) -> None:
    """梅尔加利耶夫 for 阿斯兰别克·梅尔加利耶夫: the family part of a transliterated name,
    alone, refers back to it; a part of two characters only beside a title or honorific, or
    before the word for a visitor's party (欢迎高锐一行), and so the first part (苏吉 of
    苏吉·林披琼农, unless two names open with it)."""
    taken = [(h.start, h.end) for h in hits]
    for full, part in [(n, p) for n in names for p in (last_part(n), given_part(n, names))]:
        if part == full or len(part) < 2:
            continue
        for m in re.finditer(re.escape(part), text):
            s, e = m.start(), m.end()
            if any(a < e and s < b for a, b in taken) or glued_part(text, s, e):
                continue
            if (len(part) < 3 or not full.endswith(part)) and not (
                titled_beside(text, s, e)
                or _honorific().match(text, e)
                or _retinue().match(text, e)
            ):
                continue
            hits.append(PersonHit(s, e, part, alias_of=full))
            taken.append((s, e))


@cache
def _honorific() -> re.Pattern[str]:
    return re.compile(alternation(honorifics()))


@cache
def _retinue() -> re.Pattern[str]:
    return re.compile(alternation(zh_lex.words("retinue_words")))


def _run_with_tail(name: str, hits: list[PersonHit]) -> str | None:
    """贾法尔总监 after 卡马尔希沙姆贾法尔: a name of three characters or more that ends a
    transliterated name written without a separator is its family part, that person again."""
    if len(name) < 3:
        return None
    return next(
        (
            h.name
            for h in hits
            if h.alias_of is None
            and len(h.name) > len(name)
            and h.name.endswith(name)
            and transliterated_run(h.name, 0) == h.name
        ),
        None,
    )
