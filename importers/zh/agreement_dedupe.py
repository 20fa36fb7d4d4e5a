"""One hit per agreement: a headline and its body, a heading and its item, a document named
twice in one text report one agreement.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.agreement_model import AgreementHit, patterns
from importers.zh.agreement_series import with_series_parties
from importers.zh.orgs.mention import Mention
from store.text import in_order


def dedupe(hits: list[AgreementHit], org_key: Callable[[Mention], str]) -> list[AgreementHit]:
    """One hit per agreement: a heading and its item's body (一、A与B签署合作协议 …
    A与B签署《…合作协议》), a document named again (签署了联合声明 after 通过了《…联合声明》);
    then an earlier document of a series named with no parties takes the new one's."""
    out: list[AgreementHit] = []
    for h in hits:
        same = next((g for g in out if _same(g, h, org_key)), None)
        if same is None:
            out.append(h)
            continue
        keep, drop = (same, h) if _fuller(same, h) else (h, same)
        if drop.heading == keep.heading or not drop.heading:
            keep.parties += [
                m
                for m in drop.parties
                if all(m is not k for k in keep.parties) and not _fused(m, keep.parties)
            ]
        if keep.heading and not drop.heading:
            keep.parties, keep.heading = list(drop.parties), False  # the body names them
        keep.clauses += drop.clauses
        if not keep.dated and drop.dated:
            keep.date, keep.dated = drop.date, True
        if keep is h:
            out[out.index(same)] = h
    return with_series_parties(out)


def _same(a: AgreementHit, b: AgreementHit, org_key: Callable[[Mention], str]) -> bool:
    """Two hits that report one agreement: one kind, parties of one among the other's, and
    one title ending the other or both in one enumerated item."""
    if a.kind != b.kind or _dated_apart(a, b):
        return False
    pa, pb = {org_key(m) for m in a.parties}, {org_key(m) for m in b.parties}
    if a.heading != b.heading and (
        _headline_of(a, b, pa, pb) or (a.item >= 0 and a.item == b.item and pa & pb)
    ):
        return True  # an item's heading names in short (海外维权合作协议) what its body titles
    if not (pa <= pb or pb <= pa):
        return False
    ta, tb = re.sub(r"\s", "", a.title), re.sub(r"\s", "", b.title)
    if ta == tb:
        return True
    if a.item >= 0 and a.item == b.item:
        return True
    if pa and pa == pb and (_ACRONYM.fullmatch(ta) or _ACRONYM.fullmatch(tb)) and _near(a, b):
        return (
            True  # 签署PPH over 签署「专利审查高速公路」（PPH）: its kind's acronym, one document
        )
    ta, tb = _plain(ta), _plain(tb)  # 合作谅解备忘录 ends 《…合作的谅解备忘录》
    return (ta.endswith(tb) or tb.endswith(ta)) and _near(a, b)


def _plain(title: str) -> str:
    """A title without its particles (的): a short mention of a document leaves them out."""
    return "".join(c for c in title if c not in zh_lex.chars("particles"))


def _near(a: AgreementHit, b: AgreementHit) -> bool:
    """Whether two hits are reported close together: a headline's hit counts where its body
    reported it too (the clauses merged into it)."""
    at = [a.start, *(c[0] for c in a.clauses)]
    bt = [b.start, *(c[0] for c in b.clauses)]
    return min(abs(x - y) for x in at for y in bt) < NEAR


NEAR = 300  # characters between two reports of one agreement named by a title and its noun
_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _headline_of(a: AgreementHit, b: AgreementHit, pa: set[str], pb: set[str]) -> bool:
    """A headline's agreement and the body's (最高法与X签署合作备忘录 over 《最高人民法院与X
    关于加强合作的备忘录》): the short title's characters appear in order in the long one, and
    the parties share one (the headline may name a party in a form the body does not)."""
    ta, tb = re.sub(r"\s", "", a.title), re.sub(r"\s", "", b.title)
    short, long = sorted((ta, tb), key=len)
    fused = any(_fused(m, b.parties) for m in a.parties) or any(
        _fused(m, a.parties) for m in b.parties
    )
    return (bool(pa & pb) or not pa or not pb or fused) and in_order(short, long)


def _fused(m: Mention, parties: list[Mention]) -> bool:
    """A party named as two bodies joined (某省贸促会与日本发明协会, read as one name) whose
    joined names hold a party of the other hit: the pair that hit names one by one."""
    return bool(patterns().party_joiner.search(m.name)) and any(
        o is not m and len(o.name) >= 2 and o.name in m.name and o.name != m.name for o in parties
    )


def _fuller(a: AgreementHit, b: AgreementHit) -> bool:
    """Whether a's title is the fuller (a 《title》 rather than a bare noun)."""
    return len(a.title) >= len(b.title)


def _dated_apart(a: AgreementHit, b: AgreementHit) -> bool:
    """Two hits whose sentences state different dates (the arrangement signed today and the
    one of 2019 it replaces) report two signings."""
    if not (a.dated and b.dated and a.date and b.date):
        return False
    return not (a.date.startswith(b.date) or b.date.startswith(a.date))


@cache
def _short() -> re.Pattern[str]:
    """《full》（简称《short》）: a title, then its short form in brackets."""
    markers = alternation(zh_lex.words("short_name_markers"))
    return re.compile(rf"《([^》]{{2,80}})》\s*[(（]\s*(?:{markers})?\s*[“\"]?《([^》]{{2,40}})》")


def short_titles(text: str) -> dict[str, str]:
    """《关于…的合作安排》（《合作安排》）: the short title a text gives a document in brackets
    after its full one, mapped to the full one (a later 《合作安排》 is that document)."""
    return {m.group(2): m.group(1) for m in _short().finditer(text) if m.group(1) != m.group(2)}
