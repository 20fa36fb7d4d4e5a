"""Posts of one holder at several bodies: 甲总局副局长、乙局副局长某某.

A name written after a chain of [机构][职务] items joined by 、 (or 兼) holds every post of
the chain, each at the body its own item names: the role read before the name is the last
item's, and each item before it that names a body and ends with a title is another role of
the same person. Nothing else in Chinese news writes a title with no holder before 、 and a
second body: two officials are each named (甲局局长某甲、乙局局长某乙). A chain whose earlier
items name no body of their own (党组书记、局长某某) is read whole at one body by
`roles.title_chain_start`, and goes out as one role per title (`title_runs`). An item's
body no pattern found, named so by its head's title (某某总署 + 署长), is a body of that
chain too. A body with no title of its own before 兼 shares the next item's title
(甲部兼乙部部长某某 holds 部长 at both).
"""

from __future__ import annotations

from functools import cache

from importers.gazetteer import longest_first
from importers.zh import lex as zh_lex
from importers.zh.roles import Page, PersonHit, read_role

#: The most items one holder's chain is read back over.
MAX_POSTS = 4


def chained_posts(page: Page, hits: list[PersonHit]) -> list[PersonHit]:
    """The roles the chain of posts before each titled name adds, as new hits of that name."""
    out: list[PersonHit] = []
    for hit in hits:
        if hit.org is None or hit.title is None or hit.alias_of is not None:
            continue
        at, bodies = hit.span_start, {hit.org.name}
        for _ in range(MAX_POSTS):
            post = _post_before(page, hit, at)
            body = _body_name(page, post)
            if post is None or body is None or body in bodies:
                break
            bodies.add(body)
            out.append(post)
            at = post.span_start
    return out


def _body_name(page: Page, post: PersonHit | None) -> str | None:
    """The name of the body `post` is held at: one the text names, or one its item names that
    no pattern found (新闻出版总署 + 署长, `roles._headed_body`), added with the item's
    organisations later; None for a post at no body."""
    if post is None:
        return None
    if post.org is not None:
        return post.org.name
    return page.text[post.new_org[0] : post.new_org[1]] if post.new_org else None


def _post_before(page: Page, hit: PersonHit, at: int) -> PersonHit | None:
    """The post of the chain item that ends right before the joiner at `at` - 1, as a hit of
    `hit`'s name, or None when no title ends that item."""
    if at < 2 or page.text[at - 1] not in zh_lex.chars("title_chain_joiners"):
        return None
    end = at - 1
    before = page.text[max(0, end - 9) : end]
    title = next((w for w in _titles_longest_first() if before.endswith(w)), None)
    if title is None:
        return _concurrent_body(page, hit, end)
    post = PersonHit(hit.start, hit.end, hit.name, latin=hit.latin)
    read_role(page, post, end - len(title), end)
    return post if post.span_start < end - len(title) else None


def _concurrent_body(page: Page, hit: PersonHit, end: int) -> PersonHit | None:
    """甲部兼乙部部长某某: a body with no title of its own before 兼 ("concurrently") shares
    the title read after the joiner; the holder holds it at both bodies. None when no body
    ends right before the joiner or the joiner is another (、 may join two holders' sides)."""
    if page.text[end] not in zh_lex.chars("concurrent_joiners"):
        return None
    body = next((o for o in page.orgs if o.end == end), None)
    if body is None or hit.title is None:
        return None
    post = PersonHit(hit.start, hit.end, hit.name, latin=hit.latin, title=hit.title, org=body)
    post.span_start = body.start
    return post


@cache
def _titles_longest_first() -> list[str]:
    """The titles, longest first, sorted once (every joiner of every chain asks)."""
    return longest_first(zh_lex.titles())
