"""Detail views as lines: what each line says, which entity it links to, where it came from.

Pure functions of store.queries dataclasses; the detail screen shows the lines in an
OptionList (links are selectable) and the wide layout's preview panel shows the same lines.
Columns are padded and cut by display width (rich cell lengths), so CJK names line up.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from rich.cells import cell_len
from rich.text import Text

from store.queries import AgreementInfo, Detail, EntityRef, NameInfo, RoleInfo, Source
from tui.data import Catalog, Link, agreement_kind


@dataclass
class Line:
    text: Text
    link: Link | None = None
    sources: list[Source] = field(default_factory=list)
    heading: bool = False
    merge_id: int | None = None

    @property
    def selectable(self) -> bool:
        return not self.heading


def fit(text: str | Text, width: int, style: str = "") -> Text:
    """TEXT padded or cut (with an ellipsis) to exactly WIDTH cells."""
    t = text.copy() if isinstance(text, Text) else Text(text, style=style)
    t.truncate(width, overflow="ellipsis", pad=True)
    return t


def columns(*parts: tuple[str | Text, int] | str | Text, style: str = "") -> Text:
    """Fixed-width columns then a free last column (which may wrap)."""
    out = Text(style=style)
    for part in parts:
        if isinstance(part, tuple):
            out.append_text(fit(part[0], part[1]))
            out.append("  ")
        else:
            out.append_text(part if isinstance(part, Text) else Text(part))
    return out


def span(start: str | None, end: str | None, open_end: bool = True) -> str:
    if not start and not end:
        return "undated"
    return f"{start or '…'} – {end or ('now' if open_end else '')}".rstrip()


def heading(title: str) -> Line:
    return Line(Text(title, style="bold"), heading=True)


def _kind_text(n: NameInfo) -> str:
    bits = [n.kind]
    if n.valid_from and n.valid_to:
        bits.append(f"{n.valid_from} – {n.valid_to}")
    elif n.valid_from:
        bits.append(f"since {n.valid_from}")
    elif n.valid_to:
        bits.append(f"until {n.valid_to}")
    return " ".join(bits)


def name_lines(names: list[NameInfo]) -> list[Line]:
    width = min(30, max((cell_len(n.text) for n in names), default=10))
    out = [heading(f"Names ({len(names)})")]
    for n in names:
        lang = "/".join(x for x in (n.lang, n.script) if x)
        out.append(Line(columns((n.text, width), (lang, 7), Text(_kind_text(n), style="italic"))))
    return out


def _date_width(values: list[str]) -> int:
    return min(23, max((cell_len(v) for v in values), default=7))


def role_lines(title: str, roles: list[RoleInfo], *, of_person: bool, cat: Catalog) -> list[Line]:
    if not roles:
        return []
    spans = [span(r.start, r.end) for r in roles]
    dw = _date_width(spans)
    tw = min(28, max(cell_len(r.title) for r in roles))
    out = [heading(f"{title} ({len(roles)})")]
    for r, when in zip(roles, spans, strict=True):
        target: EntityRef | None = r.organisation if of_person else r.person
        other = cat.short(target) if target else "—"
        text = columns((when, dw), (r.title, tw), Text(other, style="underline" if target else ""))
        out.append(Line(text, Link.of(target) if target else None, list(r.sources)))
    return out


def _partners(a: AgreementInfo, me: tuple[str, int] | None, cat: Catalog) -> str:
    return ", ".join(cat.short(p) for p in a.parties if (p.kind, p.id) != me)


def agreement_lines(
    agreements: list[AgreementInfo], me: tuple[str, int], cat: Catalog
) -> list[Line]:
    if not agreements:
        return []
    out = [heading(f"Agreements ({len(agreements)})")]
    for a in agreements:
        role = ""
        if me[0] == "person":
            role = "signatory" if any((p.kind, p.id) == me for p in a.signatories) else "witness"
        with_ = _partners(a, me, cat)
        text = columns((a.date or "undated", 10), (agreement_kind(a.kind), 11))
        text.append(a.title, style="underline")
        extra = [x for x in (role, f"with {with_}" if with_ else "") if x]
        if extra:
            text.append("  " + " · ".join(extra), style="dim")
        out.append(Line(text, Link("agreement", a.id, a.title), list(a.sources)))
    return out


def partner_lines(agreements: list[AgreementInfo], me: tuple[str, int], cat: Catalog) -> list[Line]:
    seen: dict[tuple[str, int], tuple[EntityRef, list[str]]] = {}
    for a in agreements:
        for p in a.parties:
            if (p.kind, p.id) == me:
                continue
            seen.setdefault((p.kind, p.id), (p, []))[1].append(a.date or "undated")
    if not seen:
        return []
    out = [heading(f"Partners ({len(seen)})")]
    for p, dates in sorted(seen.values(), key=lambda v: (-len(v[1]), v[0].name)):
        n = len(dates)
        text = columns(
            (f"{n} agreement{'s' if n != 1 else ''}", 12),
            (", ".join(sorted(dates)), 24),
            Text(cat.short(p), style="underline"),
        )
        out.append(Line(text, Link.of(p)))
    return out


def entity_lines(title: str, refs: list[tuple[str, EntityRef]], cat: Catalog) -> list[Line]:
    if not refs:
        return []
    out = [heading(f"{title} ({len(refs)})")]
    lw = max(cell_len(label) for label, _ in refs)
    for label, e in refs:
        text = columns((label, lw)) if label else Text()
        text.append(e.name, style="underline")
        short = cat.short(e)
        if short != e.name:
            text.append(f"  {short}", style="dim")
        out.append(Line(text, Link.of(e)))
    return out


def source_lines(sources: list[Source]) -> list[Line]:
    if not sources:
        return [heading("Sources (none: reference data or typed in)")]
    out = [heading(f"Sources ({len(sources)})  s: show the sentences")]
    for src in sources:
        text = columns((src.date or "undated", 10), Text(src.title or src.path, style="italic"))
        text.append(f"  “{src.surface}”", style="dim")
        out.append(Line(text, sources=[src]))
    return out


def merge_lines(merges: list[Any]) -> list[Line]:
    if not merges:
        return []
    out = [heading(f"Merged into this ({len(merges)})  u: split")]
    for m in merges:
        name = m.__dict__.get("_merged_name", f"#{m.merged_id}")
        text = columns(
            (str(m.decided_at)[:10], 10), (m.decided_by or "?", 16), Text(name, style="italic")
        )
        out.append(Line(text, merge_id=m.id))
    return out


def facts_text(d: Detail) -> Text:
    facts = {k: v for k, v in d.facts.items() if v and k not in ("reference",)}
    if d.kind == "organisation":
        facts.pop("parent", None)
    return Text(" · ".join(f"{k} {v}" for k, v in facts.items()), style="dim")


def detail_lines(d: Detail, cat: Catalog, merges: list[Any] | None = None) -> list[Line]:
    me = (d.kind, d.id)
    lines: list[Line] = []
    if d.kind == "agreement" and d.agreement is not None:
        a = d.agreement
        lines.append(heading("Agreement"))
        for label, value in (
            ("kind", agreement_kind(a.kind)),
            ("date", a.date or "undated"),
            ("place", a.place or "—"),
        ):
            lines.append(Line(columns((label, 6), value), sources=list(a.sources)))
        lines += entity_lines("Parties", [("", p) for p in a.parties], cat)
        lines += entity_lines("Signatories", [("", p) for p in a.signatories], cat)
        lines += entity_lines("Witnesses", [("", p) for p in a.witnesses], cat)
        lines += source_lines(d.sources)
        return lines
    lines += name_lines(d.names)
    if d.kind == "person":
        lines += role_lines("Roles", d.roles, of_person=True, cat=cat)
        lines += agreement_lines(d.agreements, me, cat)
        lines += entity_lines("Organisations", [("", e) for e in d.related], cat)
    else:
        lines += role_lines("Officials", d.roles, of_person=False, cat=cat)
        lines += agreement_lines(d.agreements, me, cat)
        lines += partner_lines(d.agreements, me, cat)
        parent = d.facts.get("parent")
        rel = [
            ("parent" if e.name == parent and i == 0 else "unit", e)
            for i, e in enumerate(d.related)
        ]
        lines += entity_lines("Parent and units", rel, cat)
    lines += merge_lines(merges or [])
    lines += source_lines(d.sources)
    return lines


def highlighted_sentence(src: Source) -> Text:
    """The sentence with the mention in reverse video."""
    text = Text(src.sentence)
    end = src.offset + len(src.surface)
    if src.sentence[src.offset : end] == src.surface:
        text.stylize("bold reverse", src.offset, end)
    else:  # the sentence was windowed or normalised: highlight the first match, if any
        at = src.sentence.find(src.surface)
        if at >= 0:
            text.stylize("bold reverse", at, at + len(src.surface))
    return text
