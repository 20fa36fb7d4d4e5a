"""与X签署《Y》 with no signer named and no date: an achievement summed up, no signing reported.

A survey or an op-ed lists what a country has done (…，与欧盟签署《某协定》，与某组织签署行动计划，
…): each clause opens with the joiner and names only the counterpart, the sentence names no
body before it, the text speaks for no office (no 我局), and no date is given. Such a
clause recalls a record; the signing it means is reported elsewhere, with its signers and
its day. A clause that names the counterpart so in a dated report (2023年与乙签署…) is kept,
and so is one in the release of an office (我局 or the text's own office signs it) and one
that opens a line of its own (▶ 与乙续签备忘录: an item of the publisher's list).
"""

from __future__ import annotations

from importers.zh.agreement_model import joined_before
from importers.zh.orgs.mention import Mention


def subjectless_record(
    text: str, orgs: list[Mention], clause: tuple[int, int], parties: list[Mention]
) -> bool:
    """Whether the one party is the counterpart after a joiner, joined to the signing verb
    (与X签署, not the document 与X的备忘录 fronted before it), with no body named before it in
    its sentence (`clause`: the sentence's start, the verb; the caller checks that no date
    and no home office sign it)."""
    if len(parties) != 1:
        return False
    sentence_start, verb_at = clause
    party = parties[0]
    if not sentence_start <= party.start < verb_at:
        return False  # 双方审议通过: the pair named before, not a counterpart of this clause
    if not joined_before(text, party) or "的" in text[party.end : verb_at]:
        return False
    line = text.rfind("\n", 0, sentence_start) + 1
    if not text[line:sentence_start].strip(_BULLETS):
        return False  # a line of its own (▶ 与乙续签备忘录): an item of the publisher's list
    return not any(
        sentence_start <= o.start and o.end <= party.start - 1 and not joined_before(text, o)
        for o in orgs
    )  # 与甲签署…，与乙签署…: 甲 is a counterpart too, no subject


#: What may open a list item's line before its text.
_BULLETS = " \t\u3000▶►•·●○■□◆◇*-–—"
