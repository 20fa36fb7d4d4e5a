"""Who signed an agreement when the subject of "signed" does not say it by name.

"The workplan was signed by Mr A, Chief Executive of X, and Mr B, Director General of Y":
the people after "signed by". "The two Directors General signed ...", "signed by the heads of
both offices", "the Commissioner signed": people named by their title only, who are the
holders of that title the same text names (at the agreement's parties, when it has them).
"""

from __future__ import annotations

import re

from importers.en.agreements.model import Ctx, Found
from importers.en.orgs.model import OrgEntry
from importers.en.roles.model import PersonEntry
from importers.en.titles import base_title, is_office_title
from importers.en.words import WITNESS_RE
from store.text.titles import title_abbreviated

_BY = re.compile(
    r"\b(?:signed|inked|initialled|initialed|concluded|renewed)"
    r"(?:\s+for\s+(?:the\s+)?[A-Z][^,;.]{0,60}?)?"
    # "signed on 4 May by", "signed the same afternoon by": when, or where, before who
    r"(?:\s+(?:(?:on|in|at|during)\s[^,;.()]{1,40}?|(?:the|that)\s+same\s+\w+|"
    r"yesterday|today|earlier|later))?"
    # "signed on October 26, 2011, by": a date written month first, its year after a comma
    r"(?:,\s+\d{4},?)?\s+by\s+",
    re.I,
)

#: "signed for the EPO by A, and for KIPO by B": each body a side signs for.
_FOR = re.compile(r"(?:\bsigned\s+|,?\s+and\s+)for\s+(?:the\s+)?(?=[A-Z])")


def signed_for(ctx: Ctx, start: int, se: int) -> list[OrgEntry]:
    """The bodies "signed for the X by A, and for the Y by B" names, in order: the sides
    of the signing, whether or not the signers' own posts are known."""
    out: list[OrgEntry] = []
    for m in _FOR.finditer(ctx.text, start, se):
        hit = ctx.orgs.at(m.end())
        if hit is not None and hit[2] not in out:
            out.append(hit[2])
    return out


def skipped(o: OrgEntry, skip: set[OrgEntry], ctx: Ctx, s: int, e: int) -> bool:
    """Whether a body the sentence names is no side of a passive signing: a witness's, a
    parent named in apposition (`skip`), or one named only in another body's post."""
    return o in skip or in_others_title(ctx, o, s, e)


def in_others_title(ctx: Ctx, o: OrgEntry, s: int, e: int) -> bool:
    """Whether the sentence names `o` only inside the title of a post held at another body
    ("Ambassador of X to the United Nations", a post of X's government): the body the post
    is accredited to signs nothing."""
    inside = [(a, b) for a, b in o.spans if s <= a and b <= e]
    return bool(inside) and all(
        any(
            r.org is not None and r.org is not o and r.span[0] <= a and b <= r.span[1]
            for r in ctx.people.roles
        )
        for a, b in inside
    )


#: "heads of the two offices", "both heads", "the heads of delegation".
_HEADS = re.compile(r"\bheads?\b", re.I)


def persons_in(ctx: Ctx, s: int, e: int) -> list[PersonEntry]:
    """The people named between `s` and `e`, in the order first named there."""
    hits = sorted(
        [(a, p) for a, b, p in ctx.people.mentions if s <= a and b <= e]
        + [(a, p) for p in ctx.people.entries for a, b in p.spans if s <= a and b <= e]
    )
    out: list[PersonEntry] = []
    for _, p in hits:
        if p not in out:
            out.append(p)
    return out


def signed_by(ctx: Ctx, start: int, se: int, parties: list[OrgEntry]) -> list[PersonEntry]:
    """The people after "signed by" between `start` and the sentence end `se`, up to a
    witness clause ("in the presence of"): by name, else by their title."""
    m = _BY.search(ctx.text, start, se)
    if m is None:
        return []
    stop = WITNESS_RE.search(ctx.text, m.end(), se)
    end = stop.start() if stop else se
    named = persons_in(ctx, m.end(), end)
    phrase = ctx.text[m.end() : end]
    for a, b, _ in sorted(ctx.people.mentions, key=lambda x: -x[0]):
        if m.end() <= a and b <= end:  # "the Commissioner and Mr Nilsson": the rest by title
            phrase = phrase[: a - m.end()] + " " * (b - a) + phrase[b - m.end() :]
    return named + [p for p in titled(ctx, phrase, parties) if p not in named]


def titled(ctx: Ctx, phrase: str, parties: list[OrgEntry]) -> list[PersonEntry]:
    """The people a phrase names by their title only: "the two Directors General" are the
    people the text gives that title, "the heads of both offices" the heads of the parties
    (not their deputies). With parties known, only people of those parties count."""
    words = _singular(phrase)
    if not words:
        return []
    out: list[PersonEntry] = []
    for r in ctx.people.roles:
        if r.org is None or r.person in out or (parties and r.org not in parties):
            continue
        title = _singular(r.title)
        if title and _within(title, words):
            out.append(r.person)
    if out or not parties or not _HEADS.search(phrase):
        return out
    for party in parties:
        heads = [
            r.person
            for r in ctx.people.roles
            if r.org is party and _is_head(r.title) and r.person not in out
        ]
        out += heads[:1]
    return out


def short_titled(ctx: Ctx, phrase: str) -> list[PersonEntry]:
    """The holder of the title a short form stands for ("the DG and Dr X signed"), beside
    the people the phrase names."""
    shorts = [w for w in re.findall(r"\b[A-Z]{2,5}\b", phrase) if title_abbreviated(w)]
    return titled(ctx, " ".join(shorts), []) if shorts else []


def add_signatories(
    ctx: Ctx, target: Found, people: list[PersonEntry], *, for_others: bool = False
) -> None:
    """Give an agreement named before the signatories a later sentence names, and their
    organisations as parties (unless its title says between whom it is: a minister who signs
    "on behalf of" an agency is no party; nor is a signer's own office when the sentence
    says on whose behalf they signed and the agreement already has two sides: `for_others`)."""
    stated = len(target.parties) >= 2 and (
        for_others
        or re.search(r"\bbetween\b", target.title) is not None
        or _one_per_side(ctx, target, people)
    )
    for p in people:
        if p not in target.signatories:
            target.signatories.append(p)
        if stated:
            continue
        for r in ctx.people.roles:
            if r.person is p and r.org is not None and r.org not in target.parties:
                target.parties.append(r.org)


def _one_per_side(ctx: Ctx, target: Found, people: list[PersonEntry]) -> bool:
    """'A and B signed an MoU. A's Director X and Y, Chairman of C, signed it': the two
    sides are told, no more signers than sides sign, and one of them holds a post at a
    side; the other signs for the side left, whatever body their own post is at."""
    ids = set(map(id, target.parties))
    return len(people) <= len(target.parties) and any(
        r.person is p and r.org is not None and id(r.org) in ids
        for p in people
        for r in ctx.people.roles
    )


def _singular(text: str) -> list[str]:
    """The words of a phrase, lower case, plurals made singular ("Directors General" ->
    director general), without articles and numbers; a title's short form ("the DG") read
    as the title it stands for."""
    out = []
    for raw in re.findall(r"[A-Za-z][\w-]*", text):
        full = title_abbreviated(raw)
        if full is not None:
            out += _singular(full)
            continue
        w = raw.casefold()
        if w in ("the", "two", "three", "both", "all", "their", "its", "of", "and"):
            continue
        out.append(w[:-1] if w.endswith("s") and not w.endswith("ss") else w)
    return out


def _within(title: list[str], words: list[str]) -> bool:
    """Whether the title's words stand together, in order, in the phrase's words."""
    n = len(title)
    return any(words[i : i + n] == title for i in range(len(words) - n + 1))


_DEPUTY = re.compile(r"\b(?:deputy|vice|assistant|associate|under)\b")


def _is_head(title: str) -> bool:
    """A title of the head of an office ("Commissioner", "Director General"), not of a
    deputy ("Deputy Commissioner")."""
    base = base_title(title)
    return is_office_title(base) and not _DEPUTY.search(base)
