"""A company named with and without its legal form: "Acme Berhad" and "Acme" in one text.

The legal form ("Berhad", "GmbH", "Co., Ltd.") says how a company is registered, not which
company it is; a press release names the company in full once and by its bare name in the
headline or later, so the bare name is the same body. The forms are data
(store/text/words/en_orgs.txt, [legal_form_suffixes]).
"""

from __future__ import annotations

import re
from functools import cache

from importers.en.orgs.model import Orgs, merge
from importers.en.word_patterns import phrase_alternation
from store.text import fold, lexicon


@cache
def _legal_form() -> re.Pattern[str]:
    forms = phrase_alternation(lexicon.words("en_orgs.txt", "legal_form_suffixes"))
    return re.compile(rf"(?i),?\s+(?:{forms})$")


def without_legal_form(name: str) -> str | None:
    """The name before its legal form, or None when it ends in none (or is nothing else)."""
    m = _legal_form().search(name)
    if m is None or not name[: m.start()].strip():
        return None
    return name[: m.start()].strip()


def join_legal_forms(orgs: Orgs) -> None:
    """Merge each body named by a company's name without its legal form into the company."""
    for full in list(orgs.entries):
        if full not in orgs.entries:
            continue
        for form in list(full.forms):
            bare = without_legal_form(form)
            short = orgs.by_name.get(fold(bare)) if bare else None
            if short is not None and short is not full and short in orgs.entries:
                merge(orgs, full, short)
