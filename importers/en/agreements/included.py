"""An instrument a later sentence says was among the documents signed before.

"The two offices signed several cooperation documents. These documents, including a
training plan for 2031, were prepared at ...": the plan is one of the instruments of that
signing, though no verb of its own signs it. It takes the parties and the date of the
signing told before; an instrument that the text has named already adds nothing.
"""

from __future__ import annotations

import re

from importers.en.agreements.kinds import NOUN_RE, kind_of
from importers.en.agreements.model import Ctx, Found, named_in_paragraph, named_last
from importers.en.agreements.titles import title_span, topic
from importers.en.words import GENERIC_AGREEMENT_NOUNS
from store.text import lexicon

_PLURALS = lexicon.words("en_agreements.txt", "plural_instruments")
#: "These documents, including a", "The agreements, among them the": a plural that names the
#: instruments told before, then one of them.
_INCLUDED = re.compile(
    r"\s*(?:These|Those|The)\s+(?:new\s+)?(?:"
    + "|".join(
        [*(rf"{re.escape(n)}s?" for n in GENERIC_AGREEMENT_NOUNS), *map(re.escape, _PLURALS)]
    )
    + r")\s*,\s*(?:including|among\s+them)\s+(?:an?\s+|the\s+)?",
)


def included(ctx: Ctx, ss: int, se: int) -> list[Found]:
    """The instrument the sentence at ss..se names as one of the documents signed before
    ("These documents, including a work plan for 2031, ..."), with that signing's parties
    and date; none when the sentence does not open so, or names no instrument."""
    m = _INCLUDED.match(ctx.text, ss, se)
    target = named_last(ctx.found)
    if m is None or target is None or not named_in_paragraph(ctx.text, target, ss):
        return []
    noun = NOUN_RE.search(ctx.text, m.end(), se)
    if noun is None or "," in ctx.text[m.end() : noun.start()]:
        return []
    s, e, _ = title_span(ctx.text, ss, se, noun, ctx.orgs)
    title = " ".join(ctx.text[s:e].split())
    if any(f.title.casefold() == title.casefold() for f in ctx.found):
        return []
    return [
        Found(
            title=title,
            kind=kind_of(noun),
            date=target.date,
            parties=list(target.parties),
            span=(s, e),
            topic=topic(title),
            earlier=target.earlier,
        )
    ]
