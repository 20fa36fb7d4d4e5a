"""Named staff of a body written after the body's name: "the WIPO experts Mr. A and Mr. B".

A body's name right before a staff noun ("experts", "consultant", [staff_nouns]) and then
personal names, each after a form of address or a full name of two words or more: each name
holds the noun as written ("experts"), at the body. A plural noun takes a list joined by ","
or "and", a singular one name.
The noun is no title of office, so the title patterns never read it; the body before it and
the names right after it say whose staff the people are. So does a plural noun before the body
with "from" or "of", the names after the body ("experts from the X Office, including Ms. A and
Mr. B", "officials of the X, among them Mr. C"), or a comma alone before two or more names each
after a form of address ("representatives of the X (XO), Mr. A, Mr. B and Ms. C"). A singular
noun after the body may also describe a name set off before it ("NAME, a WIPO consultant,"):
the apposition says the same as "the WIPO consultant NAME".
"""

from __future__ import annotations

import re

from importers.en.names import name_after, name_before
from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.roles.model import People
from importers.en.words import HONORIFICS
from store.text import lexicon

#: Nouns for a body's staff sent to do a piece of work, singular and plural, lower case.
STAFF_NOUNS = lexicon.wordset("en_titles.txt", "staff_nouns")
_NOUN = re.compile(r"[ \t]+([a-z]+)(?=[ \t])")
#: What joins the names of a list: ", ", " and ", ", and ".
_JOIN = re.compile(r",[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+")
_ADDRESSED = re.compile(rf"[ \t]*(?:{HONORIFICS})[ \t]")


#: "Experts from the " / "officials of ": a plural staff noun and "from" or "of" before a body.
_NOUN_BEFORE = re.compile(r"(?<![\w-])([A-Za-z]+s)[ \t]+(?:from|of)[ \t]+(?:the[ \t]+)?$")
#: ", including " / ", among them ": what opens the names of some of a body's staff.
_SOME_OF = re.compile(
    r",?[ \t]+(?:including|among[ \t]+them|among[ \t]+whom|such[ \t]+as|namely|notably)[ \t]"
)
#: " (WIPO), " / ", ": a comma alone after the body (and its acronym), before the names
_APPOSED = re.compile(r"(?:[ \t]*\([A-Z][\w-]{1,14}\))?,[ \t]")
#: ", a " / ", an experienced ": an indefinite apposition opening before the body's name, up to
#: two lower-case words between the article and the body
_ARTICLE_BEFORE = re.compile(r",[ \t]+(?:a|an)[ \t]+(?:[a-z][a-z-]*[ \t]+){0,2}$")
#: " consultant," / " expert.": the noun right after the body, closing the apposition
_CLOSING_NOUN = re.compile(r"[ \t]+([a-z]+)(?=[ \t]*(?:[,.;)]|$))", re.MULTILINE)


def find_body_staff(text: str, people: People, orgs: Orgs) -> None:
    """Roles of the people a body's staff noun names right after the body, or before it
    with "from" or "of" when the names follow the body."""
    for start, end, org in list(orgs.mentions):
        before = _NOUN_BEFORE.search(text, max(0, start - 40), start)
        if before is not None and before.group(1).lower() in STAFF_NOUNS:
            _record(text, people, org, before.span(1), _listed_after(text, end))
        closing = _CLOSING_NOUN.match(text, end)
        if closing is not None and not closing.group(1).endswith("s"):
            _apposed_holder(text, people, org, start, closing.span(1))
        noun = _NOUN.match(text, end)
        if noun is None or noun.group(1) not in STAFF_NOUNS:
            continue
        limit = 6 if noun.group(1).endswith("s") else 1  # one name to a singular
        _record(text, people, org, noun.span(1), _names(text, noun.end(), limit=limit))


def _listed_after(text: str, end: int) -> list[tuple[int, int]]:
    """The names a body's staff listed after its name: opened by "including", "among them"
    ..., or set off by a comma alone ("representatives of the X (XO), Mr. A, Mr. B and Mr.
    C"), then a list of two or more each with a form of address."""
    some = _SOME_OF.match(text, end)
    if some is not None:
        return _names(text, some.end() - 1)
    apposed = _APPOSED.match(text, end)
    listed = _names(text, apposed.end() - 1, addressed=True) if apposed is not None else []
    return listed if len(listed) >= 2 else []


def _apposed_holder(
    text: str, people: People, org: OrgEntry, start: int, span: tuple[int, int]
) -> None:
    """A name set off before an indefinite article, the body and a singular staff noun that
    closes the apposition ("NAME, a WIPO consultant,") holds the noun at the body."""
    article = _ARTICLE_BEFORE.search(text, max(0, start - 40), start)
    if article is None or text[span[0] : span[1]] not in STAFF_NOUNS:
        return
    nm = name_before(text, article.start())
    if nm is None or nm[1] != article.start():
        return
    if any(s <= nm[0] < e for s, e, _ in people.mentions):
        return  # one another pattern has read
    people.record(text, nm, text[span[0] : span[1]], org=org, span=span, place=None)


def _record(
    text: str, people: People, org: OrgEntry, span: tuple[int, int], names: list[tuple[int, int]]
) -> None:
    """Each of `names` holds the staff noun at `span`, at `org`, until one another pattern
    has read."""
    for nm in names:
        if any(s <= nm[0] < e for s, e, _ in people.mentions):
            break  # one another pattern has read
        people.record(text, nm, text[span[0] : span[1]], org=org, span=span, place=None)


def _names(
    text: str, pos: int, *, limit: int = 6, addressed: bool = False
) -> list[tuple[int, int]]:
    """The names of a list from `pos` on, joined by ",", "and" (up to `limit`); with
    `addressed`, only names each after a form of address."""
    out: list[tuple[int, int]] = []
    for k in range(limit):
        if k:
            joined = _JOIN.match(text, pos)
            if joined is None:
                break
            pos = joined.end() - 1
        nm = _holder(text, pos, addressed=addressed)
        if nm is None:
            break
        out.append(nm)
        pos = nm[1]
    return out


def _holder(text: str, pos: int, *, addressed: bool = False) -> tuple[int, int] | None:
    """The name at `pos`: after a form of address, or (unless `addressed`) a full name of two
    words or more."""
    nm = name_after(text, pos)
    if nm is None:
        return None
    if _ADDRESSED.match(text, pos) is None and (addressed or len(text[nm[0] : nm[1]].split()) < 2):
        return None
    return nm
