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
from importers.zh.names import NAME_TAGS, boundary
from importers.zh.resumes import resume_posts
from importers.zh.roles import Page, PersonHit, org_in, read_role

_STOPS = "。；;！!？?\n"
#: A bracketed note closing a post (a photo credit after a caption's title): not of the post.
_CAPTION_NOTE = re.compile(r"[（(][^（）()]+[）)]$")


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
        named = _named_before(hits, s)
        opens = PLAIN if named is not None else _opens_career(page.text, s)
        if not opens or e not in ends:
            continue  # 任 of 任命: another word
        subject = named or _named_last(page.text, hits, s)
        subject = subject or (None if opens == DATED else _last(hits, s))
        if subject is None or (named is None and _other_subject(page, subject, s)):
            continue
        out += _posts(page, subject, s, e)
    return out + resume_posts(page)


def _named_before(hits: list[PersonHit], pos: int) -> PersonHit | None:
    """The titled person whose name ends right at `pos`: 某某当选X总干事 states a post of the
    name before the verb, with no punctuation between them."""
    return next((h for h in hits if h.end == pos and h.alias_of is None), None)


def _named_last(text: str, hits: list[PersonHit], pos: int) -> PersonHit | None:
    """The person named last before `pos` in its paragraph: a profile names its subject
    again by the bare name (某某同志1949年生，…) after other people's titled names, so the
    last writing of a titled name counts, not only the titled one."""
    paragraph = text.rfind("\n", 0, pos) + 1
    named = [(text.rfind(h.name, paragraph, pos), h) for h in hits if h.alias_of is None]
    named = [(at, h) for at, h in named if at >= 0 and h.start < pos]
    return max(named, key=lambda n: (n[0], n[1].end), default=(0, None))[1]


def _other_subject(page: Page, subject: PersonHit, verb: int) -> bool:
    """某某是X大学博士，曾任…: the sentence of the verb names another person before it (a
    name jieba tags as one, written without a title), whose career it is; the titled person
    named earlier is not the one who held these posts."""
    sentence = max((page.text.rfind(c, 0, verb) for c in _STOPS), default=-1) + 1
    return any(
        t.pos in NAME_TAGS and sentence <= t.start and t.end <= verb and t.word != subject.name
        for t in page.toks
    )


def _last(hits: list[PersonHit], pos: int) -> PersonHit | None:
    """The person of the last titled name before `pos`."""
    before = (h for h in hits if h.end <= pos and h.alias_of is None)
    return max(before, key=lambda h: h.end, default=None)


#: how a career verb opens its posts (`_opens_career`)
PLAIN, DATED = "plain", "dated"


def _opens_career(text: str, verb: int) -> str | None:
    """Whether the career verb at `verb` opens a list of posts: after punctuation or a
    pronoun (她任), or after a date (2009年至2013年任, 1990年起任), whose posts are only read
    for a person the paragraph names by the full name (陈教授 is not read back yet)."""
    if not verb or text[verb - 1] in boundary() + zh_lex.people_lexicon("career_subjects")[0]:
        return PLAIN
    return DATED if _dated().search(text, max(0, verb - 12), verb) is not None else None


@cache
def _dated() -> re.Pattern[str]:
    """A date right before a career verb (2009年至2013年任, 1990年起任): the posts of a
    résumé line are stated after the years they were held."""
    units = alternation(zh_lex.words("date_units"))
    starts = alternation(zh_lex.words("start_markers"))
    return re.compile(rf"[0-9{zh_lex.numerals()}](?:{units})(?:{starts})?$")


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
        if (note := _CAPTION_NOTE.search(item)) is not None:
            item, b = item[: note.start()], a + note.start()  # 总干事(摄影：某某): no post
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
