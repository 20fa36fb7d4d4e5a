"""A state leader's post written with the cabinet it sits in, and a membership before it.

"Vice Premier of the State Council": a premier, vice premier or state councillor sits in the
cabinet the title names, which is the state's government at work; the post is held at that
government (as 国务院副总理 is in Chinese), and a cabinet named only inside the title is no
body of the text. The cabinets are data (`en_titles.txt [cabinets]`: each written with its
state, "State Council of the People's Republic of China").

"NAME, member of the X and Vice Premier of Y": a party's membership written first, joined
by "and" to a title of office, leaves the title in apposition to the name all the same, as
does a first title the patterns read alone ("NAME, X's acting minister of Y and co-chairman
of the Z Council", "NAME, Minister of Trade and Minister of Mines of X": the second a
minister's at the ministry of that portfolio the text names). The membership itself is no
post of an office and gives no role here.
"""

from __future__ import annotations

import re

from importers.en.names import name_before
from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.places import country_prefix
from importers.en.roles.anchors import org_after
from importers.en.roles.governments import country_ending, heads_government, named_government
from importers.en.roles.model import People, RoleEntry
from importers.en.roles.portfolio import read_title
from importers.en.states import government_of
from importers.en.titles import TITLE, base_title, titles_in
from importers.en.words import GOVERNMENT_TITLES
from importers.gazetteer import Reference
from store.text import fold, lexicon

#: Cabinets with the state they govern: "State Council of the People's Republic of China".
_CABINETS = lexicon.words("en_titles.txt", "cabinets")
#: ", <first post> and " right before a title: an apposition's first part.
_FIRST_POST = re.compile(r",[ \t]+(?P<lead>[^,.;:()\n]{2,120}?)[ \t]+and[ \t]+$")
#: How such a first post opens: a membership ("member of the X"), or a title after an article
#: or a state's possessive ("Singapore's acting minister").
_MEMBER = re.compile(r"(?:a[ \t]+)?member[ \t]+of[ \t]+(?:the[ \t]+)?[A-Z]")
_BEFORE_TITLE = re.compile(r"(?:(?:the|a|an)[ \t]+)?(?:[A-Z][\w-]*['’]s[ \t]+)?")


def find_members_titles(text: str, people: People, orgs: Orgs) -> None:
    """'NAME, member of the X and Title of Y': the title at Y, for NAME."""
    for m in titles_in(text):
        lead = _FIRST_POST.search(text, max(0, m.start() - 160), m.start())
        if lead is None or not _first_post(lead.group("lead")):
            continue
        at = m.start("title")
        if any(r.span[0] <= at < r.span[0] + len(r.title) for r in people.roles):
            continue  # a title already read, alone or within a joined one ("A and B of X")
        nm = name_before(text, lead.start())
        after = org_after(text, m.end(), orgs)
        title = re.sub(r"\s+", " ", m.group("title"))
        org = after[0] if after else None
        if org is None:  # "NAME, Minister of X and Minister of Y of Z": the ministry of Y
            second = read_title(text, m, orgs)
            org, title = second.ministry, second.text
        if nm is None or org is None:
            continue
        span = (m.start("title"), m.end())
        people.record(text, nm, title, org=org, span=span, place=None)


def _first_post(lead: str) -> bool:
    """Whether an apposition's first part is a post: a membership or a title."""
    if _MEMBER.match(lead):
        return True
    opening = _BEFORE_TITLE.match(lead)
    at = opening.end() if opening else 0
    country = country_prefix(lead[at:].split())  # "Thai Minister of X": the state's adjective
    at = at + len(country) + 1 if country and lead[at:].startswith(country) else at
    return TITLE.match(lead, at) is not None


def place_cabinet_posts(text: str, people: People, orgs: Orgs, reference: Reference) -> None:
    """A government title held at a cabinet ("Vice Premier" of the State Council) is held at
    that state's government; the cabinet, named nowhere but after such titles, is dropped."""
    _split_government_posts(people, orgs)
    moved: list[tuple[RoleEntry, OrgEntry]] = []
    for r in people.roles:
        cabinet = r.org
        code = _cabinet_state(cabinet) if cabinet is not None else None
        if cabinet is None or code is None or base_title(r.title) not in GOVERNMENT_TITLES:
            continue
        moved.append((r, cabinet))
        r.org = government_of(orgs, code, reference)
    for cabinet in {id(c): c for _, c in moved}.values():
        if cabinet in orgs.entries and _only_in_titles(text, cabinet, [r for r, _ in moved], orgs):
            orgs.drop(cabinet)


def _cabinet_state(org: OrgEntry) -> str | None:
    """The state whose cabinet the body is, named alone or with its state."""
    names = {fold(n) for n in org.all_names()}
    for full in _CABINETS:
        short = full.split(" of ")[0]
        if fold(full) in names or fold(short) in names:
            return country_ending(full)
    return None


def _only_in_titles(text: str, cabinet: OrgEntry, roles: list[RoleEntry], orgs: Orgs) -> bool:
    """Whether every mention of the cabinet comes right after one of those titles."""
    ends = {r.span[1] for r in roles}
    for start, _, e in orgs.mentions:
        if e is not cabinet:
            continue
        before = re.search(r"\s+(?:of|at)\s+(?:the\s+)?$", text[max(0, start - 12) : start])
        if before is None or start - len(before.group()) not in ends:
            return False
    return True


#: "Deputy Prime Minister and Minister of X": a government post joined to a minister's.
_JOINED_POSTS = re.compile(r"(?P<head>.+?)[ \t]+(?:and|&)[ \t]+(?P<post>Minister\b.+)")


def _split_government_posts(people: People, orgs: Orgs) -> None:
    """'NAME, Deputy Prime Minister and Minister of X of Y': the minister's post is held
    at the ministry, and the post in the government's lead at Y's government when the
    text names that government; the two are two roles."""
    for r in list(people.roles):
        m = _JOINED_POSTS.fullmatch(r.title)
        code = r.org.country if r.org is not None else None
        if (
            m is None
            or code is None
            or not heads_government(base_title(m.group("head")), vice_premiers=True)
        ):
            continue
        government = named_government(orgs, code)
        if government is None:
            continue
        post = m.group("post")
        ending = re.search(r"\s+of\s+(?:the\s+)?((?:(?!\s+of\s).)+)$", post)
        if ending is not None and (
            country_ending(ending.group(1)) == code
            or fold(r.org.name if r.org else "").endswith(fold(ending.group(1)))
        ):
            post = post[: ending.start()]  # the ministry's country, said by the body
        r.title = post
        head = RoleEntry(r.person, government, m.group("head"), r.span, r.place)
        people.roles.append(head)
