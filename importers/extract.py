"""Find the facts a document states, in the document's language."""

from __future__ import annotations

from dataclasses import replace

from importers.facts import DocumentFacts
from importers.gazetteer import Reference
from store.text.script import han_count


def extract(
    text: str,
    lang: str,
    *,
    date: str | None = None,
    reference: Reference,
    repaired: bool = False,
) -> DocumentFacts:
    """Facts of one document. `date` is the document's own date (ISO prefix), used to
    complete partial dates ("In May, ..." in a report on 2017). `repaired`: the text went
    through importers.read, which joined lines wrapped by PDF conversion.

    A document that mixes Chinese and English paragraphs (a bilingual bulletin) gets both
    extractors; the resolver folds what both found into the same entities.
    """
    langs = languages_of(text) or [lang]
    results = [
        _extract_one(text, lg, date=date, reference=reference, repaired=repaired) for lg in langs
    ]
    return results[0] if len(results) == 1 else combine(results)


def languages_of(text: str) -> list[str]:
    """The languages with a real share of the text: Han characters vs Latin letters."""
    han = han_count(text)
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    if not han and not latin:
        return []
    # a Chinese character carries about as much as a three-letter English word
    han_share = 3 * han / (3 * han + latin)
    out = []
    if han_share >= 0.15:
        out.append("zh")
    if han_share <= 0.85:
        out.append("en")
    return out


def _extract_one(
    text: str, lang: str, *, date: str | None, reference: Reference, repaired: bool
) -> DocumentFacts:
    """One language's extractor, imported only when a document needs it (jieba is slow to
    load, and `ipx search` never needs it)."""
    if lang == "zh":
        from importers import zh

        return zh.extract(text, date=date, reference=reference, repaired=repaired)
    from importers import en

    return en.extract(text, date=date, reference=reference)


def combine(results: list[DocumentFacts]) -> DocumentFacts:
    """One DocumentFacts from several extractors, their keys kept apart by a prefix."""
    out = DocumentFacts(extractor="+".join(r.extractor for r in results))
    for r in results:
        p = r.extractor.split("/")[0] + ":"
        out.orgs += [replace(o, key=p + o.key) for o in r.orgs]
        out.people += [replace(x, key=p + x.key) for x in r.people]
        out.roles += [
            replace(x, person=p + x.person, org=p + x.org if x.org else None) for x in r.roles
        ]
        out.agreements += [
            replace(
                a,
                parties=[p + k for k in a.parties],
                signatories=[p + k for k in a.signatories],
                witnesses=[p + k for k in a.witnesses],
            )
            for a in r.agreements
        ]
    return out
