"""Doubts a Chinese name's shape gives away (signals.py asks for a name with Han characters).

A Chinese name shows other signs than a Latin one: a country counted before a body (两国知识
产权局), a verb the sentence ran across, a country's initials run together, a side (中方) or a
title taken for a person, a person's name that opens with no family name. The signs and their
keys are signals.py's (review_signals.tsv); they live apart because they read the Chinese word
lists, the surname table and the country names, and nothing else of signals.py's.
"""

from __future__ import annotations

import re
from functools import cache

from store.review import hosted, misnamed, states
from store.review.sign import NAME_DOTS, Sign
from store.review.zh_joins import joins_two_bodies, run_on_word
from store.text import lexicon


@cache
def _review_words(section: str) -> frozenset[str]:
    """A section of review.txt as written (Chinese words: no case to fold)."""
    return lexicon.wordset("review.txt", section)


@cache
def country_names() -> tuple[str, ...]:
    rows = lexicon.table("countries.tsv")
    return tuple(sorted({n for r in rows for n in r["zh"] if n}, key=len, reverse=True))


@cache
def _zh_counted() -> re.Pattern[str]:
    numerals = [p.split(":")[0] for p in lexicon.words("zh.txt", "country_counts")]
    bodies = [
        *lexicon.words("zh.txt", "counted_bodies"),
        *lexicon.words("zh.txt", "counted_groups"),
    ]
    return re.compile("(?:" + "|".join(numerals) + ")大?(?:知识产权)?(?:" + "|".join(bodies) + ")$")


@cache
def _zh_breaks() -> tuple[str, ...]:
    """Verbs and words a body's name never holds: the name ran across the sentence."""
    verbs = {*lexicon.words("zh.txt", "verb_stops"), *lexicon.words("zh.txt", "clause_verbs")}
    heads = set(lexicon.words("zh.txt", "org_suffixes"))  # 组织 is a verb and a body
    return tuple(
        {
            *(v for v in verbs if len(v) > 1 and v not in heads),  # 有, 为 are in names
            *lexicon.words("review.txt", "zh_not_in_names"),
            *lexicon.words("review.txt", "zh_not_in_bodies"),
        }
    )


def organisation_signs(name: str) -> list[Sign]:
    out: list[Sign] = []
    if name in country_names():
        return [Sign("country", "a country, not a body")]
    if name.endswith(lexicon.words("review.txt", "zh_not_body_ends")):
        out.append(Sign("not_body", "an event, a programme, a place or a source, not a body"))
    initials = _review_words("zh_country_initials")
    starts_country = any(name.startswith(c) for c in country_names())
    grouping = lexicon.words("zh.txt", "grouping_suffixes")
    if (
        len(name) > 2
        and name[0] in initials
        and name[1] in initials
        and not starts_country
        and any(name.endswith(g) for g in grouping)
    ):  # 中日韩知识产权局 is three offices; 中新…服务中心 is one body of two countries
        out.append(Sign("group", "several countries' bodies named together"))
    if _zh_counted().search(name):
        out.append(Sign("group", "a counted group of bodies, not one"))
    hit = run_on_word(name, _breaks_of(name))
    if hit is not None:
        out.append(Sign("zh_breaks", f"runs across the sentence ({hit})"))
    if name.endswith(lexicon.words("review.txt", "zh_consulate_ends")) and "驻" not in name:
        out.append(Sign("zh_consulate", "a consulate named without the state it represents"))
    if joins_two_bodies(name):
        out.append(Sign("zh_dash", "two names joined by a dash"))
    short = _short_generic(name)
    if short is not None:
        out.append(short)
    if len(name) > 20:
        out.append(Sign("long", "a long phrase rather than a name"))
    cuts = (states.zh_cut_before_country(name), hosted.cut_at_host(name))
    return [*out, *misnamed.zh_organisation_signs(name), *(c for c in cuts if c)]


def _breaks_of(name: str) -> tuple[str, ...]:
    """The words that break NAME, less a particle (zh.txt particles) that only follows the
    name's first character: there it is a character of a two-character word (美的, 目的), a
    clause needs a longer phrase before it (中方的, 两国的)."""
    particles = lexicon.words("zh.txt", "particles")
    inside = {p for p in particles if p in name and name.find(p, 2) < 0}
    return tuple(w for w in _zh_breaks() if w not in inside)


def _short_generic(name: str) -> Sign | None:
    """A short name that ends with a body's head word (zh.txt org_suffixes) and says little
    before it: a place and the head only (某市中心), or one word and the head (内政部: whose?).
    A brand (a name with no head), a company's or a university's end (review.txt
    zh_standalone_ends), a head a place or a brand alone names (zh_named_heads: 某国政府,
    某某公司), a union's organ (review.txt zh_owner_unions: 欧盟理事会) or a place and a
    portfolio (某国商业部) is a name."""
    named = lexicon.words("review.txt", "zh_named_heads")
    if len(name) > 5 or name.endswith(named):
        return None
    if name.endswith(lexicon.words("review.txt", "zh_standalone_ends")):
        return None
    unions = lexicon.words("review.txt", "zh_owner_unions")
    if any(name.startswith(u) and len(name) > len(u) for u in unions):
        return None  # 欧盟理事会: the union's own organ
    heads = lexicon.words("zh.txt", "org_suffixes")
    if not name.endswith(heads):
        return None
    place = _place_start(name)
    if not place:
        return Sign("zh_short", "a generic word only: whose body is it?")
    if name[len(place) :] in heads:
        return Sign("zh_short", "a place and a generic word only")
    return None


def _place_start(name: str) -> str:
    """The place NAME opens with: a country (countries.tsv), an administrative level alone
    (zh.txt levels: 省, 市) or a place named with its level (某某省, 某某市), or ""."""
    hit = _zh_country_start().match(name)
    if hit:
        return hit.group(0)
    levels = sorted(lexicon.words("zh.txt", "levels"), key=len, reverse=True)
    for size in range(1, 4):
        if name[:size].endswith(tuple(levels)) and len(name) > size:
            return name[:size]
    return ""


@cache
def _zh_not_in_people() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """Words no Chinese personal name holds, and one pattern that finds any of them (most
    names hold none: the pattern spares a scan of the list)."""
    words = (*lexicon.words("review.txt", "zh_not_in_names"), *lexicon.words("zh.txt", "titles"))
    return words, re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


@cache
def _zh_name_starts() -> tuple[str, ...]:
    return (*zh_surnames(), *_japanese_surnames())


@cache
def _japanese_surnames() -> tuple[str, ...]:
    """Japanese family names as Chinese text writes them: the extractor's table
    (japanese_surnames.tsv, 片山, 长谷川) and the short list of zh.txt, so a name it read as
    Japanese (片山和之) is not doubted for a Chinese family name it never had."""
    table = (r["surname"] for r in lexicon.table("japanese_surnames.tsv"))
    return tuple({*table, *lexicon.words("zh.txt", "japanese_surnames")})


def person_signs(name: str) -> list[Sign]:
    words, any_word = _zh_not_in_people()
    hit = next((w for w in words if w in name), None) if any_word.search(name) else None
    out: list[Sign] = []
    if hit is not None:
        out.append(Sign("zh_runs_on", f"runs on into the sentence ({hit})"))
    if _zh_side(name):
        out.append(Sign("zh_side", f"one side in talks ({name}), not a person"))
    country = _zh_country_first(name)
    if country:
        out.append(Sign("country", f"starts with a country ({country}): a body's name, cut"))
    if name.endswith(lexicon.words("zh.txt", "org_suffixes")):
        out.append(Sign("body_named", "ends like a body's name"))
    parts = [p for p in re.split(rf"[{NAME_DOTS}\s]", name) if p]
    if any(len(p) > 6 for p in parts):
        out.append(Sign("zh_long_part", "a part longer than a name's"))
    japanese = _japanese_surnames()
    if len(parts) == 1 and len(name) > 4 and not name.startswith(japanese):
        out.append(Sign("zh_long", "longer than a Chinese name"))
    if len(parts) == 1 and not name.startswith(_zh_name_starts()) and not _sounded_out(name):
        out.append(Sign("zh_no_surname", "starts with no surname"))
    return [*out, *misnamed.zh_person_signs(name)]


def _sounded_out(name: str) -> bool:
    """A foreign name transliterated with no dot between its parts (坎皮诺斯): three or more
    characters, every one of those transliterations are written with (zh.txt
    transliteration_chars, which the extractor reads such a name by), has no Chinese family
    name to start with. A country's name (乌拉圭) is written with them too, and is none."""
    sounded = len(name) >= 3 and all(c in _transliteration_chars() for c in name)
    return sounded and name not in country_names()


@cache
def _transliteration_chars() -> frozenset[str]:
    return frozenset("".join(lexicon.words("zh.txt", "transliteration_chars")))


def _zh_country_first(name: str) -> str:
    """德国某某·某某: a country before a transliterated name is where a firm or a body is
    (德国某某律师事务所 cut before its head), not part of a person's name. A Chinese name
    may begin like a country (韩 + 国 + one character), so only a name of foreign parts (·),
    or one that runs three characters or more past the country, counts."""
    hit = _zh_country_start().match(name)
    country = hit.group(0) if hit else ""
    if not country or len(name) == len(country):
        return ""
    rest = name[len(country) :]
    return country if re.search(f"[{NAME_DOTS}]", rest) or len(rest) >= 3 else ""


@cache
def _zh_country_start() -> re.Pattern[str]:
    """Any Chinese country name of two characters or more, longest first."""
    names = [c for c in country_names() if len(c) > 1]
    return re.compile("|".join(re.escape(c) for c in names))


def _zh_side(name: str) -> bool:
    """中方, 巴方, 双方: a country's one-character form, or whose side, before the word for a
    side: the Chinese side, the Pakistani side, both sides."""
    owners = _review_words("zh_country_initials") | _review_words("zh_side_owners")
    ends = _review_words("zh_side_ends")
    return len(name) == 2 and name[0] in owners and name[1] in ends


@cache
def zh_surnames() -> tuple[str, ...]:
    return tuple(
        sorted({r["surname"] for r in lexicon.table("surnames.tsv")}, key=len, reverse=True)
    )
