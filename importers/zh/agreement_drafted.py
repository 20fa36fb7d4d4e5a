"""A plan drawn up with a partner and adopted at a meeting (与甲共同制定的…工作计划，于…经
…会议审议通过).

A work plan may be no one's signing: the two sides draw it up together, and a meeting of
their heads adopts it. The sentence names the partner after its joiner and leaves the other
side, the subject of the passage, unsaid; that is the body the passage last named before a
joiner (甲与乙签署…。与丙共同制定的…), else the office the document speaks for. The date is
the one the adoption states.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.agreement_dates import EVENT_LOOKBACK, latest_date
from importers.zh.agreement_model import AgreementHit, kind_of, kinds, patterns
from importers.zh.home import home_office
from importers.zh.orgs.mention import Mention
from store.text import lexicon

PLAN_KINDS = ("work_plan",)  # what kinds of document are drawn up and adopted so


@cache
def _drafted() -> re.Pattern[str]:
    """与(partner)共同制定的(title)，…(adopted): the partner, the plan and the adoption."""
    joiners = zh_lex.chars("party_joiners")
    drafting = alternation(lexicon.words("zh_agreements.txt", "drafting_verbs"))
    adopting = alternation(lexicon.words("zh_agreements.txt", "plan_adoption_verbs"))
    nouns = alternation([k for k, kind in kinds() if kind in PLAN_KINDS])
    return re.compile(
        rf"[{joiners}](?P<partner>[^，,。；;]{{2,40}}?)(?:{drafting})的"
        rf"(?P<title>[^，,。；;《》]{{0,30}}?(?:{nouns}))[^。；;]{{0,60}}?(?:{adopting})"
    )


def find(text: str, orgs: list[Mention], doc_date: str | None) -> list[AgreementHit]:
    """The plans the text says were drawn up with a partner and adopted, between the partner
    and the passage's subject; none without both."""
    out = []
    for m in _drafted().finditer(text):
        partner = [o for o in orgs if m.start("partner") <= o.start and o.end <= m.end("partner")]
        if len(partner) != 1:
            continue
        subject = _subject(text, orgs, m.start()) or home_office(text, orgs)
        if subject is None or subject.name == partner[0].name:
            continue
        date = latest_date(text, m.end("title"), m.end(), doc_date)
        hit = AgreementHit(
            m.group("title"),
            kind_of(m.group("title")),
            m.start("title"),
            m.end("title"),
            date,
            [subject, partner[0]],
        )
        hit.dated = date is not None
        hit.clause = (m.start(), m.start())  # adopted, not signed: no signatories named
        hit.clauses = []
        out.append(hit)
    return out


def _subject(text: str, orgs: list[Mention], at: int) -> Mention | None:
    """The body the passage before `at` last named right before a joiner (甲与乙签署: 甲),
    within its paragraph."""
    start = max(text.rfind("\n", 0, at) + 1, at - EVENT_LOOKBACK)
    before = [o for o in orgs if start <= o.start and o.end <= at]
    joined = [o for o in before if patterns().party_joiner.match(text, o.end)]
    return joined[-1] if joined else None
