"""Mentions of an agreement that name none of its parties: the agreement told in full.

"Peru and Chile sign memorandum" over a story of "the Memorandum between the Government
of A and the Government of B": the finder takes a country a line names for a body
of that country, so the short mention's parties are stand-ins, and the agreement of the same
kind between bodies of those countries, named as such, is the one it means (a title cut short
in a repost, "Memorandum of Und", is that title too). "The ministers watched as cooperation
documents were signed", then "A and B signed the MoU on X" in the same paragraph:
a generic mention that names no party of its own is the signing the paragraph goes on to
tell, not one more.
"""

from __future__ import annotations

from importers.en.agreements.counterparts import country_codes
from importers.en.agreements.dedup import dates_compatible
from importers.en.agreements.model import Found
from importers.en.orgs.model import OrgEntry
from store.text.sentences import sentence_spans


def fold_stand_ins(text: str, found: list[Found]) -> list[Found]:
    """Fold each mention whose parties are only the countries its sentence names into the
    one agreement of its kind between bodies of those countries that its sentence names."""
    out = list(found)
    for f in found:
        if not f.parties or f.counterparts or any(_named(text, p, f) for p in f.parties):
            continue
        ss, se = _sentence(text, f.span[0])
        countries = {p.country for p in f.parties}
        if None in countries or not countries <= country_codes(text, ss, se):
            continue
        fuller = [
            g
            for g in out
            if g is not f
            and g.kind == f.kind
            and dates_compatible(f.date, g.date)
            and countries <= {q.country for q in g.parties}
            and all(_named(text, q, g) for q in g.parties)
            and _titles_agree(f, g)
        ]
        if len(fuller) == 1:
            _fold(f, fuller[0])
            out.remove(f)
    return out


def fold_told_next(text: str, found: list[Found]) -> list[Found]:
    """Fold a generic mention (no topic, no counterpart, no signer, no party named in its
    sentence: "a ceremony where cooperation documents were signed") into the agreement its
    paragraph goes on to tell with its parties named."""
    out = list(found)
    for f in found:
        if f.topic or f.counterparts or f.signatories or any(_named(text, p, f) for p in f.parties):
            continue
        g = next(
            (
                g
                for g in out
                if g is not f
                and g.span[0] >= f.span[1]
                and "\n\n" not in text[f.span[1] : g.span[0]].replace(" ", "")
                and dates_compatible(f.date, g.date)
                and g.parties
                and all(_named(text, q, g) for q in g.parties)
            ),
            None,
        )
        if g is not None:
            _fold(f, g)
            out.remove(f)
    return out


def _fold(short: Found, full: Found) -> None:
    """What the short mention adds to the full one: its signers, witnesses and date."""
    if short.date and (not full.date or len(short.date) > len(full.date)):
        full.date = short.date
    full.signatories += [p for p in short.signatories if p not in full.signatories]
    full.witnesses += [p for p in short.witnesses if p not in full.witnesses]


def _titles_agree(short: Found, full: Found) -> bool:
    """Titles of one instrument: no conflicting topic, or the short one cut from the full."""
    if full.title.casefold().startswith(short.title.casefold()):
        return True
    a, b = short.topic, full.topic
    return not a or not b or a <= b or b <= a


def _named(text: str, o: OrgEntry, f: Found) -> bool:
    """Whether the sentence of the mention `f` names the body `o` itself."""
    ss, se = _sentence(text, f.span[0])
    return any(ss <= s < se for s, _ in o.spans)


def _sentence(text: str, pos: int) -> tuple[int, int]:
    """The sentence of the line that holds `pos`."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    le = len(text) if le < 0 else le
    spans = sentence_spans(text, lang="en", start=ls, end=le)
    return next(((s, e) for s, e in spans if s <= pos < e), (ls, le))
