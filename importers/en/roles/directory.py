"""People listed in a directory table: one post and the name of its holder per row.

An office's "directory of key officers" is a table whose header names a column of posts and
one of names ("Post | Name | Extension"). Each row says who holds which post; a post that
names its body after a comma ("Head, X Academy") is held there, any other ("Director,
Patents Division", a unit only) at the body the page is by. Read as prose, a row runs the
post into the name ("Director, Industrial Design | Mr X") and the unit's field is taken for
a person; a row whose name cell is no name ("Vacant") lists nobody.
"""

from __future__ import annotations

from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.roles.model import People
from importers.en.roles.stacked import name_line, title_line
from importers.en.subject import document_org, publisher
from importers.en.tables import Row, cell_span, rows, table_spans
from importers.en.titles import TITLE
from store.text import lexicon

#: Headers of a directory table's columns of names and of posts ("Name", "Post").
_NAMES = {h.casefold() for h in lexicon.words("en_leadership.txt", "directory_name_headers")}
_POSTS = {h.casefold() for h in lexicon.words("en_leadership.txt", "directory_post_headers")}


def find_directory(text: str, orgs: Orgs, people: People) -> list[tuple[int, int]]:
    """Record the holder of each post a directory table lists; returns the spans of the rows
    read, for the other patterns to leave alone."""
    done: list[tuple[int, int]] = []
    home: list[OrgEntry | None] = []
    for span in table_spans(text):
        table = rows(text, span)
        columns = _columns(table[0]) if table else None
        if columns is None:
            continue
        for row in table[1:]:
            if _one_row(text, row, columns, orgs=orgs, people=people, home=home):
                done.append(row.span)
    return done


def _columns(header: Row) -> tuple[int, int] | None:
    """The columns of names and of posts, when the header row names both."""
    cells = [c.strip(" *").casefold() for c in header.cells]
    name = next((i for i, c in enumerate(cells) if c in _NAMES), None)
    post = next((i for i, c in enumerate(cells) if c in _POSTS), None)
    return (name, post) if name is not None and post is not None and name != post else None


def _one_row(
    text: str,
    row: Row,
    columns: tuple[int, int],
    *,
    orgs: Orgs,
    people: People,
    home: list[OrgEntry | None],
) -> bool:
    name_cell, post_cell = (cell_span(text, row, c) for c in columns)
    if name_cell is None or post_cell is None:
        return False
    nm = name_line(text, *name_cell)
    m = TITLE.match(text, post_cell[0])
    if nm is None or m is None or m.start() != post_cell[0] or not m.group()[:1].isupper():
        return False
    title, org = title_line(text, m, post_cell[1], orgs)
    if org is None:
        if not home:
            home.append(publisher(text, orgs) or document_org(orgs, text))
        org = home[0]
    people.record(text, nm, title, org=org, span=post_cell, place=None)
    return True
