"""Committees an association keeps for a field (某工业总会 + 知识产权委员会 + 高级顾问).

A federation or society names its internal committees by their field, and a member's post
on one is written as the association, the committee and the title in one run. The committee
is no organisation of its own there: the post is held at the association, the committee
kept in the title (知识产权委员会高级顾问), as a board is (`index._board`). A committee that
is a body in its own right (a legislature's 经济委员会, a ministry's agency) does not follow
an association's name, so it is left as it is.

A court names its adjudication committee so too (某法院 + 审判委员会 + 专职委员): a member's post
is held at the court, the committee kept in the title, and the mention is of the court. And so
does any body its Party committee (某局 + 党委 + 书记, 某大学 + 党委 + 副书记): the secretary's
post is held at the body, the committee kept in the title. A place's committee (自治区党委,
某省委) follows no body's name and stays a body.
"""

from __future__ import annotations

from importers.zh import lex as zh_lex
from importers.zh.orgs.mention import Mention
from importers.zh.orgs.shape import place_only, suffix_ok
from store.text import is_han


def in_title(text: str, m: Mention, found: list[Mention]) -> bool:
    """Whether `m` is an association's field committee written before a title (see the
    module): the text names the association on its own too, and `m` opens with that name."""
    if m.source != "pattern" or not zh_lex.title_regex().match(text, m.end):
        return False
    organ = next((o for o in zh_lex.words("association_committees") if m.name.endswith(o)), None)
    if organ is None:
        return False
    head = m.name[: -len(organ)]
    for k in found:
        field = head[len(k.name) :]
        if k is m or not head.startswith(k.name) or not 2 <= len(field) <= 8:
            continue
        if all(is_han(c) for c in field) and _association(k.name):
            return True
    return False


def court_of_committee(text: str, m: Mention) -> Mention:
    """The court's own mention for a court's committee written before a title (see the
    module), else `m` as it is."""
    if m.source != "pattern" or m.end - m.start != len(m.name):
        return m
    if not zh_lex.title_regex().match(text, m.end):
        return m
    for committee, owner in zh_lex.pairs("court_committees").items():
        head = m.name[: -len(committee)]
        if m.name.endswith(committee) and len(head) > len(owner) and head.endswith(owner):
            return Mention(m.start, m.start + len(head), head)
    organ = next((o for o in zh_lex.words("body_party_organs") if m.name.endswith(o)), None)
    head = m.name[: -len(organ)] if organ else ""
    if len(head) >= 3 and suffix_ok(head) and not place_only(head):
        return Mention(m.start, m.start + len(head), head)  # 某局 + 党委 + 书记
    return m


def _association(name: str) -> bool:
    """A name whose end makes it an association (总会, 协会, 商会: `org_kinds`)."""
    kinds = zh_lex.pairs("org_kinds")
    end = next((s for s in kinds if name.endswith(s)), None)
    return end is not None and kinds[end] == "association"
