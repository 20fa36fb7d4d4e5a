"""A profile's opening apposition: 某某，X组织Y处主任。

Speaker bios, lecture announcements and leadership profiles open with the name, a comma and
the person's post, written as organisation, unit and title (某某，某大学某学院院长、教授。).
No title stands right before or after the name, so neither title-before-name nor
name-before-title reading sees it. The name opens its line (or follows a label's colon), and
the clause after the comma opens with a named organisation and ends with a title: the role
is the first title of that clause, read as any title after an organisation is. Later posts
(曾任…) are career lines of the person named here (`careers`).
"""

from __future__ import annotations

from importers.zh import lex as zh_lex
from importers.zh.names import NAME_TAGS, plausible_name, surname_length
from importers.zh.roles import Page, PersonHit, read_role

_COMMAS = ",，"
_CLAUSE_ENDS = "。；;，,\n"
_OPENERS = "\n:："


def appositions(page: Page) -> list[PersonHit]:
    """The people named at the head of a profile line, with the post after the comma."""
    out: list[PersonHit] = []
    text = page.text
    for tok in page.toks:
        s, e = tok.start, tok.end
        if tok.pos not in NAME_TAGS or not 2 <= e - s <= 4 or not surname_length(text, s):
            continue
        if not _opens_line(text, s) or text[e : e + 1] not in _COMMAS:
            continue
        if not plausible_name(tok.word):
            continue
        hit = _post(page, PersonHit(s, e, tok.word), e + 1)
        if hit is not None:
            out.append(hit)
    return out


def _opens_line(text: str, start: int) -> bool:
    """Whether the name begins its line, after spaces or a label's colon (主讲人：某某)."""
    k = start
    while k > 0 and text[k - 1] in " \u3000":
        k -= 1
    return k == 0 or text[k - 1] in _OPENERS


def _post(page: Page, hit: PersonHit, start: int) -> PersonHit | None:
    """`hit` with the role of the clause from `start`: a named organisation right there, and
    a title ending the clause or the first of a 、-chain of titles."""
    if not any(o.start == start for o in page.orgs):
        return None
    end = start
    while end < len(page.text) and page.text[end] not in _CLAUSE_ENDS:
        end += 1
    for m in zh_lex.title_regex().finditer(page.text, start, end):
        if m.end() != end and page.text[m.end()] != "、":
            continue
        page.name_ends.append(start)
        try:
            read_role(page, hit, m.start(), m.end())
        finally:
            page.name_ends.remove(start)
        return hit if hit.org is not None and hit.title else None
    return None
