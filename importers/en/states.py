"""States and their governments: "the Chinese Government", "Government of the Republic of
Tajikistan", "the Guangdong provincial government".

A government is an organisation that texts rarely name the same way twice; its identity is
the place it governs. Every form is recorded with that place, reduced to the country's name
where it is a country, so that all of them become one entry.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.titles import base_title
from importers.en.words import (
    COUNTRIES,
    COUNTRY_ABBREVIATIONS,
    COUNTRY_OF,
    DETERMINERS,
    GOVERNMENT_TITLES,
    HEADLINE_WORDS,
    LEADING_FUNCTION_WORDS,
    PROVINCE_TITLES,
    STATE_LONG_NAMES,
)
from importers.gazetteer import Reference
from importers.guarded import guarded
from store.text import fold, lexicon

_GOV_ADJ = guarded(
    r"\b(?:the[ \t]+)?((?:[A-Z]\.){2,3}|[A-Z]{2,3}|[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?)[ \t]+"
    r"(provincial|municipal|city|state|federal|national|central|regional|local)?"
    r"[ \t]*[Gg]overnment\b"
)

_GOV_OF = guarded(
    r"\b(?:(?:People[’']s|Federal|National|State|Royal)\s+)?[Gg]overnment\s+of\s+(?:the\s+)?"
    r"((?:[A-Z]\.){1,3}[ \t]*[A-Z][a-z]+(?![\w’'-]|[ \t]+[A-Z])"  # "P.R. China"
    r"|(?:[A-Z][\w’'-]*[ \t]+(?:of[ \t]+)?)*[A-Z][\w’'-]*)"
)

#: A country's name after "of": "P.R. China", "the Republic of Chile", "Norway".
_PLACE = (
    r"(?:(?:[A-Z]\.){1,3}[ \t]*[A-Z][a-z]+(?![\w’'-]|[ \t]+[A-Z])"
    r"|(?:[A-Z][\w’'-]*[ \t]+(?:of[ \t]+)?)*[A-Z][\w’'-]*)"
)
#: "the governments of Norway and Chile", "between the government of Norway and the Republic
#: of Chile": one government noun shared by two places, the second's written bare.
_SHARED_GOV = guarded(
    rf"\b(?:(?P<plural>[Gg]overnments)|between[ \t]+the[ \t]+[Gg]overnment)[ \t]+of[ \t]+"
    rf"(?:the[ \t]+)?(?P<first>{_PLACE})[ \t]+and[ \t]+(?:the[ \t]+)?(?P<second>{_PLACE})"
)

#: "a provincial government of": a level below the state's right before a lower-case
#: "government of <country>".
_LOCAL_LEVEL = re.compile(
    r"\b(?:" + "|".join(lexicon.words("en_orgs.txt", "local_government_levels")) + r")[ \t]+$"
)


#: "the Xland Government's commitment": a lower-case noun after a government's possessive.
_OWNS_A_NOUN = re.compile(r"[’']s[ \t]+[a-z]")
#: "the agencies of the Xland Government": a lower-case noun the government owns through "of".
_NOUN_OF = re.compile(r"(?<![\w’'-])[a-z][\w-]*[ \t]+of[ \t]+(?:the[ \t]+)?$")


def _words(section: str) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"[ \t]+")
        for w in sorted(lexicon.words("en_orgs.txt", section), key=len, reverse=True)
    )


#: "the Xland Government has always attached great importance to": a stance after a
#: government, the words between and the stance listed in en_orgs.txt.
_STANCE = re.compile(
    rf"[ \t]+(?:(?:{_words('government_stance_adverbs')})[ \t]+)*"
    rf"(?:{_words('government_stance_verbs')})\b"
)
_SPEECH = re.compile(
    r"\b(?:"
    + "|".join(re.escape(w) for w in lexicon.words("en_agreements.txt", "reporting_verbs"))
    + r")\b"
)
#: what ends the sentence around a mention
_SENTENCE_END = re.compile(r"[.!?][”\"]?(?:\s|$)|\n")


def _spoken(text: str, start: int, end: int) -> bool:
    """Whether a mention's sentence is someone's statement: it reports speech ("said") or
    the mention is inside a quotation opened in the sentence."""
    opening = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    after = _SENTENCE_END.search(text, end)
    sentence = text[opening : after.start() if after else len(text)]
    before = text[opening:start]
    return bool(_SPEECH.search(sentence)) or before.count("“") > before.count("”")


def _note_in_passing(text: str, orgs: Orgs, start: int, end: int) -> None:
    """A government described by its place's adjective ("the Xland Government", "the UK
    Government") named only as the owner of a common noun ("the Xland Government's
    commitment to IP", "the agencies of the Xland Government"), or only as the subject of a
    stance in someone's statement ("X said the Xland Government attaches great importance to
    IP"), is named in passing: it goes out only if another mention, a role or an agreement
    names it. A government written in its own style ("the Royal Government of Xland") is
    named by its name, which no use in passing takes back (`find_governments`)."""
    if (
        _OWNS_A_NOUN.match(text, end)
        or _NOUN_OF.search(text, max(0, start - 40), start)
        or (_STANCE.match(text, end) and _spoken(text, start, end))
    ):
        orgs.passing_spans.add((start, end))


def find_governments(text: str, orgs: Orgs) -> None:
    """Governments by their place: "Government of the People's Republic of China", "the
    Chinese Government", "the U.S. Government", "the Guangdong provincial government" and
    "People's Government of Guangdong Province" are grouped by the country or place they
    govern."""
    for m in _GOV_OF.finditer(text):
        end, place = _without_possessive(*_before_headline_word(m.end(), m.group(1)))
        place = re.sub(r"\s+Province$", "", place)
        place_key = _place_key(place)
        if m.group(0)[0].islower() and place_key.casefold() not in COUNTRY_OF:
            continue  # "the government of Pakistan" names a state's; "government of Unit" none
        if m.group(0)[0].islower() and _LOCAL_LEVEL.search(text, 0, m.start()):
            continue  # "a provincial government of China": one of its local governments
        orgs.add(
            text[m.start() : end],
            m.start(),
            end,
            kind="government",
            place=place_key,
            country=COUNTRY_OF.get(place_key.casefold()),
        )
    _shared_governments(text, orgs)
    for m in _GOV_ADJ.finditer(text):
        place, start = m.group(1), m.start(1)
        if place.startswith("The ") and (place[4:].casefold() in COUNTRY_OF or m.group(2)):
            # "The Czech government", "The Hunan provincial government" opening a sentence
            place, start = place[4:], start + 4
        if place.casefold() in ("the", "local", "central", "this", "that", "our", "their"):
            continue
        if place.split()[-1].casefold() in HEADLINE_WORDS:
            continue  # "Talks Between Government of X": a headline's words, no place
        if orgs.covered(start + 4 if place.startswith("The ") else start, m.end()):
            continue  # "The Federal Government of Xland": a government found whole
        if start == m.start(1) and re.search(
            r"(?<![\w’'-])(?!The[ \t])[A-Z][\w’'-]*[ \t]+$", text[max(0, start - 40) : start]
        ):
            continue  # "Hong Kong Special Administrative Region Government": a longer place
        if (place in COUNTRY_ABBREVIATIONS or place.isupper()) and not m.group(0).endswith(
            "Government"
        ):
            continue  # "the U.S. government" describes; "the U.S. Government" names it
        if place.isalpha() and place.isupper() and place.casefold() not in COUNTRY_OF:
            continue  # "the UK Government", not "the IP Government"
        surface = text[start : m.end()]
        place = COUNTRY_ABBREVIATIONS.get(place, place)  # "the U.K. Government"
        orgs.add(
            surface,
            start,
            m.end(),
            kind="government",
            place=_place_key(place),
            country=COUNTRY_OF.get(place.casefold()),
        )
        _note_in_passing(text, orgs, start, m.end())


def _before_headline_word(end: int, place: str) -> tuple[int, str]:
    """ "Agreement Between the Government of Xland And the Government of Y": a capitalised
    "And" (or "To", "With", "Between") ends the place the government governs, and its name
    with it, unless the words past it still name one country ("Bosnia And Herzegovina")."""
    words = list(re.finditer(r"\S+", place))
    for k, w in enumerate(words[1:], 1):
        if w.group().casefold() not in HEADLINE_WORDS:
            continue
        if any(_place_key(place[: v.end()]).casefold() in COUNTRY_OF for v in words[k + 1 :]):
            continue
        cut = place[: words[k - 1].end()]
        return end - len(place) + len(cut), cut
    return end, place


#: "Cambodia's" or "Laos'" closing a government's place: the possessive is no part of it.
_POSSESSIVE_END = re.compile(r"['’]s$|(?<=s)['’]$")


def _without_possessive(end: int, place: str) -> tuple[int, str]:
    """ "the Government of Xland's commitment": the government's name and its place end
    before the possessive, as any body's name does (the end and the place)."""
    m = _POSSESSIVE_END.search(place)
    return (end, place) if m is None else (end - len(m.group()), place[: m.start()])


def _shared_governments(text: str, orgs: Orgs) -> None:
    """'the governments of Norway and Chile', 'an agreement between the government of Norway
    and the Republic of Chile': the government noun is shared by both countries, so the
    country after "and" (both, after a plural) names its government; only countries, as
    "the government of Pakistan" in lower case names a state's."""
    for m in _SHARED_GOV.finditer(text):
        for group in ("first", "second") if m.group("plural") else ("second",):
            place_key = _place_key(m.group(group))
            code = COUNTRY_OF.get(place_key.casefold())
            if code is None or (group == "first" and orgs.covered(*m.span(group))):
                continue
            the = "the " if m.group(group).startswith(("Republic", "Kingdom", "State")) else ""
            orgs.add(
                f"government of {the}{m.group(group)}",
                m.start(group),
                m.end(group),
                kind="government",
                place=place_key,
                country=code,
            )


#: "Busan Metropolitan City": a city named with the ending of its self-governing status.
_CITY_GOVERNMENT = re.compile(
    r"\b([A-Z][a-z]+(?:-[a-z]+)?)[ \t]+("
    + "|".join(
        r"[ \t]+".join(w.capitalize() for w in ending.split())
        for ending in lexicon.words("en_orgs.txt", "city_government_endings")
    )
    + r")\b"
)


def find_city_governments(text: str, orgs: Orgs) -> None:
    """ "Busan Metropolitan City", "Seoul Special City": the official name of a city that
    governs itself as a province does is its government's (the body a mayor heads), and so
    is a municipality's written with its place ("Malolos Municipality")."""
    for m in _CITY_GOVERNMENT.finditer(text):
        if m.group(1).casefold() in DETERMINERS | LEADING_FUNCTION_WORDS:
            continue  # "The Municipality", "In Metropolitan City ...": no place's name
        if not orgs.covered(m.start(), m.end()):
            orgs.add(m.group(0), m.start(), m.end(), kind="government", place=m.group(1))


def _place_key(place: str) -> str:
    """The place a government governs, with state long forms reduced to the country name and
    "SAR" spelled out ("Hong Kong SAR" is the "Hong Kong Special Administrative Region" the
    region governments are recorded with, regions.py)."""
    place = re.sub(r"^(?:the\s+)?(?:Republic of|Kingdom of|State of)\s+", "", place)
    place = re.sub(r"\s+SAR$", " Special Administrative Region", place)
    if ("." in place or place.isupper()) and place.casefold() in COUNTRY_OF:  # "P.R. China", "UK"
        return COUNTRIES[COUNTRY_OF[place.casefold()]][0]
    for code, long in STATE_LONG_NAMES.items():
        if fold(place) == fold(long):
            return COUNTRIES[code][0]
    return place


def state_of(text: str, pos: int, title: str) -> str | None:
    """'President NAME of Kazakhstan': the country after a head of state's or government's
    name, when the title is one."""
    base = base_title(title)
    if base not in GOVERNMENT_TITLES:
        return None
    m = re.match(r"\s+of\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)", text[pos:])
    if m is None:
        return None
    for cand in (m.group(1), m.group(1).split()[0]):
        if cand.casefold() in COUNTRY_OF:
            return cand
    return None


def known_government(orgs: Orgs, code: str, reference: Reference) -> OrgEntry | None:
    """The government of `code` when the reference data knows it (China's central
    government), named in the text or not: its heads' posts are held there, as the gold has
    them; another country's government no mention names is made up for no post."""
    if reference.org_named(_state_government_name(code)) is None:
        return None
    return government_of(orgs, code, reference)


def government_of(orgs: Orgs, code: str, reference: Reference) -> OrgEntry:
    """A country's government: the one the text names, else one named by the state's long
    form ("Government of the Republic of Chile")."""
    for e in orgs.entries:
        if e.kind == "government" and e.place and COUNTRY_OF.get(e.place.casefold()) == code:
            return e
    name = _state_government_name(code)
    return orgs.add(
        name,
        kind="government",
        place=COUNTRIES[code][0],
        country=code,
        ref=reference.org_named(name),
    )


def _state_government_name(code: str) -> str:
    """ "Government of the Republic of Chile": a state's government by its long form."""
    long = STATE_LONG_NAMES.get(code, COUNTRIES[code][0])
    return (
        f"Government of the {long}"
        if long.startswith(("Republic", "People", "United"))
        else f"Government of {long}"
    )


def city_government(orgs: Orgs, place: str, country: str | None, reference: Reference) -> OrgEntry:
    """A city's government, a mayor's organisation: the one the text names, else one named
    as the country names them ("Shanghai Municipal People's Government")."""
    for e in orgs.entries:
        if e.kind == "government" and e.place and fold(e.place) == fold(place):
            return e
    name = (
        f"{place} Municipal People's Government" if country == "CN" else f"{place} City Government"
    )
    entry = orgs.add(name, kind="government", place=place, ref=reference.org_named(name))
    entry.add_form(place)
    orgs.by_name.setdefault(fold(place), entry)
    return entry


#: "of Zhejiang Province" after a provincial officer's title or name: the province it governs
_OF_PROVINCE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?((?:[A-Z][a-z]+[ \t]+){1,2})Province\b")


def province_after(text: str, pos: int, title: str) -> tuple[str, int] | None:
    """ "Vice-governor NAME of X Province", "Governor of X Province": the province named
    after a provincial officer's title or name, written with its "Province" ("X Province");
    a governor of anything else (a central bank's) is no province's."""
    if base_title(title) not in PROVINCE_TITLES:
        return None
    m = _OF_PROVINCE.match(text, pos)
    return (f"{m.group(1).strip()} Province", m.end()) if m else None


def province_government(
    orgs: Orgs, province: str, country: str | None, reference: Reference
) -> OrgEntry:
    """A province's government, its governors' organisation: the one the text names
    ("the Guangdong provincial government"), else one named as the country names them
    ("People's Government of Zhejiang Province", as the province itself writes it)."""
    place = re.sub(r"\s+Province$", "", province)
    for e in orgs.entries:
        if e.kind == "government" and e.place and fold(e.place) in (fold(place), fold(province)):
            return e
    name = (
        f"People's Government of {province}"
        if country == "CN"
        else f"{place} Provincial Government"
    )
    entry = orgs.add(name, kind="government", place=place, ref=reference.org_named(name))
    entry.add_form(province)
    orgs.by_name.setdefault(fold(province), entry)
    return entry
