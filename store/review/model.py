"""The plain data of review, drawn by `ipx review`, `ipx judge` and the explorer's Review pane.

Standard library only (no SQLAlchemy, no Textual, no Rich): the pane and the CLI read the
same dataclasses, and `ipx search` reads `Confidence` on a plain sqlite3 connection.

An item is one doubt about one or two subjects, named by an id that is the subjects'
references: `o12` (is organisation 12 an entity at all?), `p3`, `a5` (an agreement without
parties or date), `r7` (the organisation of role 7), `o12+o15` (are they one?), `o12@d7`
(does document 7 mean organisation 12 where it names it?). The id is
stable as long as the rows are, and typed as it is shown: `ipx judge o12+o15 merge`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from store.queries.sources import Source

#: the verdicts, in the order the pane's keys list them (a x m n e; u undoes)
ACTIONS = ("accept", "reject", "merge", "distinct", "edit")
#: verdicts that close an item; an edit may follow another edit
VERDICTS = ("accept", "reject", "merge", "distinct")

#: kinds of item: one entity that may be no entity, a pair that may be one, a role whose
#: organisation is uncertain, an agreement without parties or a date, one document's mention
#: of an entity that may not be that entity (mentions.py: `o12@d7`)
ENTITY, PAIR, ROLE, AGREEMENT, MENTION = "entity", "pair", "role", "agreement", "mention"
ITEM_KINDS = (ENTITY, PAIR, ROLE, AGREEMENT, MENTION)

#: the verdicts each kind of item takes
ALLOWED: dict[str, tuple[str, ...]] = {
    ENTITY: ("accept", "reject", "edit"),
    PAIR: ("merge", "distinct"),
    ROLE: ("accept", "reject", "edit"),
    AGREEMENT: ("accept", "reject", "edit"),
    MENTION: ("accept", "reject"),
}


@dataclass(frozen=True)
class Subject:
    """What an item is about. `show` is the id `ipx show` takes: the entity's own (o12, p3,
    a5), a role's holder's (p3)."""

    kind: str  # organisation, person, role, agreement
    id: int  # the row
    name: str
    show: str

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "id": self.show, "name": self.name}
        if self.kind == "role":
            out["role"] = f"r{self.id}"
        return out


@dataclass(frozen=True)
class Confidence:
    """How sure ipx is of an entity or fact, and the evidence it read.

    `value` is 1.0 for what a person accepted or edited (`reviewed`); otherwise it grows with
    the reference data, the documents that state it, the strength of the pattern that found
    it and its statement in both languages, and falls with what its name's shape or its
    missing parts suggest (`doubt`, said in `why`)."""

    value: float
    reviewed: bool = False
    documents: int = 0
    mentions: int = 0
    pattern: float | None = None  # the strongest pattern that found it (Mention.confidence)
    languages: int = 0  # languages of the documents that state it
    reference: bool = False
    doubt: float = 0.0  # P(wrong) read from its shape or missing parts
    why: str = ""

    @property
    def low(self) -> bool:
        """What the lists dim: unconfirmed and more likely wrong than a typical fact."""
        return not self.reviewed and self.value < LOW


#: below this, an unreviewed row is shown dimmed
LOW = 0.6


def dimmed(confidence: float | None, reviewed: bool) -> bool:
    """Whether a list row (store.queries.lists: OrgRow, PersonRow, AgreementRow) is shown
    dimmed: unconfirmed and of low confidence. Reviewed rows are shown marked instead."""
    return not reviewed and confidence is not None and confidence < LOW


@dataclass
class ReviewItem:
    """One doubt in the queue, ranked by `score` = `p_wrong` x `visibility`.

    `to_confirm`: the item is of the queue's tail, a name only one document states that
    nothing doubts, asked to be confirmed rather than called wrong."""

    id: str
    kind: str  # entity, pair, role, agreement, mention
    subjects: list[Subject]
    reason: str
    p_wrong: float
    visibility: float
    sources: list[Source] = field(default_factory=list)
    to_confirm: bool = False
    #: a mention item's document: (its row id, its path as imported)
    document: tuple[int, str] | None = None

    def __setstate__(self, state: dict[str, Any]) -> None:
        """An item pickled before `to_confirm` was a field (a kept queue, kept.py) reads it
        from its reason: the tail's said '<a kind> to confirm: ...'."""
        if "to_confirm" not in state:
            head = str(state.get("reason", "")).partition(": ")[0]
            state = {**state, "to_confirm": head.endswith(" to confirm")}
        state.setdefault("document", None)
        self.__dict__.update(state)

    @property
    def score(self) -> float:
        return round(self.p_wrong * self.visibility, 3)

    @property
    def actions(self) -> tuple[str, ...]:
        return ALLOWED[self.kind]

    @property
    def title(self) -> str:
        """The subjects in one line: 'Ministry of State', 'IPOS / 新加坡知识产权局'."""
        return " / ".join(s.name for s in self.subjects)


@dataclass(frozen=True)
class JudgementInfo:
    """A judgement as the CLI and the pane list it."""

    id: int
    uid: str
    item: str  # the item judged (its id when judged)
    action: str
    subjects: list[str]  # their names when judged
    change: dict[str, Any]
    reason: str
    decided_by: str
    decided_at: datetime
    undone_at: datetime | None
    applied: bool  # its subject is in this knowledge base now

    @property
    def in_force(self) -> bool:
        return self.undone_at is None
