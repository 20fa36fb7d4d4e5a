"""Where the store has a fact from: the sentences that state it, each once, with every
mention in it.

A document that names IPOS in a headline it prints twice, and twice more in one sentence,
shows each sentence once: mentions are grouped by the sentence around them
(store/text/sentences.py `sentence_bounds`; a sentence repeated word for word in one
document is one), one `Source` per sentence holding every mention of the fact in it.
Sentences come newest document first (undated documents last, then by path), in text order
within a document.
The sentence is cut from the stored document text when it is read, never stored, so a
better splitter improves every source at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from itertools import count
from typing import Any

from sqlmodel import Session, col, select

from store.models import Document, Mention
from store.text.sentences import quote, sentence_bounds


@dataclass(frozen=True)
class Mark:
    """One mention within a source sentence."""

    start: int  # in the document
    end: int
    surface: str  # what the fact was recorded as (a name, a title)
    stated: str  # the words of the document at the mention, as written
    offset: int  # where the mention starts within the sentence; -1 when cut out of it


@dataclass
class Source:
    """A sentence of a document that states the fact. `start`, `end`, `surface` and
    `offset` are those of its first mention; `mentions` holds every mention in it."""

    document_id: int
    path: str
    title: str | None
    date: str | None
    start: int
    end: int
    surface: str
    sentence: str
    offset: int  # where the first mention starts within `sentence`
    mentions: list[Mark] = field(default_factory=list)

    @property
    def highlights(self) -> list[tuple[int, int]]:
        """Where the mentions stand in `sentence`, as (start, end) offsets in order, without
        overlaps: what a reader sees highlighted. A mention whose span does not read its
        words (a fact stated without a span) is found by its words instead, if at all."""
        spans: list[tuple[int, int]] = []
        for m in self.mentions or [_mark_of(self)]:
            words = m.stated or m.surface
            at = m.offset
            if at < 0 or not words or self.sentence[at : at + len(words)] != words:
                at = self.sentence.find(words) if words else -1
            if at >= 0:
                spans.append((at, at + len(words)))
        out: list[tuple[int, int]] = []
        for s, e in sorted(spans):
            if out and s < out[-1][1]:
                out[-1] = (out[-1][0], max(e, out[-1][1]))
            else:
                out.append((s, e))
        return out

    @property
    def stated(self) -> list[str]:
        """The words of its mentions as the document writes them, each once, in order."""
        return list(dict.fromkeys((m.stated or m.surface) for m in self.mentions))

    @property
    def where(self) -> str:
        """The path and the mentions' offsets: 'news/a.txt @12–16, 40–44'."""
        spans = ", ".join(f"{m.start}–{m.end}" for m in self.mentions) or f"{self.start}–{self.end}"
        return f"{self.path} @{spans}"


def _mark_of(s: Source) -> Mark:
    return Mark(s.start, s.end, s.surface, s.surface, s.offset)


def _sort_key() -> tuple[Any, ...]:
    """Newest document first, undated ones last, then by path; mentions in text order."""
    return (
        col(Document.date).is_(None),
        col(Document.date).desc(),
        col(Document.path),
        col(Mention.document_id),
        col(Mention.start),
        col(Mention.id),
    )


def document_sources(doc: Document, mentions: list[tuple[int, int, str]]) -> list[Source]:
    """The sources of MENTIONS of one document (review's mention items read them)."""
    return _sources_of_document(doc, mentions)


def _sources_of_document(doc: Document, mentions: list[tuple[int, int, str]]) -> list[Source]:
    """One Source per sentence of DOC holding MENTIONS ((start, end, surface), in order);
    a sentence the document repeats word for word (a headline above the text) is one."""
    assert doc.id is not None
    text = doc.text or ""
    groups: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
    for start, end, surface in mentions:
        bounds = sentence_bounds(text, start, end) if text else (0, 0)
        groups.setdefault(bounds, []).append((start, end, surface))
    by_sentence: dict[str, Source] = {}
    for group in groups.values():
        if text:
            sentence, offsets = quote(text, [(s, e) for s, e, _ in group])
        else:
            sentence, offsets = group[0][2], [0] * len(group)
        marks = [
            Mark(s, e, surface, text[s:e] if e > s else "", at)
            for (s, e, surface), at in zip(group, offsets, strict=True)
        ]
        if sentence in by_sentence:
            by_sentence[sentence].mentions.extend(marks)
            continue
        first = marks[0]
        by_sentence[sentence] = Source(
            doc.id,
            doc.path,
            doc.title,
            doc.date,
            first.start,
            first.end,
            first.surface,
            sentence,
            max(first.offset, 0),
            marks,
        )
    return list(by_sentence.values())


def sources_of(session: Session, target_type: str, target_id: int, limit: int = 50) -> list[Source]:
    """The sentences that state one entity or role, at most LIMIT, newest document first.

    Mentions are read a page at a time, so an entity named a hundred thousand times costs
    the pages its first LIMIT sentences need, not every mention."""
    query = (
        select(Mention.document_id, Mention.start, Mention.end, Mention.surface)
        .join(Document, col(Document.id) == col(Mention.document_id))
        .where(Mention.target_type == target_type, Mention.target_id == target_id)
        .order_by(*_sort_key())
    )
    page = max(4 * limit, 200)
    out: list[Source] = []
    current: int | None = None
    pending: list[tuple[int, int, str]] = []

    def flush() -> None:
        doc = session.get(Document, current) if current is not None else None
        if doc is not None and pending:
            out.extend(_sources_of_document(doc, pending))

    for offset in count(0, page):
        rows = list(session.exec(query.offset(offset).limit(page)))
        for document_id, start, end, surface in rows:
            if document_id != current:
                flush()
                if len(out) >= limit:
                    return out[:limit]
                current, pending = document_id, []
            pending.append((start, end, surface))
        if len(rows) < page:
            break
    flush()
    return out[:limit]
