"""Agreements an English text says were signed, adopted, renewed or concluded.

Per sentence (`signings`): an agreement noun (`kinds`) next to a verb that brings it into
being. Its title is the noun with the text's own modifiers and complements (`titles`). Its
parties come, in order of trust, from the title ("... between A and B"), from the subject of
"signed" (an organisation, or the organisation of the official who signed), from "with ..."
after the verb, and else from the other organisations the sentence names (`parties`,
`counterparts`). Its date comes from the sentence, from an "In May," that opens the
paragraph, or from the year a report covers (`dates`).

Counts ("52 new agreements"), negotiations and mere references are not agreements. Mentions
of one agreement (a report paragraph and a photo caption) are merged (`dedup`).
"""

from __future__ import annotations

from importers.en.agreements.dating import opening_month, report_year
from importers.en.agreements.dedup import fold_generic, merge_into
from importers.en.agreements.model import Ctx, Found
from importers.en.agreements.parties import speaker_org
from importers.en.agreements.signings import in_sentence, paragraphs
from importers.en.orgs.model import Orgs
from importers.en.roles.model import People
from importers.en.subject import document_org
from store.text.sentences import sentence_spans

__all__ = ["Found", "find_agreements"]


def find_agreements(text: str, orgs: Orgs, people: People, *, date: str | None) -> list[Found]:
    """The agreements of a text, paragraph by paragraph and sentence by sentence."""
    ctx = Ctx(
        text=text,
        orgs=orgs,
        people=people,
        home=speaker_org(text, people) or document_org(orgs),
        year=report_year(text, date),
        doc_year=date[:4] if date else None,
        doc_date=date,
    )
    found = ctx.found
    for ps, pe in paragraphs(text):
        para_month = opening_month(text[ps:pe])
        for ss, se in sentence_spans(text, lang="en", start=ps, end=pe):
            for f in in_sentence(ctx, ss, se, para_month, found):
                merge_into(found, f)
    return fold_generic(found)
