"""Members of a delegation listed one per item, each post before a form of address.

"... Vice-President Dr. NAME, member of the X's Office Dr. NAME2, Project Leader Field, X
Unit Mrs. NAME3 and Assistant in the X's Office Mrs. NAME4": a post written before the
holder's name that is no title of office ("member of", "Assistant in"), or a title whose
field runs on past the point where the title patterns stop, names its holder here only
because of where it stands: right after another titled name of the list (after "," or
"and"), right before a form of address, and naming the body it is held at. Its first
comma-separated part is the title; the body is the first one the item names.
"""

from __future__ import annotations

import re

from importers.en.names import name_after
from importers.en.orgs.model import Orgs
from importers.en.roles.model import People
from importers.en.titles import TITLE
from importers.en.words import HONORIFICS
from store.text import lexicon

#: The first word of a post that is no title of office ("member", "assistant").
LISTED_POSTS = lexicon.wordset("en_titles.txt", "listed_posts")
#: A form of address between spaces, where a listed holder's name begins.
_ADDRESS = re.compile(rf"(?<=[ \t])(?-i:{HONORIFICS})(?=[ \t])")
#: The item between the previous name and the form of address: after "," or "and", with no
#: sentence punctuation or brackets inside it.
_ITEM = re.compile(
    r"(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?P<post>[A-Za-z][^.;:()\n]{2,120}?)[ \t]+"
)
#: A post that runs straight into the form of address ends with a capitalised word: the
#: body or unit it names ("... Office Dr. NAME"), not "and", "of" or a comma.
_ENDS_NAMED = re.compile(r"(?<![\w-])[A-Z][\w’'-]*$")
#: Most words an item's post may have.
_MAX_WORDS = 14


def find_listed_members(text: str, people: People, orgs: Orgs) -> None:
    """Roles of the members a list of titled names gives one item each."""
    for m in _ADDRESS.finditer(text):
        nm = name_after(text, m.start() - 1)
        if nm is None or _titled_before(nm[0], people):
            continue
        prev = _previous_titled_name(text, m.start(), people)
        if prev is None:
            continue
        item = _ITEM.fullmatch(text, prev, m.start())
        if item is None:
            continue
        post = item.group("post")
        title = re.sub(r"\s+", " ", post.split(",")[0]).strip()
        if len(post.split()) > _MAX_WORDS or not _is_post(title) or not _ENDS_NAMED.search(post):
            continue  # "..., Title of X, and Mr NAME", "Title in the presence of Ms NAME"
        if any(prev <= s < m.start() for s, _, _ in people.mentions):
            continue  # a name inside the item: its post is that person's
        bodies = orgs.between(item.start("post"), item.end("post"))
        if not bodies:
            continue
        span = (item.start("post"), item.start("post") + len(title))
        # "NAME, Project Leader X Mrs. NAME2": the post was read back to NAME; it is NAME2's
        before = {id(p) for s, e, p in people.mentions if e == prev}
        people.roles = [
            r for r in people.roles if not (r.span[0] == span[0] and id(r.person) in before)
        ]
        people.record(text, nm, title, org=bodies[0][2], span=span, place=None)


def _previous_titled_name(text: str, pos: int, people: People) -> int | None:
    """Where the name of a person with a role ends last before `pos`, within one item."""
    titled = {id(r.person) for r in people.roles}
    ends = [e for s, e, p in people.mentions if e <= pos and pos - e <= 160 and id(p) in titled]
    return max(ends) if ends else None


def _titled_before(pos: int, people: People) -> bool:
    """The person named at `pos` already holds a title written before the name."""
    named = {id(p) for s, e, p in people.mentions if s <= pos < e}
    return any(id(r.person) in named and r.span[0] < pos for r in people.roles)


def _is_post(title: str) -> bool:
    """A title of office ("Project Leader ...") or a post word ("member of ...") opens it."""
    first = title.split()[0].casefold() if title.split() else ""
    return first in LISTED_POSTS or TITLE.match(title) is not None
