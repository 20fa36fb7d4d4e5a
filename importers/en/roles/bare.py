"""An organisation for titles the text states without one.

A title with no organisation is given one from the document: state leaders' titles belong
to the government of the country the text is about, a mayor's to the city's government (a
governor's "of X Province" to the province's), an
office holder's ("Commissioner") to the organisation the document is by or about (a post
that names an office of its own, "Registrar of X", to the "Office of the Registrar of X"), a
person the reference data knows to the organisation it records them at, and any other title
the text calls "our" ("NAME, our Principal Advisor") to the body it speaks for. Envoys'
titles get none: the mission is not named.
"""

from __future__ import annotations

import re

from importers.en.name_shapes import is_pinyin_name
from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.places import country_words
from importers.en.roles.anchors import org_leading
from importers.en.roles.counterparts import signing_counterpart
from importers.en.roles.governments import (
    cabinet_government,
    country_ending,
    envoy_government,
    heads_government,
    is_portfolio_minister,
    named_government,
    state_government,
    state_of_title,
)
from importers.en.roles.letters import letter_signer_body
from importers.en.roles.missions import is_mission, mission_before_in_sentence
from importers.en.roles.model import People, PersonEntry, RoleEntry
from importers.en.roles.own_office import office_named_after
from importers.en.roles.portfolio_before import says_portfolio
from importers.en.roles.seats import court_of, is_judicial
from importers.en.roles.shared_titles import counterpart_from
from importers.en.roles.sides import behalf_body, side_body
from importers.en.roles.statements import statement_issuer
from importers.en.states import city_government, known_government, province_government
from importers.en.subject import country_context, document_org, letterhead, publisher
from importers.en.titles import base_title, is_diplomatic, is_office_title
from importers.en.word_patterns import phrase_alternation
from importers.en.words import (
    CITY_TITLES,
    COUNTRIES,
    COUNTRY_OF,
    DELEGATION_HEADINGS,
    HONORIFICS,
    NON_ORG_ACRONYMS,
    PROVINCE_TITLES,
)
from importers.gazetteer import Reference
from store.text import lexicon
from store.text.sentences import sentence_spans
from store.text.titles import title_key


def assign_bare_roles(text: str, people: People, orgs: Orgs, reference: Reference) -> None:
    """Give an organisation to titles stated without one, from what the document is about."""
    country = country_context(text, orgs)
    home = publisher(text, orgs) or letterhead(text, orgs, known=True) or document_org(orgs, text)
    sentences = sentence_spans(text, lang="en")  # once per text, for the rules that read one
    places: dict[str, str] = {}
    for r in people.roles:
        if r.place:
            places.setdefault(r.person.key, r.place)
    placed = {
        (r.person.key, title_key(r.title)): r.org
        for r in people.roles
        if r.org is not None and not r.bare
    }
    for r in people.roles:
        if not r.bare and r.org is not None:
            continue
        same = placed.get((r.person.key, title_key(r.title)))
        if same is not None:
            r.org = same  # "Director General NAME" here, "For the X Office / NAME" below
            continue
        headed = office_named_after(r.title, orgs) or _directorate_of(text, r, orgs)
        if headed is not None:  # "Registrar of X" at the "Office of the Registrar of X"
            r.org = headed
            continue
        court = court_of(r.span[0], orgs) if is_judicial(r.title) else None
        if court is not None:
            r.org = court  # "Chief Justice NAME": at the court the text names
            continue
        base = base_title(r.title)
        state = state_of_title(base)
        if state is not None:
            # "President of X NAME": at X's government when the text names it, else bodiless
            r.org = state_government(orgs, state[0], state[1])
            continue
        place = r.place or places.get(r.person.key)
        if base in PROVINCE_TITLES and place and place.endswith(" Province"):
            r.org = province_government(orgs, place, country, reference)
            continue
        if base in CITY_TITLES or base.endswith("mayor"):
            if place:
                r.org = city_government(orgs, place, country, reference)
            continue
        if is_diplomatic(base):
            # "Mexico's Ambassador to ...": at the mission of that country the text names,
            # if it names one; the posting is then in the mission's name, not the title
            r.org = sending_mission(text, r, place, orgs)
            if r.org is None and place is None:
                r.org = mission_before_in_sentence(text, r, orgs)  # "to the X Embassy and to"
            if r.org is not None:
                r.title = re.sub(r"\s+(?:of|to|in)\s+.*$", "", r.title)
            else:  # "Permanent Representative of X to Y": X's government, when named
                r.org = envoy_government(r, place, orgs)
            continue
        if place and COUNTRY_OF.get(place.casefold()):
            # "X's Prime Minister NAME", "X's Minister of Y NAME": at X's government when the
            # text names it (not only in passing), else bodiless, as "Prime Minister of the
            # Republic of X" is (state_government): no government is made up for a post
            r.org = (
                state_government(orgs, r.title, place)
                if heads_government(base)
                else _post_government(orgs, COUNTRY_OF[place.casefold()], reference)
            )
            continue
        known = _reference_org(r.person, reference, orgs, r.title)
        if known is not None:
            r.org = known
            continue
        if (base == "president" or heads_government(base)) and _at_summit(text, r, sentences):
            continue  # "President NAME's visit for a summit": a head of state, no office's
        is_gov = heads_government(base, vice_premiers=True)
        if base in ("president",) and country == "CN" and is_pinyin_name(r.person.name):
            is_gov = True
        if is_gov and country:
            if not counterpart_from(text, r, country):  # "NAME and his Irish counterpart"
                r.org = _post_government(orgs, country, reference)
                if r.org is None and r.place is None:
                    r.place = COUNTRIES[country][0]  # said by title and country, no body
        elif is_office_title(base) and _names_unread_body(text, r, orgs):
            continue  # "Vice Chairman of QR-IG": held at a body the text has not read as one
        elif is_office_title(base):
            r.org = (
                _clause_body(text, r, orgs)
                or _leader_of(text, r, orgs)  # "X, headed by Mr. NAME, Deputy Commissioner"
                or statement_issuer(text, r, orgs)  # "the statement quoted the chairman NAME"
                or side_body(text, r, orgs, sentences)  # "From the X side, NAME, Title"
                or _deputy_of(text, r, people, sentences)
                or _delegation_home(text, r, people)
                or letter_signer_body(text, r, people)
                or signing_counterpart(text, r, people, orgs, home)
                or home
            )
        elif _SECRETARY_FOR.match(base):
            r.org = _only_government(orgs)
        elif _plain_minister(base) and _without_portfolio(text, r):
            r.org = _only_ministry(orgs, r.person, people) or _signing_ministry(
                text, r, people, orgs, home
            )
        elif is_portfolio_minister(base) or says_portfolio(r.title):  # "Trade Minister"
            r.org = cabinet_government(orgs, country)  # the one government of the text's country
        if (
            r.org is None
            and r.place is None
            and _OURS.search(text, max(0, r.span[0] - 8), r.span[0])
        ):
            r.org = home  # "NAME, our Principal Advisor": at the body the text speaks for
        if r.org is None and r.place is None:
            r.org = behalf_body(text, r, orgs)  # "On behalf of the X Office, Secretary NAME"


#: "our " right before a title: the post is held at the body the text speaks for.
_OURS = re.compile(r"\b[Oo]ur[ \t]+$")


#: " of QR-IG", ", ZETRO Lima": a body named right after the title, by its capitals.
_BODY_AFTER = re.compile(
    r"(?:[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?|,[ \t]+)([A-Z]{2,}(?:-[A-Z]+)?)\b"
)


def _post_government(orgs: Orgs, code: str, reference: Reference) -> OrgEntry | None:
    """Where a post said with its country is held: that country's government when the text
    names it, or when the reference data knows it; no other is made up for a post."""
    return named_government(orgs, code) or known_government(orgs, code, reference)


def _names_unread_body(text: str, r: RoleEntry, orgs: Orgs) -> bool:
    """'Vice Chairman of QR-IG, a group of ...': a title the text writes with its own body,
    one it has not read as an organisation, is held there and not at the body the text is
    by or about."""
    m = _BODY_AFTER.match(text, r.span[1]) or _BODY_AFTER.search(text, r.span[0], r.span[1])
    if m is None or m.end() < r.span[1]:
        return False
    if m.group(1) in NON_ORG_ACRONYMS or m.group(1) in orgs.non_org_acronyms:
        return False  # "(PPH)", or an acronym this text defines as no body
    return not any(s <= m.start(1) < e for s, e, _ in orgs.mentions)


#: "summit": a meeting of heads of state or government.
_SUMMIT = re.compile(
    rf"\b(?:{phrase_alternation(lexicon.words('en_roles.txt', 'summit_words'))})\b"
)


def _at_summit(text: str, r: RoleEntry, sentences: list[tuple[int, int]]) -> bool:
    """Whether the sentence of a bare title tells of a summit: its holder is a head of state
    or government, not the head of the office the text is about."""
    return any(s <= r.span[0] < e and _SUMMIT.search(text, s, e) for s, e in sentences)


#: "Deputy", "Vice": a title that is the deputy of the title after it.
_DEPUTY_WORDS = lexicon.wordset("en_roles.txt", "deputy_words")

_DIRECTOR_GENERAL = re.compile(r"(?i)^(?:deputy\s+|acting\s+)?director[- ]general$")


def _directorate_of(text: str, r: RoleEntry, orgs: Orgs) -> OrgEntry | None:
    """'a work plan with Indonesia's Directorate General of X, signed by ... and Director
    General NAME': a bare Director General heads the one directorate general the paragraph
    names before the title, not the office the text is by."""
    if not _DIRECTOR_GENERAL.match(r.title.strip()):
        return None
    start = text.rfind("\n", 0, r.span[0]) + 1
    named = {
        e.key: e
        for s, x, e in orgs.mentions
        if start <= s and x <= r.span[0] and re.match(r"(?i)directorate[- ]general\b", e.name)
    }
    return next(iter(named.values())) if len(named) == 1 else None


#: "Mr. ", "Dr. " right before a name: the form of address the name is headed by.
_ADDRESS = re.compile(rf"(?:(?<![\w-]){HONORIFICS}[ \t]+)+$")


def _leader_of(text: str, r: RoleEntry, orgs: Orgs) -> OrgEntry | None:
    """'the delegation of X, headed by Mr. NAME, Deputy Commissioner,': a title written after
    the name of the one a body (or its delegation) is headed or led by is held at that body,
    as "X, headed by Deputy Commissioner NAME" is (anchors.org_leading), not at the body
    the text is by."""
    for s, e in r.person.spans:
        if not e <= r.span[0] <= e + 3:
            continue
        address = _ADDRESS.search(text, max(0, s - 30), s)
        body = org_leading(text, address.start() if address else s, orgs)
        if body is not None:
            return body
    return None


#: ", who chairs ", ", who also leads the ": a clause of leading a body after a title and name.
_LEADING = phrase_alternation(lexicon.words("en_roles.txt", "leading_verbs"))
_WHO_LEADS = re.compile(rf",\s+who\s+(?:also\s+)?(?:{_LEADING})\s+(?:the\s+)?")


def _clause_body(text: str, r: RoleEntry, orgs: Orgs) -> OrgEntry | None:
    """'Deputy Director General NAME, who chairs X's working group on Y': the body the
    clause says the holder leads (or leads a group of) is where the title is held, not the
    body the text is by."""
    ends = [e for s, e in r.person.spans if r.span[1] <= s <= r.span[1] + 2]
    ends += [r.span[1] for s, e in r.person.spans if e <= r.span[0] <= e + 3]
    for end in ends:
        m = _WHO_LEADS.match(text, end)
        hit = orgs.at(m.end()) if m is not None else None
        if hit is not None:
            return hit[2]
    return None


def _deputy_of(
    text: str, r: RoleEntry, people: People, sentences: list[tuple[int, int]]
) -> OrgEntry | None:
    """'received by Director General A and Deputy Director General B': a deputy named in the
    sentence after the holder of the full title serves that holder's body."""
    first, _, full = r.title.partition(" ")
    if first.casefold().rstrip("-") not in _DEPUTY_WORDS or not full:
        return None
    start = max((s for s, _ in sentences if s <= r.span[0]), default=0)
    # "Deputy CEO for Operations" deputises for the "Chief Executive Officer"
    keys = {title_key(full), title_key(re.split(r"\s+(?:for|of)\s+|,", full)[0])}
    heads = [
        x.org
        for x in people.roles
        if x.org is not None and start <= x.span[0] < r.span[0] and title_key(x.title) in keys
    ]
    return heads[-1] if heads else None


#: A secretary's portfolio title ("Secretary for Economy and Finance", "Secretary for
#: Justice"): in the Hong Kong and Macao usage, a post in the government of the region.
_SECRETARY_FOR = re.compile(r"secretary\s+for\s+\S")


#: A heading that introduces the members of a delegation that travels with someone:
#: "Accompanying delegation", "Delegation members:".
_HEADING = phrase_alternation(DELEGATION_HEADINGS, r"[ \t]+")
_ACCOMPANYING = re.compile(rf"(?:^|\n)[ \t]*(?:{_HEADING})[ \t]*:?[ \t]*\n", re.IGNORECASE)


def _delegation_home(text: str, r: RoleEntry, people: People) -> OrgEntry | None:
    """'Accompanying delegation: NAME, Title, X Sector': the members of a delegation that
    travels with the text's principal (the first person it names at a body) are officials
    of the principal's body, not of the host named last."""
    line = text.rfind("\n\n", 0, r.span[0])
    lead = _ACCOMPANYING.search(text, max(line, 0), r.span[0])
    if lead is None or re.search(r"[.!?]\s", text[lead.end() : r.span[0]]):
        return None
    placed = [x for x in people.roles if not x.bare and x.org is not None]
    first = min(placed, key=lambda x: x.span[0], default=None)
    if first is None or first.span[0] >= lead.start() or first.person is r.person:
        return None
    return first.org


def _only_government(orgs: Orgs) -> OrgEntry | None:
    """The one government the text names, if it names exactly one."""
    named = [
        e
        for e in orgs.entries
        if e.kind == "government" and e.spans and not orgs.only_in_passing(e)
    ]
    return named[0] if len(named) == 1 else None


#: Capitalised words right before a title: a portfolio ("Trade Minister"), unless an article.
_WORDS_BEFORE = re.compile(r"(?<![\w’'-])(?!(?:The|Then|Former)\s)[A-Z][\w’'-]*\s+$")


def _without_portfolio(text: str, r: RoleEntry) -> bool:
    """Whether "Minister" stands alone in the text: no portfolio before it ("Trade
    Minister NAME") and nothing after it but a comma or the holder's name ("Minister
    Delegate for X" is a post of its own that was cut short)."""
    start, end = r.span
    if _WORDS_BEFORE.search(text, max(0, start - 40), start):
        return False
    return text.startswith(",", end) or any(end < s <= end + 2 for s, _ in r.person.spans)


def _only_ministry(orgs: Orgs, person: PersonEntry, people: People) -> OrgEntry | None:
    """'signed by the then Minister, NAME': a minister named with no portfolio heads the one
    ministry the text names, if it names exactly one (its former names are no second one).
    "Minister NAME" after "NAME, Minister of X" adds no second post at X."""
    named = [e for e in orgs.entries if e.spans and re.match(r"Ministry\b", e.name)]
    if len(named) != 1 or any(x.person is person and x.org is named[0] for x in people.roles):
        return None
    return named[0]


def _plain_minister(base: str) -> bool:
    """'Minister', 'Vice Minister', 'Deputy Minister': a minister's rank with no portfolio."""
    *rank, last = base.split()
    return last == "minister" and all(w.rstrip("-") in _DEPUTY_WORDS for w in rank)


def _signing_ministry(
    text: str, r: RoleEntry, people: People, orgs: Orgs, home: OrgEntry | None
) -> OrgEntry | None:
    """'signed by NAME, X's Country Director, and Vice Minister NAME2': a minister with no
    portfolio who signs beside an official of one party is of the other party, when that
    party is a ministry (a minister signing for an agency keeps no post there)."""
    side = signing_counterpart(text, r, people, orgs, home)
    return side if side is not None and re.match(r"Ministry\b", side.name) else None


def _reference_org(
    person: PersonEntry, reference: Reference, orgs: Orgs, title: str
) -> OrgEntry | None:
    """The organisation the reference data records the person at, among those the text
    names: the one where they hold the title the text gives ("Director General" of WIPO, not
    the office they once led as "Chief Executive"), else the first recorded."""
    for form in person.forms:
        ref = reference.person_named(form)
        if ref is None:
            continue
        person.ref_id = ref.id
        named = [
            (role, e)
            for role in ref.roles
            for e in orgs.entries
            if e.ref and e.ref.id == role.organisation
        ]
        same = [e for role, e in named if title_key(role.title) == title_key(title)]
        if same or named:
            return (same or [e for _, e in named])[0]
    return None


def sending_mission(text: str, r: RoleEntry, place: str | None, orgs: Orgs) -> OrgEntry | None:
    """The one embassy, mission or consulate of the envoy's country that the text names:
    "Ambassador of Brazil to X" and "the Embassy of Brazil in X", "Australia's Ambassador"
    and "the Australian Embassy"."""
    m = re.search(r"\s+of\s+(?:the\s+)?(.+?)(?:\s+(?:to|in)\s|$)", r.title) or re.match(
        r"\s+of\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)", text[r.span[1] :]
    )
    # "of the Socialist Republic of Viet Nam": the country its last words name
    code = country_ending(place or (m.group(1) if m else ""))
    if code is None:
        return None
    missions = [e for e in orgs.entries if _sender(e) == code and is_mission(e.name) and e.spans]
    return missions[0] if len(missions) == 1 else None


def _sender(mission: OrgEntry) -> str | None:
    """The country a mission is of: its own, else the one its name gives before the posting
    ("Royal Thai Embassy in Berlin" is Thailand's)."""
    before = country_words(re.split(r"\s+(?:in|to|at)\s+", mission.name)[0])
    return mission.country or (before[0] if before else None)
