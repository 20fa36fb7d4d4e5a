"""A country's Chinese name and the generic words for an IP office name its national office.

Chinese texts name a foreign office by its country and what it is (泰国知识产权厅,
哈萨克斯坦国家知识产权研究所, 缅甸知识产权局) more often than by its own name, and writers
differ in the word for it (局, 厅, 署). When the reference data has exactly one IP office of that
country, that office is meant; of several, a name for intellectual property (中国知识产权局)
means the one the others are units of (China's administration, not its patent or trade mark
office), and any other name is left to the offices' own names. A head that names a kind of
body ("研究所", "中心") reaches only an office whose English name is of that kind:
日本知识产权研究所 is a research foundation, not the Japan Patent Office. English is
read the same way ("Myanmar Intellectual Property Office" is Myanmar's "Intellectual Property
Department"). A parent ministry may stand between the
country and the head (泰国商业部知识产权厅), and a one-character country keeps its stem in its
long form (泰王国), and a remit the office shares with IP may come before its head (a
country's 竞争和知识产权局). The country names come from the countries table, the heads and
the ministries' last characters from store/text/words/resolve.txt [national_office_*].
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import Reference, RefOrg
from importers.resolve.countries import english_names
from importers.resolve.regional import regional_forms
from importers.resolve.variants import short_form
from importers.zh import lex as zh_lex
from store.text import HAN, has_han, is_han, lexicon, to_simplified, to_traditional

WORDS = "resolve.txt"
_PARENT = 10  # characters a parent ministry's name may take: 泰国商业部, 印度尼西亚法律和人权部
_SEAT = (2, 4)  # characters of a city named before the country: 堪培拉, 日内瓦
_REMIT = 4  # characters of a remit shared with IP before its conjunction: 竞争和, 保护竞争和


@cache
def _countries() -> dict[str, str]:
    """{Chinese name: country code}, every Chinese name of the countries table."""
    return {n: row["code"] for row in lexicon.table("countries.tsv") for n in row["zh"] if n}


@cache
def _heads() -> dict[str, frozenset[str]]:
    """{head: English words one of which the office's name must have (none: any office)}."""
    out: dict[str, frozenset[str]] = {}
    for line in lexicon.words(WORDS, "national_office_heads_zh"):
        head, *kinds = line.split()
        out[head] = frozenset(kinds)
    return out


def _longest_first(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _stems() -> dict[str, str]:
    """{one-character stem: country code} of the countries named stem + 国 (泰国, 英国): their
    long forms keep the stem (泰王国, 英联合王国), which `short_form` cannot cut to two."""
    return {n[0]: code for n, code in _countries().items() if len(n) == 2 and n.endswith("国")}


@cache
def _pattern() -> re.Pattern[str]:
    """Country (short, long or stem + state form), an optional parent ministry, 国家, a head."""
    countries = _longest_first(list(_countries()))
    stems = _longest_first(list(_stems()))
    forms = _longest_first(list(lexicon.words(WORDS, "state_forms_zh")))
    ends = "".join(re.escape(e) for e in lexicon.words(WORDS, "national_office_parents_zh"))
    heads = _longest_first(list(_heads()))
    no_parent = "".join(
        re.escape(c) for c in lexicon.words(WORDS, "national_office_not_parents_zh")
    )
    abroad = _longest_first(list(lexicon.words(WORDS, "national_office_abroad_zh")))
    state = _longest_first(list(lexicon.words(WORDS, "national_office_state_zh")))
    return re.compile(
        rf"(?:(?P<country>{countries})|(?P<stem>{stems})(?:{forms}))"
        rf"(?:(?:(?!{abroad})[{HAN}]){{2,{_PARENT}}}?(?<![{no_parent}])[{ends}])?"
        rf"(?:{state})?(?:{_joint_remit()})?(?P<head>{heads})"
    )


def _joint_remit() -> str:
    """A remit the office shares with IP and its conjunction (竞争和 or
    保护竞争与 before 知识产权局), unless the remit ends as a body's name does: then two bodies
    are joined."""
    joints = "".join(re.escape(w) for w in lexicon.words(WORDS, "national_office_joint_zh"))
    bodies = "".join(
        f"(?<!{re.escape(w)})" for w in lexicon.words(WORDS, "national_office_joint_not_zh")
    )
    return rf"[{HAN}]{{1,{_REMIT}}}?{bodies}[{joints}]"


@cache
def _english_countries() -> dict[str, str]:
    """{English name or demonym: country code}, the first country to list a form."""
    out: dict[str, str] = {}
    for code, names in english_names().items():
        for n in names:
            out.setdefault(n, code)
    return out


@cache
def _english() -> tuple[re.Pattern[str], ...]:
    """ "Myanmar Intellectual Property Office", "Intellectual Property Office of Myanmar",
    "Intellectual Property Office (Myanmar)": a generic office and its country."""
    heads = _longest_first(list(lexicon.words(WORDS, "national_office_heads_en")))
    c = _longest_first(list(_english_countries()))
    return (
        re.compile(rf"(?:[Tt]he )?(?P<country>{c})(?:['’]s)? (?:{heads})"),
        re.compile(
            rf"(?:[Tt]he )?(?:{heads}) (?:of (?:the )?(?P<country>{c})|\((?P<within>{c})\))"
        ),
    )


def _one_office(
    ref: Reference, code: str, kinds: frozenset[str], *, ip: bool = False
) -> RefOrg | None:
    """The country's IP office if the reference data has exactly one, of one of KINDS; with
    `ip` (the name says "intellectual property"), also the one IP office of several that the
    others belong to."""
    offices = ref.national_offices(code)
    if len(offices) > 1 and ip:
        offices = _head_office(offices)
    if len(offices) == 1 and (not kinds or kinds & set(offices[0].name.split())):
        return offices[0]
    return None


def _head_office(offices: list[RefOrg]) -> list[RefOrg]:
    """Of a country's offices named for intellectual property, the one every other is part
    of (China's administration, whose patent and trade mark offices are its units), as a
    list of one; else all of them. A body that only houses the IP office (Macao's economic
    bureau) is not named for intellectual property and is never chosen."""
    named = [o for o in offices if "intellectual property" in o.name.casefold()]
    ids = {o.id for o in named}
    tops = [o for o in named if o.parent not in ids]
    if len(tops) == 1 and all(o.parent == tops[0].id for o in named if o is not tops[0]):
        return tops
    return offices


def _english_office(ref: Reference, name: str) -> RefOrg | None:
    short = re.sub(r"\s+", " ", short_form(name)).strip()
    for pattern in _english():
        if m := pattern.fullmatch(short):
            country = m.group("country") or m.group("within")
            ip = re.search(r"\b(?:Intellectual Property|IP)\b", short) is not None
            return _one_office(ref, _english_countries()[country], frozenset(), ip=ip)
    return None


def _seated(name: str) -> re.Match[str] | None:
    """某首都 + 某国知识产权局: a city's name before the country names where the office sits
    (a Taipei text writing where the other side's office is), not an office of the city. A
    seat that holds a country or a region, or ends in a level word (某某省, 某某市), is no
    city abroad: 越南广宁省知识产权局 is a province's office."""
    for m in _pattern().finditer(name):
        seat = name[: m.start()]
        if m.end() == len(name) and _SEAT[0] <= len(seat) <= _SEAT[1] and _foreign_city(seat):
            return m
    return None


def _foreign_city(seat: str) -> bool:
    if not all(is_han(c) for c in seat) or any(c in seat for c in _countries()):
        return False
    return not seat.endswith(zh_lex.words("levels")) and not seat.startswith(
        zh_lex.words("place_prefixes")
    )


def national_office(ref: Reference, name: str) -> RefOrg | None:
    """The one reference IP office of the country the name gives, if the rest of the name
    is only a generic word for such an office."""
    if not has_han(name):
        return _english_office(ref, name)
    for form in [to_simplified(name), *regional_forms(name)]:
        m = _pattern().fullmatch(short_form(form)) or _seated(short_form(form))
        if m is None:
            continue
        code = _countries().get(m.group("country") or "") or _stems()[m.group("stem")]
        ip = "知识产权" in m.group("head")
        if found := _one_office(ref, code, _heads()[m.group("head")], ip=ip):
            return found
    return None


def own_country_body(ref: Reference, name: str) -> RefOrg | None:
    """台灣經濟部: a country's Chinese name before the name of one of its own bodies (經濟部,
    Taiwan's ministry) is that body, named with its country as a writer abroad does. The body
    must be of that country: 泰国 + a name of China's ministry is no Chinese body."""
    if not has_han(name):
        return None
    simple = to_simplified(name)
    country = next((c for c in zh_lex.countries_longest() if simple.startswith(c)), None)
    if country is None or len(simple) - len(country) < 2:
        return None
    plain = simple[len(country) :]  # a Traditional-only name (經濟部) is tried as such
    for rest in dict.fromkeys((name[len(country) :], plain, to_traditional(plain))):
        found = ref.org_named(rest)
        if found is not None and found.country == _countries()[country]:
            return found
    return None
