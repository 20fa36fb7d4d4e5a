"""A lower-case title with its body, the holder's name set off by commas after them:
"The chairman of the X Office, NAME," or "the outgoing chief executive of X board of
directors, Ambassador NAME (Chile),".

Capitalised, the construction is pattern B of patterns.py; in lower case a title is a word
as often as a post, so it is read only after "the" (a word of tenure between them) and with
the name closed by a comma, as heads_of.py reads "the head of X, NAME,". Every lower-case
title patterns.py meets is read here (`lower_title`): "KIPI managing director NAME", "the
X Office's deputy director, NAME,".
"""

from __future__ import annotations

import re

from importers.en.names import addressed, name_after
from importers.en.orgs.model import Orgs
from importers.en.roles.addressed import BRACKETED_COUNTRY, envoy_addressed
from importers.en.roles.after_title import appositive
from importers.en.roles.anchors import org_after, org_before, org_of_pronoun, org_then_board
from importers.en.roles.model import People
from importers.en.roles.portfolio import Title
from importers.en.roles.portfolio_before import says_portfolio
from importers.en.roles.postings import posted_envoy
from importers.en.titles import TITLE, base_title, is_diplomatic
from importers.en.words import TENURE_WORDS

_THE = re.compile(rf"(?<![\w-])[Tt]he[ \t]+(?:(?:{TENURE_WORDS})[ \t]+)?$")


#: a comma after the name, past a country in brackets ("NAME (Chile),")
_APPOSITION_CLOSED = re.compile(BRACKETED_COUNTRY + r"[ \t]*,")


#: The sentence's end right after a name: " met the chairman of X, Ms NAME."
_SENTENCE_END = re.compile(r"[ \t]*[.;](?:\s|$)")

#: " and his team", " and her delegation": what follows is the holder's, no second name.
_AND_OWN = re.compile(r"[ \t]+and[ \t]+(?:his|her|their)[ \t]")


def _closed(text: str, nm: tuple[int, int]) -> bool:
    """Whether the apposition closes after the name: with a comma, with "and his ..." (the
    pronoun looks back to the holder, so no list of names goes on), or with the sentence
    where a form of address opens the name ("..., Ms NAME."), which tells a person from a
    body."""
    if _APPOSITION_CLOSED.match(text, nm[1]) or _AND_OWN.match(text, nm[1]):
        return True
    return addressed(text, nm[0]) and _SENTENCE_END.match(text, nm[1]) is not None


def _closed_appositive(text: str, pos: int) -> tuple[int, int] | None:
    """The name set off after `pos` (`appositive`) when its apposition closes (`_closed`)."""
    nm = appositive(text, pos)
    return nm if nm is not None and _closed(text, nm) else None


def of_body_apposed(text: str, t: Title, orgs: Orgs, people: People) -> bool:
    """'The chairman of the X Office, NAME,' or 'the chief executive of X board of directors,
    NAME,': after "the", a lower-case title with its body reads as a capitalised one does
    (pattern B), the holder's name set off by commas on both sides (as heads_of.py reads
    "the head of X, NAME,")."""
    if _THE.search(text, max(0, t.start - 20), t.start) is None:
        return False
    unit = org_then_board(text, t.end, orgs)
    found = (unit[0], unit[1]) if unit else org_after(text, t.end, orgs)
    if found is None and " of " in t.text and is_diplomatic(base_title(t.text)):
        # "the plenipotentiary representative of X, NAME,": an envoy's post with its sender
        sent = _closed_appositive(text, t.end)
        if sent is not None:
            people.record(text, sent, t.text, org=None, span=(t.start, t.end), place=None)
            return True
    # ", Ambassador NAME (Chile),": the rank addresses the holder
    nm = (envoy_addressed(text, found[1]) or appositive(text, found[1])) if found else None
    if found is None or nm is None or not _closed(text, nm):
        return False  # "the head of X, NAME and two deputies": a list, not an apposition
    title = t.text + (unit[2] if unit else "")
    people.record(text, nm, title, org=found[0], span=(t.start, t.end), place=None)
    return True


#: ", the plenipotentiary representative of X," between a title's body and the holder's
#: name: a second post of the same person, in lower case, set off by its own commas.
_SECOND_POST = re.compile(
    r",[ \t]+the[ \t]+([a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,3})[ \t]+of[ \t]+"
    r"(?:the[ \t]+)?[A-Z][\w’'-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w’'-]*){0,5}(?=[ \t]*,)"
)


def past_second_post(text: str, pos: int) -> tuple[int, int] | None:
    """'Chairman of the X Council, the permanent representative of Y, NAME,': the name
    after a second, lower-case post set off between the first title's body and it."""
    m = _SECOND_POST.match(text, pos)
    if m is None or TITLE.fullmatch(m.group(1)) is None:
        return None
    return _closed_appositive(text, m.end())


def portfolio_apposed(text: str, t: Title) -> tuple[int, int] | None:
    """'The trade minister, NAME (Party),': after "the", a minister's title in lower case
    with its portfolio before it says the post in full, so the name set off by commas after
    it is the holder's, as it is after "the chairman of X," (`of_body_apposed`)."""
    if not says_portfolio(t.text) or _THE.search(text, max(0, t.start - 20), t.start) is None:
        return None
    return _closed_appositive(text, t.end)


_POSSESSIVE_BEFORE = re.compile(r"['’]s[ \t]+$")


def owner_apposed(text: str, t: Title) -> tuple[int, int] | None:
    """'The X Office's chief, NAME,': a lower-case title after a body's possessive, the
    holder's name set off by commas after it (the caller has found the body before it)."""
    if _POSSESSIVE_BEFORE.search(text, max(0, t.start - 4), t.start) is None:
        return None
    return _closed_appositive(text, t.end)


def lower_title(text: str, t: Title, orgs: Orgs, people: People) -> None:
    """Trade-press style: "KIPI managing director NAME", a lower-case title between an
    organisation (or "its", standing for the one named before) and the name."""
    if of_body_apposed(text, t, orgs, people):  # "The chairman of X, NAME,"
        return
    # "met with its chairman NAME": "its" stands for the body the sentence named last
    org = org_before(text, t.start, orgs) or org_of_pronoun(text, t.start, orgs)
    title, end = t.text, t.end
    qualifier = _QUALIFIER.match(text, end)
    if qualifier:  # "deputy director-general (operations) NAME": the qualifier is the title's
        title, end = title + qualifier.group(), qualifier.end()
    posted = org is not None or _the_before(text, t.start) or posted_envoy(title)
    nm = name_after(text, end) if posted else None  # "US ambassador to Japan NAME"
    nm = nm or portfolio_apposed(text, t)  # "the trade minister, NAME,"
    nm = nm or (owner_apposed(text, t) if org is not None else None)  # "X's chief, NAME,"
    if nm is not None and (org is not None or len(text[nm[0] : nm[1]].split()) >= 2):
        # "the chairman NAME": a bare title with a full name, its body left for `bare` to find
        people.record(text, nm, title, org=org, span=(t.start, t.end), place=None)


def _the_before(text: str, pos: int) -> bool:
    """Whether "the" ("quoted the chairman NAME") or "former" stands right before a lower-case
    title ("to dismiss former director NAME"): either makes the title a post, not a word."""
    return re.search(r"(?<![\w-])(?:the|former)[ \t]+$", text[max(0, pos - 10) : pos]) is not None


_QUALIFIER = re.compile(r" \([a-z][a-z ,&-]{1,30}\)")
