"""The body an "its" before an agreement's title refers to, or that a possessive names.

"The office reported on its partnerships. Its memorandum with X was renewed in 2024": the
memorandum is the office's, though the sentence never names it. The body is the first one
the paragraph names before the sentence, its subject as such reports go.
"""

from __future__ import annotations

import re

from importers.en.agreements.model import Ctx, Mention
from importers.en.orgs.model import OrgEntry

_ITS = re.compile(r"(?:^|[,;:]\s+|\band\s+)its\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)


#: A body's possessive, then a few modifiers of the noun: "KIPO's new memorandum".
_OWNED = re.compile(r"['’]s\s+(?:[\w’'-]+\s+){0,3}")


def possessor(ctx: Ctx, mn: Mention) -> OrgEntry | None:
    """The body whose agreement "its <title>" is, named earlier in the paragraph, or the body
    named in the possessive before it ("KIPO's memorandum with X", "the Office's MoU"); None
    when neither opens the title or the paragraph names no body before the sentence."""
    (ss, _), s = mn.sentence, mn.span[0]
    owned = [
        o
        for a, b, o in ctx.orgs.mentions
        if ss <= a and _OWNED.fullmatch(ctx.text, b, mn.noun.start())
    ]
    if owned:
        return owned[-1]
    if _ITS.search(ctx.text[ss:s].lstrip()) is None:
        return None
    para = ctx.text.rfind("\n", 0, ss) + 1
    before = sorted(m for m in ctx.orgs.mentions if para <= m[0] and m[1] <= ss)
    return before[0][2] if before else None
