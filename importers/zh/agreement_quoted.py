"""Documents a signing verb names in quotation brackets (「…」, 『…』, “…”), several in a list.

A Taiwan or Hong Kong text marks a document's title with 「」 where a mainland one writes 《》:
簽署，包括「甲備忘錄」、「乙協議」及「丙計劃」三項文件. Each quoted title that ends in a
document noun is one document the verb signs. A quote is read as a title only in a list of
two or more, or after a word that opens one (包括): a single quote right after the verb is
read as the noun phrase it is (`agreement_documents.documents_after`), and quoted words elsewhere
(a speaker's words, an event's name) are no titles.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.agreement_model import ends_in_document, patterns
from store.text import lexicon

_OPEN, _CLOSE = "「『“", "」』”"
_QUOTE = rf"[{_OPEN}]([^{_OPEN}{_CLOSE}\n]{{2,80}})[{_CLOSE}]"
_QUOTED = re.compile(_QUOTE)


@cache
def _lead() -> re.Pattern[str]:
    """The words between the verb and the first quote: a particle, then a comma or colon and
    a word that opens a list (签署了，包括「…」), or nothing."""
    particle = alternation(zh_lex.words("particles"))
    leads = alternation(lexicon.words("zh_agreements.txt", "quoted_list_leads"))
    return re.compile(rf"(?:{particle})?\s*(?:(?P<lead>[，,:：]?\s*(?:{leads})\s*[:：]?)\s*)?")


#: A bracketed gloss after a quoted title (「專利審查高速公路」（PPH）): its other name.
_GLOSS = r"(?:\s*[（(][^（）()\n]{1,30}[）)])?"


@cache
def _joined() -> re.Pattern[str]:
    """A further quoted title of the same list (、「…」, 及「…」), after the gloss of the one
    before."""
    joiners = alternation(zh_lex.words("title_joiners"))
    return re.compile(rf"{_GLOSS}\s*(?:{joiners})\s*{_QUOTE}")


def _kind_closes(text: str, pos: int, end: int) -> bool:
    """「甲」及「乙」等2項備忘錄: after the list (and a gloss) a count and a document noun
    (等 before them, or neither) say what each quoted name is, though none ends in a noun."""
    rx = patterns()
    rest = re.match(rf"{_GLOSS}\s*等?\s*", text[pos:end])
    at = pos + (rest.end() if rest else 0)
    count = rx.count.match(text, at, end)
    return rx.noun.match(text, count.end() if count else at, end) is not None


def quoted_titles(text: str, pos: int, end: int) -> list[tuple[str, int, int]]:
    """The quoted titles a signing verb ending at `pos` names before `end` (the sentence's
    end), each (title, start, end), else []: two or more joined in a list, or any after a
    word that opens a list; each must end in a document noun."""
    lead = _lead().match(text, pos, end)
    first = _QUOTED.match(text, lead.end(), end) if lead else None
    if lead is None or first is None:
        return []
    found = [first]
    while (more := _joined().match(text, found[-1].end(), end)) is not None:
        found.append(more)
    titles = [(m.group(1), m.start(1), m.end(1)) for m in found]
    closed = len(titles) > 1 and _kind_closes(text, found[-1].end(), end)
    if not closed and not all(ends_in_document(t) for t, _s, _e in titles):
        return []
    return titles if len(titles) > 1 or lead.group("lead") else []
