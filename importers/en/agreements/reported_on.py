"""An agreement named as what a report is about: "approved the Report on implementing the
Work Plan for 2019-2020 and the Work Plan for 2020-2021".

The meeting approved the report, and the plan it reports on was made before; that plan is no
agreement of this sentence, and the next one ("and the Work Plan for 2020-2021") is named
for the first time. The words that open such a report are data (store/text/words/
en_agreements.txt, section report_leads).
"""

from __future__ import annotations

import re
from functools import cache

from importers.en.word_patterns import phrase_alternation
from store.text import lexicon


@cache
def _report_lead() -> re.Pattern[str]:
    leads = phrase_alternation(
        sorted(lexicon.words("en_agreements.txt", "report_leads"), key=len, reverse=True)
    )
    return re.compile(rf"\b(?:{leads})\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)


def reported_on(text: str, start: int) -> bool:
    """Whether the agreement's title at `start` is what a report before it is about."""
    return _report_lead().search(text, max(0, start - 80), start) is not None
