"""A ministry referred back to by its portfolio: "the Ministry of Justice ... the justice
ministry".

English news names a government body in full once ("Ministry of Trade", "Department of
Labor") and then often writes its portfolio first, in lower case, before the head noun
("said the trade ministry"). That phrase is no name of its own: it is one more mention of
the body the text named in full, when exactly one named body has that head and that
portfolio. With none or two it stays unread. So is the same phrase in capitals, "the Justice
Ministry", when the text names the "Ministry of Justice" too.

A translated text may write the full name in sentence case, "the Ministry of commerce": the
capital head and "of" before portfolio words only still name the body.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs, merge
from importers.en.words import PORTFOLIO_HEADS, PORTFOLIO_WORDS
from store.text import lexicon

#: "the <portfolio> <head>": one to four lower-case words, then a portfolio head.
_BACK = re.compile(
    rf"(?<=\bthe )((?:[a-z]+ (?:and )?){{1,3}})({'|'.join(sorted(PORTFOLIO_HEADS))})\b"
)
#: What may follow the portfolio in the body's full form: its country ("Ministry of Justice
#: of Peru", "Ministry of Law (Singapore)") or nothing.
_AFTER = re.compile(r"(?: of [A-Z].*| \(.+\))?")


#: "of" and the words of a portfolio after it, joined by commas and "and".
_PORTFOLIO = re.compile(r"[ \t]+of[ \t]+([A-Za-z]+(?:,?[ \t]+(?:(?:and|&)[ \t]+)?[A-Za-z]+)*)")


def portfolio_end(text: str, pos: int) -> int:
    """Where a portfolio after "of" at `pos` ends ("of science and technology", "of health,
    labour and welfare", "of trade and Industry"), its words all portfolio words in either
    case; `pos` when there is none."""
    m = _PORTFOLIO.match(text, pos)
    if m is None:
        return pos
    end = pos
    for w in re.finditer(r"[A-Za-z]+", m.group(1)):
        if w.group() == "and":
            continue
        if w.group().lower() not in PORTFOLIO_WORDS:
            break
        end = m.start(1) + w.end()
    return end


#: Heads that name a body before a portfolio in lower case ("Ministry of commerce").
_SENTENCE_CASE_HEADS = lexicon.wordset("en_orgs.txt", "sentence_case_portfolio_heads")
#: "<Head>" before "of" and a portfolio that opens in lower case.
_SENTENCE_CASE = re.compile(
    rf"\b(?:{'|'.join(h.capitalize() for h in sorted(_SENTENCE_CASE_HEADS))})(?= of [a-z])"
)


def find_sentence_case_ministries(text: str, orgs: Orgs) -> None:
    """'the Ministry of commerce', 'the Ministry of health, labour and welfare': a ministry
    whose portfolio opens in lower case is named all the same, to the portfolio's end
    (importers.en.words.portfolio_end), when its first portfolio word is a known one."""
    for m in _SENTENCE_CASE.finditer(text):
        end = portfolio_end(text, m.end())
        if end > m.end() and not orgs.covered(m.start(), end):
            orgs.add(text[m.start() : end], m.start(), end)


def find_portfolio_references(text: str, orgs: Orgs) -> None:
    """Each "the <portfolio> <head>" a mention of the one body named "<Head> of
    <Portfolio>"."""
    if not any(h in text for h in PORTFOLIO_HEADS):
        return
    for m in _BACK.finditer(text):
        s, e = m.start(1), m.end()
        if orgs.covered(s, e):
            continue
        entry = _named_body(orgs, m.group(2), m.group(1).strip())
        if entry is not None:
            orgs.add(text[s:e], s, e, into=entry)


def _named_body(orgs: Orgs, head: str, portfolio: str) -> OrgEntry | None:
    """The one body with a form "<Head> of <Portfolio>", else None."""
    found = [e for e in orgs.entries if any(_is_full(f, head, portfolio) for f in e.forms)]
    return found[0] if len(found) == 1 else None


def _is_full(form: str, head: str, portfolio: str) -> bool:
    """Whether the form is "<Head> of <Portfolio>", its country after it or not."""
    lead = f"{head} of {portfolio}"
    return (
        form[: len(lead)].lower() == lead
        and form[:1].isupper()
        and _AFTER.fullmatch(form, len(lead)) is not None
    )


def join_capitalised_portfolios(orgs: Orgs) -> None:
    """'the Justice Ministry' beside "the Ministry of Justice of X": a name of one word
    before a portfolio head, and nothing more, is the one body named "<Head> of <that
    word>" in the text, when the text places that body in a country. A longer field
    ("Intellectual Property Department") may be another country's office of that field."""
    for short in list(orgs.entries):
        words = short.name.split()
        if (
            short.ref is not None
            or len(short.forms) != 1
            or len(words) != 2
            or words[-1].casefold() not in PORTFOLIO_HEADS
            or not all(w[:1].isupper() for w in words)
        ):
            continue
        full = _named_body(orgs, words[-1].casefold(), " ".join(words[:-1]).casefold())
        if (
            full is not None
            and full is not short
            and full.country is not None
            and short.country in (None, full.country)
        ):
            merge(orgs, full, short)
