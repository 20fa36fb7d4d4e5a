"""A count of agreements that the sentence spells out as a list of as many bodies.

"signed three memorandums with A, B and C" counts three signings and names their three
counterparts: one agreement with each, not an aggregate ("52 agreements with partners"); so
does "with the:" over as many lines of one body each (colon_lists.py).
"A, B and C entered into a series of bilateral agreements" collects, uncounted, what the
bodies named before it signed among themselves: one entry between them all (the text says not
which pairs), not an aggregate of partners it leaves unnamed.
"""

from __future__ import annotations

import re

from importers.en.agreements.colon_lists import colon_listed
from importers.en.agreements.model import Ctx
from importers.en.orgs.model import OrgEntry
from store.text import lexicon
from store.text.dates import MONTH_RE, WEEKDAY_RE

#: "three" -> 3: a count a list of as many bodies may spell out
COUNT_VALUES = {
    k: int(v)
    for k, v in (line.split(" ", 1) for line in lexicon.words("en_agreements.txt", "count_values"))
}

#: the count before the agreement noun, with up to two adjectives between ("three separate")
_COUNT_BEFORE = re.compile(
    r"(?:(?<![\w.,:/-])(\d{1,2})|\b("
    + "|".join(sorted(COUNT_VALUES, key=len, reverse=True))
    + r"))((?:\s+[a-z][a-z-]*){0,2})\s+$",
    re.IGNORECASE,
)
#: "with", after the short name the text gives the noun, if any ("two MoCs (MOCs) with"),
#: and a comma ("two MoUs, with A and with B")
_WITH = re.compile(r"(?:\s*\([A-Z][A-Za-z-]*\))?,?\s+with\s+(?:the\s+)?")
#: "a series of bilateral": an uncounted collection, up to two adjectives after it
_COLLECTION_BEFORE = re.compile(
    r"\ba\s+(?:"
    + "|".join(lexicon.words("en_agreements.txt", "collection_words"))
    + r")\s+of((?:\s+[a-z][a-z-]*){0,2})\s+$",
    re.IGNORECASE,
)
#: what lies between two listed bodies: a comma, "and", or both, "with" again, and an article
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:with\s+)?(?:the\s+)?")
_NOT_ADJECTIVE = re.compile(r"\b(?:of|with|by|in|on|to|the|a|an|signed|were|was)\b")


def one_each(ctx: Ctx, ss: int, start: int, end: int, se: int) -> bool:
    """Whether the count before the noun at start..end equals the number of bodies listed
    right after its "with", so each of them signed one."""
    text = ctx.text
    m = _COUNT_BEFORE.search(text, max(ss, start - 40), start)
    if m is None or _NOT_ADJECTIVE.search(m.group(3) or ""):
        return False
    count = int(m.group(1)) if m.group(1) else COUNT_VALUES[m.group(2).casefold()]
    w = _WITH.match(text, end, se)
    if w is None:
        return False
    on_lines = colon_listed(ctx, w.end(), se)
    if on_lines is not None:  # "with the:" over one body a line
        return len(on_lines) == count
    listed: list[OrgEntry] = []
    pos = w.end()
    for s, e, entry in ctx.orgs.between(w.end(), se):
        if s < pos:
            continue  # a name inside one already listed
        gap = text[pos:s]
        if listed and not _LIST_GAP.fullmatch(gap) or not listed and gap:
            break
        if entry not in listed:
            listed.append(entry)
        pos = e
        acronym = re.match(r"\s*\([A-Z][\w-]*\)", text[pos:se])
        pos += acronym.end() if acronym else 0
    return len(listed) == count > 1


_ABOUT = r"(?:establishing|covering|concerning|on|for)"
#: "one on X", "another on Y", "the other for Z": each item of a list that counts the topics
_ITEM = rf"(?:one|another|the\s+other|a\s+(?:second|third))\s+{_ABOUT}\s+"
#: what a counted plural was signed for, after it: ", establishing X and Y", "on X and Y",
#: or item by item after a dash or a colon (a day or a place there is no topic: _NOT_TOPIC):
#: " - one on X and another on Y", "on 4 May: one on X and the other on Y"
_TOPICS_AFTER = re.compile(
    rf"(?:(?:\s+(?:on|in)\s+[^.;:,–—-]{{1,30}}?)?\s*[-–—:,]\s*(?={_ITEM})|,?\s+{_ABOUT}\s+)"
    r"([^.;:]+?)\s*(?=[.;:]|$)"
)
#: a topic that is when or where the signing was: "on 3 May", "in Geneva", "at the forum"
_NOT_TOPIC = re.compile(
    rf"(?:on|in|at|during)\s|\d|(?:{MONTH_RE}|{WEEKDAY_RE})\b|the\s+(?:sidelines|margins?)\b"
)
#: between two topics of that list: a comma, "and", or both, and the item's words
_TOPIC_GAP = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:{_ITEM})?")


def counted_topics(text: str, ss: int, start: int, end: int, se: int) -> tuple[list[str], int]:
    """The topics, one per agreement, of a counted plural that the sentence spells out as
    as many topics: "signed two memoranda, establishing technical cooperation and a PPH
    pilot" are two agreements, one on each, as are "two MoUs - one on X and another on Y".
    Empty when there is no count, or the topics
    listed are not as many as it says (a count is an aggregate then); and where the topics
    end (an instrument named among them is one of these, not another)."""
    m = _COUNT_BEFORE.search(text, max(ss, start - 40), start)
    t = _TOPICS_AFTER.match(text, end, se)
    if m is None or t is None or _NOT_ADJECTIVE.search(m.group(3) or ""):
        return [], end
    count = int(m.group(1)) if m.group(1) else COUNT_VALUES[m.group(2).casefold()]
    listed = re.sub(rf"^{_ITEM}", "", t.group(1))  # "one on X and another on Y"
    gaps = _TOPIC_GAP.findall(listed)
    topics = [p.strip() for p in _TOPIC_GAP.split(listed) if p.strip()]
    if not gaps or "and" not in gaps[-1] or any(_NOT_TOPIC.match(p) for p in topics):
        return [], end  # "on 11 November, on the sidelines of X": when and where, no list
    return (topics, t.end()) if len(topics) == count > 1 else ([], end)


def among_subjects(ctx: Ctx, ss: int, start: int, end: int, se: int) -> bool:
    """Whether the noun at start..end is an uncounted collection ("a series of bilateral
    agreements") signed among two or more bodies the sentence names before it, with no
    counterpart after it ("with ..."): one agreement between those bodies."""
    text = ctx.text
    m = _COLLECTION_BEFORE.search(text, max(ss, start - 40), start)
    if m is None or _NOT_ADJECTIVE.search(m.group(1) or "") or _WITH.match(text, end, se):
        return False
    return len({id(entry) for _s, _e, entry in ctx.orgs.between(ss, m.start())}) > 1
