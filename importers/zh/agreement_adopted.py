"""A joint statement that the delegations of a meeting adopt together (各方通过了本联合声明).

A ministerial meeting's communiqué is itself the agreement: its own text says that all sides
(各方) adopted it, and names no parties beside that word. The parties are the bodies whose
heads chaired the meeting or led its delegations (会议由甲局局长乙主持; 丙部副部长丁率团出席);
guests who only sent greetings or sat in (发来视频致辞, 与会) are none. The title is the line
heading the text that names the statement, and the date is the meeting's: the last full date
stated up to the sentence that lists the delegations.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh import agreement_drafted as drafted
from importers.zh.agreement_dates import latest_date
from importers.zh.agreement_model import AgreementHit
from importers.zh.orgs.mention import Mention
from store.text import lexicon
from store.text.sentences import sentence_spans

HEADER_LINES = 6  # how many lines open a statement before its body (title, place and date)
TITLE_MAX = 60  # the longest line read as the statement's own title


def _listed(section: str) -> tuple[str, ...]:
    return lexicon.words("zh_agreements.txt", section)


@cache
def _statement_kinds() -> dict[str, str]:
    """The nouns of a statement adopted together, with their kind (联合公报: joint_statement)."""
    return dict(w.split(":", 1) for w in _listed("adopted_statements"))


@cache
def _adoption() -> re.Pattern[str]:
    """各方通过了本联合声明: all sides, an adoption verb, the statement pointing at itself."""
    sides = alternation(_listed("all_sides"))
    verbs = alternation(_listed("adoption_verbs"))
    selves = alternation(_listed("self_references"))
    nouns = alternation(list(_statement_kinds()))
    return re.compile(rf"(?:{sides})[^，,。；;]{{0,6}}?(?:{verbs})了?\s*(?:{selves})({nouns})")


def find(text: str, orgs: list[Mention], doc_date: str | None) -> list[AgreementHit]:
    """What the text says was adopted: the statement all sides adopted, and the plans drawn
    up with a partner that a meeting adopted (与甲共同制定的计划，经…审议通过)."""
    return _statement(text, orgs, doc_date) + drafted.find(text, orgs, doc_date)


def _statement(text: str, orgs: list[Mention], doc_date: str | None) -> list[AgreementHit]:
    """The statement a text says all sides adopted, between the bodies that led the meeting's
    delegations; none when fewer than two bodies are named so."""
    m = _adoption().search(text)
    if m is None:
        return []
    led = _delegations(text, orgs, m.start())
    parties = list({o.name: o for o in (o for _s, _e, found in led for o in found)}.values())
    if len(parties) < 2:
        return []
    noun = m.group(1)
    title, start, end = _own_title(text, noun) or (noun, m.start(1), m.end(1))
    date = latest_date(text, 0, max(e for _s, e, _f in led), doc_date)
    hit = AgreementHit(title, _statement_kinds()[noun], start, end, date, parties)
    hit.dated = date is not None
    hit.clause = (start, start)  # adopted, not signed: the heads named are no signatories
    hit.clauses = []
    return [hit]


def _delegations(text: str, orgs: list[Mention], upto: int) -> list[tuple[int, int, list[Mention]]]:
    """The sentences before `upto` that say who chaired the meeting or led a delegation, with
    the organisations each names."""
    verbs = _listed("delegation_verbs")
    out = []
    for s, e in sentence_spans(text[:upto], lang="zh"):
        if any(v in text[s:e] for v in verbs):
            out.append((s, e, [o for o in orgs if s <= o.start and o.end <= e]))
    return out


def _own_title(text: str, noun: str) -> tuple[str, int, int] | None:
    """The line heading the text that ends with the statement's noun (第二次…会议联合公报)."""
    pos = 0
    for line in text.split("\n")[:HEADER_LINES]:
        body = line.strip()
        if body.endswith(noun) and len(body) <= TITLE_MAX:
            start = pos + line.index(body)
            return body, start, start + len(body)
        pos += len(line) + 1
    return None
