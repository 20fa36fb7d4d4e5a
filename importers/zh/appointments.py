"""Appointment and removal notices: 任命X为Y, 免去X的Y职务, 免去其Y职务, 任命甲为X、乙为Y.

A 任免通知 names each person once, right after the verb, and then the post, a body and a
title run together (国家知识产权局国际合作司司长). Neither title-before-name nor
name-before-title reading sees these: the name stands between the verb and a link (为, 的).
A removal states a past post as much as an appointment states a new one; both are roles.
其 after the verb is the person the notice named last.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation, longest_first
from importers.zh import lex as zh_lex
from importers.zh.names import boundary, plausible_name, surname_length
from importers.zh.orgs.mention import Mention
from importers.zh.roles import Page, PersonHit, read_role, title_chain_start
from store.text import HAN, is_han

_CLAUSE_ENDS = "，,。；;：:！!？?\n"
_LIST_JOINERS = "、，,"
_NOTE = re.compile(r"[（(][^（）()\n]{1,4}[）)]")


@cache
def _verbs() -> re.Pattern[str]:
    return re.compile(alternation(longest_first(zh_lex.people_lexicon("appointment_verbs"))))


@cache
def _links() -> tuple[str, ...]:
    return tuple(longest_first(zh_lex.people_lexicon("appointment_links")))


@cache
def _ends() -> tuple[str, ...]:
    return tuple(longest_first(zh_lex.people_lexicon("appointment_ends")))


@cache
def _titles() -> tuple[str, ...]:
    return tuple(longest_first(zh_lex.titles()))


def appointments(page: Page, hits: list[PersonHit]) -> list[PersonHit]:
    """The people and posts of the appointment clauses of `page`."""
    text, out = page.text, []
    named: PersonHit | None = None
    for m in _verbs().finditer(text):
        pos = m.end()
        if text.startswith(zh_lex.people_lexicon("career_subjects")[0][-1], pos) and named:
            hit = PersonHit(named.start, named.end, named.name, alias_of=named.name)
            post = pos + 1
        else:
            found = _name_and_link(text, pos)
            if found is None:
                continue
            end, post = found
            hit = PersonHit(pos, end, text[pos:end])
            named = hit
        if _read_post(page, hit, post):
            out.append(hit)
            out += _listed_after(page, post)
    return out


def _listed_after(page: Page, post: int) -> list[PersonHit]:
    """任命甲为X局局长，乙为Y厅巡视员、丙为Y厅副巡视员: one verb opens a list of
    appointments; each later item of the sentence, a name and the same link as the first
    (the post at `post` follows it), is one more person and post."""
    text = page.text
    out: list[PersonHit] = []
    while True:
        at = _post_end(text, post)
        if at >= len(text) or text[at] not in _LIST_JOINERS or _verbs().match(text, at + 1):
            return out  # 免去甲的X职务；任命乙为Y: the next item has a verb of its own
        found = _item(text, at + 1, text[post - 1])
        if found is None:
            return out
        end, post = found
        hit = PersonHit(at + 1, end, text[at + 1 : end])
        if not _read_post(page, hit, post):
            return out
        out.append(hit)


def _item(text: str, pos: int, link: str) -> tuple[int, int] | None:
    """(end of the name, start of the post) of a later item of an appointment list at
    `pos`: a plausible name and a link ending as the list's first one did."""
    found = _name_and_link(text, pos)
    if found is None or text[found[1] - 1] != link or not plausible_name(text[pos : found[0]]):
        return None
    return found


def _post_end(text: str, post: int) -> int:
    """Where the post that begins at `post` ends: at the clause end, or at a 、 that opens
    the list's next item (甲为X局局长、乙为Y厅厅长); 局长、党组书记 is one post."""
    end = post
    while end < len(text) and text[end] not in _CLAUSE_ENDS:
        if text[end] == "、" and _item(text, end + 1, text[post - 1]) is not None:
            break
        end += 1
    return end


@cache
def _accession_verbs() -> re.Pattern[str]:
    return re.compile(alternation(longest_first(zh_lex.people_lexicon("accession_verbs"))))


def accessions(page: Page, hits: list[PersonHit]) -> list[PersonHit]:
    """某某出任X局局长, 某某被任命为X局副局长: a news item names the person bare, at the start
    of a clause, before the verb; no title reading sees the name, which no title touches."""
    text, out = page.text, []
    for m in _accession_verbs().finditer(text):
        name_end = _dated_lead().search(text, max(0, m.start() - 16), m.start())
        end = name_end.start() if name_end is not None else m.start()
        start = _bare_name_start(text, end)
        if start is None or any(h.start < m.start() and start < h.end for h in hits):
            continue
        if any(o.start < m.start() and start < o.end for o in page.orgs):
            continue
        hit = PersonHit(start, end, text[start:end])
        if _read_post(page, hit, m.end()) and hit.org is None:
            hit.org = _predecessors_body(page, hits, hit.title)
        if hit.title and hit.org is not None:
            out.append(hit)
            out += _predecessor(text, hit, m.end())
    return out


@cache
def _dated_lead() -> re.Pattern[str]:
    """将于3月1日 right before an accession verb: the date of taking up the post."""
    leads = alternation(zh_lex.people_lexicon("subject_date_leads"))
    units = alternation(zh_lex.words("date_units"))
    figure = rf"[0-9{zh_lex.numerals()}]+"
    return re.compile(rf"(?:{leads})(?:{figure}(?:{units}))+$")


def _predecessors_body(page: Page, hits: list[PersonHit], title: str | None) -> Mention | None:
    """某局前局长甲退休，乙升任局长: a bare post taken up is the post the text gives another
    holder at one body (the predecessor's), when all its holders are at that one body and
    no other body is written with that title, held by no one named (乙局局长)."""
    bodies = {(h.org.start, h.org.name): h.org for h in hits if h.title == title and h.org}
    if title:
        bodies |= {(o.start, o.name): o for o in page.orgs if page.text.startswith(title, o.end)}
    names = {m.ref.id if m.ref is not None else m.name for m in bodies.values()}
    return next(iter(bodies.values())) if len(names) == 1 else None


@cache
def _held_before() -> re.Pattern[str]:
    """，此前由某某担任: who held the post the clause before gave (group `name`)."""
    openers = alternation(longest_first(zh_lex.people_lexicon("predecessor_openers")))
    verbs = alternation(longest_first(zh_lex.people_lexicon("predecessor_verbs")))
    return re.compile(
        rf"[，,]\s*(?:{openers})(?P<name>[{HAN}]{{2,4}}?)(?:{verbs})(?=[{_CLAUSE_ENDS}])"
    )


def _predecessor(text: str, hit: PersonHit, post: int) -> list[PersonHit]:
    """某某接任局长一职，此前由某某担任: the one who held the post before holds it too (as a
    predecessor: the same title at the same body), named after the accession's clause."""
    end = post
    while end < len(text) and text[end] not in _CLAUSE_ENDS:
        end += 1
    m = _held_before().match(text, end)
    if m is None or not surname_length(text, m.start("name")):
        return []
    name = m.group("name")
    if not plausible_name(name) or name == hit.name:
        return []
    before = PersonHit(m.start("name"), m.end("name"), name, title=hit.title, org=hit.org)
    before.span_start = m.start("name")
    return [before]


def _bare_name_start(text: str, verb: int) -> int | None:
    """Where the name before the verb at `verb` begins: two to four Chinese characters after
    a clause boundary, or right after a verb whose object the clause is (祝贺某某就任), a
    family name first, and no common word (同时出任, 随后当选)."""
    start = verb
    while start > 0 and verb - start < 4 and is_han(text[start - 1]):
        start -= 1
    if start and text[start - 1] not in boundary():
        start = next((k for k in range(verb - 2, verb - 5, -1) if _after_lead(text, k)), -1)
        if start < 0:
            return None
    name = text[start:verb]
    if len(name) < 2 or not surname_length(text, start) or not plausible_name(name):
        return None
    if name.startswith(zh_lex.countries_longest()):
        return None  # 文莱接任主席: a state takes the chair, not a person
    return start


def _after_lead(text: str, start: int) -> bool:
    """Whether a verb whose object is an accession clause ends at `start` (祝贺某某就任)."""
    return start > 0 and text[:start].endswith(zh_lex.people_lexicon("accession_leads"))


def _name_and_link(text: str, pos: int) -> tuple[int, int] | None:
    """(end of the name, start of the post) after a verb at `pos`: a family name and one to
    three more characters, an optional bracketed note (（女）), then a link (为, 的)."""
    sl = surname_length(text, pos)
    if not sl:
        return None
    for end in range(pos + sl + 1, pos + 5):
        if end > len(text) or not all(is_han(c) for c in text[pos:end]):
            return None
        after = end
        if (note := _NOTE.match(text, after)) is not None:
            after = note.end()
        link = next((w for w in _links() if text.startswith(w, after)), None)
        if link is not None:
            return end, after + len(link)
    return None


def _read_post(page: Page, hit: PersonHit, post: int) -> bool:
    """Read the post from `post` to the clause end (or the removed post's closing noun) as
    the title and body of `hit`; whether it ends in a title."""
    text = page.text
    end = _post_end(text, post)
    clause = text[post:end]
    for noun in _ends():
        if clause.endswith(noun):
            end -= len(noun)
            break
    title = next((t for t in _titles() if text.endswith(t, post, end)), None)
    if title is None:
        return False
    page.name_ends.append(post)
    read_role(page, hit, max(post, title_chain_start(page, end - len(title))), end)
    page.name_ends.remove(post)
    return bool(hit.title)
