"""A body named only as a modifier of something else is not mentioned as a body.

"EU-funded programmes" speak of the programmes, "the offices of EU Member States" of the
member countries: the union is a word inside another phrase, neither an actor nor a party.
A body the text also names on its own ("the EU and China", "China-EU") keeps every mention.
After a determiner of one member ("a UN Agency", "each Patent Office"), a capitalised kind of
body is any one of that kind, no body either.
"""

from __future__ import annotations

import re

from importers.en.orgs.bare_offices import IP_OFFICE_NAMES
from importers.en.orgs.model import ACRONYM, OrgEntry, Orgs
from importers.en.words import COUNTRY_OF, MEMBER_NOUNS
from store.text import lexicon

#: "-funded", "-led", "-administered": a participle the name is compounded with.
_PARTICIPLE = re.compile(r"-[a-z]+ed\b")
#: "Member States", "members": a noun of the union's members right after its name.
_MEMBER_NOUN = re.compile("(?:" + "|".join(re.escape(n) for n in MEMBER_NOUNS) + r")\b")
#: "trade mark", "design": a right a union of states grants in its name ("EU trade mark").
_RIGHT_NOUN = re.compile(
    "(?:" + "|".join(re.escape(n) for n in lexicon.words("en_orgs.txt", "right_nouns")) + r")\b"
)


def _attributive(text: str, end: int, union: bool) -> bool:
    """Whether the mention ending at `end` only modifies the words after it; the name of a
    union of states (`union`) also does before a right it grants."""
    if _PARTICIPLE.match(text, end) or _TITLED_PARTICIPLE.match(text, end):
        return True
    after = " ".join(text[end : end + 30].split()).casefold()
    return _MEMBER_NOUN.match(after) is not None or (union and _RIGHT_NOUN.match(after) is not None)


def _alternation(section: str) -> str:
    return "|".join(re.escape(w) for w in lexicon.words("en_orgs.txt", section))


#: "EU Funded projects": a funding participle written apart, capitalised as in a title, is
#: the compound "EU-funded" (in lower case, "the EU funded ..." may be the union acting).
_TITLED_PARTICIPLE = re.compile(
    "[ \t]+(?:"
    + "|".join(
        re.escape(w.capitalize()) for w in lexicon.words("en_orgs.txt", "funding_participles")
    )
    + r")\b"
)


#: "funded by the European Union": the passive of "EU-funded".
_FUNDER_BEFORE = re.compile(
    rf"(?<![\w-])(?i:{_alternation('funding_participles')})\s+by\s+(?:the\s+)?$"
)
#: "the EU's registration system": the union's possessive before its system or regime.
_SYSTEM_AFTER = re.compile(
    rf"['’]s\s+(?:[a-z][\w-]*\s+){{0,3}}(?:{_alternation('union_system_nouns')})\b"
)
#: "outside the EU", "across ASEAN": the union's region, as a preposition of place takes it.
_TERRITORY_BEFORE = re.compile(
    rf"(?<![\w-])(?i:{_alternation('territory_prepositions')})\s+(?:the\s+)?$"
)
_UNIONS_OF_STATES = lexicon.wordset("en_orgs.txt", "unions_of_states")
#: "the ASEAN economies", "EU governments", "EU laws": the members or rules named
_REGION_NOUN_AFTER = re.compile(rf"[ \t]+(?:{_alternation('union_region_nouns')})\b")


#: the nouns of events ([event_nouns])
_EVENTS = _alternation("event_nouns")


def _of_states(entry: OrgEntry) -> bool:
    """A union of states (the European Union, ASEAN), not one of its institutions."""
    return any(f.casefold() in _UNIONS_OF_STATES for f in (entry.name, *entry.forms))


def _union_in_passing(text: str, start: int, end: int) -> bool:
    """A union of states named as a programme's funder ("funded by the European Union"),
    for its region's rules ("the EU's registration system", "EU laws"), as a territory
    ("outside the EU") or for its members ("the ASEAN economies"): no body the text speaks
    of, as "EU-funded" is none."""
    return bool(
        _FUNDER_BEFORE.search(text, max(0, start - 30), start)
        or _TERRITORY_BEFORE.search(text, max(0, start - 16), start)
        or _SYSTEM_AFTER.match(text, end)
        or _REGION_NOUN_AFTER.match(text, end)
    )


#: "an ASEAN office", "another EU country": a determiner of one member, the name, then one
#: of its members' nouns.
_ARTICLE_BEFORE = re.compile(rf"(?<![\w-])(?i:{_alternation('member_determiners')})\s+$")
_MEMBER_BODY_AFTER = re.compile(rf"\s+(?:{_alternation('member_body_nouns')})\b")


def _qualifies_member(text: str, start: int, end: int) -> bool:
    """'an ASEAN office', 'an EU country': a union's name between "a"/"an" and a noun for one
    of its members qualifies that member; the article is the noun's, no body is spoken of."""
    return (
        _ARTICLE_BEFORE.search(text, max(0, start - 10), start) is not None
        and _MEMBER_BODY_AFTER.match(text, end) is not None
    )


_MEMBER_BODY_NOUNS = lexicon.wordset("en_orgs.txt", "member_body_nouns")


def _one_of_a_kind(text: str, entry: OrgEntry, start: int, end: int) -> bool:
    """'to lead a UN Agency', 'each Patent Office will set its rules': after a determiner of
    one member, an acronym and a noun for one member of what it names, or an IP office's
    generic name, speak of any one of a kind, as "a UN agency" or "each office" does; the
    capitals make no body of it (a body the reference knows by such a name is one)."""
    if entry.ref is not None or _ARTICLE_BEFORE.search(text, max(0, start - 10), start) is None:
        return False
    name = " ".join(text[start:end].split())
    words = name.split()
    return name.casefold() in IP_OFFICE_NAMES or (
        len(words) == 2
        and len(words[0]) >= 2
        and words[0].isupper()
        and words[1].casefold() in _MEMBER_BODY_NOUNS
    )


#: the list item before a mention ("Japan, ", "China and the ") and the one after
#: (", Korea", " and Japan")
_ITEM_BEFORE = re.compile(
    r"(?<![\w.])([A-Z][\w.]*(?:\s[A-Z][\w.]*)*)(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?$"
)
_ITEM_AFTER = re.compile(r"\s*(?:,|,?\s+and|,?\s+or)\s+(?:the\s+)?([A-Z][\w.]*(?:\s[A-Z][\w.]*)*)")


def _countries_before(text: str, start: int) -> int:
    """How many countries are listed right before `start`, nearest first, up to three."""
    count = 0
    while count < 3 and (item := _ITEM_BEFORE.search(text, max(0, start - 40), start)):
        if item.group(1).casefold() not in COUNTRY_OF:
            break
        count, start = count + 1, item.start()
    return count


def _countries_after(text: str, end: int) -> int:
    """How many countries are listed right after `end`, nearest first, up to three."""
    count = 0
    while count < 3 and (item := _ITEM_AFTER.match(text, end)):
        if item.group(1).casefold() not in COUNTRY_OF:
            break
        count, end = count + 1, item.end()
    return count


def _among_countries(text: str, start: int, end: int) -> bool:
    """'China, the U.S., EU, Japan and Korea', 'with Japan, China and the EU': a union of
    states listed with two countries or more is one of the places listed, no body ("between
    China and the EU" lists one country, and may name the union as a party)."""
    return _countries_before(text, start) + _countries_after(text, end) >= 2


#: "non-EU offices": a name after "non-" qualifies what follows as outside the body.
_NON_BEFORE = re.compile(r"(?<![\w-])[Nn]on-$")


def _negated(text: str, start: int) -> bool:
    return _NON_BEFORE.search(text, max(0, start - 4), start) is not None


#: " Heads Meeting", " Annual Summit": capitalised words after a name that end its event's
#: name in an event noun ([event_nouns])
_EVENT_NAME_AFTER = re.compile(rf"(?:[ \t]+[A-Z][\w-]*){{1,4}}?[ \t]+(?i:{_EVENTS})\b")
#: "China-": another side joined to the name by a dash
_DASHED_BEFORE = re.compile(r"[–—-]$")


def _grouping_of_an_event(text: str, entry: OrgEntry, start: int, end: int) -> bool:
    """'during the IP5 Heads Meeting': a grouping the text names only by its acronym, at the
    head of an event's name with words of its own, names the event, not a body that acts
    (paired with another side, "the China-EU dialogue", it is one of the event's parties)."""
    return (
        all(ACRONYM.match(f) for f in entry.forms)
        and _DASHED_BEFORE.search(text, max(0, start - 1), start) is None
        and _EVENT_NAME_AFTER.match(text, end) is not None
    )


def drop_modifiers(text: str, orgs: Orgs) -> None:
    """Drop the organisations every mention of which is a modifier ("EU-funded")."""
    for entry in list(orgs.entries):
        union = entry.ref is not None and entry.ref.kind == "igo"
        if entry.spans and all(
            _attributive(text, e, union)
            or _negated(text, s)
            or (union and _qualifies_member(text, s, e))
            or _one_of_a_kind(text, entry, s, e)
            or (_of_states(entry) and _union_in_passing(text, s, e))
            or (_of_states(entry) and _among_countries(text, s, e))
            or _grouping_of_an_event(text, entry, s, e)
            for s, e in entry.spans
        ):
            orgs.drop(entry)
