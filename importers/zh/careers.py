"""Posts in a career line: 曾任X局副局长、Y委员会主任委员 after a person is named.

Leadership pages and profiles state a head's earlier posts without repeating the name (局长
某某 / 曾任…), and a feature does so after a pronoun (她被派往X工作，任Y). Each post is a role
of the person named last before the verb, at the body the post names; a post with no body of
its own (任某法律司高级法律顾问) is at the body the same sentence named before the verb. A
post at a body where the person's current role is stated earlier adds nothing (one role per
person and body: the first stated, see `facts`). A résumé's lines of terms and posts are
career lines too (`resumes`).
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation, longest_first
from importers.zh import lex as zh_lex
from importers.zh.names import boundary
from importers.zh.resumes import resume_posts
from importers.zh.roles import Page, PersonHit, org_in, read_role

_STOPS = "。；;！!？?\n"


@cache
def _verbs() -> re.Pattern[str]:
    words = longest_first(zh_lex.people_lexicon("career_verbs"))
    return re.compile(alternation(words))


@cache
def _titles() -> tuple[str, ...]:
    return tuple(longest_first(zh_lex.titles()))


def careers(page: Page, hits: list[PersonHit]) -> list[PersonHit]:
    """The roles of career lines in `page`, as hits that refer back to a named person."""
    out: list[PersonHit] = []
    ends = {t.end for t in page.toks}
    for m in _verbs().finditer(page.text):
        s, e = m.span()
        if s and page.text[s - 1] not in boundary() + zh_lex.people_lexicon("career_subjects")[0]:
            continue
        if e not in ends:
            continue  # 任 of 任命: another word
        subject = max(
            (h for h in hits if h.end <= s and h.alias_of is None),
            key=lambda h: h.end,
            default=None,
        )
        if subject is None:
            continue
        out += _posts(page, subject, s, e)
    return out + resume_posts(page)


def _posts(page: Page, subject: PersonHit, verb: int, start: int) -> list[PersonHit]:
    """The posts listed with 、 from `start` to the end of the clause."""
    text, out = page.text, []
    end = start
    while end < len(text) and text[end] not in _STOPS + "，,":
        end += 1
    pos = start
    for item in text[start:end].split("、"):
        a, b = pos, pos + len(item)
        pos = b + 1
        title = next((t for t in _titles() if item.endswith(t)), None)
        if title is None or not item:
            break
        hit = PersonHit(b - len(title), b, subject.name, alias_of=subject.name)
        sentence = max((text.rfind(c, 0, verb) for c in _STOPS), default=-1) + 1
        before = [o for o in page.orgs if sentence <= o.start and o.end <= verb]
        if before and org_in(page.orgs, a, b) is None:
            hit.org, hit.title, hit.span_start = before[-1], text[a:b], a
        else:
            page.name_ends.append(a)
            read_role(page, hit, b - len(title), b)
            page.name_ends.remove(a)
        if hit.org is not None and hit.title:
            out.append(hit)
    return out
