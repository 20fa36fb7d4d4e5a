"""Where the store has a fact from: each mention, with the sentence around it.

The sentence is cut from the stored document text when it is read (store/text/sentences.py),
never stored, so a better splitter improves every source at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, col, func, select

from store.models import Document, Mention
from store.text.sentences import sentence_around


@dataclass
class Source:
    document_id: int
    path: str
    title: str | None
    date: str | None
    start: int
    end: int
    surface: str
    sentence: str
    offset: int  # where the mention starts within `sentence`


def sources_of(session: Session, target_type: str, target_id: int, limit: int = 50) -> list[Source]:
    """The mentions of one entity or role, oldest document first."""
    rows = session.exec(
        select(Mention, Document)
        .join(Document, col(Document.id) == col(Mention.document_id))
        .where(Mention.target_type == target_type, Mention.target_id == target_id)
        .order_by(func.coalesce(Document.date, ""), col(Mention.document_id), col(Mention.start))
        .limit(limit)
    )
    out = []
    for m, d in rows:
        assert d.id is not None
        sentence, offset = sentence_around(d.text, m.start, m.end) if d.text else (m.surface, 0)
        out.append(
            Source(d.id, d.path, d.title, d.date, m.start, m.end, m.surface, sentence, offset)
        )
    return out
