"""Organisations named by a capitalised phrase with a head noun: "Danish Patent and Trademark
Office", "Ministry of Justice of Israel", "Permanent Mission of Brazil to the United Nations".

The main finder: every run of capitalised words is cut to its names (`chunks`), and each name
that is not a unit, an organ, a role or a Title-case common phrase becomes a mention, with
the acronym defined after it, the rest of a name cut at a comma, and the country that
qualifies a generic body.
"""

from __future__ import annotations

import re

from importers.en.orgs.acronym_pairs import after_given_acronym
from importers.en.orgs.acronyms import continued_name, definition_after, definition_before
from importers.en.orgs.capacities import is_treaty_capacity
from importers.en.orgs.chunks import (
    Tok,
    chunks,
    has_head,
    is_head,
    span_name,
    split_and,
    trim,
)
from importers.en.orgs.countries import abbreviated_country, other_countrys, qualify_by_country
from importers.en.orgs.headline_tails import (
    headline_object,
    without_headline_lead,
    without_headline_tail,
)
from importers.en.orgs.hosted import hosted_end, owner_named_after
from importers.en.orgs.inner_acronyms import inner_bodies
from importers.en.orgs.meetings import (
    in_quoted_title,
    is_meeting_body,
    is_programme_and_part,
    is_project,
    meeting_acronym,
    meeting_owner,
)
from importers.en.orgs.ministry_units import owning_ministry_at
from importers.en.orgs.model import Orgs, better_name
from importers.en.orgs.not_bodies import (
    is_document,
    is_former_name,
    is_heads_kind,
    is_law,
    is_post_field,
    is_premises,
    is_publication,
    keep_former_name,
    office_delegation,
    secretariat_of_body,
    team_of_country,
)
from importers.en.orgs.organ_chains import organ_owner
from importers.en.orgs.parties import before_subject
from importers.en.orgs.seats import past_seat_after_body
from importers.en.orgs.short_tails import without_short_name
from importers.en.orgs.titled_holders import (
    past_glued_title,
    past_lower_titled_holder,
    past_title_of_addressed,
)
from importers.en.orgs.tokens import tokens
from importers.en.orgs.trailing_names import without_trailing_person
from importers.en.orgs.units import (
    FIELD_UNIT_HEADS,
    field_unit_end,
    governed_by,
    is_unit_name,
    organ_of_parent,
    sub_body_own_name,
    unit_in_possessed_title,
    unit_of_described_owner,
    unit_of_parent,
    without_owner,
)
from importers.en.places import country_in, only_countries
from importers.en.words import (
    COMPANY_HEADS,
    COUNTRY_OF,
    DIPLOMATIC_HEADS,
    EVENT_NOUNS,
    GOVERNING_BODIES,
    ORG_HEADS,
)
from importers.gazetteer import Reference
from importers.guarded import guarded
from store.text import fold, lexicon


def _common_phrase(text: str, plain: str) -> bool:
    """'Support Creative Industries' in a headline: a name that ends in a company word
    whose last two words the text also writes in lower case ("creative industries") is a
    common noun phrase in Title Case, not a company."""
    words = plain.split()
    if len(words) < 2 or words[-1].casefold() not in COMPANY_HEADS:
        return False
    phrase = " ".join(words[-2:]).casefold()
    return re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text) is not None


#: Nouns of tools a body runs: a name that runs on into one names the tool.
_TOOL_NOUNS = lexicon.wordset("en_orgs.txt", "tool_nouns")
_COMPLEMENT_EVENTS = lexicon.wordset("en_orgs.txt", "complement_events")
_VENUE_HEADS = lexicon.wordset("en_venues.txt", "venue_heads")
_VENUE_HALLS = lexicon.wordset("en_venues.txt", "venue_halls")
_VENUE_USES = lexicon.wordset("en_venues.txt", "venue_uses")


_FACILITY_USES = lexicon.wordset("en_venues.txt", "facility_uses")


def is_venue(name: str) -> bool:
    """'Busan Exhibition and Convention Center', 'Grand Harbour Hotel': a place where a
    meeting is held, not a body; 'the WIPO Data Centre': a body's acronym, then a facility it
    runs ("Data", "Visitor" before the hall word), not a body either."""
    words = name.split()
    if (
        len(words) >= 3
        and words[-1] in _VENUE_HALLS
        and words[-2] in _FACILITY_USES
        and all(w.isupper() for w in words[:-2])
    ):
        return True
    return words[-1] in _VENUE_HEADS or (
        words[-1] in _VENUE_HALLS and any(w in _VENUE_USES for w in words[:-1])
    )


def _governed_body(name: list[Tok]) -> list[Tok] | None:
    """The body after a governing body that runs on into it: "Board of Directors of the
    Spanish Patent and Trademark Office" names the office (the board stays in a title)."""
    for k in range(len(name) - 2, 0, -1):  # the longest governing body: "Board of Directors"
        if name[k].low != "of" or not _GOVERNING.fullmatch(
            " ".join(t.text for t in name[:k] if t.low != "the")
        ):
            continue
        rest = name[k + 1 :]
        while rest and rest[0].low == "the":
            rest = rest[1:]
        return rest if len(rest) >= 2 and has_head(rest) else None
    return None


_GOVERNING = re.compile(rf"{GOVERNING_BODIES}")


def _as_role(text: str, start: int) -> bool:
    """'functioning ... as an International Searching Authority', 'act as an available
    Receiving Office', 'the status of International Authority': a role a body plays, not a
    body (an indefinite article, maybe with one adjective, never opens a body's name)."""
    return bool(
        re.search(
            r"\b(?:as\s+an?(?:\s+(?!(?:of|the|for|to|in|at|by|and|with)\b)[a-z]+)?"
            r"|(?:status|role|capacity)\s+of(?:\s+an?)?)\s+$",
            text[max(0, start - 40) : start],
        )
    )


#: "OHIM as the ": a word, then "as the", right before a name.
_AS_THE = guarded(r"(?<![\w-])([A-Z][\w&-]*)\s+as\s+the\s+$")


def _described_as(text: str, start: int, orgs: Orgs) -> bool:
    """'the agency, XYZ as the Office of the Union for designs, ...': a name after a body
    the text has named (or an acronym it defines in brackets) and "as the" says what that
    body is (its capacity, for whom it works), no second body."""
    m = _AS_THE.search(text, max(0, start - 60), start)
    if m is None:
        return False
    word = m.group(1)
    defined = word.isupper() and re.search(rf"\(\s*{re.escape(word)}\s*\)", text) is not None
    return defined or orgs.lookup(word) is not None


def _event_after(seg: list[Tok], name: list[Tok]) -> bool:
    """'China-Visegrad Group Joint Seminar on IP': the capitalised words after the name end
    in an event noun, so the whole names an event held by or about the body (or a tool it
    runs: "X Information Service Platform")."""
    k = seg.index(name[-1]) + 1
    rest = []
    while k < len(seg) and seg[k].cap and seg[k].text not in "()":
        rest.append(seg[k])
        k += 1
    if rest:
        return rest[-1].low in EVENT_NOUNS or rest[-1].low in _TOOL_NOUNS
    return _event_in_complement(name)


def _event_in_complement(name: list[Tok]) -> bool:
    """'Federation of Inventors World Congress': the "of/for" complement of the body's head
    runs on into an event's noun ("the 2023 X Association for Y World Congress"), so the
    whole names an event of the body; one word after "of" is its object ("Library of
    Congress"), and a noun joined by "and" is one more field ("Institute for Innovation and
    Competition")."""
    if not name or name[-1].low not in EVENT_NOUNS | _COMPLEMENT_EVENTS or is_head(name[-1]):
        return False
    link = max((k for k, t in enumerate(name) if t.low in ("of", "for")), default=-1)
    words = [t for t in name[link + 1 : -1] if t.low != "the"]
    if any(not t.cap for t in words):
        return False  # "Institute for Innovation and Competition": the event noun is a field
    return link > 0 and has_head(name[:link]) and len(words) >= 2


def _without_members(text: str, name: list[Tok]) -> list[Tok]:
    """'the Vancouver Group of IP offices': "of", an acronym and a plural head in lower case
    describe the group's members, so the name ends before "of"."""
    nxt = re.match(r"\s+([a-z]+)s\b", text[name[-1].end : name[-1].end + 30])
    if nxt is None or (nxt.group(1) not in ORG_HEADS and f"{nxt.group(1)[:-2]}y" not in ORG_HEADS):
        return name
    k = max((i for i, t in enumerate(name) if t.low == "of"), default=0)
    if k < 2 or not all(t.text.isupper() for t in name[k + 1 :]):
        return name  # only "of IP offices", "of PCT authorities": a kind of member
    return name[:k] if has_head(name[:k]) else name


def _before_defined_acronym(text: str, run: list[Tok]) -> list[Tok]:
    """'... Council For The States Of The Gulf And WIPO' (a headline in title case): a run
    that ends in "and" and an acronym the text defines in brackets ("... Organization
    (WIPO)") names that body second; the acronym is found on its own, so the run ends
    before "and"."""
    if len(run) < 4 or run[-2].low not in ("and", "&") or not run[-1].text.isupper():
        return run
    if not re.search(rf"\(\s*{re.escape(run[-1].text)}\s*\)", text) or not has_head(run[:-2]):
        return run
    return run[:-2]


def find_phrase_orgs(text: str, orgs: Orgs, reference: Reference | None = None) -> None:
    """Organisations named by runs of capitalised words. `reference` tells where a run that
    goes on past a known body's name holds a person's name after it."""
    toks = tokens(text)
    for run in chunks(text, toks):
        if _as_role(text, run[0].start) or _described_as(text, run[0].start, orgs):
            continue
        run = past_lower_titled_holder(text, run)  # "president Jane Roe and the X Office"
        run = past_title_of_addressed(text, run)  # "Chairman X Office Mr. Roe"
        run = past_seat_after_body(text, run, orgs)  # "X Council, Lahore and Y Office"
        segs = split_and(_before_defined_acronym(text, after_given_acronym(text, run)))
        for seg in segs:
            name = trim(seg)
            if not name or _event_after(seg, name):
                continue
            whole, name = name, without_owner(text, name, orgs)
            name = before_subject(text, name)  # "MoU between A and B on the Aim of ..."
            if (owned := owning_ministry_at(name)) and name is whole:
                name = name[:owned]  # "the X Centre of the Ministry of Y": two bodies
                segs.append(whole[owned + 1 :])
            if field_unit_end(whole) == len(name) and whole[-1].low not in FIELD_UNIT_HEADS:
                segs.append(whole[len(name) + 1 :])  # the owner after "of": a body of its own
            elif owner_named_after(whole, name):
                segs.append(whole[len(name) + 1 :])  # "X Department of the Y Office (YO)"
            whole = whole if governed_by(whole, orgs) else []  # "X Department of the Y Government"
            name = without_trailing_person(text, _without_members(text, name), reference)
            name, short = without_short_name(text, name)  # "... of Xland Inventa": its own
            name = without_headline_tail(text, name)  # "... States Meet in ...": the verb
            name = without_headline_lead(text, name)  # "Director NAME Toured X Office"
            name = past_glued_title(name)  # "charge of Chairman X Board of Y": the holder's
            if headline_object(text, name):
                continue  # "... Launches Licensing Service": a thing the headline tells of
            owner = meeting_owner([t.text for t in name])
            if owner is not None:  # "X Experts Group of Y": Y's members meet there
                segs.append(name[owner:])
                continue
            name = secretariat_of_body(name) or name  # "Secretariat of X": X itself
            team = office_delegation(text, name)
            if team is not None:  # "the Delegation of the X Office": the office's team
                if team:
                    segs.append(team)
                continue
            name = _post_of_mission(text, name)  # "Head of Mission of the Embassy of X"
            surface, plain, acrs = span_name(text, name)
            if plain.casefold().split()[0] in ("heads", "head") or is_unit_name(plain):
                continue
            if only_countries(plain):
                continue  # "the Russian Federation": a state, though "Federation" is a head
            if _owners_kind(text, name):
                continue  # "its Patent Office": the owner's body described by its kind
            if _heads_of_kind(text, name):
                continue  # "Heads of Office for the Region": the post, no office named
            governed = _governed_body(name)
            if _GOVERNING.fullmatch(plain) or is_publication(seg, name) or is_document(name):
                continue  # "the Board of Directors", "X Law Journal", "X Agreement": no body
            if is_law(seg, name):
                continue  # "the X Board of Y Act, 2009": a law named after the body
            if is_heads_kind(seg, name):
                continue  # "BRICS IP Office Heads": the group's offices, no body
            if is_former_name(text, name[0].start, name[-1].end):
                keep_former_name(text, name[0].start, name[-1].end, orgs)  # the body's own
                continue  # an older name ("still called X")
            if is_post_field(text, name):
                continue  # a post's field ("Director of X")
            if governed:
                name = governed  # "Board of Directors of the X Office": the office
                surface, plain, acrs = span_name(text, name)
            elif (
                unit_of_parent(plain, orgs, text)
                or unit_in_possessed_title(text, name[0].start, plain)
                or organ_of_parent(text, name[-1].end, plain, orgs)
                or unit_of_described_owner(text, name[-1].end, plain)
            ):
                continue
            if _common_phrase(text, plain) or is_venue(plain):
                continue
            if is_premises(text, name, _owner_named(name[0].text, orgs)):
                continue  # "the X Hall, DGIP Office, Jakarta": the body's building
            if is_project(text, plain) or is_programme_and_part(plain):
                continue
            if in_quoted_title(text, name[0].start, name[-1].end):  # "‘X Forum Plan’"
                continue
            if is_treaty_capacity(plain):  # "as International Searching Authority (ISA)"
                orgs.non_org_acronyms.update(acrs)
                continue
            if is_meeting_body(text, name[0].start, plain):
                orgs.non_org_acronyms.update(acrs + meeting_acronym(text, name[-1].end))
                continue
            body = organ_owner(name)
            if body is not None:  # "Standing Committee of the X Committee": X
                segs.append(body)
                continue
            start, end = name[0].start, name[-1].end
            extra = abbreviated_country(text, start, plain)
            if extra:
                start -= len(extra[0]) - len(plain)
                surface = plain = extra[0]
            end = hosted_end(text, plain, _diplomatic_end(text, plain, end))
            if end > name[-1].end:
                surface = re.sub(r"\s+", " ", text[start:end])
                plain = re.sub(r"\s*\([^()]*\)", "", surface)
            elif team_of_country(plain):
                continue  # "the Delegation of Kenya": a country's team at a meeting
            into = other_countrys(text, start, plain, orgs)
            entry = orgs.add(plain, start, end, country=country_in(plain), into=into)
            if surface != plain:
                entry.add_form(surface)
                entry.name = plain if better_name(plain, entry.name) else entry.name
            for s, e, inner, a, nested in inner_bodies(text, name):  # "X Organization (XO) Office"
                inner_entry = orgs.add(inner, s, e, country=country_in(inner))
                if nested and (s, e) not in inner_entry.spans:
                    orgs.add_nested(inner_entry, s, e)  # "X (XO) Y Group (YG)": X is named as well
                orgs.add(a, into=inner_entry)
                acrs.remove(a)
                entry.add_form(plain.replace(inner, a, 1))  # "XO Office in Y", as it is known
            for a in acrs:
                orgs.add(a, into=entry)
            if short is not None:
                orgs.add(short.text, short.start, short.end, into=entry)
            own = sub_body_own_name(plain, orgs)
            if own is not None:  # "X Board of KIPO" goes by "X Board" too
                entry.add_form(own)
            if whole:  # the name with its government is one of the body's forms
                entry.add_form(span_name(text, whole)[1])
            if extra:
                entry.add_form(extra[1])
                orgs.by_name.setdefault(fold(extra[1]), entry)
            definition_after(text, end, entry, orgs)
            definition_before(text, start, entry, orgs)  # "DIPP – Department of ..."
            full = continued_name(text, (start, end), plain, entry, orgs) or plain
            qualify_by_country(text, start, full, entry, orgs)


#: A mission's posting after its name; a line break after a capitalised word ends it (the
#: next line is a heading or a new item: "...to Kenya\n\nLetter No. 2").
_DIPLOMATIC_REST = re.compile(
    r"(?:[ \t]+to\s+(?:the\s+)?[A-Z][\w’'-]*(?:[ \t]+(?:of\s+)?[A-Z][\w’'-]*)*"
    r"(?:[ \t]+(?:at|in)\s+[A-Z][\w’'-]*)?"
    r"|[ \t]+in\s+(?:the\s+)?[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*)?"
    # "British Embassy Hanoi,", "the British Embassy Hanoi hosted": its city set after the
    # head, the name ending there (at punctuation or before a word in lower case)
    r"|(?<=[Ee]mbassy)[ \t]+[A-Z][a-z]+(?=[ \t]*(?:[.,;)]|$)|[ \t]+[a-z]))",
    re.MULTILINE,
)
#: A mission's head, with "General" after it, where the name ends or goes on with "of".
_MISSION = re.compile(
    rf"(?i)\b(?:{'|'.join(map(re.escape, sorted(DIPLOMATIC_HEADS)))})(?:[ -]General)?(?:\s+of\b|$)"
)
#: A posting "in" a country named in its long form: "in the Socialist Republic of Viet Nam".
_POSTED_IN = re.compile(
    r"[ \t]+in\s+(?:the\s+)?[A-Z][\w’'-]*(?:[ \t]+(?:(?:of|and)\s+)?[A-Z][\w’'-]*){0,7}"
)


def _post_of_mission(text: str, name: list[Tok]) -> list[Tok]:
    """'Head of Mission of the Embassy of X in Y': "Mission" after "Head of" is the post's
    word, so the body is the mission named after it."""
    k = 3 if len(name) > 3 and name[2].low == "the" else 2
    if (
        len(name) > k
        and name[0].low in DIPLOMATIC_HEADS
        and name[1].low == "of"
        and name[k].low in DIPLOMATIC_HEADS
        and re.search(
            r"\b(?:Head|Chief)\s+of\s+$", text[max(0, name[0].start - 20) : name[0].start]
        )
    ):
        return name[k:]
    return name


_OWNER_BEFORE = re.compile(
    rf"(?<![\w-])(?i:{'|'.join(lexicon.words('en_orgs.txt', 'possessive_determiners'))})\s+$"
)
_GENERIC_WORDS = lexicon.wordset("resolve.txt", "generic_words")


def _owner_named(acronym: str, orgs: Orgs) -> bool:
    """Whether the acronym names a body the text has named whose own name has no
    "Office" (the office of a directorate is its building)."""
    owner = orgs.lookup(acronym)
    return owner is not None and "office" not in owner.name.casefold().split()


def _owners_kind(text: str, name: list[Tok]) -> bool:
    """'the modernisation of its Intellectual Property Organisation': after a possessive
    determiner, a name made only of generic words and head nouns describes the owner's
    body by its kind; no body of that name is mentioned."""
    words = [t for t in name if t.low not in ("of", "for", "and", "the")]
    return all(t.low in _GENERIC_WORDS or is_head(t) for t in words) and bool(
        _OWNER_BEFORE.search(text, max(0, name[0].start - 8), name[0].start)
    )


def _heads_of_kind(text: str, name: list[Tok]) -> bool:
    """'Deputy Heads of Office for Asia', 'Head of Division for Patents': a head noun right
    after "Head(s) of", with no article, is the kind of unit the post heads, not a name."""
    return is_head(name[0]) and bool(
        re.search(
            r"\b(?:Heads?|Chiefs?)\s+of\s+$", text[max(0, name[0].start - 12) : name[0].start]
        )
    )


def _diplomatic_end(text: str, name: str, end: int) -> int:
    """Where a mission's name ends: "Permanent Mission of Brazil to the United Nations Office
    at Geneva", "Embassy of Japan in Beijing", and a country's full style after "in" to its
    end ("Embassy of X in the People's Republic of China")."""
    if not _MISSION.search(name):
        return end
    m = _DIPLOMATIC_REST.match(text, end)
    short = m.end() if m else end
    posted = _POSTED_IN.match(text, end)
    words = list(re.finditer(r"\S+", posted.group())) if posted else []
    for k in range(len(words) - 1, 0, -1):  # the longest run that ends in a country's name
        said = [w.group().casefold() for w in words[1 : k + 1]]
        if any(" ".join(said[j:]) in COUNTRY_OF for j in range(len(said))):
            return max(short, end + words[k].end())
    return short
