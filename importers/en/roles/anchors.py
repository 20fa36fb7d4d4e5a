"""The organisation a title is held at, read from the words around the title.

"Director General of WIPO", "WIPO Director General", "Director of the Uzbek agency",
"Head of the Trade Section at the Delegation", "the Directorate of MITS, headed by Director
X": each reader looks in one place (after the title or before it) and returns the
organisation, already found by the organisation finders, that the text puts there. A unit
between the title and its organisation stays in the title. A table row's or a list item's
organisation is read in list_rows.py.
"""

from __future__ import annotations

import re

from importers.en.orgs.ministry_units import ministry_body
from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.orgs.units import national_group
from importers.en.places import country_name
from importers.en.roles.kind_units import kind_unit_after
from importers.en.roles.missions import is_mission
from importers.en.roles.same_body import definite_after, owner_in, same_body_after
from importers.en.words import (
    COUNTRY_OF,
    DESCRIBED_BODY_NOUNS,
    GOVERNING_BODIES,
    HONORIFICS,
    NON_ORG_ACRONYMS,
)
from store.text import fold

POSSESSIVE = r"(?:[\w-]+['’]s\s+)"

#: A coordinated list of capitalised words: "Industry, Trade and Supply", "Commerce".
CAP = r"[A-Z][\w’'-]*(?![\w’'-]|\.[A-Z])"

CAP_LIST = (
    rf"(?:the\s+)?{CAP}(?:\s+(?:and\s+|&\s+)?{CAP})*"
    rf"(?:(?:,\s+{CAP}(?:\s+{CAP})*)*,?\s+(?:and|&)\s+{CAP}(?:\s+{CAP})*)?"
)


#: "of", "at", "for" or "to" (a staff post at a mission) before a body, "the", and where it
#: sits ("of the Geneva-based X", "of the Geneva based X": no part of its name, orgs/chunks.trim)
_LINK = re.compile(r"\s+(?:of|at|for|(to))\s+(?:the\s+)?(?:[\w.-]+[- ]based\s+)?")
#: "of WIPO's IP Sector": an owner's possessive before its unit
_POSSESSIVE = re.compile(r"([\w-]+)['’]s\s+")
#: an acronym whole, not the first part of a hyphenated programme name ("AL-INVEST")
_ACRONYM = re.compile(r"([A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*)\b(?![-‐‑][A-Za-z0-9])")


def org_after(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, int] | None:
    """The organisation named right after a title: "of WIPO", "of the city's Bureau",
    "of WIPO's IP Sector" (the owner of a unit is the organisation), or "to the X Mission"
    (a diplomat's staff post: an envoy "to" any other body is posted, not held there)."""
    m = _LINK.match(text, pos)
    if not m:
        return None
    p = m.end()
    hit = orgs.at(p)
    if m.group(1):  # "the Counsellor to the X Mission": a staff post at a mission abroad
        posted = hit is not None and is_mission(hit[2].name)
        return (hit[2], _after_acronym(text, hit[1])) if hit is not None and posted else None
    own = _OWN_BODY.match(text, p) if hit is None else None
    hit = hit or (orgs.at(own.end()) if own else None)
    if hit:
        return hit[2], _after_acronym(text, hit[1])
    poss = _POSSESSIVE.match(text, p)
    if poss:
        owner = orgs.at(p)
        if owner is None:
            owner = next(
                (x for x in orgs.mentions if x[0] == p and x[1] == p + len(poss.group(1))), None
            )
        if owner is not None:
            return owner[2], poss.end()
        p = poss.end()
        hit = orgs.at(p)
        if hit:
            return hit[2], _after_acronym(text, hit[1])
    a = _ACRONYM.match(text, p)
    owned = _country_acronym(orgs, poss.group(1) if poss else None, a.group(1) if a else None)
    if a and owned is not None:
        return owned, p + len(a.group(1))
    if (
        a
        and a.group(1).upper() == a.group(1)
        and len(a.group(1)) >= 2
        and a.group(1) not in NON_ORG_ACRONYMS
        and a.group(1) not in orgs.non_org_acronyms
    ):
        return orgs.add(a.group(1), p, p + len(a.group(1))), p + len(a.group(1))
    return (
        _described_after(text, pos, orgs)
        or definite_after(text, pos, orgs)
        or same_body_after(text, pos, orgs)
    )


#: "Director of its new Regional Observatory": a body the last one owns, with a few words
#: in lower case that describe it between the pronoun and its name.
_OWN_BODY = re.compile(r"(?:its|their)\s+(?:[a-z][a-z-]*\s+){0,3}")


def _country_acronym(orgs: Orgs, country: str | None, acr: str | None) -> OrgEntry | None:
    """'Brazil's INPI': the organisation of that country that the text already knows by
    that acronym ("INPI Brazil"), not a new one shared by every INPI."""
    code = COUNTRY_OF.get(country.casefold()) if country and acr else None
    if code is None:
        return None
    fits = [e for e in orgs.entries if e.country == code and any(acr in f.split() for f in e.forms)]
    return fits[0] if len(fits) == 1 else None


_DESCRIBED_BODY = re.compile(r"\s+(?:of|at)\s+the\s+([A-Z][a-z]+)\s+([a-z]+)\b")


def _described_after(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, int] | None:
    """ "director of the Uzbek agency": the one organisation of that country whose name has
    that head word, named earlier in the text."""
    m = _DESCRIBED_BODY.match(text, pos)
    if m is None or m.group(2) not in DESCRIBED_BODY_NOUNS:
        return None
    code = COUNTRY_OF.get(m.group(1).casefold())
    if code is None:
        return None
    fits = [
        e
        for e in orgs.entries
        if e.spans
        and min(e.spans)[0] < pos
        and (e.country == code or fold(country_name(code)) in fold(e.name))
        and m.group(2) in e.name.casefold().split()
    ]
    return (fits[0], pos + m.end()) if len(fits) == 1 else None


#: An acronym in brackets after a name, "(INPI)", or an aside that opens with one and says
#: what it is, "(Indecopi in Spanish)", "(INPI, for its Portuguese acronym)".
_ACRONYM_ASIDE = re.compile(r"(?:(?<=\.[A-Z])\.)?\s*\((?:[^()\n]{1,15}|[A-Z][^()\n.;:]{15,45})\)")


def _after_acronym(text: str, pos: int) -> int:
    """Past an acronym in brackets after a name: "of Brazil (INPI)", "of P.R.C. (SIPO)",
    "of the X Institute (Xinst in Spanish)"."""
    m = _ACRONYM_ASIDE.match(text, pos)
    return m.end() if m else pos


_BOARD = re.compile(rf"\s+of\s+the\s+{GOVERNING_BODIES}(?=\s+of\s)")


def org_after_board(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, int, str] | None:
    """'the President of the Board of Directors of INPI, NAME': the organisation whose board
    it is, with the board in the title."""
    board = _BOARD.match(text, pos)
    found = org_after(text, board.end(), orgs) if board else None
    if board is None or found is None:
        return None
    return found[0], found[1], re.sub(r"\s+", " ", board.group()).rstrip()


#: "X board of directors", "X's Board": a governing body written after its organisation,
#: in whatever case
_BOARD_AFTER = re.compile(rf"(?:['’]s)?[ \t]+(?i:{GOVERNING_BODIES})(?![\w’'-])")


def org_then_board(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, int, str] | None:
    """'the chairman of X board of directors, NAME': the organisation the board governs, named
    before it, with the board in the title (as org_after_board gives it for "of the Board of
    Directors of X"). Returns (organisation, end, title addition)."""
    found = org_after(text, pos, orgs)
    board = _BOARD_AFTER.match(text, found[1]) if found else None
    if found is None or board is None:
        return None
    return found[0], board.end(), re.sub(r"\s+", " ", text[pos : board.end()])


_OWN_BOARD = re.compile(
    rf"\s+of\s+the\s+{GOVERNING_BODIES}(?![\w’'-])(?!\s+of\s)(?!['’]s)(?!\s*\()"
)


def own_board(text: str, pos: int, orgs: Orgs) -> int | None:
    """'Chairman of the Board of Directors' with no body after it: the board is an organ of
    the body the text is about, not a body of its own, and it stays in the title. Returns
    where the title ends; the board's mention, if read as a name, is an organ's."""
    board = _OWN_BOARD.match(text, pos)
    if board is None:
        return None
    end = board.end()
    orgs.unit_spans.update((a, b) for a, b, _ in orgs.mentions if pos < a and b == end)
    return end


def org_after_unit(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, int, str] | None:
    """The organisation after a title, seen through a unit of it: "deputy director-general
    of the Department of Asian Affairs at China's Ministry of Commerce" is a role at the
    ministry whose title keeps the unit. Returns (organisation, end, title addition)."""
    organ = kind_unit_after(text, pos, orgs)  # "Chairman of the Organization's Council"
    if organ is not None:
        return organ
    first = org_after(text, pos, orgs)
    if first is None:
        unit = _UNIT.match(text, pos)
        up = org_after(text, unit.end(), orgs) if unit else None
        if unit is None or up is None:
            return None
        higher = climb(text, pos, up, orgs)
        if higher is not None:
            return higher
        return up[0], up[1], re.sub(r"\s+", " ", unit.group()).rstrip()
    org, end = first
    owned = _POSSESSED_UNIT.match(text, end)
    if owned is not None and (owned.group(1) or re.search(r"['’]s\s+$", text[pos:end])):
        # "Head of the X Office's Trade Section, NAME": held at X, as "Director of WIPO's
        # Y Sector" is; the name follows the unit
        return org, owned.end(), ""
    body = _possessed_body(text, end, orgs)
    if body is not None:  # "Director-General of the X Commission's Directorate-General for Y"
        return body[0], body[1], ""
    own_officers = national_group(org.name)  # "the Philippine Group of APAA"
    link = None if own_officers else re.match(r"\s+(?:at|of|in)\s+(?:the\s+)?", text[end:])
    inside = owner_in(text, end, orgs) if link else None  # "Bureau in KIPO", "in the Office"
    if link and (
        inside or orgs.at(end + link.end()) or re.match(POSSESSIVE, text[end + link.end() :])
    ):
        second = org_after(text, end, orgs) or inside
        if second is not None and ministry_body(org, second[0]):
            # "Director of the X Centre of the Ministry of Y of Z, NAME": held at the centre,
            # and the name comes after the ministry
            return org, second[1], ""
        if second is not None and second[0] is not org:
            orgs.unit_spans.update(
                (a, b) for a, b, x in orgs.mentions if x is org and pos < a < end
            )
            return second[0], second[1], re.sub(r"\s+", " ", text[pos:end]).rstrip()
    return org, end, ""


_OWNER_POSSESSIVE = re.compile(r"['’]s[ \t]+")


def _possessed_body(text: str, end: int, orgs: Orgs) -> tuple[OrgEntry, int] | None:
    """A body named in full after its owner's possessive, where the owner ends at `end`
    ("the X Commission's Directorate-General for Y (DG Y)"): the post is held at that body
    and its holder's name comes after it and its acronym."""
    poss = _OWNER_POSSESSIVE.match(text, end)
    hit = orgs.at(poss.end()) if poss is not None else None
    if hit is None or (hit[0], hit[1]) in orgs.unit_spans:
        return None
    return hit[2], _after_acronym(text, hit[1])


#: "'s Trade Section", "'s Policy and Legal Division": a unit a body's possessive names.
_POSSESSED_UNIT = re.compile(
    rf"(['’]s\s+)?(?:{CAP}\s+(?:(?:and|&)\s+)?){{0,4}}"
    r"(?:Division|Unit|Section|Sector|Branch|Team|Department|Directorate|Bureau|Service)\b"
    r"(?!['’-])"
)


_UNIT = re.compile(
    rf"\s+of\s+(?:the\s+)?(?:{CAP}\s+(?:(?:and|&)\s+)?){{0,5}}"
    r"(?:Division|Unit|Section|Sector|Branch|Team|Department|Directorate|Bureau|Office|Service|"
    r"Council|Board|Committee|Assembly)"
    r"(?=\s+(?:at|of|in|under)\s)"
)


#: The rest of a unit whose name starts with its body's acronym ("ASEAN| Economic Community
#: Department under the"), up to the body it belongs to.
_UNIT_IN_UNIT = re.compile(
    rf"(?P<unit>(?:\s+{CAP}){{0,5}}\s+(?:Department|Division|Directorate|Bureau|Section|Unit|"
    r"Sector|Branch))\s+(?:under|of|at|in)\s+(?:the\s+)?"
)


def climb(
    text: str, pos: int, found: tuple[OrgEntry, int], orgs: Orgs
) -> tuple[OrgEntry, int, str] | None:
    """'Head of the X Unit of the Y Division under the Z Secretariat': a unit named after
    the title's unit, itself under a body, is a unit too; the role is at that body, with
    both units in the title (from `pos`). None if there is no body above."""
    org, end = found
    deeper = _UNIT_IN_UNIT.match(text, end)
    if deeper is None and _UNIT_HEAD_END.search(org.name):
        deeper = _UNIT_IN_UNIT_END.match(text, end)  # "... Department| under the X"
    top = orgs.at(deeper.end()) if deeper else None
    if deeper is None or top is None:
        return None
    orgs.unit_spans.update((a, b) for a, b, _ in orgs.mentions if pos < a < deeper.start())
    extra = re.sub(r"\s+", " ", text[pos : deeper.end("unit")]).rstrip()
    return top[2], _after_acronym(text, top[1]), extra


_UNIT_IN_UNIT_END = re.compile(r"(?P<unit>)\s+(?:under|of|at|in)\s+(?:the\s+)?")
_UNIT_HEAD_END = re.compile(r"\b(?:Department|Division|Directorate|Section|Unit|Sector|Branch)$")


def org_before(text: str, pos: int, orgs: Orgs) -> OrgEntry | None:
    """The organisation named right before a title: "WIPO Director General", "IPOS's",
    "Department of Trade and Industry (DTI) Secretary", "X Association (Chairman NAME)",
    "X Office (XO)'s Vice President" (the possessive after the bracketed acronym)."""
    m = re.search(r"(?:\)?['’]s|\))?\s+$|\s+\($", text[max(0, pos - 5) : pos])
    if not m or "\n\n" in text[max(0, pos - 5) : pos]:
        return None  # a heading's body does not run on into the next paragraph
    end = pos - len(m.group())
    if m.group().startswith(")"):
        end += 1
        return next((e for s, x, e in orgs.mentions if x in (end, end - 1) and s < end), None)
    found = next((e for s, x, e in orgs.mentions if x == end), None)
    return found if found is not None else _country_named_body(text, end, orgs)


_FIELD_AND_COUNTRY = re.compile(
    r"(?<![\w’'-])([A-Z][a-z]+[ \t]+[A-Z][\w’'-]*(?:[ \t][A-Z][\w’'-]*)?)$"
)


def _country_named_body(text: str, end: int, orgs: Orgs) -> OrgEntry | None:
    """'Standards Australia Chief Executive NAME', 'Enterprise Singapore Chairman NAME': a
    word and a country's name before a title is a national body named that way (as "IP
    Australia" is); every mention of the name in the text is one of it."""
    m = _FIELD_AND_COUNTRY.search(text[max(0, end - 40) : end])
    if m is None or not re.match(r"\s+[A-Z]", text[end:]):
        return None  # only before a title in capitals: "the South Korean ambassador" is none
    first, _, rest = m.group(1).partition(" ")
    rest = rest.strip()
    if (
        COUNTRY_OF.get(rest.casefold()) is None
        or COUNTRY_OF.get(first.casefold()) is not None
        or first.casefold() in _NOT_FIELDS
        or re.fullmatch(rf"{HONORIFICS}", first)
    ):
        return None
    name = m.group(1)
    entry = None
    for hit in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text):
        if not orgs.covered(hit.start(), hit.end()):
            entry = orgs.add(
                name, hit.start(), hit.end(), into=entry, country=COUNTRY_OF[rest.casefold()]
            )
    return entry


#: Words that open a sentence or a phrase before a country, not a body's name.
_NOT_FIELDS = frozenset({"the", "in", "and", "of", "for", "from", "to", "with", "by", "at", "on"})


def org_leading(text: str, tstart: int, orgs: Orgs) -> OrgEntry | None:
    """The body a person heads: "the Directorate of MITS, headed by Director X", "a
    delegation from IPOPHL led by Director General Y", "the Ministry, under Secretary Z".
    Of a chain "A of B" it is A."""
    m = re.search(
        r"\b(?:(?:headed|led|chaired|directed|managed)\s+by|under)\s+(?:the\s+)?$",
        text[max(0, tstart - 40) : tstart],
    )
    if not m:
        return None
    pos = tstart - len(m.group())
    floor = max(text.rfind(".", 0, pos), text.rfind("\n", 0, pos), 0)
    ms = sorted(x for x in orgs.mentions if floor <= x[0] and x[1] <= pos)
    if not ms or not re.fullmatch(
        r"\)?\s*(?:delegation|team|mission)?\s*,?\s*", text[ms[-1][1] : pos]
    ):
        return None  # "a JPO delegation led by": the body whose delegation it is
    k = len(ms) - 1
    while k > 0 and re.fullmatch(
        r"\s*(?:\(|of\s+(?:the\s+)?|at\s+(?:the\s+)?)", text[ms[k - 1][1] : ms[k][0]]
    ):
        k -= 1
    return ms[k][2]


def owner_of_body(text: str, pos: int, end: int, orgs: Orgs) -> tuple[OrgEntry, int] | None:
    """'the SAIP Board of Directors' read as one name: the organisation whose board it is."""
    m = re.match(rf"\s+(?:of|at)\s+(?:the\s+)?(.+?)\s+{GOVERNING_BODIES}$", text[pos:end])
    if m is None:
        return None
    s, e = pos + m.start(1), pos + m.end(1)
    owner = next((x for a, b, x in orgs.mentions if a == s and b == e), None)
    if owner is None:
        owner = orgs.lookup(m.group(1))
    return (owner, e) if owner is not None else None


_POSSESSIVE_PRONOUN = re.compile(r"(?<![\w-])(its|their)\s+$", re.IGNORECASE)


def org_of_pronoun(text: str, tstart: int, orgs: Orgs, upto: int | None = None) -> OrgEntry | None:
    """'The agreement with OMPIC, signed with its Director General, NAME': "its" before a
    title stands for the organisation named last before it (or before `upto`, the name it
    follows) in the same sentence."""
    if not _POSSESSIVE_PRONOUN.search(text[max(0, tstart - 8) : tstart]):
        return None
    upto = tstart if upto is None else upto
    floor = max(text.rfind(". ", 0, upto), text.rfind("\n", 0, upto), 0)
    before = [x for x in orgs.mentions if floor <= x[0] and x[1] <= upto]
    if not before and _OPENS_SENTENCE.search(text[max(0, tstart - 12) : tstart]):
        # "... met the X Chamber (XC) to discuss Y. Its Vice President, NAME, ...": a
        # sentence that opens with the pronoun speaks of the body the one before named last
        prev = max(text.rfind(". ", 0, floor), text.rfind("\n", 0, floor), 0)
        before = [x for x in orgs.mentions if prev <= x[0] and x[1] <= floor + 1]
    if not before:
        return None
    return max(before, key=lambda x: (x[1], -x[0]))[2]


_OPENS_SENTENCE = re.compile(r"(?:^|[.!?][ \t]+)(?:Its|Their)\s+$")


_BRACKETED = re.compile(r"\s*\([^()\n]{1,15}\)")
_SCENE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:At|In|Within)\s+(?:the\s+)?$")


def org_of_scene(text: str, tstart: int, orgs: Orgs) -> OrgEntry | None:
    """'At the X Board, Executive Director NAME presented ...': a sentence that opens by
    placing itself at a body, then names a titled person, speaks of that body's official."""
    lead = re.search(r"\)?,[ \t]+(?:the[ \t]+)?$", text[max(0, tstart - 40) : tstart])
    if lead is None:
        return None
    end = tstart - len(lead.group()) + (1 if lead.group().startswith(")") else 0)
    for s, e, org in orgs.mentions:
        # only a name right before the comma, or one with a bracket after it, can be placed
        placed = e == end or (
            e < end and text[end - 1] == ")" and _BRACKETED.fullmatch(text, e, end)
        )
        if placed and _SCENE.search(text[max(0, s - 20) : s]):
            return org
    return None


_PORTFOLIO_BEFORE = re.compile(r"((?:[A-Z][\w’'-]*[ \t]+(?:(?:and|of|&)[ \t]+)?)+)$")


def ministry_before(text: str, tstart: int, orgs: Orgs) -> OrgEntry | None:
    """'Domestic Trade and Cost of Living Minister NAME': a minister named by the portfolio
    before the title heads the "Ministry of <portfolio>" the text names."""
    m = _PORTFOLIO_BEFORE.search(text[max(0, tstart - 80) : tstart])
    if m is None:
        return None
    words = m.group(1).split()
    for k in range(len(words)):
        if not words[k][:1].isupper():
            continue
        portfolio = " ".join(words[k:])
        for e in orgs.entries:
            if any(
                f == f"Ministry of {portfolio}" or f.startswith(f"Ministry of {portfolio} of ")
                for f in e.forms
            ):
                return e
    return None
