"""A document that is itself the agreement: a joint statement, a declaration, an MoU text.

Such a text opens with its title ("JOINT MINISTERIAL STATEMENT ON ..."), closes with the
formula that makes it an instrument ("Adopted in London on 13 March 2024", "Signed at ...
on ...", "Done at ...") and a signature block, one "For the Government of X" line per party
with the signer's name on the next line. The parties are the bodies of those lines, the
signatories the people under them, the date the closing formula's.
"""

from __future__ import annotations

import re

from importers.en.agreements.dating import date_in
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
        return None
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
