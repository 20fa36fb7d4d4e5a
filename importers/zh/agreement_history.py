"""An instrument's own text, headed by its history (沿革: 1.民国88年12月31日甲局局长某与乙局局长
某于台北签订；…生效), is the agreement that history records.

A database publishes a memorandum's articles under a history field whose first item tells
its signing with no document after the verb (签订; and it took effect): the document is the
text itself, which names itself in its articles (本备忘录所述目标, 执行本备忘录). The title is
that noun, the parties the two bodies the item names before the verb (by its signers'
posts), the date the item's own. Read only when the sentences found no agreement.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache

from importers.gazetteer import alternation
from importers.zh.agreement_dates import latest_date
from importers.zh.agreement_model import AgreementHit, kind_of, patterns
from importers.zh.agreement_since import two_bodies
from importers.zh.orgs.mention import Mention
from store.text import lexicon

#: What may follow a verb that signs the text itself: the end of its clause or item.
_NO_OBJECT = re.compile(r"\s*(?:[；;，,。.]|\n|$)")


@cache
def _history() -> re.Pattern[str]:
    """A history field's label and the first item of its value (1.…；)."""
    labels = alternation(lexicon.words("zh_agreements.txt", "record_history_labels"))
    return re.compile(rf"(?:{labels})\s*[:：]\s*(?:\d{{1,2}}\s*[.、．]\s*)?([^；;。]{{8,240}})")


def find(text: str, orgs: list[Mention], found: list[AgreementHit]) -> list[AgreementHit]:
    """The instrument whose history the text opens with; none when an agreement was found."""
    if found:
        return []
    m = _history().search(text)
    if m is None:
        return []
    s, e = m.span(1)
    verb = next(
        (v for v in patterns().sign.finditer(text, s, e) if _NO_OBJECT.match(text, v.end())),
        None,
    )
    own = _own_noun(text)
    if verb is None or own is None:
        return []
    noun, at = own
    named = two_bodies(text, orgs, s, verb.start())
    if not named:
        return []
    date = latest_date(text, s, verb.start(), None)
    hit = AgreementHit(noun, kind_of(noun), at, at + len(noun), date, named)
    hit.dated = date is not None
    hit.clause = (s, verb.start())
    hit.clauses = [hit.clause]
    return [hit]


def _own_noun(text: str) -> tuple[str, int] | None:
    """The document noun the text names itself by most often (本备忘录), when it does twice,
    and where it first does."""
    found = list(_self_named().finditer(text))
    selves = Counter(m.group(1) for m in found)
    noun, count = selves.most_common(1)[0] if selves else ("", 0)
    at = next((m.start(1) for m in found if m.group(1) == noun), -1)
    return (noun, at) if count >= 2 else None


@cache
def _self_named() -> re.Pattern[str]:
    """A document noun after a word that makes it the text itself (data `self_determiners`:
    本备忘录); the noun is group 1."""
    own = alternation(lexicon.words("zh_agreements.txt", "self_determiners"))
    return re.compile(rf"(?:{own})({patterns().noun.pattern})")
