"""Countries as the subject of a signing: 甲国和乙国签署…备忘录 names no body, yet the text
names the bodies that act for them.

News of a cooperation between two states' IP offices often opens with the states themselves
(台湾和以色列于17日签署…, 中国与新加坡签署…) and names the offices, their heads and
the witnesses later. A clause before the verb made only of country names joined by 与/和/同
(a date may follow them) stands for each country's one IP office the text names
(`collective.offices_of`, as the initials of 中日韩三局 do); a country with no such office,
or several, leaves the signing to the other readings. Only a document whose title names an
IP field (专利, 商标, 知识产权: `office_fields`), or one signed with such a document, is the
offices': a free-trade agreement the same two countries sign is their governments', which
the text may never name as bodies.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.orgs.collective import leading_initials, members_of, offices_of
from importers.zh.orgs.mention import Mention
from store.text import lexicon


@cache
def _countries_joined() -> re.Pattern[str]:
    """[country]([joiner][country])+ at the start of a clause, white space allowed."""
    country = alternation(zh_lex.countries_longest())
    joiner = f"[{zh_lex.chars('party_joiners')}]"
    return re.compile(rf"\s*({country})((?:\s*{joiner}\s*(?:{country}))+)")


@cache
def _rest() -> re.Pattern[str]:
    """What may stand between the countries and the verb: a date (于17日, 在2025年5月) and
    adverbs (共同, 正式, 也, 已)."""
    marks = alternation(zh_lex.words("date_units"))
    adverbs = alternation([*zh_lex.words("sign_adverbs"), *zh_lex.words("adverb_stops")])
    leads = alternation(zh_lex.people_lexicon("subject_date_leads"))
    date = rf"(?:(?:{leads})?\s*(?:[0-9{zh_lex.numerals()}]+\s*(?:{marks}))+)"
    return re.compile(rf"(?:{date}|{adverbs}|\s)*")


def country_parties(
    text: str, orgs: list[Mention], clause: tuple[int, int], titles: list[str]
) -> list[Mention]:
    """The offices the countries of the clause `clause` (start, verb) stand for, one for
    each country, or [] when the clause names a body, is not only countries joined, or signs
    no document (`titles`: all the clause signs) that names an IP field."""
    cs, verb_at = clause
    if any(cs <= o.start < verb_at for o in orgs) or not any(map(_names_an_office_field, titles)):
        return []
    m = _countries_joined().match(text, cs, verb_at)
    if m is None or _rest().fullmatch(text, m.end(), verb_at) is None:
        return []  # 中国和新加坡的企业签署: the countries' companies, not the countries
    names = [m.group(1), *re.findall(alternation(zh_lex.countries_longest()), m.group(2))]
    codes = [zh_lex.countries()[n] for n in names]
    if len(set(codes)) != len(codes):
        return []
    places = [tuple(n for n, c in zh_lex.countries().items() if c == code) for code in codes]
    found = offices_of(places, orgs)
    return found if len(found) == len(names) else []


def initialled_offices(
    text: str, orgs: list[Mention], clause: tuple[int, int], title: str
) -> list[Mention]:
    """三方发布《中日韩…知识产权…联合声明》: sides named only by their number, issuing a
    title that opens with their countries' initials and names an IP field, are those
    countries' IP offices (`offices_of`, one for each initial), or [] when the clause's last
    segment names no such sides, their number is not the initials', or a country has no one
    office in the text."""
    cs, verb_at = clause
    segment = re.split(r"[，,；;：:]", text[cs:verb_at])[-1]
    counts = [int(c) for w, c in _counted_sides().items() if w in segment]
    run = leading_initials(title)
    if not counts or not run or not _names_an_office_field(title):
        return []
    if counts[0] and counts[0] != len(run):
        return []
    found = members_of(run, orgs)
    return found if len(found) == len(run) else []


@cache
def _counted_sides() -> dict[str, str]:
    rows = lexicon.words("zh_agreements.txt", "counted_sides")
    return dict(w.split(":", 1) for w in rows)


def _names_an_office_field(title: str) -> bool:
    """专利审查高速路谅解备忘录: a title naming an IP field, an IP office's instrument."""
    return any(w in title for w in lexicon.words("zh_agreements.txt", "office_fields"))
