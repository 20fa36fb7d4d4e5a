"""A title as the text writes it: with a second title, a portfolio, or a function.

"Minister of Industry, Trade and Supply" names a ministry, which becomes an organisation;
"Minister for Industry and Science" and "Commissioner of Patents, Trade Marks and Designs"
name a function, which stays in the title; "Under Secretary of Commerce for Intellectual
Property and Director of the USPTO" is one title held at the USPTO. `read_title` returns the
title with what it already says about its organisation.
"""

from __future__ import annotations

import re
from dataclasses import KW_ONLY, dataclass

from importers.en.names import name_after
from importers.en.orgs.countries import give_country
from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.places import country_name, demonym_before, possessive_before
from importers.en.roles.anchors import CAP, CAP_LIST, ministry_before, org_after, own_board
from importers.en.roles.appositive_holders import (
    appositive_cut,
    second_titled_by_adjective,
    second_titled_in_lower_case,
)
from importers.en.roles.fields import holder_after_field, past_field_country
from importers.en.roles.french import french_field_end
from importers.en.roles.governments import country_ending, heads_government, state_government
from importers.en.roles.named_ministries import (
    body_named_after,
    kindred_ministry,
    leading_ministry,
    named_ministry,
)
from importers.en.roles.portfolio_acronyms import acronym_after
from importers.en.roles.portfolio_before import portfolio_start
from importers.en.roles.portfolio_holders import INITIAL_AFTER, name_in_portfolio
from importers.en.roles.postings import AREA_TITLES, posting_end
from importers.en.roles.statutory import statutory_body
from importers.en.states import province_after
from importers.en.titles import base_title, is_office_title
from importers.en.word_patterns import STATE_FORM
from importers.en.words import (
    CITY_TITLES,
    COUNTRY_OF,
    GOVERNMENT_TITLES,
    HONORIFICS,
    NAME_PREFIXES,
    ORG_HEADS,
    PORTFOLIO_WORDS,
    TITLE_CORE,
    TITLE_UNIT_WORDS,
)
from store.text import fold, lexicon

#: A post's field in one word in brackets after its title: "(International)", "(Operations)".
_BRACKET_FIELDS = lexicon.wordset("en_titles.txt", "bracket_field_words") | TITLE_UNIT_WORDS
_ACADEMIC = lexicon.wordset("en_titles.txt", "academic_titles")
#: The titles whose holders have a portfolio: "Minister (Finance)", "Secretary (Trade)".
_PORTFOLIO_HOLDERS = ("minister", "secretary")


@dataclass
class Title:
    """One title as read from the text, with what it already says about the organisation."""

    text: str
    start: int
    end: int
    _: KW_ONLY
    ministry: OrgEntry | None = None
    country: str | None = None  # "Thailand's Deputy Minister": the country as written
    function: bool = False  # a portfolio that is not an organisation ("of Patents")
    bodiless: bool = False  # "President of X": the title says it is held at no body


#: "Counsellor (Intellectual Property)": a field of two or more capitalised words in brackets.
_FIELD = re.compile(r"[ \t]+\(((?:[A-Z][a-z]+)(?:[ \t]+(?:and[ \t]+|&[ \t]+)?[A-Z][a-z]+)+)\)")


_ONE_WORD_FIELD = re.compile(r"[ \t]+\(([A-Z][a-z]+(?:-[a-z]+)?)\)")


def _unit_field(text: str, pos: int, title: str) -> re.Match[str] | None:
    """'Deputy Director General (Operations)': one word in brackets after an office holder's
    title is part of the post when it names a function ("Operations", "Enforcement"), not a
    place ("(Geneva)"); after a minister's it is a portfolio ("Minister of State (Finance)"),
    and after a university head's or deputy's the field they lead ("Vice-Rector (Research)")."""
    base = base_title(title)
    m = _ONE_WORD_FIELD.match(text, pos)
    if m is not None and base.split()[-1] in _PORTFOLIO_HOLDERS:
        # "Permanent Secretary (Industry)": a minister's or a secretary's portfolio
        return m if m.group(1).casefold() in PORTFOLIO_WORDS else None
    if not is_office_title(base) and re.split(r"[ -]", base)[-1] not in _ACADEMIC:
        return None
    return m if m is not None and m.group(1).casefold() in _BRACKET_FIELDS else None


#: " for intellectual property" before " at the ...": a lower-case field of one to three words,
#: or a list of one-word fields (" for science, innovation and growth").
_LOWER_FIELD = re.compile(
    r"[ \t]+for[ \t]+((?!the\b)[a-z]+(?:[ \t]+(?!the\b)[a-z]+){0,2}"
    r"|(?:[a-z]+,[ \t]+){1,3}[a-z]+,?[ \t]+and[ \t]+[a-z]+)(?=[ \t]+(?:at|of|in)[ \t])"
)


def _lower_field(text: str, pos: int, title: str) -> re.Match[str] | None:
    """'first secretary for intellectual property at the X Embassy': a title written in lower
    case keeps its field in lower case too, and the body follows after "at", "of" or "in"."""
    return _LOWER_FIELD.match(text, pos) if title[:1].islower() else None


_REMIT_NOUNS = lexicon.words("en_titles.txt", "remit_nouns")
#: " Legal and International Affairs," after a title: capitalised words up to a remit noun,
#: the comma after it, or "of"/"at" and the body, closing the post.
_REMIT_FIELD = re.compile(
    r"[ \t]+((?:[A-Z][a-z]+[ \t]+(?:(?:and|&)[ \t]+)?){0,4}(?:"
    + "|".join(w.capitalize() for w in _REMIT_NOUNS)
    + r"))(?=,|[ \t]+(?:of|at)[ \t]+(?:the[ \t]+)?[A-Z])"
)


def _remit_field(text: str, pos: int, title: str) -> re.Match[str] | None:
    """'Vice-President Legal and International Affairs, X Office': an office holder's remit
    written straight after the title, ending in a remit noun before a comma or before "of" or
    "at" and the body, is the post's; so is an envoy's ("Counsellor Trade Affairs of the X
    Embassy", [area_titles])."""
    base = base_title(title)
    covers = is_office_title(base) or base.split()[-1] in AREA_TITLES
    return _REMIT_FIELD.match(text, pos) if covers else None


def title_with_body(text: str, m: re.Match[str], orgs: Orgs) -> tuple[Title, OrgEntry | None, int]:
    """The title at `m`, the body it names (its own ministry, else the one right after "of",
    "at" or "for") and where the two end: a title paired with a name written apart from it."""
    t = read_title(text, m, orgs)
    if t.ministry is not None:
        return t, t.ministry, t.end
    found = org_after(text, t.end, orgs)
    return (t, found[0], found[1]) if found is not None else (t, None, t.end)


def read_title(text: str, m: re.Match[str], orgs: Orgs) -> Title:
    """The title at `m` with its second title ("and Minister of X") and its portfolio; a
    minister's portfolio makes the ministry an organisation."""
    title = m.group("title")
    tstart, tend = m.start("title"), m.end("title")
    # "Senior Minister and Minister of X", "Acting Chief Executive and Comptroller General"
    more = re.match(rf"\s+(?:and|&)\s+({TITLE_CORE})(?![\w-])", text[tend:], re.IGNORECASE)
    if more and more.group(1)[:1].isupper() == title[:1].isupper():
        title = text[tstart : tend + more.end()]
        tend += more.end()
    field_ = (
        _FIELD.match(text, tend)
        or _unit_field(text, tend, title)
        or _lower_field(text, tend, title)
        or _remit_field(text, tend, title)
    )
    if field_ is not None and field_.group(1).casefold() not in COUNTRY_OF:
        # "Counsellor (Intellectual Property)": the field in brackets is part of the post
        title, tend = text[tstart : field_.end()], field_.end()
    french = french_field_end(text, tend, title)
    if french > tend:  # "Chef du service des brevets": the field is the post's
        title = re.sub(r"\s+", " ", text[tstart:french])
        return Title(title, tstart, french, country=_possessive_country(text, m.start()))
    combined = _combined_title(text, tstart, tend, orgs)
    if combined is not None:
        return combined
    board = own_board(text, tend, orgs)
    if board is not None:  # "Chairman of the Board of Directors": held at the body itself
        title = re.sub(r"\s+", " ", text[tstart:board])
        return Title(title, tstart, board, country=_possessive_country(text, m.start()))
    envoy = posting_end(text, tend, title, orgs)
    if envoy is not None:
        # "Ambassador to Japan, NAME": the posting is part of the title
        text_ = re.sub(r"\s+", " ", text[tstart:envoy])
        sender = _possessive_country(text, m.start()) or demonym_before(text, tstart)
        return Title(text_, tstart, envoy, country=sender)  # "Chile's", "the British"
    state = _state_named(_line_from(text, tend))
    led = state_government(orgs, title, state[0]) if state else None
    if state and led:  # "Prime Minister of the Republic of X": at X's government, not in title
        return Title(title, tstart, tend + state[1], ministry=led)
    head = (state or _country_named(_line_from(text, tend))) if _heads_state(title) else None
    if head and not orgs.covered(tend + head[1] - len(head[0]), tend + head[1]):
        # "President of X NAME": the state's head, no body's; "President of Korea Invention
        # Promotion Association" names a body, which the text has read as one
        written = re.sub(r"\s+", " ", text[tstart : tend + head[1]])
        return Title(written, tstart, tend + head[1], function=True, bodiless=True)
    city = _city_named(text, tend, title, orgs) or province_after(text, tend, title)
    if city is not None:  # "deputy mayor of X", "Governor of X Province": at X's government
        return Title(title, tstart, city[1], country=city[0])  # (roles.bare)
    poss = _possessive_country(text, m.start())
    if body_named_after(text, tend, orgs):  # "Secretary of DIPP": held at that body
        return Title(title, tstart, tend, country=poss)
    title, portfolio, acr, country, pend = _portfolio(text, tend, title)
    lead = None if portfolio else portfolio_start(text, tstart, title)
    if lead is not None and ministry_before(text, tstart, orgs) is None:
        # "Trade Minister": the portfolio before the title is the title's, unless the text
        # names the ministry it heads (then "Minister" at that ministry)
        title, tstart = re.sub(r"\s+", " ", text[lead:tend]), lead
        poss = _possessive_country(text, lead)
    country = country or poss
    t = Title(title, tstart, tend, country=poss)
    if lead is not None and tstart == lead:  # "Trade Secretary": of the department named
        holder_code = COUNTRY_OF.get((poss or "").casefold())
        t.ministry = leading_ministry(orgs, text[lead : m.start("title")], holder_code)
        if t.ministry is not None:
            return t
    named = named_ministry(orgs, portfolio, COUNTRY_OF.get((country or "").casefold()))
    if named is not None:
        # "Viet Nam's Minister for Science and Technology" heads the "Ministry of Science
        # and Technology" the text names (of Viet Nam, or of no country said)
        t.ministry, t.end, t.country = named, pend, None
        if acr:
            orgs.add(acr, into=named)
        return t
    if portfolio and (_FOR_PORTFOLIO.search(title) or not (country or acr)):
        # "Minister for Industry and Science", "Under-Secretary for Trade of X", "Minister
        # of Domestic Trade" with no country and no acronym: a portfolio, not a ministry the
        # text names as an organisation
        t.end, t.function = pend, True
        fend = _function(text, pend, orgs) if " for " not in title else pend
        if fend > pend:  # "Under Secretary of Commerce for Intellectual Property": its field
            t.text, t.end = re.sub(r"\s+", " ", text[tstart:fend]), fend
        # "Minister of Law" with the text's one "Ministry of Law and Human Rights": the
        # ministry whose portfolio opens with the minister's
        t.ministry = (
            statutory_body(t.text, orgs)
            or kindred_ministry(orgs, portfolio)
            or leading_ministry(orgs, portfolio, None)
        )
    elif portfolio:
        name = base = f"Ministry {'of' if ' of ' in title else 'for'} {portfolio}"
        code = COUNTRY_OF.get((country or "").casefold())
        if country:
            name += f" of {country_name(code) if code else country}"
        t.ministry = orgs.add(name, kind="government", country=code)
        if code:  # also "Ministry of X (Xland)", the form reference data, golds and other
            # texts give, and with the state's long form
            give_country(t.ministry, orgs, base.split(), code)
        if country and "," in portfolio:
            # a listed portfolio names one ministry even without its country
            t.ministry.add_form(base)
            orgs.by_name.setdefault(fold(base), t.ministry)
        if acr:
            orgs.add(acr, into=t.ministry)
        t.end = pend
        t.country = None
    elif title[:1].isupper():
        fend = _function(text, tend, orgs)
        if fend > tend:
            t.text = re.sub(r"\s+", " ", text[tstart:fend])
            t.end, t.function = fend, True
            t.ministry = statutory_body(t.text, orgs)  # "Commissioner for Patents"
    return t


_OF_PLACE = re.compile(rf"[ \t]+of[ \t]+({CAP}(?:[ \t]+{CAP}){{0,3}})")


def _city_named(text: str, pos: int, title: str, orgs: Orgs) -> tuple[str, int] | None:
    """ "mayor of X" right after a city's officer's title: X is a place, not a portfolio
    (its government is the post's body), unless the text has read "X ..." as a body of its
    own ("Mayor of Busan Metropolitan City"). A name that follows is not the place's:
    "Mayor of X NAME" keeps the words before the name."""
    base = base_title(title)
    if base not in CITY_TITLES and not base.endswith("mayor"):
        return None
    m = _OF_PLACE.match(text, pos)
    if m is None or any(s < m.end(1) and m.start(1) < e for s, e, _ in orgs.mentions):
        return None
    words = list(re.finditer(r"\S+", m.group(1)))
    for k in range(1, len(words) + 1):
        end = m.start(1) + words[k - 1].end()
        if k == len(words) or name_after(text, end) is not None:
            place = re.sub(r"\s+", " ", text[m.start(1) : end])
            return (None if place.casefold() in COUNTRY_OF else (place, end)) if k <= 2 else None
    return None


#: "Minister for X", "Under-secretary for X", "Secretary of State for X": "for" gives the
#: post's function; the ministry's own name ("Ministry of X") is not written.
_FOR_PORTFOLIO = re.compile(r"(?i)(?:minister|secretary)(?:\s+of\s+state)?\s+for\s")


def _possessive_country(text: str, pos: int) -> str | None:
    """'Jordan's Minister ...': the country a title is qualified by."""
    m = possessive_before(text, pos)
    if m and m.group(1).casefold() in COUNTRY_OF:
        return m.group(1)
    return None


def _heads_state(title: str) -> bool:
    """Whether the title is a state's head's or deputy head's ("President", "Vice
    President"): one with the state's name after it is no body's post."""
    base = base_title(title)
    return base in GOVERNMENT_TITLES and not heads_government(base, vice_premiers=True)


_OF_CAPS = re.compile(rf"\s+of\s+(?:the\s+)?({CAP}(?:\s+{CAP}){{0,2}})")


def _country_named(line: str) -> tuple[str, int] | None:
    """ "of Mongolia", "of the Philippines" right after a title: the country, by its
    longest name, and where it ends in `line`."""
    m = _OF_CAPS.match(line)
    words = list(re.finditer(r"\S+", m.group(1))) if m else []
    for k in range(len(words), 0, -1):
        name = " ".join(w.group() for w in words[:k])
        if COUNTRY_OF.get(name.casefold()) and m is not None:
            return name, m.start(1) + words[k - 1].end()
    return None


def _line_from(text: str, pos: int) -> str:
    end = text.find("\n", pos)
    return text[pos:] if end < 0 else text[pos:end]


def _portfolio(text: str, pos: int, title: str) -> tuple[str, str, str | None, str | None, int]:
    """A minister's portfolio: (title, "Industry, Trade and Supply", acronym, country, end)."""
    if not re.search(r"(?i)(minister|secretary)(?:\s+of\s+state)?$", title):
        return title, "", None, None, pos
    state = _state_named(_line_from(text, pos))
    if state is not None:
        # "Prime Minister of the Kingdom of X": the state itself, no ministry's portfolio
        return f"{title} of {state[0]}", state[0], None, None, pos + state[1]
    m = re.match(
        rf"\s+(of|for)\s+({CAP_LIST})"
        r"(?:\s*\(([A-Z]{2,8})\))?(?:\s+of\s+(?:the\s+)?"
        rf"(?:(?:[A-Z][\w’'-]*\s+)?{STATE_FORM})?"  # "of the Republic of Togo", "Kingdom of"
        r"([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*(?!\.\w))?))?",  # not "S." of "S.Batbold"
        _line_from(text, pos),  # a portfolio never runs on into the next line
    )
    if (
        not m
        or m.group(2).split()[-1 if m.group(2).startswith("the ") else 0].casefold() in ORG_HEADS
    ):
        return title, "", None, None, pos
    portfolio = m.group(2)
    other = _OTHER_TITLED.search(portfolio) or second_titled_by_adjective(portfolio)
    other = other or second_titled_in_lower_case(portfolio, _line_from(text, pos)[m.end(2) :])
    if other is not None:
        # "Science and Technology Hoang Minh and KIPO Commissioner Lee": a second titled
        # person follows; the portfolio and its holder's name end before (what follows the
        # second title, "of Trade Kofi ...", is the second person's)
        before = portfolio[: other.start()]
        cut = name_in_portfolio(before)
        cut = appositive_cut(before) if cut is None else cut  # "Law, NAME, and"
        if cut is not None:
            short = before[:cut].rstrip()
            return f"{title} {m.group(1)} {short}", short, None, None, pos + m.start(2) + len(short)
    address = _ADDRESS.search(text[pos : pos + m.end() + 1], m.start(2))
    if address is not None:
        # "Minister of Trade and Consumer Affairs Dato' NAME": the portfolio ends where
        # a form of address opens the name
        short = text[pos + m.start(2) : pos + address.start()]
        short = re.sub(r"(?:[\s,]|\band\b|&)+$", "", short).strip()
        if short:
            return f"{title} {m.group(1)} {short}", short, None, None, pos + m.start(2) + len(short)
    second = _COORDINATED_TITLE.search(m.group(0))
    if second and second.start() < m.end(2) - m.start():
        # "Minister of Commerce and Chairman of ...": the portfolio ends before the second title
        short = m.group(0)[m.end(1) - m.start() : second.start()].strip()
        return f"{title} {m.group(1)} {short}", short, None, None, pos + second.start()
    if not (m.group(3) or m.group(4)):
        cut = name_in_portfolio(
            portfolio, initial=INITIAL_AFTER.match(text, pos + m.end(2)) is not None
        )
        if cut is not None:
            short = portfolio[:cut].rstrip()
            return f"{title} {m.group(1)} {short}", short, None, None, pos + m.start(2) + len(short)
    country = m.group(4) if m.group(4) and m.group(4).casefold() in COUNTRY_OF else None
    end = pos + m.end()
    third = re.match(rf"\s+({CAP})", text[end:]) if m.group(4) and not country else None
    if third and f"{m.group(4)} {third.group(1)}".casefold() in COUNTRY_OF:
        country, end = f"{m.group(4)} {third.group(1)}", end + third.end()  # United Arab Emirates
    longer = re.match(rf"\s+of\s+({CAP})", text[end:]) if country else None
    if longer and f"{country} of {longer.group(1)}".casefold() in COUNTRY_OF:
        country, end = f"{country} of {longer.group(1)}", end + longer.end()  # of America
    if m.group(4) and not country:
        portfolio = f"{portfolio} of {m.group(4)}"
    acr = m.group(3) or (acronym_after(text[end:], portfolio) if country else None)
    return f"{title} {m.group(1)} {portfolio}", portfolio, acr, country, end


_STATE_NAMED = re.compile(rf"\s+of\s+((?:the\s+)?{STATE_FORM}{CAP}(?:\s+{CAP}){{0,2}})")


def _state_named(line: str) -> tuple[str, int] | None:
    """ "of the Kingdom of Saudi Arabia" right after a title: the state's long name, up to
    the end of its country's name, and where it ends in `line`."""
    m = _STATE_NAMED.match(line)
    words = list(re.finditer(r"\S+", m.group(1))) if m else []
    while words and country_ending(" ".join(w.group() for w in words)) is None:
        words.pop()
    if m is None or not words:
        return None
    return " ".join(w.group() for w in words), m.start(1) + words[-1].end()


#: "and KIPO Commissioner", "and Ghana's Minister", "and the Minister", "and South Korea's
#: Patent Office Commissioner": a second titled person, the title perhaps after an acronym,
#: "the", or a body's capitalised name (its owner's possessive in it).
_OTHER_TITLED = re.compile(
    rf"\s+(?:and|&)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){{0,6}}?(?:{TITLE_CORE})\b"
)
_ADDRESS = re.compile(rf"(?<![\w’'-])(?:{NAME_PREFIXES})")

_COORDINATED_TITLE = re.compile(rf"\s+(?:and|&)\s+(?:{TITLE_CORE})(?![\w-])")


def _function(text: str, pos: int, orgs: Orgs) -> int:
    """Where a title's own portfolio ends: "Commissioner of Patents, Trade Marks and Designs"
    names a function, not an organisation, so it stays in the title. `pos` if none."""
    m = re.match(rf"\s+(?:of|for)\s+({CAP_LIST})", text[pos:])
    if not m or org_after(text, pos, orgs) is not None:
        return pos
    start = pos + m.start(1)
    holder = _holder_in_list(text, start, pos + m.end(1)) or _holder_before_next_title(
        text, start, pos + m.end(1)
    )
    holder = holder or holder_after_field(text, start, pos + m.end(1))  # "of Patents NAME"
    end = pos + m.end(1) if holder is None else holder  # the field, without its holder
    words = re.findall(r"[\w’'-]+", text[start:end])
    if any(w.casefold() in COUNTRY_OF or w.casefold() in ORG_HEADS for w in words):
        return pos
    if orgs.between(pos, end) or name_after(text, start) == (start, end):
        return pos
    addressed = re.search(rf",\s+(?:and|&)\s+(?:{HONORIFICS})$", text[start:end])
    if addressed:  # "Director of the X Division, and Ms. NAME": the next person, not a field
        return start + addressed.start()
    joined = re.search(r",?\s+(?:and|&)\s*$", text[start:end]) if holder is not None else None
    if joined:  # "NAME, Director of X Affairs, and NAME2, Title2": the next item, no field
        return start + joined.start()
    return end if holder is not None else past_field_country(text, end)


def _holder_in_list(text: str, start: int, end: int) -> int | None:
    """'Deputy Director General for the X Sector, NAME, and ...': after a field that names
    one unit ("the ..."), a comma-set personal name, none of its words a field's, is the
    title's holder in apposition, no second field ("of Patents, Plant Varieties, and
    Designs" lists fields); the field ends at the comma before it."""
    if not text.startswith("the ", start):
        return None
    for comma in re.finditer(r",\s+", text[start:end]):
        span = name_after(text, start + comma.end() - 1)
        if span is None or not text.startswith(",", span[1]):
            continue
        words = text[span[0] : span[1]].casefold().split()
        if not any(w in PORTFOLIO_WORDS or w in TITLE_UNIT_WORDS for w in words):
            return start + comma.start()
    return None


def _holder_before_next_title(text: str, start: int, end: int) -> int | None:
    """'Director General of Patents, Jane Roe and Rector of X, John Doe': a comma-set personal
    name, none of its words a field's, followed by "and" and another title is the first
    title's holder, the second title the next person's; the field ends at the comma."""
    for comma in re.finditer(r",\s+", text[start:end]):
        span = name_after(text, start + comma.end() - 1)
        if span is None or _COORDINATED_TITLE.match(text, span[1]) is None:
            continue
        words = text[span[0] : span[1]].casefold().split()
        if not any(w in PORTFOLIO_WORDS or w in TITLE_UNIT_WORDS for w in words):
            return start + comma.start()
    return None


_COMBINED = re.compile(
    rf"\s+(?:of|for)\s+{CAP}(?:\s+{CAP}){{0,3}}\s+(?:for|on)\s+{CAP}(?:\s+{CAP}){{0,3}}"
    rf"\s+(?:and|&)\s+(?i:{TITLE_CORE})(?=\s+(?:of|at)\s|[ \t]*,)"
)

#: The comma between a title and the body it is held at, written as an apposition:
#: "Director, USPTO".
_APPOSED = re.compile(r"[ \t]*,[ \t]*(?:the[ \t]+)?")


def _combined_title(text: str, tstart: int, tend: int, orgs: Orgs) -> Title | None:
    """One title made of two that ends at an organisation: "Under Secretary of Commerce for
    Intellectual Property and Director of the USPTO" is held at the USPTO, and so is "...
    & Director, USPTO" with the body after a comma; its first half, a portfolio narrowed by
    "for ...", names no ministry."""
    m = _COMBINED.match(text, tend)
    if m is None:
        return None
    apposed = _APPOSED.match(text, m.end())
    # "... & Director, USPTO": the body after the comma, as after "of" or "at"
    hit = orgs.at(apposed.end()) if apposed else None
    after = org_after(text, m.end(), orgs) or ((hit[2], hit[1]) if hit else None)
    if after is None:
        return None
    title = re.sub(r"\s+", " ", text[tstart : m.end()])
    return Title(title, tstart, m.end(), ministry=after[0])
