"""How `ipx show` and `ipx search` print: JSON for scripts, styled text on a terminal,
plain text when piped.

`ipx show` prints the sections of store.views, the same the explorer's detail view shows,
in the same words; a column is padded to the same width but never cut, and each source is
followed by its sentence (what the explorer shows on `s`).
"""

from __future__ import annotations

from typing import Any

from store.queries import AgreementInfo, Detail, EntityRef, RoleInfo, Source
from store.views.detail import DetailView
from store.views.refs import kind_label, ref
from store.views.sections import Row, Section

#: how each kind of cell looks on a terminal
STYLE = {"plain": "", "link": "", "emph": "italic", "note": "dim"}
GAP = "  "
INDENT = "  "

# ---------------------------------------------------------------- JSON


def _e(e: EntityRef | None) -> dict[str, Any] | None:
    return None if e is None else {"id": e.ref, "kind": e.kind, "name": e.name}


def _src(s: Source) -> dict[str, Any]:
    return {
        "document": f"d{s.document_id}",
        "path": s.path,
        "title": s.title,
        "date": s.date,
        "start": s.start,
        "end": s.end,
        "text": s.surface,
        "sentence": s.sentence,
        # every mention in this sentence (the keys above are its first one's)
        "mentions": [
            {"start": m.start, "end": m.end, "text": m.surface, "stated": m.stated}
            for m in s.mentions
        ],
        "highlights": [list(h) for h in s.highlights],
    }


def _role(r: RoleInfo) -> dict[str, Any]:
    return {
        "title": r.title,
        "other_titles": r.other_titles,
        "person": _e(r.person),
        "organisation": _e(r.organisation),
        "start": r.start,
        "end": r.end,
        "origin": r.origin,
        "sources": [_src(s) for s in r.sources],
    }


def _agreement(a: AgreementInfo) -> dict[str, Any]:
    return {
        "id": ref("agreement", a.id),
        "title": a.title,
        "kind": a.kind,
        "date": a.date,
        "place": a.place,
        "parties": [_e(x) for x in a.parties],
        "signatories": [_e(x) for x in a.signatories],
        "witnesses": [_e(x) for x in a.witnesses],
        "sources": [_src(s) for s in a.sources],
    }


def detail_json(d: Detail) -> dict[str, Any]:
    """`ipx show --json`: the stored values (codes such as work_plan, not labels)."""
    out: dict[str, Any] = {
        "id": d.ref,
        "kind": d.kind,
        "name": d.name,
        "names": [
            {
                "text": n.text,
                "lang": n.lang,
                "script": n.script,
                "kind": n.kind,
                "from": n.valid_from,
                "to": n.valid_to,
            }
            for n in d.names
        ],
        **{k: v for k, v in d.facts.items()},
        "roles": [_role(r) for r in d.roles],
        "agreements": [_agreement(a) for a in d.agreements],
        "related": [_e(r) for r in d.related],
        "sources": [_src(s) for s in d.sources],
    }
    if d.agreement is not None:
        out.update(_agreement(d.agreement))
        out["id"] = d.ref
    return out


# ---------------------------------------------------------------- text

#: a line of text as (text, style) parts
Parts = list[tuple[str, str]]


def _row_parts(row: Row, widths: list[int]) -> Parts:
    """The cells of ROW in columns; a link is followed by the id that `ipx show` takes."""
    from rich.cells import cell_len

    parts: Parts = [(INDENT, "")]
    for i, cell in enumerate(row.cells):
        cell_parts = [((GAP if i > len(widths) else "") + cell.text, STYLE[cell.style])]
        if cell.style == "link" and row.link is not None:
            cell_parts.append((f" ({row.link.ref})", "dim"))
        parts += cell_parts
        if i < len(widths):
            used = sum(cell_len(text) for text, _ in cell_parts)
            parts.append((" " * max(0, widths[i] - used) + GAP, ""))
    return parts


def _sentence_parts(s: Source) -> Parts:
    """A source sentence, quoted, with every mention in it highlighted (on a terminal)."""
    parts: Parts = [(INDENT * 2 + "“", "")]
    at = 0
    for start, end in s.highlights:
        parts += [(s.sentence[at:start], ""), (s.sentence[start:end], "bold reverse")]
        at = end
    return parts + [(s.sentence[at:] + "”", "")]


def _section_lines(section: Section) -> list[Parts]:
    from rich.cells import cell_len

    widths = section.widths(cell_len)
    lines: list[Parts] = [[(section.heading, "bold")]]
    for row in section.rows:
        lines.append(_row_parts(row, widths))
        if section.key == "sources":
            lines += [_sentence_parts(s) for s in row.sources]
    return lines


def detail_lines(view: DetailView) -> list[Parts]:
    """The lines of `ipx show`: the name, kind and id, the facts, then every section."""
    from store.views.readings import JOIN, READING

    # a Chinese-only name's reading, marked: it was worked out, no document stated it
    reading = f"{JOIN}{view.reading} ({READING})" if view.reading else ""
    about = f"  {view.noun} {view.ref.ref}"
    lines: list[Parts] = [[(view.name, "bold"), (reading, "dim"), (about, "dim")]]
    if view.facts:
        lines.append([(view.facts_line, "dim")])
    for section in view.sections:
        lines += _section_lines(section)
    return lines


def print_detail(view: DetailView, *, rich: bool) -> None:
    lines = detail_lines(view)
    if not rich:
        print("\n".join("".join(text for text, _ in parts).rstrip() for parts in lines))
        return
    from rich.console import Console
    from rich.text import Text

    c = Console()
    for parts in lines:
        c.print(Text.assemble(*parts))


def _hit_name(row: dict[str, Any]) -> Any:
    """A hit's name; a person known only in Chinese with the reading beside it, dimmed and
    marked (store.views.readings): the reading is worked out, not a name a document stated."""
    from rich.text import Text

    from store.views.readings import JOIN, READING, reading_of

    reading = reading_of(row["name"], row["aliases"]) if row["kind"] == "person" else None
    if reading is None:
        return row["name"]
    return Text.assemble(row["name"], (f"{JOIN}{reading} ({READING})", "dim italic"))


def print_hits(rows: list[dict[str, Any]]) -> None:
    """`ipx search` on a terminal: a table of the hits, kinds labelled as in the explorer."""
    from rich.console import Console
    from rich.table import Table

    t = Table(box=None, header_style="bold")
    t.add_column("id", no_wrap=True)
    t.add_column("kind", no_wrap=True)
    # names and what tells them apart wrap rather than being cut; how a hit matched is cut
    t.add_column("name", overflow="fold")
    t.add_column("context", overflow="fold")
    t.add_column("also", overflow="fold", max_width=20)
    t.add_column("match", no_wrap=True, overflow="ellipsis", max_width=16)
    for r in rows:
        t.add_row(
            r["id"],
            kind_label(r["kind"]),
            _hit_name(r),
            r.get("context", ""),
            " / ".join(r["aliases"][:3]),
            f"{r['how']}: {r['matched']}",
        )
    Console().print(t)
