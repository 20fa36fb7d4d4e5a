"""Posts written right after a name: a profile's opening apposition (某某，X组织Y处主任。),
the items of an attendee list (某某 X局副局长；某某 Y司司长。) and a post in brackets
after a name, as captions and first mentions write it (某某·某某（X局局长）).

Speaker bios, lecture announcements and leadership profiles open with the name, a comma and
the person's post, written as organisation, unit and title (某某，某大学某学院院长、教授。).
No title stands right before or after the name, so neither title-before-name nor
name-before-title reading sees it. The name opens its line (or follows a label's colon), and
the clause after the comma opens with a named organisation and ends with a title: the role
is the first title of that clause, read as any title after an organisation is. Later posts
(曾任…) are career lines of the person named here (`careers`).

An event plan or a notice lists who attends as items of name, a space, then the post (a body
and a title, or a unit's title alone), the items closed by ；or the sentence's end, often
after a side's label (中方：, 外方：). The post is read the same way: a unit's title with no
body is held at the body the unit belongs to (`roles.read_role`); a transliterated name may
carry its Latin form in brackets before the space.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from importers.zh import lex as zh_lex
from importers.zh.glossed import LATIN_ALIAS
from importers.zh.names import FOREIGN, NAME_TAGS, plausible_name, surname_length
from importers.zh.roles import Page, PersonHit, read_role
from store.text import is_han

_COMMAS = ",，"
_CLAUSE_ENDS = "。；;，,\n"
_OPENERS = "\n:："
_SPACES = " \u3000"
_ITEM_ENDS = "；;。\n"
_LONGEST_POST = 40


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


def bracketed_posts(
    page: Page, hits: list[PersonHit], foreign_start: Callable[[int, str], int]
) -> list[PersonHit]:
    """某某·某某（X局局长）, 某某某（X协会秘书长）: a name right before a bracket that holds
    a named organisation and ends with a title; the bracket is the name's post. A name read
    already (in `hits`) is left as it was. `foreign_start` says where a dotted name that the
    pattern took from `start` really begins."""
    text, out = page.text, []
    taken = [(h.start, h.end) for h in hits]
    names = [(t.start, t.end) for t in page.toks if t.pos in NAME_TAGS and 2 <= len(t.word) <= 4]
    names = [(s, e) for s, e in names if surname_length(text, s)]
    names += [(foreign_start(m.start(), m.group(0)), m.end()) for m in FOREIGN.finditer(text)]
    for s, e in sorted(names, key=lambda n: (n[1], n[0])):  # the longest of one end first
        if text[e : e + 1] not in _OPEN_BRACKETS or any(a < e and s < b for a, b in taken):
            continue
        close = _end(text, e + 1, _CLOSE_BRACKETS + _CLAUSE_ENDS)
        if close >= len(text) or text[close] not in _CLOSE_BRACKETS:
            continue
        if not plausible_name(text[s:e]) or not any(o.start == e + 1 for o in page.orgs):
            continue
        title = zh_lex.title_at_end_regex().search(text, e + 1, close)
        hit = PersonHit(s, e, text[s:e])
        if title is not None and _role_from(page, hit, e + 1, title):
            out.append(hit)
            taken.append((s, e))
    return out


_OPEN_BRACKETS = "（("
_CLOSE_BRACKETS = "）)"


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
    end = _end(page.text, start, _CLAUSE_ENDS)
    for m in zh_lex.title_regex().finditer(page.text, start, end):
        if m.end() != end and page.text[m.end()] != "、":
            continue
        return hit if _role_from(page, hit, start, m) else None
    return None


def _end(text: str, start: int, stops: str) -> int:
    """Where the clause or item from `start` ends: at the first of `stops`, else the text's end."""
    end = start
    while end < len(text) and text[end] not in stops:
        end += 1
    return end


def _role_from(page: Page, hit: PersonHit, start: int, title: re.Match[str]) -> bool:
    """Set the role of `hit` from the post that begins at `start` and ends with `title`;
    whether it names an organisation and a title. The post's start stands for the end of a
    name meanwhile, so the role's organisation is read from there and not before it."""
    page.name_ends.append(start)
    try:
        read_role(page, hit, title.start(), title.end())
    finally:
        page.name_ends.remove(start)
    return hit.org is not None and bool(hit.title)


def attendees(page: Page, hits: list[PersonHit]) -> list[PersonHit]:
    """The people of name-first attendee items, each with the post the item ends with; a
    name already read (in `hits`) is left as it was read."""
    out: list[PersonHit] = []
    taken = {(h.start, h.end) for h in hits}
    for start, end in _names(page):
        if (start, end) in taken:
            continue
        hit = PersonHit(start, end, page.text[start:end])
        latin = LATIN_ALIAS.match(page.text, end)
        if latin is not None:
            hit.latin = latin.group(1)
        post = _post_start(page.text, latin.end() if latin else end)
        if post is not None and _read_post(page, hit, post):
            out.append(hit)
    return out


def _names(page: Page) -> list[tuple[int, int]]:
    """(start, end) of the names that open an item: a transliterated name with its dots, or
    a Chinese family name and one to three characters up to the space (the space closes
    the name, whatever words jieba reads in it)."""
    text, out = page.text, []
    for m in _OPENING.finditer(text):
        at = m.end()
        foreign = FOREIGN.match(text, at)
        end = foreign.end() if foreign else at
        while not foreign and end < len(text) and is_han(text[end]):
            end += 1
        if not foreign and not (2 <= end - at <= 4 and surname_length(text, at)):
            continue
        if plausible_name(text[at:end]):
            out.append((at, end))
    return out


#: where an item may begin: a line's start, a label's colon, the last item's ；
_OPENING = re.compile(r"(?:^|(?<=[:：；;]))[ \u3000]*", re.M)


def _post_start(text: str, end: int) -> int | None:
    """Where the post begins: after the spaces that follow the name (at least one)."""
    k = end
    while k < len(text) and text[k] in _SPACES:
        k += 1
    return k if k > end and k < len(text) else None


def _read_post(page: Page, hit: PersonHit, start: int) -> bool:
    """Set the role of `hit` from the item's post, which must end with a title and hold no
    punctuation of prose; whether it did."""
    text = page.text
    end = _end(text, start, _ITEM_ENDS)
    post = text[start:end]
    if end - start > _LONGEST_POST or any(c in "，,、：:" for c in post):
        return False
    title = zh_lex.title_at_end_regex().search(text, start, end)
    return title is not None and _role_from(page, hit, start, title)
