"""The names a rejected mention leaves without support, for `mention_verdict.py` and replay.

A name row keeps no source: the resolver adds a fact's name and aliases to the entity it
resolves the fact to ("Instituto Nacional da Propriedade Industrial (INPI)" read in a
Portuguese text and resolved to the Brazilian body brings it INPI). When a reviewer says that
document's mention of the entity is wrong, a name only it brought would stay, shown in search
and drawing later documents' INPI to the wrong body. Rather than new state, support is read
from what is stored: a name the rejected document writes goes from the entity unless

- it is the entity's display name, or it came from the reference data, a user or anything
  but a document (`Name.origin`);
- another document that still mentions the entity writes it, or one of its mentions is
  stated by it (a document kept without its text is taken to write every name);
- a judgement in force renamed the entity to it (an edit).

A name the document does not write (a form the resolver derived) is left alone: nothing
tells which document brought it.
"""

from __future__ import annotations

import json
import re
import unicodedata

from sqlmodel import Session, col, select

from store.models import Document, Judgement, Mention, Name
from store.review.items import MODEL
from store.review.snapshot import Snapshot
from store.text import fold
from store.text.fold import strip_accents
from store.text.script import has_han

_WORD = re.compile(r"\w+", re.UNICODE)


def unsupported(session: Session, kind: str, id: int, document_id: int) -> list[Name]:
    """The names of the entity only this document (whose mentions of it are gone) wrote."""
    if kind not in ("organisation", "person"):
        return []
    doc = session.get(Document, document_id)
    row = session.get(MODEL[kind], id)
    if doc is None or row is None or not doc.text:
        return []
    names = [
        n
        for n in session.exec(select(Name).where(Name.entity_type == kind, Name.entity_id == id))
        if n.origin == "document" and n.folded != fold(row.name)
    ]
    here = _Text(doc.text)
    names = [n for n in names if here.writes(n.text)]
    if not names:
        return []
    kept = _judged(session, kind, id)
    mentions = list(
        session.exec(
            select(Mention.document_id, Mention.surface).where(
                Mention.target_type == kind, Mention.target_id == id
            )
        )
    )
    kept |= {fold(surface) for _, surface in mentions}
    names = [n for n in names if n.folded not in kept]
    others = {d for d, _ in mentions if d != document_id}
    if not names or not others:
        return names
    texts = {
        did: text
        for did, text in session.exec(
            select(Document.id, Document.text).where(col(Document.id).in_(sorted(others)))
        )
    }
    for other in sorted(others):
        if not names:
            break
        text = texts.get(other)
        if not text:
            return []  # a document without its text: it may write any of them
        words = _Text(text)
        names = [n for n in names if not words.writes(n.text)]
    return names


def drop_unsupported(
    session: Session, kind: str, id: int, document_id: int, snap: Snapshot
) -> bool:
    """Delete the names `unsupported` finds, kept in SNAP; whether there were any. The caller
    forgets the cached resolutions and indexes the entity again."""
    names = unsupported(session, kind, id, document_id)
    snap.keep("name", names)
    for n in names:
        session.delete(n)
    return bool(names)


def _judged(session: Session, kind: str, id: int) -> set[str]:
    """The names edits in force gave the entity (folded)."""
    out: set[str] = set()
    for change in session.exec(
        select(Judgement.change).where(
            Judgement.action == "edit",
            Judgement.target_type == kind,
            Judgement.target_id == id,
            col(Judgement.undone_at).is_(None),
        )
    ):
        name = json.loads(change or "{}").get("name")
        if isinstance(name, str):
            out.add(fold(name))
    return out


def _words(text: str) -> str:
    """A text's words, accents and case aside, one space between and around them."""
    norm = strip_accents(unicodedata.normalize("NFKC", text)).casefold()
    return " " + " ".join(_WORD.findall(norm)) + " "


class _Text:
    """A text's `_words`, and the same without spaces for Chinese names, each made once."""

    def __init__(self, text: str) -> None:
        self.words = _words(text)
        self._unspaced: str | None = None

    def writes(self, name: str) -> bool:
        """Whether the text writes the name: word for word, or in Chinese, where words are
        not spaced, anywhere."""
        mine = _words(name)
        if has_han(name):
            if self._unspaced is None:
                self._unspaced = self.words.replace(" ", "")
            return mine.replace(" ", "") in self._unspaced
        return mine.strip() != "" and mine in self.words
