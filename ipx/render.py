"""How `ipx show` prints an entity: JSON for scripts, rich text on a terminal, plain when piped."""

from __future__ import annotations

from typing import Any

from store.queries import AgreementInfo, Detail, EntityRef, RoleInfo, Source


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
    }


def _role(r: RoleInfo) -> dict[str, Any]:
    return {
        "title": r.title,
        "person": _e(r.person),
        "organisation": _e(r.organisation),
        "start": r.start,
        "end": r.end,
        "origin": r.origin,
        "sources": [_src(s) for s in r.sources],
    }


def _agreement(a: AgreementInfo) -> dict[str, Any]:
    return {
        "id": f"a{a.id}",
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


def _dates(start: str | None, end: str | None) -> str:
    if not start and not end:
        return ""
    return f"{start or '…'} – {end or ''}".rstrip()


def detail_lines(d: Detail) -> list[tuple[str, str]]:
    """(style, text) lines shared by the rich and the plain rendering."""
    lines: list[tuple[str, str]] = [("bold", f"{d.name}  [{d.kind} {d.ref}]")]
    facts = ", ".join(f"{k}: {v}" for k, v in d.facts.items() if v)
    if facts:
        lines.append(("dim", facts))
    others = [n for n in d.names if n.text != d.name]
    if others:
        lines.append(("bold", "Names"))
        for n in others:
            when = _dates(n.valid_from, n.valid_to)
            lines.append(
                (
                    "",
                    f"  {n.text}  ("
                    + ", ".join(x for x in (n.kind, n.lang or "", when) if x)
                    + ")",
                )
            )
    if d.agreement is not None:
        a = d.agreement
        lines.append(("bold", "Agreement"))
        lines.append(
            ("", f"  {a.kind}, {a.date or 'date unknown'}" + (f", {a.place}" if a.place else ""))
        )
        for label, people in (
            ("parties", a.parties),
            ("signatories", a.signatories),
            ("witnesses", a.witnesses),
        ):
            if people:
                lines.append(
                    ("", f"  {label}: " + "; ".join(f"{p.name} ({p.ref})" for p in people))
                )
    if d.roles:
        lines.append(("bold", "Officials" if d.kind == "organisation" else "Roles"))
        for r in d.roles:
            who = (
                r.person.name
                if d.kind == "organisation"
                else (r.organisation.name if r.organisation else "—")
            )
            ref = (
                r.person.ref
                if d.kind == "organisation"
                else (r.organisation.ref if r.organisation else "")
            )
            when = _dates(r.start, r.end)
            lines.append(
                (
                    "",
                    f"  {r.title} — {who} ({ref}){'  ' + when if when else ''}"
                    f"{'  [reference data]' if r.origin == 'reference' and not r.sources else ''}",
                )
            )
    if d.agreements:
        lines.append(("bold", "Agreements"))
        for a in d.agreements:
            partners = ", ".join(
                p.name for p in a.parties if not (p.kind == d.kind and p.id == d.id)
            )
            lines.append(
                (
                    "",
                    f"  {a.date or '????'}  {a.kind}: {a.title} (a{a.id})"
                    + (f" — with {partners}" if partners else ""),
                )
            )
    if d.related and d.kind == "organisation":
        lines.append(("bold", "Related"))
        for e in d.related:
            lines.append(("", f"  {e.name} ({e.ref})"))
    if d.sources:
        lines.append(("bold", "Sources"))
        for s in d.sources[:20]:
            lines.append(("dim", f"  {s.title or s.path} ({s.date or 'undated'}) — {s.path}"))
            lines.append(("", f"    “{s.sentence}”"))
    return lines


def print_detail(d: Detail, *, rich: bool) -> None:
    lines = detail_lines(d)
    if not rich:
        print("\n".join(text for _, text in lines))
        return
    from rich.console import Console
    from rich.text import Text

    c = Console()
    for style, text in lines:
        c.print(Text(text, style=style))
