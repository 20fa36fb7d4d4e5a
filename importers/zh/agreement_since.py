"""The pair a signing is between when its clause names none: 双方, 两局, or a since-clause.

双方, 两单位 before the verb name the pair just joined (A与B…) or the one just reported. A
signing told as the start of a time since (自2019年5月签署合作备忘录以来，双方…), or as the
basis of what the main clause does (在2019年签署的备忘录的基础上，双方…), has no subject of
its own: the main clause's pair (双方) signed it. That pair is the one the text joins, else
the two bodies of the meeting the story reports (甲局局长某某会见了乙组织副总干事某某): a
meeting's two sides are the two bodies its sentence names; failing both, the two bodies, no
more, that its paragraph names before it (a delegation of 甲局 visits, 乙局 and 甲局 are
compared, 会谈之后，双方签署了备忘录): the paragraph's two sides.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh.agreement_parties import glosses, joined_pair
from importers.zh.agreement_topics import pair_reference
from importers.zh.orgs.mention import Mention
from store.text import lexicon
from store.text.sentences import sentence_spans

#: How far after 以来 and its comma the main clause's pair word may stand.
PAIR_REACH = 4


def pair_parties(
    text: str,
    orgs: list[Mention],
    spans: tuple[int, int, int, int],
    previous: tuple[int, int] | None,
    last: list[Mention],
) -> list[Mention]:
    """The parties a pair word gives the signing at `spans` (sentence start, clause start,
    verb, end of the document's name); `last`: those of the signing just reported."""
    s, cs, verb_at, doc_end = spans
    if pair_reference(text[cs:verb_at]):  # 双方于去年签订了…, a sentence or two after 会见
        return (
            joined_pair(text, orgs, (s, cs), previous)
            or last
            or meeting_pair(text, orgs)
            or paragraph_pair(text, orgs, s)
        )
    if since_pair(text, cs, verb_at, doc_end):
        return joined_pair(text, orgs, (s, cs), previous) or meeting_pair(text, orgs)
    if basis_pair(text, cs, verb_at, doc_end):  # the pair of the signing just reported
        return joined_pair(text, orgs, (s, cs), previous) or last or meeting_pair(text, orgs)
    return []


def since_pair(text: str, cs: int, verb_at: int, doc_end: int) -> bool:
    """Whether the signing opens a time since (自…签署X以来，) whose main clause's subject is
    a pair word (双方)."""
    opener = text[cs:verb_at].lstrip()
    m = _since_close().match(text, doc_end)
    if m is None or not opener.startswith(lexicon.words("zh_agreements.txt", "since_openers")):
        return False
    return pair_reference(text[m.end() : m.end() + PAIR_REACH])


def basis_pair(text: str, cs: int, verb_at: int, doc_end: int) -> bool:
    """Whether the signed document is the basis of the main clause's act (在…签署的X的基础上，
    甲乙双方…) and that clause's subject is the pair, maybe named by its countries' initials
    (中意双方)."""
    opener = text[cs:verb_at].lstrip()
    b = _basis_close().match(text, doc_end)
    if b is None or not opener.startswith(lexicon.words("zh_agreements.txt", "basis_openers")):
        return False
    pairs = lexicon.words("zh_agreements.txt", "pair_references")
    return any(w in text[b.end() : b.end() + PAIR_REACH + 2] for w in pairs)


def meeting_pair(text: str, orgs: list[Mention]) -> list[Mention]:
    """The two bodies of the first sentence that reports a meeting (会见, 会谈) and names two
    bodies, no more (`two_bodies`): the story's two sides; [] when no sentence does."""
    verbs = lexicon.words("zh_agreements.txt", "meeting_verbs")
    for s, e in sentence_spans(text, lang="zh"):
        if any(v in text[s:e] for v in verbs) and (pair := two_bodies(text, orgs, s, e)):
            return pair
    return []


def paragraph_pair(text: str, orgs: list[Mention], s: int) -> list[Mention]:
    """The two bodies the paragraph names before the sentence at `s`, when it names two and
    no more (`two_bodies`); else []."""
    return two_bodies(text, orgs, text.rfind("\n", 0, s) + 1, s)


def two_bodies(text: str, orgs: list[Mention], a: int, b: int) -> list[Mention]:
    """The first mention of each of the two bodies text[a:b] names, in the order the text
    first names them, when it names two by name and no more; else []. A short form in
    brackets right after a body (非洲某组织(OAPI)) is that body again, no third one."""
    inside = sorted((o for o in orgs if a <= o.start and o.end <= b), key=lambda o: o.start)
    inside = [o for o in inside if not any(glosses(text, p, o) for p in inside)]
    firsts: dict[str, Mention] = {}
    for o in inside:
        firsts.setdefault(o.name, o)
    return list(firsts.values()) if len(firsts) == 2 else []


@cache
def _since_close() -> re.Pattern[str]:
    """以来 and the comma after it, right after the document's name."""
    closers = alternation(lexicon.words("zh_agreements.txt", "since_closers"))
    return re.compile(rf"\s*(?:{closers})\s*[，,]\s*")


@cache
def _basis_close() -> re.Pattern[str]:
    """的基础上 and the comma after it, right after the document's name."""
    closers = alternation(lexicon.words("zh_agreements.txt", "basis_closers"))
    return re.compile(rf"\s*(?:{closers})\s*[，,]\s*")
