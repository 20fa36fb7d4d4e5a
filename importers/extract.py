"""Find the facts a document states, in the document's language.

Also the work an import hands to its worker processes (`read_and_extract`, run through
`extract_in_worker` after `start_worker`): reading and extraction need no database, so they
can run anywhere; the pipeline resolves and writes what comes back, in one process.
"""

from __future__ import annotations

import os
import re
import signal
import threading
import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from importers.facts import DocumentFacts
from importers.gazetteer import Reference
from importers.glossed import keep_glossed_forms
from store.text.script import han_count

if TYPE_CHECKING:
    from importers.read import ReadResult


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
    facts = results[0] if len(results) == 1 else combine(results)
    return keep_glossed_forms(facts, text)


#: Everything but an ASCII letter: what is left of a text without it is its Latin letters,
#: counted in C rather than a character at a time.
_NOT_LATIN = re.compile("[^A-Za-z]+")


def languages_of(text: str) -> list[str]:
    """The languages with a real share of the text: Han characters vs Latin letters."""
    han = han_count(text)
    latin = len(_NOT_LATIN.sub("", text))
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
    if any(r.extractor.startswith("zh") for r in results):
        from importers.zh.bilingual import join_people

        join_people(out)  # Martin Gerber and 马丁·格伯: one person
    return out


@dataclass
class Extraction:
    """One document read and extracted, or the one-line reason it could not be: what a
    worker process sends back (plain data, so it pickles)."""

    doc: ReadResult | None = None
    facts: DocumentFacts | None = None
    problem: str | None = None


def read_and_extract(path: str, data: bytes, reference: Reference) -> Extraction:
    """Read the bytes of the file at `path` and extract its facts. Input the readers refuse
    is a problem; any other exception is raised (the caller words it with `failure`)."""
    from importers.read import ReadError, read_bytes

    try:
        doc = read_bytes(data, path)
    except ReadError as exc:
        return Extraction(problem=exc.reason)
    facts = extract(doc.text, doc.lang, date=doc.date, reference=reference, repaired=True)
    return Extraction(doc=doc, facts=facts)


def failure(exc: BaseException) -> str:
    """How a bug of ours on one document is reported: one line naming the exception, the
    same whether the document was extracted in this process or in a worker."""
    first = str(exc).splitlines()[0] if str(exc) else ""
    return f"could not be imported ({type(exc).__name__}: {first[:200]})"


_worker_reference: Reference | None = None

#: Workers yield to the process that writes: it is the one every document waits for (it
#: resolves and writes more slowly than a worker reads), so it keeps a core of its own and
#: the workers share the others. Two workers at this niceness weigh less than the writer.
WORKER_NICENESS = 5


def start_worker(reference: Reference, parent: int) -> None:
    """A worker process's initializer: keep the gazetteer (sent once per worker), leave Ctrl-C
    to the parent (which stops the pool), yield the CPU to the writer, and end if the parent
    dies without stopping it (a SIGKILL) instead of waiting forever for work.

    jieba is loaded and primed with the gazetteer by the worker's first Chinese document,
    once (`zh.lex.prime`), so that a worker reading only English never pays for it."""
    global _worker_reference
    _worker_reference = reference
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(os, "nice"):
        os.nice(WORKER_NICENESS)
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def extract_in_worker(path: str, data: bytes) -> Extraction:
    """`read_and_extract` in a worker: every failure comes back as the document's problem
    (an exception object need not pickle; its one line always does)."""
    assert _worker_reference is not None, "start_worker runs first"
    try:
        return read_and_extract(path, data, _worker_reference)
    except Exception as exc:
        return Extraction(problem=failure(exc))
