"""A state's mission abroad named in the other language: 中华人民共和国驻瑞士联邦大使馆 is the
Embassy of the People's Republic of China in Switzerland.

A bilingual release, or two reports in two languages, name one embassy, consulate or
delegation as "Embassy of A in B" and as A驻B大使馆. Both sides are states the countries
table names in English and Chinese (store/text/words/countries.tsv), so each form gives the
other: every English name of A and B (with and without "the"), every Chinese name of them
with and without the long-form endings Chinese adds (瑞士 and 瑞士联邦). 驻华 is "in China".
The mission's kind is read from its head noun (the pairs, sourced, are in
reference_data/missions.json); a mission in a city is left alone (no entry translates it).
A mission in one of China's municipalities or SARs is often written with the place's
one-character abbreviation (驻沪 for 驻上海, 驻港 for 驻香港): each form gives the other, so
that a headline's full form and the body's short one are one mission.
"""

from __future__ import annotations

import json
import re
from functools import cache

from importers.resolve.reference import DATA_DIR
from importers.resolve.variants import short_form
from store.text import lexicon
from store.text.chinese import to_simplified

WORDS = "resolve.txt"


@cache
def _heads() -> dict[str, str]:
    """{Chinese head noun: English head}: 大使馆 = Embassy, 代表团 = Delegation."""
    data = json.loads((DATA_DIR / "missions.json").read_text(encoding="utf-8"))
    return dict(data["mission_heads"])


@cache
def _countries() -> tuple[dict[str, str], dict[str, list[str]], dict[str, list[str]]]:
    """({Chinese name: code}, {code: English names, no demonyms}, {code: Chinese names})."""
    by_zh: dict[str, str] = {}
    en: dict[str, list[str]] = {}
    zh: dict[str, list[str]] = {}
    for row in lexicon.table("countries.tsv"):
        code, names = row["code"], list(row["en"])
        if len(names) >= 2:
            names.pop(1)  # the demonym: "Embassy of French" is no name
        en[code] = names
        zh[code] = list(row["zh"])
        for n in row["zh"]:
            by_zh.setdefault(n, code)
    by_zh.setdefault("华", "CN")
    return by_zh, en, zh


def _code_of_zh(name: str) -> str | None:
    by_zh = _countries()[0]
    return by_zh.get(name) or by_zh.get(short_form(name))


@cache
def _english_mission() -> re.Pattern[str]:
    heads = "|".join(sorted({re.escape(h) for h in _heads().values()}, key=len, reverse=True))
    return re.compile(
        rf"^(?:[Tt]he\s+)?({heads})\s+of\s+(?:the\s+)?(.+?)\s+(?:in|to)\s+(?:the\s+)?(.+)$"
    )


@cache
def _english_codes() -> dict[str, str]:
    return {n.casefold(): code for code, names in _countries()[1].items() for n in names}


def mission_forms(name: str) -> list[str]:
    """The other language's forms of a mission's name, and in Chinese its host written the
    other way (驻沪 = 驻上海), or nothing."""
    if "驻" in name:
        zh = to_simplified(name)
        return _from_chinese(zh) + _host_spellings(zh)
    m = _english_mission().match(name.strip())
    return _from_english(m.group(1), m.group(2), m.group(3)) if m else []


@cache
def _abbreviations() -> dict[str, str]:
    """{abbreviation: place} and {place: abbreviation}: 沪 = 上海 (missions.json)."""
    data = json.loads((DATA_DIR / "missions.json").read_text(encoding="utf-8"))
    pairs = dict(data["host_abbreviations"])
    return pairs | {v: k for k, v in pairs.items()}


def _host_spellings(name: str) -> list[str]:
    """美国驻沪总领事馆 → 美国驻上海总领事馆 and back: the host as a mission's name writes it
    the other way, when it is a place the data abbreviates."""
    m = _chinese_mission().fullmatch(name)
    other = _abbreviations().get(m.group(2)) if m else None
    return [f"{m.group(1)}驻{other}{m.group(3)}"] if m and other else []


@cache
def _chinese_mission() -> re.Pattern[str]:
    return re.compile(r"(.+?)驻(.+?)(" + "|".join(map(re.escape, _heads())) + ")")


def _from_chinese(name: str) -> list[str]:
    m = _chinese_mission().fullmatch(name)
    if not m:
        return []
    a, b = _code_of_zh(m.group(1)), _code_of_zh(m.group(2))
    if a is None or b is None:
        return []
    head, en = _heads()[m.group(3)], _countries()[1]
    prep = "to" if head == "Delegation" else "in"
    return [
        f"{head} of {the}{x} {prep} {the2}{y}"
        for x in en.get(a, [])
        for y in en.get(b, [])
        for the in ("", "the ")
        for the2 in ("", "the ")
    ]


def _from_english(head: str, sender: str, host: str) -> list[str]:
    codes = _english_codes()
    a, b = codes.get(sender.casefold()), codes.get(host.casefold())
    zh_head = next((z for z, e in _heads().items() if e == head), None)
    if a is None or b is None or zh_head is None:
        return []
    zh = _countries()[2]
    hosts = [*zh.get(b, []), *(["华"] if b == "CN" else [])]
    endings = ["", *lexicon.words(WORDS, "state_forms_zh")]
    return [f"{x}驻{y}{e}{zh_head}" for x in zh.get(a, []) for y in hosts for e in endings]
