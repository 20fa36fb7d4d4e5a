"""Letters: the signature that closes each, and the staff a letter names.

An exchange of letters, or a letter published whole, opens with a salutation ("Dear
Director General,") and closes with a signature block (a name line over a title line at a
body); an address block over the salutation looks the same but names the addressee.
"Our Deputy Director General NAME has discussed this with your team" names an official of
the writer's body, not of the body the whole text is published by: a title the letter
gives without a body is held at the body of the signature that closes it.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry
from importers.en.roles.model import People, RoleEntry
from store.text import fold, lexicon

#: A salutation line: "Dear Director General,", "Dear Ms Roe,".
SALUTATION = re.compile(
    rf"^[ \t]*(?:{'|'.join(map(re.escape, lexicon.words('en_roles.txt', 'salutations')))})"
    r"[ \t]+\S[^\n]*$",
    re.MULTILINE,
)


def signatures(text: str, people: People) -> list[RoleEntry]:
    """The signature that closes each letter: the first name-over-title block at a body
    after its salutation, before the next salutation."""
    opened = [m.start() for m in SALUTATION.finditer(text)]
    blocks = sorted(
        (x for x in people.roles if x.org is not None and _signature(text, x)),
        key=lambda x: x.span[0],
    )
    out: list[RoleEntry] = []
    for k, start in enumerate(opened):
        stop = opened[k + 1] if k + 1 < len(opened) else len(text)
        first = next((b for b in blocks if start < b.span[0] < stop), None)
        if first is not None:
            out.append(first)
    return out


def letter_signer_body(text: str, r: RoleEntry, people: People) -> OrgEntry | None:
    """The body of the signature that closes the letter `r` stands in, if `r` stands in
    one: after its salutation and before its signature."""
    opened = [m.start() for m in SALUTATION.finditer(text)]
    before = [s for s in opened if s < r.span[0]]
    if not before:
        return None
    stop = next((s for s in opened if s > r.span[0]), len(text))
    closing = next((x for x in signatures(text, people) if r.span[1] <= x.span[0] < stop), None)
    return closing.org if closing is not None else None


def _signature(text: str, x: RoleEntry) -> bool:
    """A title alone on its line under a line that is the holder's name."""
    start, end = x.span
    if text.rfind("\n", 0, start) != start - 1 or text[end : end + 1] not in ("\n", ""):
        return False
    above_end = start - 1
    above = text[text.rfind("\n", 0, above_end) + 1 : above_end].strip()
    return fold(above) in {fold(f) for f in x.person.forms}
