"""The tables. Learnt from FollowTheMoney (names, occupancies, ISO-prefix dates, provenance),
Wikidata (position held with start/end) and nomenklatura (recorded merge judgements).

Every fact that came from a document is tied to it through `Mention` rows; facts taken from
curated reference data carry `origin = "reference"` instead. That is how `sources` in the
exchange format and the source sentences in `ipx show` are derived, and why re-importing a
changed document can remove exactly what its old version contributed.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import text
from sqlmodel import Field, Index, SQLModel


def now() -> datetime:
    return datetime.now(UTC)


class Document(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    path: str = Field(index=True)  # as given to the import command
    title: str | None = None
    lang: str | None = None  # "en", "zh"
    date: str | None = None  # ISO 8601 prefix
    format: str = "text"  # text, html, pdf, exchange, reference
    sha256: str = Field(index=True, unique=True)
    text: str = ""
    imported_at: datetime = Field(default_factory=now)
    #: importers.EXTRACTOR_VERSION of the extractors that read it (None: before 0006, or an
    #: exchange file that did not say): `ipx reextract` reads older ones again
    extractor_version: int | None = None


class Organisation(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)  # display name
    kind: str | None = None  # ip_office, government, igo, company, ...
    country: str | None = None  # ISO 3166 alpha-2
    parent_id: int | None = Field(default=None, foreign_key="organisation.id")
    ref_id: str | None = Field(default=None, index=True)  # id in the reference data
    merged_into: int | None = Field(default=None, index=True)  # set while merged away
    created_at: datetime = Field(default_factory=now)


class Person(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(index=True)
    family: str | None = None
    given: str | None = None
    ref_id: str | None = Field(default=None, index=True)
    merged_into: int | None = Field(default=None, index=True)
    created_at: datetime = Field(default_factory=now)


class Name(SQLModel, table=True):
    """Every name of every organisation and person; SIPO -> CNIPA is one entity, two names."""

    id: int | None = Field(default=None, primary_key=True)
    entity_type: str = Field(index=True)  # "organisation" | "person"
    entity_id: int = Field(index=True)
    text: str
    folded: str = Field(index=True)  # store.text.fold(text)
    lang: str | None = None
    script: str | None = None  # Latn, Hani, Mixed
    kind: str = "alias"  # primary, alias, acronym, previous, transliteration, address ("Mr. X")
    valid_from: str | None = None
    valid_to: str | None = None
    origin: str = "document"  # document, reference, user, exchange


class Role(SQLModel, table=True):
    """A person holding a title at an organisation (a FollowTheMoney Occupancy).

    One role may be stated with several titles: in English and Chinese (Director General,
    总干事) or in two spellings. `title` is the one it is shown by (English where there is
    one); `other_titles` holds the others, so that one role in two languages is one row
    (store/roles.py, store/text/titles.py)."""

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", index=True)
    organisation_id: int | None = Field(default=None, foreign_key="organisation.id", index=True)
    title: str  # as written
    title_norm: str = ""  # folded, for grouping
    other_titles: str = "[]"  # JSON list: the role's other titles, as written, in the order stated
    start: str | None = None
    end: str | None = None
    origin: str = "document"


class Agreement(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    title: str
    kind: str = "other"
    date: str | None = None
    place: str | None = None
    origin: str = "document"


class AgreementParty(SQLModel, table=True):
    """An organisation or person taking part in an agreement: party, signatory or witness."""

    id: int | None = Field(default=None, primary_key=True)
    agreement_id: int = Field(foreign_key="agreement.id", index=True)
    organisation_id: int | None = Field(default=None, foreign_key="organisation.id", index=True)
    person_id: int | None = Field(default=None, foreign_key="person.id", index=True)
    role: str = "party"  # party, signatory, witness


class Mention(SQLModel, table=True):
    """Where a fact was stated: a span of a document and what it resolved to."""

    # what a fact's sources and an entity's document count read, without the table rows
    __table_args__ = (Index("ix_mention_target", "target_type", "target_id", "document_id"),)

    id: int | None = Field(default=None, primary_key=True)
    document_id: int = Field(foreign_key="document.id", index=True)
    start: int = 0
    end: int = 0
    surface: str = ""
    target_type: str = Field(index=True)  # organisation, person, role, agreement
    target_id: int = Field(index=True)
    extractor: str = ""
    confidence: float = 1.0


class Merge(SQLModel, table=True):
    """A recorded judgement that two entities are one; `undone_at` set when split again."""

    id: int | None = Field(default=None, primary_key=True)
    entity_type: str  # organisation | person
    kept_id: int
    merged_id: int
    reason: str = ""
    score: float = 1.0
    decided_by: str = ""  # "resolver:acronym", "reference", "user:alice"
    decided_at: datetime = Field(default_factory=now)
    undone_at: datetime | None = None
    moved: str = "{}"  # JSON: the row ids moved from merged to kept, so a split can undo it


class ImportedFile(SQLModel, table=True):
    """An exchange file already imported, by content hash: importing it again is a no-op."""

    id: int | None = Field(default=None, primary_key=True)
    sha256: str = Field(index=True, unique=True)
    path: str
    imported_at: datetime = Field(default_factory=now)


class SearchKey(SQLModel, table=True):
    """Keys built once at import for fast prefix lookup (store/search/: keys.py, lookup.py).

    One row per (key, entity). `key` is compared bytewise (COLLATE "C" on PostgreSQL), so
    `key >= prefix AND key < successor(prefix)` is a B-tree range. `tier` says what kind of
    key it is (store.search.keys.T_*): whole name, part, initials, heteronym, fuzzy, word, party,
    first word, surname, acronym.
    Both indexes cover their queries: lookups by key, and an entity's keys (words, deletes).
    `docs` is stored with the keys so that ranking never counts mentions at query time.
    """

    __table_args__ = (
        Index("ix_searchkey_lookup", "key", "entity_type", "entity_id", "tier", "name_id", "docs"),
        Index("ix_searchkey_entity", "entity_type", "entity_id", "key"),
    )

    id: int | None = Field(default=None, primary_key=True)
    key: str
    entity_type: str  # organisation, person, agreement
    entity_id: int
    name_id: int | None = None  # the Name row the key came from (NULL: a title or display name)
    tier: int = 0  # kind of key: lower is a better match
    docs: int = 0  # documents that mention the entity when it was indexed (ranking)


class Judgement(SQLModel, table=True):
    """A person's verdict on something ipx doubted (store/review/): accept, reject, merge,
    distinct or edit, with who, when and why.

    The subjects are kept by stable keys (names, titles, document hashes: `subjects`, JSON),
    not only by row ids, so a judgement is replayed after re-import and re-extraction and
    travels in the exchange format; `target_id`/`other_id` are the rows it points at now
    (refreshed by each replay; None while its subject is absent). `key` is the queue item
    judged: at most one verdict in force per item (a partial unique index), so two
    reviewers judging one item at once cannot both apply it."""

    __table_args__ = (
        Index(
            "ix_judgement_key_in_force",
            "key",
            unique=True,
            sqlite_where=text("undone_at IS NULL AND action != 'edit'"),
            postgresql_where=text("undone_at IS NULL AND action != 'edit'"),
        ),
        Index("ix_judgement_target", "target_type", "target_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    uid: str = Field(index=True, unique=True)  # the same judgement in every copy of the KB
    key: str  # the queue item judged: entity-o12, pair-o12-o15, role-r3, agreement-a5
    item_kind: str  # entity, pair, role, agreement
    action: str  # accept, reject, merge, distinct, edit
    target_type: str | None = None  # organisation, person, role, agreement
    target_id: int | None = None
    other_id: int | None = None  # a pair's second subject
    subjects: str = "[]"  # JSON: stable keys of the subjects (store/review/keys.py)
    change: str = "{}"  # JSON: an edit's new values
    undo: str = "{}"  # JSON: what applying it changed here, so that undo restores it
    reason: str = ""
    decided_by: str = ""
    decided_at: datetime = Field(default_factory=now)
    undone_at: datetime | None = None


class Rejection(SQLModel, table=True):
    """What a reject judgement keeps from coming back: this surface, as this kind of fact,
    in this document (by content hash, or by path for a changed version of it)."""

    id: int | None = Field(default=None, primary_key=True)
    judgement_id: int = Field(index=True)
    sha256: str = Field(index=True)
    path: str = Field(index=True)
    kind: str  # organisation, person, role, agreement
    surface: str  # folded (store.text.fold)
    context: str = ""  # a role: its holder's name, folded
