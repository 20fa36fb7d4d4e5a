"""People listed as leadership pages and signature blocks list them: a name alone on its
line, the title alone on the next.

A "who we are" page writes "Jane Roe" over "Chief Financial Officer"; a signed statement
writes "For the X Office" over "Jane Roe" over "Director General", or "In the presence of"
over a name over "Deputy Minister, Ministry of Y". The title line may name its body ("of the
Y Office", ", Ministry of Y"); else the "For ..." line above the name does; else the post
is at the body the page is by. The lines under the two are that person's biography:
"she was TITLE at ORG" and "..., where he was TITLE" there are posts of the same person.
"""

from __future__ import annotations

import re

from importers.en.names import name_at
from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.roles.anchors import org_after, org_after_unit
from importers.en.roles.careers import org_ending_at
from importers.en.roles.model import People, PersonEntry, RoleEntry
from importers.en.roles.portfolio import read_title
from importers.en.subject import document_org, publisher
from importers.en.titles import TITLE
from importers.en.words import NAME_PREFIXES

_LINE = re.compile(r"^[ \t]*(\S[^\n]*?)[ \t]*$", re.MULTILINE)
_FOR = re.compile(r"(?:For|On\s+behalf\s+of)\s+(?:the\s+)?", re.IGNORECASE)
#: Where a signature goes: "(signed)", "[signature]", a rule of underscores or dots.
_PLACEHOLDER = re.compile(r"\([^()\n]{1,20}\)|\[[^\[\]\n]{1,20}\]|[_.…\-–—\s]{3,}")
_MOST_PLACEHOLDERS = 2
#: A title line is a title, not a sentence: a few words, no full stop at its end.
_MOST_WORDS = 16
_PRONOUN_POST = re.compile(
    r"(?<![\w-])(?:[Hh]e|[Ss]he|[Tt]hey)[ \t]+(?:was|is|has[ \t]+been|had[ \t]+been|"
    r"served[ \t]+as|worked[ \t]+as)[ \t]+(?:(?:the|a|an)[ \t]+)?"
)
_WHERE = re.compile(r",?[ \t]+where[ \t]+(?:he|she|they)[ \t]+[\w \t]{0,20}$")
#: "Head of Trade Policy (Intellectual Property)": a field in brackets closes a title.
_FIELD = re.compile(r"[ \t]+\((?=[^()]*[a-z ])[A-Z][^()\n]{2,40}\)")


def find_stacked(text: str, orgs: Orgs, people: People) -> list[tuple[int, int]]:
    """Record the person and post of each name line over a title line; returns the spans of
    the title lines read, for the other patterns to leave alone."""
    lines = [(m.start(1), m.end(1)) for m in _LINE.finditer(text)]
    home: list[OrgEntry | None] = []
    done: list[tuple[int, int]] = []
    for k in range(1, len(lines)):
        (ns, ne), (ts, te) = lines[k - 1], lines[k]
        nm = name_line(text, ns, ne)
        if nm is None or not _one_block(text, ns, ne, ts):
            continue
        m = TITLE.match(text, ts)
        if m is None or m.start() != ts or not m.group()[:1].isupper():
            continue
        if len(text[ts:te].split()) > _MOST_WORDS or text[te - 1] in ".:;":
            continue
        title, org = title_line(text, m, te, orgs)
        if org is None and k + 1 < len(lines):
            org = _body_line(text, te, lines[k + 1], orgs)
        if org is None and k >= 2:
            org = _signing_for(text, lines[: k - 1], ns, orgs)
        if org is None:
            if not home:
                home.append(publisher(text, orgs) or document_org(orgs))
            org = home[0]
        people.record(text, nm, title, org=org, span=(ts, te), place=None)
        done.append((ts, te))
        _biography(text, te, _person_at(people, nm), orgs, people)
    return done


def _one_block(text: str, name_start: int, name_end: int, title_start: int) -> bool:
    """The name line and the title line are one block: nothing between them, or one blank
    line after a name with its form of address ("Mr. Jane ROE" over a blank line over
    "Director of ..."), as a page that leaves a blank line between all its lines writes
    an attendee list; a bare name over a blank line may close a paragraph of its own."""
    gap = text[name_end:title_start].count("\n")
    if gap <= 1:
        return True
    return gap == 2 and re.match(rf"(?:{NAME_PREFIXES})", text[name_start:name_end]) is not None


def _person_at(people: People, nm: tuple[int, int]) -> PersonEntry:
    return next(p for s, e, p in reversed(people.mentions) if (s, e) == nm)


def name_line(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The name that is the whole of a line, after a form of address ("Dr Jane Roe"). A
    signature block may write the line all in capitals ("ATTY. JANE M. ROE-DOE" over
    "Director, Bureau of X"): it is read in title case, the span the same."""
    line = text[start:end]
    if _all_capitals(line) and line.title() != line:  # "D D" stays as it is: read it so
        found = name_line("\n" + line.title(), 1, end - start + 1)
        return (found[0] + start - 1, found[1] + start - 1) if found else None
    prefix = re.match(rf"(?:{NAME_PREFIXES})+", text[start:end])
    s = start + (prefix.end() if prefix else 0)
    if TITLE.match(text, s):
        return None
    nm = name_at(text, s)
    closed = end - 1 if text[end - 1] == "," else end  # "Mr. Jane ROE," over her title
    return nm if nm is not None and nm[1] == closed else None


def _all_capitals(line: str) -> bool:
    """A line of two words or more in capitals only, with no figure (no date, no number)."""
    return len(line.split()) >= 2 and line.isupper() and not any(c.isdigit() for c in line)


def title_line(text: str, m: re.Match[str], end: int, orgs: Orgs) -> tuple[str, OrgEntry | None]:
    """The title a line gives and the body it names: "Director of the X Office", "Deputy
    Minister, Ministry of Y"; a line that names no body is all title."""
    t = read_title(text, m, orgs)
    if t.ministry is not None:
        return t.text, t.ministry
    unit = org_after_unit(text, t.end, orgs) or _comma_org(text, t.end, orgs)
    if unit is not None:
        return t.text + unit[2], unit[0]
    return re.sub(r"\s+", " ", text[t.start : end]), None


#: What may follow a body's name on a line of its own: its short form in brackets.
_SHORT_AFTER = re.compile(r"[ \t]*(?:\([A-Za-z&]{2,12}\))?[ \t]*")


def _body_line(text: str, title_end: int, line: tuple[int, int], orgs: Orgs) -> OrgEntry | None:
    """'Jane Roe / Director General / Patent Office of X': a signature or an address block
    names the body on the line right under the title, the whole line one body's name."""
    if text[title_end : line[0]].count("\n") != 1:
        return None
    m = re.match(r"(?:the[ \t]+)?", text[line[0] : line[1]], re.IGNORECASE)
    hit = orgs.at(line[0] + (m.end() if m else 0))
    if hit is None or not _SHORT_AFTER.fullmatch(text, hit[1], line[1]):
        return None
    return hit[2]


def _comma_org(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, int, str] | None:
    """', Ministry of Y' after a title on its line: the body the title is held at."""
    m = re.match(r",[ \t]+(?:the[ \t]+)?", text[pos:])
    hit = orgs.at(pos + m.end()) if m else None
    return (hit[2], hit[1], "") if hit else None


def _signing_for(
    text: str, above: list[tuple[int, int]], name_start: int, orgs: Orgs
) -> OrgEntry | None:
    """'For the X Office' on the line over the name, or over the placeholders a signature
    leaves between the two ("(signed)", a rule of underscores): the body the signatory
    signs for."""
    below = name_start
    for line in reversed(above[-1 - _MOST_PLACEHOLDERS :]):
        if text[line[1] : below].count("\n") != 1:
            return None
        if not _PLACEHOLDER.fullmatch(text, line[0], line[1]):
            break
        below = line[0]
    else:
        return None
    m = _FOR.match(text, line[0])
    hit = orgs.at(m.end()) if m else None
    return hit[2] if hit else None


def _biography(text: str, pos: int, person: PersonEntry, orgs: Orgs, people: People) -> None:
    """Posts the lines under a name and title give with "he" or "she": the person's own."""
    stop = text.find("\n\n", pos)
    stop = len(text) if stop < 0 else stop
    for m in TITLE.finditer(text, pos, stop):
        if not m.group("title")[:1].isupper():
            continue
        before = text[max(pos, m.start() - 40) : m.start()]
        where = _WHERE.search(before)
        at: OrgEntry | None = None
        if where is not None:
            at = org_ending_at(text, m.start() - len(before) + where.start(), orgs)
        else:
            said = _PRONOUN_POST.search(before)
            if said is None or said.end() != len(before):
                continue
        t = read_title(text, m, orgs)
        title, org, end = t.text, t.ministry, t.end
        field_ = _FIELD.match(text, end)
        if field_ is not None:
            title, end = title + field_.group(), field_.end()
        if org is None and at is None:
            found = org_after(text, end, orgs)
            org = found[0] if found else None
        org = org or at
        if org is not None:
            title = re.sub(r"\s+", " ", title)
            people.roles.append(RoleEntry(person, org, title, (t.start, end)))
