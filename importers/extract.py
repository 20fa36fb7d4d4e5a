"""Find the facts a document states, in the document's language."""

from __future__ import annotations

from importers.facts import DocumentFacts
from importers.reference import Reference, load_reference


def extract(
    text: str, lang: str, *, date: str | None = None, reference: Reference | None = None
) -> DocumentFacts:
    """Facts of one document. `date` is the document's own date (ISO prefix), used to
    complete partial dates ("In May, ..." in a report on 2017)."""
    ref = reference or load_reference()
    if lang == "zh":
        from importers import zh

        return zh.extract(text, date=date, reference=ref)
    from importers import en

    return en.extract(text, date=date, reference=ref)
