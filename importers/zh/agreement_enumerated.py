"""Documents counted after a signing verb and then listed after a dash (签署了两项议定书—关于
甲的要求，以及关于乙的要求): a count of documents is no agreement of its own, but when a dash
or colon after the noun opens a list of exactly as many items, each item is one document of
that noun's kind, titled by the noun and its item (or by the item, when it names a document).
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.agreement_model import ends_in_document, patterns
from store.text import lexicon
from store.text.dates import zh_number
from store.text.sentences import ends

_DASH = re.compile(r"\s*(?:[—–－]{1,2}|[:：])\s*")


def _listed(section: str) -> tuple[str, ...]:
    return lexicon.words("zh_agreements.txt", section)


def enumerated(text: str, phrase: str, at: int, end: int) -> list[tuple[str, int, int]]:
    """The documents a counted noun phrase (`phrase`, 两项议定书, ending at `at`) lists after a
    dash before `end`, each (title, start, end), else []: the list must have as many items as
    the count says."""
    count = _count(phrase)
    dash = _DASH.match(text, at, end)
    if count is None or count < 2 or dash is None:
        return []
    stop = _list_end().search(text, dash.end(), end)
    body_end = stop.start() if stop else end
    body = text[dash.end() : body_end].rstrip(ends("zh") + " ")
    noun = patterns().count.sub("", phrase, count=1).strip()
    for splitter in _splitters():  # 、 and 以及 first; 和 only where they do not divide it
        cuts = [m.span() for m in splitter.finditer(body)]
        bounds = [0, *(x for span in cuts for x in span), len(body)]
        parts = [(bounds[k], bounds[k + 1]) for k in range(0, len(bounds), 2)]
        if len(parts) != count or not all(body[a:b].strip() for a, b in parts):
            continue
        out = []
        for a, b in parts:
            item = body[a:b].strip()
            start = dash.end() + a + len(body[a:b]) - len(body[a:b].lstrip())
            title = item if ends_in_document(item) else f"{noun}—{item}"  # 议定书—关于甲
            out.append((title, start, start + len(item)))
        return out
    return []


@cache
def _splitters() -> tuple[re.Pattern[str], ...]:
    """The joiners that divide a list: the strong ones alone, then with one weak one at a
    time (和, 与: one may stand inside an item, 交流与合作, while another ends the list)."""
    strong = list(_listed("enumeration_joiners"))
    tiers = [strong, *([*strong, w] for w in _listed("enumeration_weak_joiners"))]
    return tuple(re.compile(alternation(words)) for words in tiers)


def _count(phrase: str) -> int | None:
    """The number a count of documents (两项, 3份, 四个) opening `phrase` states, else None."""
    m = patterns().count.match(phrase)
    if m is None:
        return None
    figures = re.sub(rf"\s*(?:{alternation(zh_lex.words('document_counters'))})$", "", m.group())
    if figures in _listed("two_numerals"):
        return 2
    try:
        return zh_number(figures)
    except (KeyError, ValueError):
        return None  # 数份, 百余项: no number the list could agree with


@cache
def _list_end() -> re.Pattern[str]:
    """A comma or semicolon that ends the list: one not followed by a word that joins a
    further item (，以及…)."""
    joiners = alternation(j.lstrip("，,") for j in _listed("enumeration_joiners"))
    return re.compile(rf"[，,；;](?!\s*(?:{joiners}))")
