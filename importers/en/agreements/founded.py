"""A body an agreement's title is about ("the Agreement on the Nordic Patent Institute",
"the Convention establishing the X Organization"): what the instrument sets up or governs,
not one of the bodies that sign it.

Only a body that ends the title is its subject; "the MoU on A–B Cooperation" names its
parties inside the topic, and "between" titles are read as they say.
"""

from __future__ import annotations

import re

from importers.en.agreements.model import Ctx
from importers.en.orgs.model import OrgEntry

#: "on the", "establishing the", "on the establishment of the" right before the body.
_ABOUT = re.compile(
    r"(?<![\w-])(?:on|establishing|creating|on\s+the\s+(?:establishment|creation)\s+of)"
    r"\s+(?:the\s+)?$",
    re.IGNORECASE,
)

#: What may follow the body in the title: nothing, or the place of the signing ("in Riga").
_REST = re.compile(r"(?:\s+(?:in|at)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?[\s.,]*")


def founded_bodies(ctx: Ctx, s: int, e: int) -> set[OrgEntry]:
    """The bodies a title from `s` to `e` is about: named last, right after "on" or
    "establishing", with nothing of the title after them."""
    out: set[OrgEntry] = set()
    for ms, me, o in ctx.orgs.between(s, e):
        if not _REST.fullmatch(ctx.text, me, e) or not _ABOUT.search(ctx.text, s, ms):
            continue
        out.add(o)
    return out
