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
from importers.en.orgs.tokens import Tok
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


#: One-word legal forms of three letters or more ("Inc.", "Ltd", "GmbH"): the ones a company
#: writes after a comma. Two letters ("AG", "SA") are also a region's or a state's code.
_COMMA_FORMS = frozenset(
    w
    for w in lexicon.words("en_orgs.txt", "legal_form_suffixes")
    if " " not in w and len(w.rstrip(".")) >= 3
)


def comma_legal_form(text: str, toks: list[Tok], j: int) -> int:
    """'Acme Global, Inc.': a comma at `j`, one space, then a one-word legal form in
    capitals (one token with its stop, tokens.py) go on with the company's name instead of
    ending it. Returns how many tokens they are, 0 when none."""
    if toks[j].text != "," or j + 1 >= len(toks):
        return 0
    form = toks[j + 1]
    if form.cap and form.low in _COMMA_FORMS and text[toks[j].end : form.start] == " ":
        return 2
    return 0


#: One-word legal forms, without their stop ("Ltd", "GmbH", "Berhad").
_ONE_WORD_FORMS = frozenset(
    w.rstrip(".") for w in lexicon.words("en_orgs.txt", "legal_form_suffixes") if " " not in w
)


def ends_company(tok: Tok) -> bool:
    """A company's legal form is the last word of its name: "of X" after it ("Acme Pte Ltd
    of Singapore", "Brightwater GmbH of Basel") says where the company sits, not which."""
    return tok.low.rstrip(".") in _ONE_WORD_FORMS
