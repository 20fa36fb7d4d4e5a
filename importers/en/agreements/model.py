"""Agreements as found in one document, and what the finder knows while it reads.

`Found` is one agreement with its parties, signatories and witnesses; `Mention` is one
agreement noun phrase in its sentence, with the title, kind and date read for it; `Ctx` is
the document: its text, organisations, people, the organisation it is by or about, and the
years and date that date what it reports.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from importers.en.agreements.titles import topic
from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.roles.model import People, PersonEntry


@dataclass(kw_only=True)
class Found:
    """One agreement: its title and kind, when it was signed, and who signed it."""

    title: str
    kind: str
    date: str | None
    parties: list[OrgEntry] = field(default_factory=list)
    signatories: list[PersonEntry] = field(default_factory=list)
    witnesses: list[PersonEntry] = field(default_factory=list)
    span: tuple[int, int] = (0, 0)
    topic: frozenset[str] = frozenset()
    counterparts: int = 0
    #: a sentence puts the signing before the event the story leads with ("had signed")
    earlier: bool = False
    #: its title says it came before the one reported ("the previous MoU"): never that one
    recalled: bool = False
    #: where the prose last named it, in reading order (-1: only a table's row): "the MoU
    #: was signed by ..." means the agreement named last, not a row further down the text
    seen: int = -2

    def __post_init__(self) -> None:
        if self.seen == -2:
            self.seen = self.span[0]


def named_last(found: list[Found], kind: str | None = None) -> Found | None:
    """The agreement (of KIND) the prose named last, if any."""
    named = [f for f in found if f.seen >= 0 and (kind is None or f.kind == kind)]
    return max(named, key=lambda f: f.seen, default=None)


def named_in_paragraph(text: str, f: Found, pos: int) -> bool:
    """Whether the prose named `f` before `pos`, in the paragraph that holds `pos`: "It was
    signed by", "C signed it" mean only such an agreement."""
    return text.rfind("\n\n", 0, pos) < f.seen < pos


@dataclass(kw_only=True)
class Ctx:
    """The document an agreement is read from, and the agreements found in it so far."""

    text: str
    orgs: Orgs
    people: People
    home: OrgEntry | None
    #: the organisation of the speaker a transcript opens with: the "our" of the speech
    speaker: OrgEntry | None = None
    #: the text speaks for `home` ("we", "our"): an office's own report or news
    first_person: bool = False
    year: str | None
    doc_year: str | None
    doc_date: str | None = None
    #: the person a news story leads with: who "signed" in a list item without a subject
    lead: PersonEntry | None = None
    #: the date of the event it leads with: the date of a signing that states none
    lead_date: str | None = None
    #: the days of that event, when it spans several ("on June 12 and 13"): the day "on the
    #: second day" names
    lead_days: list[str] = field(default_factory=list)
    #: the day the story is written, from which its "today" and "yesterday" count: its
    #: dateline's ("Shanghai, 8 May 2025."), else the document's date
    today: str | None = None
    found: list[Found] = field(default_factory=list)
    #: the day of the dated update read last ("UPDATE – 4 June 2025"): the day of what it
    #: tells, when a signing under it states none
    update_day: str | None = None
    #: the datelines that open paragraphs ("Riyadh, 17 May 2025, SPA --"): a wire agency
    #: named there reports the signing and is no party to it
    datelines: list[tuple[int, int]] = field(default_factory=list)
    #: the kinds of the agreements the text says states signed ("Xland and Yland sign an
    #: agreement"): a later mention of one that names no body retells it (state_signers.py)
    states_signed: list[str] = field(default_factory=list)


@dataclass(frozen=True, kw_only=True)
class Mention:
    """One agreement noun phrase in its sentence, with the title, kind and date read for it."""

    sentence: tuple[int, int]
    span: tuple[int, int]  #: the title's
    following: int  #: where the sentence's next agreement phrase starts, else its end
    noun: re.Match[str]
    title: str
    kind: str
    date: str | None
    earlier: bool = False
    recalled: bool = False


def unique(xs: list[OrgEntry]) -> list[OrgEntry]:
    out: list[OrgEntry] = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def found_at(
    mention: Mention,
    parties: list[OrgEntry],
    signers: list[PersonEntry],
    witnesses: list[PersonEntry],
    *,
    title: str | None = None,
    counterparts: int = 0,
) -> Found:
    """The agreement of a mention (under another `title` when one of a list gets its own)."""
    title = mention.title if title is None else title
    return Found(
        title=title,
        kind=mention.kind,
        date=mention.date,
        parties=parties,
        signatories=signers,
        witnesses=witnesses,
        span=mention.span,
        topic=topic(title),
        counterparts=counterparts,
        earlier=mention.earlier,
        recalled=mention.recalled,
    )
