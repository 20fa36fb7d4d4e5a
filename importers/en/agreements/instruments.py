"""A document that is itself the agreement: a joint statement, a declaration, an MoU text.

Such a text opens with its title ("JOINT MINISTERIAL STATEMENT ON ..."), closes with the
formula that makes it an instrument ("Adopted in London on 13 March 2024", "Signed at ...
on ...", "Done at ...") and a signature block, one "For the Government of X" line per party
with the signer's name on the next line. The parties are the bodies of those lines, the
signatories the people under them, the date the closing formula's. A statement adopted at a
meeting, with no signature block, is the statement of the offices whose heads of delegation
the text lists (`groups.delegation_offices`); it has no signatories.
"""

from __future__ import annotations

import re

from importers.en.agreements.dating import date_in
from importers.en.agreements.groups import ADOPTED_TOGETHER, delegation_offices
from importers.en.agreements.kinds import NOUN_RE, kind_of
from importers.en.agreements.model import Ctx, Found
from importers.en.agreements.titles import topic
from importers.en.orgs.model import OrgEntry
from importers.en.roles.model import PersonEntry

_HEADER = re.compile(r"(?:[a-z_]+:[^\n]*\n|\s*\n)*")
_CLOSING = re.compile(r"^[ \t]*(?:Adopted|Signed|Done|Issued|Endorsed)\b[^\n]*$", re.MULTILINE)
_FOR = re.compile(
    r"^[ \t]*For[ \t]+(?:and[ \t]+on[ \t]+behalf[ \t]+of[ \t]+)?(?:the[ \t]+)?(.+)$", re.MULTILINE
)


def document_instrument(ctx: Ctx) -> Found | None:
    """The agreement the whole document is, when its title, closing formula and signature
    block say so; else None."""
    text = ctx.text
    head = _HEADER.match(text)
    start = head.end() if head else 0
    end = text.find("\n", start)
    line = text[start : end if end >= 0 else len(text)].strip()
    noun = NOUN_RE.search(line)
    if noun is None or len(line.split()) > 16 or line.endswith("."):
        return None
    closing = _CLOSING.search(text, end)
    if closing is None:
        return _issued_by_heading(ctx, line, noun, start, end)
    date = date_in(closing.group(), ctx.doc_year, ctx.doc_date)
    parties: list[OrgEntry] = []
    signers: list[PersonEntry] = []
    for m in _FOR.finditer(text, closing.end()):
        org = next((x for a, b, x in ctx.orgs.mentions if m.start(1) <= a and b <= m.end(1)), None)
        if org is None or org in parties:
            continue
        parties.append(org)
        nxt = text.find("\n", m.end()) + 1
        nl = text.find("\n", nxt)
        signers += [
            p for a, _, p in ctx.people.mentions if nxt <= a < (nl if nl >= 0 else len(text))
        ]
    if not parties and kind_of(noun) in ADOPTED_TOGETHER:
        parties = delegation_offices(ctx) or []  # "Adopted in Rio on 18 May", no block
    if len(parties) < 2:
        return None
    return Found(
        title=line,
        kind=kind_of(noun),
        date=date,
        parties=parties,
        signatories=list(dict.fromkeys(signers)),
        span=(start, start + len(line)),
        topic=topic(line),
        counterparts=len(parties) - 1,
    )


#: "Bern, 7 November 2023": the place and day a statement was issued, on a line of its own.
_DATELINE = re.compile(r"[ \t]*[A-Z][\w .’'-]{1,40},[ \t]*([^\n]{6,30})[ \t]*(?:\n|$)")


def _issued_by_heading(
    ctx: Ctx, line: str, noun: re.Match[str], start: int, end: int
) -> Found | None:
    """'JOINT PRESS STATEMENT / Office A (A) / Office B (B) / Bern, 7 November 2023': a
    statement whose heading names the bodies that issue it, one a line, and the place and day
    below them. None when the lines below the title are not all names of bodies."""
    if kind_of(noun) not in ADOPTED_TOGETHER or end < 0:
        return None
    text = ctx.text
    parties: list[OrgEntry] = []
    pos = end + 1
    while True:
        nl = text.find("\n", pos)
        nl = nl if nl >= 0 else len(text)
        body = text[pos:nl].strip()
        if not body:
            break
        org = _whole_line_org(ctx, pos, nl)
        if org is None:
            return None
        if org not in parties:
            parties.append(org)
        pos = nl + 1
    while pos < len(text) and text[pos].isspace():
        pos += 1
    day = _DATELINE.match(text, pos)
    date = date_in(day.group(1), ctx.doc_year, ctx.doc_date) if day else None
    if len(parties) < 2 or date is None:
        return None
    return Found(
        title=line,
        kind=kind_of(noun),
        date=date,
        parties=parties,
        span=(start, start + len(line)),
        topic=topic(line),
        counterparts=len(parties) - 1,
    )


def _whole_line_org(ctx: Ctx, s: int, e: int) -> OrgEntry | None:
    """The body a line names and nothing else ("Swiss Federal Institute of Intellectual
    Property (IPI)"): its mention spans the line but for an acronym in brackets."""
    rest = ctx.text[s:e]
    for a, b, o in ctx.orgs.mentions:
        if (
            s <= a
            and b <= e
            and not (rest[: a - s].strip() or re.sub(r"\(\w+\)", "", ctx.text[b:e]).strip())
        ):
            return o
    return None
