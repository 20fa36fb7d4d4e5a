"""Who signs an agreement when the text names them by a group or a title only.

* A group signs through its members: 中美欧日韩五局局长签署… is signed by the five offices the
  text names (`orgs.collective`), never by a new organisation.
* Signatories named by title only (双方局长, 五局局长, 该局局长) are the heads of the parties
  that the same text names (申长雨 as 局长 of one of them); deputies are not heads.
* A generic mention (签署有关会谈纪要, 签订合作协议) is titled from its parties and kind
  (A、B与C会谈纪要); it needs two parties the text names, and is no agreement of its own
  when the text reports a named one between the same parties.
"""

from __future__ import annotations

import re
from functools import cache

from importers.facts import AgreementFact, DocumentFacts
from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.orgs.collective import Group
from importers.zh.text import View
from store.text import lexicon, to_simplified, to_traditional


def group_parties(
    spans: list[tuple[int, int]], groups: list[Group], org_keys: dict[int, str]
) -> tuple[list[str], set[str]]:
    """(members, group keys) of the groups named inside `spans` (the clauses of a signing
    and its title): the members sign in the group's stead."""
    members: list[str] = []
    own: set[str] = set()
    for g in groups:
        if not g.members or not any(a <= g.start and g.end <= b for a, b in spans):
            continue
        members += [org_keys[id(m)] for m in g.members if id(m) in org_keys]
        if g.mention is not None and id(g.mention) in org_keys:
            own.add(org_keys[id(g.mention)])
    return list(dict.fromkeys(members)), own


@cache
def _title_only() -> re.Pattern[str]:
    """双方局长, 两局局长, 该局局长: a group word or a group's name, then a title."""
    words = alternation(zh_lex.words("title_only_openers"))
    return re.compile(rf"(?:{words})({alternation(zh_lex.titles())})")


def titled_heads(
    v: View,
    clauses: list[tuple[int, int]],
    groups: list[Group],
    facts: DocumentFacts,
    parties: list[str],
) -> list[str]:
    """The people a title-only reference in the clauses names: the heads of the parties
    (双方局长, 五局局长) that the text names with a head's title."""
    found = False
    for a, b in clauses:
        found = found or _title_only().search(v.text, a, b) is not None
        found = found or any(
            a <= g.start and g.end <= b and zh_lex.title_regex().match(v.text, g.end)
            for g in groups
        )
    if not found:
        return []
    heads = zh_lex.wordset("head_titles")
    return list(
        dict.fromkeys(
            r.person for r in facts.roles if r.org in parties and to_simplified(r.title) in heads
        )
    )


@cache
def _side_count() -> re.Pattern[str]:
    """三方, 四方: a count of sides (the numerals of [country_counts], then a side noun)."""
    counts = alternation(zh_lex.pairs("country_counts"))
    return re.compile(rf"({counts})(?:{alternation(zh_lex.people_lexicon('side_nouns'))})")


def counted_sides(
    text: str, clauses: list[tuple[int, int]], groups: list[Group], org_keys: dict[int, str]
) -> list[str]:
    """三方还共同签署…纪要: a count of three sides or more that names no body signs for the
    members of the group of that count the text named last before it (中日韩三国知识产权局):
    the sides are those bodies. 双方 is a pair reference (`agreement_parties`)."""
    for a, b in clauses:
        m = _side_count().search(text, a, b)
        n = int(zh_lex.pairs("country_counts")[m.group(1)]) if m else 0
        if m is None or n < 3:
            continue
        named = [g for g in groups if g.end <= m.start() and g.count == n == len(g.members)]
        if named:
            return [org_keys[id(x)] for x in named[-1].members if id(x) in org_keys]
    return []


def meeting_group(
    text: str, clauses: list[tuple[int, int]], groups: list[Group], org_keys: dict[int, str]
) -> list[str]:
    """会议通过了联合声明: a meeting that adopts a statement, in a text whose meeting is the
    meeting of one group (中美欧日韩五局局长会议, then 五局), adopts it through that group's
    members the text names; with no group, or groups of different members, none."""
    words = lexicon.words("zh_agreements.txt", "meeting_subjects")
    if not any(text[a:b].strip() in words for a, b in clauses):
        return []
    sets = {tuple(id(m) for m in g.members) for g in groups if len(g.members) >= 2}
    if len(sets) != 1:
        return []
    members = next(g.members for g in groups if len(g.members) >= 2)
    return [org_keys[id(m)] for m in members if id(m) in org_keys]


def signed_next(v: View, end: int, facts: DocumentFacts) -> tuple[list[str], list[str]]:
    """(parties, signatories) of a signing whose own clause names only places (台湾与捷克今天
    签署「…备忘录」), from the sentence right after it when that one says who signed or
    witnessed (甲代表与乙代表代表双方签署，丙与丁在场见证): the organisations of the people
    it names with a role, signatories first."""
    stop = v.text.find("。", end)
    if stop < 0:
        return [], []
    nxt = v.text.find("。", stop + 1)
    a, b = stop + 1, nxt if nxt >= 0 else len(v.text)
    said = v.text[a:b]
    if "《" in said or not any(_affirmed(said, w) for w in zh_lex.words("sign_verbs")):
        return [], []
    named = sorted((sp.start, p.key) for p in facts.people for sp in p.spans if a <= sp.start < b)
    people = list(dict.fromkeys(k for _s, k in named))
    orgs = [r.org for k in people for r in facts.roles if r.person == k and r.org]
    witness = min((said.find(w) for w in zh_lex.words("witness_verbs") if w in said), default=-1)
    cut = a + witness if witness >= 0 else b
    signers = list(dict.fromkeys(k for s, k in named if s < cut))
    return list(dict.fromkeys(orgs)), signers


def _affirmed(said: str, verb: str) -> bool:
    """Whether `said` reports a signing with `verb` in a clause that does not deny it (尚未
    进入签署程序 says that nothing was signed: who speaks there signed nothing)."""
    for m in re.finditer(re.escape(verb), said):
        clause = said[max(said.rfind(c, 0, m.start()) for c in "，,；;：:") + 1 : m.start()]
        if not any(w in clause for w in lexicon.words("zh_agreements.txt", "negations")):
            return True
    return False


def generic_title(core: str, parties: list[str], facts: DocumentFacts) -> str:
    """有关会谈纪要 between A, B and C -> A、B与C会谈纪要 (與 between Traditional names)."""
    names = {o.key: o.name for o in facts.orgs}
    shown = [names[k] for k in parties if k in names]
    if len(shown) < 2:
        return "".join(shown) + core
    traditional = any(to_simplified(n) != n for n in shown)  # 與 beside names written so
    joiner = to_traditional("与") if traditional else "与"
    return "、".join(shown[:-1]) + joiner + shown[-1] + core


def drop_covered(generic: list[AgreementFact], facts: DocumentFacts) -> list[AgreementFact]:
    """Generic mentions that report an agreement of their own: between two parties at least,
    not covered by a named agreement of the text between the same parties (or among them),
    nor by an earlier generic one of the same kind and parties (one agreement, not one per
    mention). A named agreement signed at another time (a protocol of 2018 recalled beside
    the agreement signed today) covers nothing."""
    kept: list[AgreementFact] = []
    for g in generic:
        mine = set(g.parties)
        if len(mine) < 2:
            continue  # a document with no name and one known party says too little
        named = [
            a
            for a in facts.agreements
            if (set(a.parties) <= mine or mine <= set(a.parties)) and _same_time(a.date, g.date)
        ]
        again = [k for k in kept if k.kind == g.kind and set(k.parties) == mine]
        if not named and not again:
            kept.append(g)
    return kept


def _same_time(a: str | None, b: str | None) -> bool:
    """Whether two dates may name one day: either unknown, or one a prefix of the other."""
    return not a or not b or a.startswith(b) or b.startswith(a)
