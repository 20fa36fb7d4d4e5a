"""Titles one phrase gives two people, and titles set off after a name by a dash.

"The Presidents of the X Office NAME and the Y Office NAME2" gives each the post at the body
named before them; "the Director General of X, NAME, and his counterpart from Y, NAME2"
gives NAME2 the same post at Y (a counterpart holds the matching post on the other side);
"NAME - Permanent Representative of X" is the dash's apposition of a title to the name
before it.
"""

from __future__ import annotations

import re

from importers.en.names import name_after, name_before
from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.places import country_name, country_words
from importers.en.roles.anchors import org_after
from importers.en.roles.model import People, RoleEntry
from importers.en.titles import TITLE
from importers.en.words import COUNTRY_OF
from importers.guarded import guarded
from store.text.sentences import sentence_spans

#: A title in the plural before "of": "the Presidents of".
_PLURAL = guarded(r"\b((?:[A-Z][\w-]*[ -]){0,2}[A-Z][\w-]*?)s\s+of\s+(?:the\s+)?")
#: A capitalised word in the plural that may head or end a plural title: "Directors".
_PLURAL_WORD = re.compile(r"\b[A-Z][a-z]+s\b")
#: " of the ", " of ": between a name and the body its holder heads.
_OF = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
#: "his counterpart from the", "her counterpart at".
_COUNTERPART = re.compile(r"\b(?:his|her|their)\s+counterparts?\s+(?:from|of|at|in)\s+(?:the\s+)?")
#: An acronym in brackets after a body's name: " (EPO)", " (ARIPO)".
_ACRONYM = re.compile(r"[ \t]*\([A-Z][A-Za-z]{1,9}\)")
#: " - ", " – ": a dash between a name and its title.
_DASH = re.compile(r"[ \t]+[-–—][ \t]+")


def find_shared_titles(text: str, people: People, orgs: Orgs) -> None:
    """Roles of the plural titles, the counterparts and the dashed titles of the text."""
    for m in _PLURAL.finditer(text):
        words = re.split(r"(?<=[ -])", m.group(1))
        singular = next(
            ("".join(words[k:]) for k in range(len(words)) if TITLE.fullmatch("".join(words[k:]))),
            None,
        )
        if singular is not None:  # "the Presidents of": each holds "President"
            _plural(text, m.span(), singular, people, orgs)
    for m in _PLURAL_WORD.finditer(text):
        _plural_before_names(text, m, people, orgs)
    for m in _NATIONAL_COUNTERPART.finditer(text):
        _national_counterpart(text, m, people)
    counterparts = list(_COUNTERPART.finditer(text))
    starts = [s for s, _ in sentence_spans(text, lang="en")] if counterparts else []
    for m in counterparts:
        _counterpart(text, m.span(), starts, people, orgs)
    for person in list(people.entries):
        for _, end in list(person.spans):
            _dashed(text, end, people, orgs)


def _body_then_name(
    text: str, pos: int, orgs: Orgs
) -> tuple[OrgEntry, tuple[int, int], int] | None:
    """A body named at `pos` and the name right after it (after its bracketed acronym and
    a comma): (body, name span, end)."""
    hit = orgs.at(pos)
    if hit is None:
        return None
    end = hit[1]
    acr = _ACRONYM.match(text, end)
    end = acr.end() if acr else end
    end += 1 if text.startswith(",", end) else 0
    nm = name_after(text, end)
    return (hit[2], nm, nm[1]) if nm else None


#: (matched at a position, so that no slice of the rest of the text is made per match)
_AND_THE = re.compile(r"\s+and\s+(?:the\s+)?")
_AND = re.compile(r"[ \t]+and(?=[ \t])")
_WORD_AFTER = re.compile(r"[ -][A-Z][a-z]+\b")


def _plural(text: str, span: tuple[int, int], title: str, people: People, orgs: Orgs) -> None:
    first = _body_then_name(text, span[1], orgs)
    if first is None:
        return
    joined = _AND_THE.match(text, first[2])
    second = _body_then_name(text, joined.end(), orgs) if joined else None
    if second is None:
        return
    for org, nm, _ in (first, second):
        people.record(text, nm, title, org=org, span=span, place=None)


def _plural_before_names(text: str, word: re.Match[str], people: People, orgs: Orgs) -> None:
    """ "Directors General NAME of X and NAME2 of Y": each holds the post at his own body,
    the title kept as written (its plural is a spelling of the singular's role)."""
    title = _plural_title(text, word)
    if title is None:
        return
    first = _name_of_body(text, title[1], orgs)
    joined = _AND.match(text, first[2]) if first else None
    second = _name_of_body(text, joined.end(), orgs) if first and joined else None
    if first is None or second is None:
        return
    for nm, org, _ in (first, second):
        people.record(text, nm, text[title[0] : title[1]], org=org, span=title, place=None)


#: "and his British counterpart ": the holder of the same post in the country named.
_NATIONAL_COUNTERPART = re.compile(
    r"[ \t]+and[ \t]+(?:his|her|their)[ \t]+([A-Z][a-z]+)[ \t]+counterpart,?(?=[ \t])"
)


def _national_counterpart(text: str, m: re.Match[str], people: People) -> None:
    """ "Prime Minister(s) NAME and his British counterpart NAME2": NAME2 holds NAME's post
    in the country his adjective names (a plural title gives both the singular post). NAME
    is of another country: the one other country a text about two names."""
    code = COUNTRY_OF.get(m.group(1).casefold())
    first = name_before(text, m.start())
    second = name_after(text, m.end())
    held = _title_before(text, first, people) if code and first and second else None
    if held is None or second is None:
        return
    first, title, span, role = held
    others = set(country_words(text)) - {code}
    place = country_name(others.pop()) if len(others) == 1 else None
    if role is None:
        people.record(text, first, title, org=None, span=span, place=place)
    elif role.place is None and role.org is None:
        role.place = place
    people.record(text, second, title, org=None, span=span, place=m.group(1))


def counterpart_from(text: str, r: RoleEntry, code: str) -> bool:
    """Whether the holder of `r` is named right before "and his <country's> counterpart"
    of country `code`: then he is not of that country ("Prime Minister NAME and his Irish
    counterpart NAME2" names no Irish prime minister in NAME)."""
    for s, e in r.person.spans:
        if s < r.span[1] or text[r.span[1] : s].strip():
            continue
        m = _NATIONAL_COUNTERPART.match(text, e)
        if m and COUNTRY_OF.get(m.group(1).casefold()) == code:
            return True
    return False


def _title_before(
    text: str, name: tuple[int, int], people: People
) -> tuple[tuple[int, int], str, tuple[int, int], RoleEntry | None] | None:
    """The name and the title written right before it: a role found there already, or a
    title in the plural read backwards with the name, given in the singular ("Prime
    Ministers NAME": "Prime Minister")."""
    for r in people.roles:
        if r.span[1] <= name[0] and not text[r.span[1] : name[0]].strip():
            return name, r.title, r.span, r
    for word in _PLURAL_WORD.finditer(text, max(0, name[0] - 30), name[1]):
        plural = _plural_title(text, word)
        nm = name_after(text, plural[1]) if plural else None
        if plural is None or nm is None or nm[1] != name[1]:
            continue
        words = text[plural[0] : plural[1]].split()
        for k, w in enumerate(words):
            one = " ".join([*words[:k], w[:-1], *words[k + 1 :]])
            if w.endswith("s") and TITLE.fullmatch(one):
                return nm, one, plural, None
    return None


def _plural_title(text: str, word: re.Match[str]) -> tuple[int, int] | None:
    """The span of a title with `word` in the plural ("Directors General", "Vice
    Presidents"): at most one capitalised word before or after it."""
    start, end = word.span()
    before = re.search(r"[A-Z][a-z]+[ -]$", text[max(0, start - 20) : start])
    after = _WORD_AFTER.match(text, end)
    starts = [start - len(before.group()), start] if before else [start]
    ends = [after.end(), end] if after else [end]
    for s in starts:
        for e in ends:
            singular = text[s : end - 1] + text[end:e]
            if TITLE.fullmatch(singular):
                return s, e
    return None


def _name_of_body(text: str, pos: int, orgs: Orgs) -> tuple[tuple[int, int], OrgEntry, int] | None:
    """A name at `pos` and the body after its "of": (name span, body, end)."""
    nm = name_after(text, pos)
    of = _OF.match(text, nm[1]) if nm else None
    hit = orgs.at(of.end()) if of else None
    if nm is None or hit is None:
        return None
    acr = _ACRONYM.match(text, hit[1])
    return nm, hit[2], acr.end() if acr else hit[1]


def _counterpart(
    text: str, span: tuple[int, int], starts: list[int], people: People, orgs: Orgs
) -> None:
    """The counterpart holds the post of the person the sentence named before him (the
    sentences' `starts` are read once per text)."""
    start, pos = span
    found = _body_then_name(text, pos, orgs)
    if found is None:
        return
    sentence = max((s for s in starts if s <= start), default=0)
    before = [r for r in people.roles if sentence <= r.span[0] < start and r.org is not None]
    if before and before[-1].org is not found[0]:
        title = before[-1].title
        people.record(text, found[1], title, org=found[0], span=(start, pos), place=None)


def _dashed(text: str, end: int, people: People, orgs: Orgs) -> None:
    """'NAME - Title of X': the title after the dash, at the body named after it."""
    dash = _DASH.match(text, end)
    title = TITLE.match(text, dash.end()) if dash else None
    if title is None:
        return
    after = org_after(text, title.end(), orgs)
    person = next((p for p in people.entries if any(e == end for _, e in p.spans)), None)
    if after is None or person is None:
        return
    if any(r.person is person and r.org is after[0] for r in people.roles):
        return
    span = next(s for s in person.spans if s[1] == end)
    people.record(text, span, title.group(), org=after[0], span=title.span(), place=None)
