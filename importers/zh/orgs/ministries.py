"""The ministry a foreign sub-body is named with: 乌兹别克斯坦共和国司法部 of
乌兹别克斯坦共和国司法部知识产权局.

A state's agency is often named as [state][ministry][agency]. The text then names two bodies:
the agency, and the ministry it belongs to (whose deputy minister may lead the delegation in
the next sentence). The ministry is an organisation of the document even where the text never
names it alone; the resolver stores the agency under it (`resolve/parents.py`).
"""

from __future__ import annotations

from importers.gazetteer import Reference, RefOrg
from importers.zh import lex as zh_lex
from importers.zh.orgs.shape import org_suffix
from store.text import is_han, to_simplified

MINISTRY = "部"
MIN_OWN = 2  # the agency's own name is longer than this (局, 中心 alone name no agency)


def ministry_of(name: str) -> str | None:
    """The ministry part of a foreign sub-body's name (a country's name opens it, 部 ends
    the part, a name with an organisation suffix of its own follows), or None."""
    country = next((c for c in zh_lex.countries_longest() if name.startswith(c)), None)
    if country is None:
        return None
    k = name.find(MINISTRY, len(country) + 1)
    while k >= 0:
        own = name[k + 1 :]
        if org_suffix(own) and len(own) > MIN_OWN:
            return name[: k + 1]
        k = name.find(MINISTRY, k + 1)
    return None


def government_ministry(name: str) -> bool:
    """新加坡政府律政部: a ministry named right after its government's name (政府, 内阁) is a
    body of its own, also before its head's title: a government's ministries are no units."""
    for head in zh_lex.people_lexicon("government_heads"):
        k = name.find(head)
        own = name[k + len(head) :] if k > 0 else ""
        if 2 <= len(own) <= 8 and own.endswith(MINISTRY) and all(is_han(c) for c in own):
            return True
    return False


def foreign_department(name: str) -> bool:
    """老挝工业和贸易部知识产权司: a department (司) of another country's ministry, named with
    its ministry, is a body of its own (a state's IP office is often such a department);
    China's own departments (国际合作司) stay units of their body."""
    ministry = _foreign_ministry(name)
    own = name[len(ministry) :] if ministry else ""
    return len(own) > MIN_OWN and own.endswith(zh_lex.words("ministry_departments"))


def ministry_department(name: str) -> bool:
    """商务部欧亚司: a department (司, 厅) named with its ministry (a name through 部, at
    least two characters before it). Where no title follows, the text names the department
    as a body of its own; before its head's title it stays in the title (see `grown.grow`)."""
    k = name.find(MINISTRY, 2)
    own = name[k + 1 :] if k >= 0 else ""
    return (
        len(own) > MIN_OWN
        and MINISTRY not in own
        and own.endswith(zh_lex.words("ministry_departments"))
    )


def _foreign_ministry(name: str) -> str | None:
    """The ministry part (老挝工业和贸易部) of a name opened by a country other than China."""
    country = next((c for c in zh_lex.countries_longest() if name.startswith(c)), None)
    if country is None or zh_lex.countries()[country] == "CN":
        return None
    k = name.find(MINISTRY, len(country) + 1)
    return name[: k + 1] if k >= 0 else None


def own_name(name: str, ministry: str) -> str | None:
    """国家专利信息中心 of [ministry]国家专利信息中心: a sub-body's part after its ministry when
    that part is a national body's name of its own (not 知识产权局, a kind of office)."""
    own = name[len(ministry) :]
    return own if own.startswith(zh_lex.words("national_openers")) and len(own) > 4 else None


def named_parent(name: str, ref: RefOrg | None, reference: Reference) -> tuple[str, RefOrg] | None:
    """经济部 of 经济部智慧财产局: the ministry the reference puts a body under, when the
    body's name as written opens with one of the ministry's Chinese names (a state's own
    agencies are named so at home, with no country before them); (that opening, the
    ministry), else None. A department (…司, …厅) is named with its ministry, not beside it."""
    parent = reference.orgs.get(ref.parent) if ref is not None and ref.parent else None
    if parent is None or name.endswith(zh_lex.words("ministry_departments")):
        return None
    for written in parent.all_names():
        opening = to_simplified(written)
        own = name[len(opening) :]
        ministry = is_han(opening[:1]) and opening.endswith(MINISTRY)
        if ministry and name.startswith(opening) and len(own) > MIN_OWN and org_suffix(own):
            return opening, parent
    return None
