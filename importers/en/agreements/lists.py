"""Instruments listed under a lead-in that signs them all.

"In 2023 the Office concluded the following:" over items "(a) a memorandum with X, ...;",
"(b) the renewal of the work plan with Y;", or a heading "Partnerships we signed this year"
over bullets: the lead-in's verb and subject belong to every item. An item then reports a
signing though it has no verb of its own ("the extension, by an exchange of letters, of the
PPH programme with Z"), its parties are the lead-in's subject and the counterpart the item
names, and a definite noun in it ("letters exchanged with W to extend the memorandum") is
the item's own instrument, not one an earlier item named. A lead-in that only talks about
instruments ("The following are under negotiation:") governs nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from importers.en.agreements.colon_lists import MARK
from importers.en.agreements.counterparts import orgs_in
from importers.en.agreements.model import Ctx, Found, unique
from importers.en.orgs.model import OrgEntry
from importers.en.words import NOT_SIGNED_RE, SIGN_VERBS
from store.text.sentences import sentence_spans

#: Nothing before the lead-in's signing verb names its subject after these words.
_NOT_SUBJECT = re.compile(r"\b(?:with|between|among|and\s+with)\b")


#: A short colon sentence that names again what the sentence before it signed: "The
#: instruments, in order of signature, are:", "They are:", "These were:".
_POINTS_BACK = re.compile(
    r"\s*(?:[^.;:,]{1,40},\s*)?(?:the|these|they|those)\b[^.;:]{0,60}?\b(?:are|were)\s*:",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ListItem:
    """One item of a list of instruments: its span, and what its lead-in gives it."""

    span: tuple[int, int]
    #: the bodies the lead-in names as the subject that signed ("IPOS concluded ...")
    signers: tuple[OrgEntry, ...] = field(default=())


def listed_items(ctx: Ctx, paragraphs: list[tuple[int, int]]) -> list[ListItem]:
    """The items of every list of instruments in the text, each with its lead-in's signers."""
    text = ctx.text
    blocks = _item_blocks(text, paragraphs)
    out: list[ListItem] = []
    for first, items in blocks:
        lead = _lead_in(ctx, paragraphs, first)
        if lead is None:
            continue
        out += [ListItem(span=s, signers=lead) for s in items]
    return out


def item_at(items: list[ListItem], pos: int) -> ListItem | None:
    """The list item that holds `pos`, if any."""
    return next((i for i in items if i.span[0] <= pos < i.span[1]), None)


def _item_blocks(
    text: str, paragraphs: list[tuple[int, int]]
) -> list[tuple[int, list[tuple[int, int]]]]:
    """(where the list starts, its item spans) of each run of marked items: items follow each
    other line by line or paragraph by paragraph; the first unmarked paragraph ends the run."""
    runs: list[tuple[int, list[tuple[int, int]]]] = []
    current: list[tuple[int, int]] = []
    for ps, pe in paragraphs:
        marks = [m.start() for m in MARK.finditer(text, ps, pe) if _line_start(text, m.start())]
        if not marks or marks[0] != _skip_space(text, ps):
            if current:
                runs.append((current[0][0], current))
                current = []
            continue
        current += list(zip(marks, [*marks[1:], pe], strict=True))
    if current:
        runs.append((current[0][0], current))
    return runs


def _line_start(text: str, pos: int) -> bool:
    return pos == 0 or text[pos - 1] == "\n"


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in "\n\r":
        pos += 1
    return pos


def _lead_in(
    ctx: Ctx, paragraphs: list[tuple[int, int]], first: int
) -> tuple[OrgEntry, ...] | None:
    """The signers a list's lead-in names, () when it signs without naming them; None when
    the paragraph before the list is no lead-in that signs: a sentence ending in a colon
    with a signing verb in it or in the sentence before it, or a heading line that has
    one ("Agreements signed in 2024")."""
    text = ctx.text
    before = [(s, e) for s, e in paragraphs if e <= first]
    if not before:
        return None
    ps, pe = before[-1]
    para = text[ps:pe].strip()
    heading = "\n" not in para and len(para.split()) <= 15 and not re.search(r"[.!?;:]$", para)
    if not heading and not para.endswith(":"):
        return None
    sents = sentence_spans(text, lang="en", start=ps, end=pe) if not heading else [(ps, pe)]
    if not sents or NOT_SIGNED_RE.search(text, *sents[-1]):
        return None
    lead = [sents[-1]]
    if len(sents) > 1 and _POINTS_BACK.match(text, *sents[-1]):
        # "A concluded four instruments this week. In order of signature, they are:"
        s, e = sents[-2]
        lead += [] if NOT_SIGNED_RE.search(text, s, e) else [(s, e)]
    signing = [(s, e, v) for s, e in lead for v in SIGN_VERBS.finditer(text, s, e)]
    return _subject(ctx, signing) if signing else None


def _subject(ctx: Ctx, signing: list[tuple[int, int, re.Match[str]]]) -> tuple[OrgEntry, ...]:
    """The bodies named before a lead-in's signing verb, not after "with": those that sign
    every item ("Between 2022 and 2023, IPOS concluded the following")."""
    for s, _, v in signing:
        head = ctx.text[s : v.start()]
        cut = _NOT_SUBJECT.search(head)
        named = orgs_in(ctx, s, s + cut.start() if cut else v.start())
        if named:
            return tuple(named)
    return ()


def new_in_item(ctx: Ctx, item: ListItem, kind: str, found: list[Found]) -> bool:
    """Whether the item names a counterpart that no agreement of that kind found so far has
    as a party: its definite noun ("to extend the memorandum") is then its own instrument,
    unless the item has named one already ("... signed an MoU. The MoU was signed by")."""
    s, e = item.span
    if any(s <= f.span[0] < e for f in found):
        return False
    known = {id(p) for f in found if f.kind == kind for p in f.parties}
    named = [o for o in orgs_in(ctx, *item.span) if o not in item.signers]
    return bool(named) and not any(id(o) in known for o in named)


def with_signers(ctx: Ctx, item: ListItem, f: Found) -> None:
    """An item's agreement signed by the lead-in's subject: its parties are that subject and
    the counterparts the item names ("between A and B" in its title stays as it is)."""
    if re.search(r"\bbetween\b", f.title) and len(f.parties) >= 2:
        return
    s, e = item.span
    here = [o for o in f.parties if any(s <= a < e for a, _, x in ctx.orgs.mentions if x is o)]
    if not here:
        here = [o for o in orgs_in(ctx, s, e) if o not in item.signers]
    if item.signers:
        f.parties = unique(list(item.signers) + (here or f.parties))
