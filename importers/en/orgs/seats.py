"""A body's seat written after its name, before "and" and the next body: after a comma
("between the X Research Council, Lahore and Y Organization of Z") or after "in" inside the
first name ("the Permanent Mission of X to the Y in Geneva and Z Department of W"): the town
closes the first name, as an address does, and is no first word of the second body's name.
"""

from __future__ import annotations

from importers.en.orgs.chunks import Tok, is_head
from importers.en.orgs.model import Orgs
from importers.en.words import PORTFOLIO_WORDS


def past_seat_after_body(text: str, run: list[Tok], orgs: Orgs) -> list[Tok]:
    """`run` less its first word and "and" when the word follows a body's name and a comma,
    or ends a body's name already found ("... Mission ... in Geneva"), and the rest is a body
    named in full: two or more words before its head, or its head and "of" its owner. A
    field word ("Health, Labour and Welfare") is no town."""
    if len(run) < 4 or run[1].low != "and" or is_head(run[0]) or run[0].low in PORTFOLIO_WORDS:
        return run
    if not run[0].text[:1].isupper() or not run[0].text[1:].islower():
        return run  # a town's name: "Lahore", not "IP" or "(X)"
    before = text[: run[0].start].rstrip()
    after_comma = before.endswith(",") and any(e == len(before) - 1 for _s, e, _ in orgs.mentions)
    inside_name = any(s < run[0].start and e == run[0].end for s, e, _ in orgs.mentions)
    if not (after_comma or inside_name):
        return run
    rest = run[2:]
    head = next((k for k, t in enumerate(rest) if is_head(t)), None)
    if head is None:
        return run
    return rest if head >= 2 or _owned(rest, head) else run


def _owned(rest: list[Tok], head: int) -> bool:
    """The head is followed by "of" and its owner's name ("Office of Xland", "Office of the
    Republic of Y")."""
    after = [t for t in rest[head + 1 :] if t.low != "the"]
    return len(after) >= 2 and after[0].low == "of" and after[1].cap
