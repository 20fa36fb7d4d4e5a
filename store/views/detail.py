"""The detail view of one entity, built once for `ipx show` and the explorer.

A person: names in every script, roles on a year axis, the agreements signed or witnessed,
organisations. An organisation: agreements per year, partners ranked, heads over time
(store.views.timelines), then agreements, officials, names, parent and units. An agreement: its
kind, date and place, parties, signatories and witnesses. Each ends with what was merged
into it and the documents behind it. Organisations are called by their acronym where they
have one (IPOS), as in the lists.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

from store.queries import AgreementInfo, Detail, EntityRef, NameInfo, Source
from store.views.labels import agreement_kind, date_or_undated, validity
from store.views.refs import Ref, kind_noun
from store.views.sections import Cell, Column, Row, Section
from store.views.timelines import heads_section, partners_section, per_year_section, roles_section

NO_SOURCES = "none: reference data or typed in"


@dataclass(frozen=True, kw_only=True)
class MergeInfo:
    """A merge in force that folded another entity into this one."""

    id: int
    merged_id: int
    merged_name: str
    decided_by: str
    decided_at: datetime
    reason: str


@dataclass
class DetailView:
    detail: Detail  # the data behind the view (what `ipx show --json` prints)
    facts: list[tuple[str, str]]
    sections: list[Section]
    merges: list[MergeInfo] = field(default_factory=list)

    @property
    def ref(self) -> Ref:
        return Ref(self.detail.kind, self.detail.id, self.detail.name)

    @property
    def name(self) -> str:
        return self.detail.name

    @property
    def noun(self) -> str:
        return kind_noun(self.detail.kind)

    @property
    def reading(self) -> str | None:
        """The pinyin of a person known only by a Chinese name (shown marked as a reading)."""
        if self.detail.kind != "person":
            return None
        from store.views.readings import reading_of

        return reading_of(self.detail.name, [n.text for n in self.detail.names])

    @property
    def facts_line(self) -> str:
        return " · ".join(f"{label} {value}" for label, value in self.facts)


class _Names:
    """Short names: an organisation's acronym where it has one, else its name."""

    def __init__(self, acronyms: Mapping[int, str]) -> None:
        self.acronyms = acronyms

    def __call__(self, e: EntityRef) -> str:
        if e.kind == "organisation" and e.id in self.acronyms:
            return self.acronyms[e.id]
        return e.name


def facts(d: Detail) -> list[tuple[str, str]]:
    """The header's facts; the reference id and an organisation's parent (which has its
    own section) are left out, an agreement's kind reads as a word."""
    hidden = {"reference", "parent"} if d.kind == "organisation" else {"reference"}
    shown = [(label, value) for label, value in d.facts.items() if value and label not in hidden]
    if d.kind == "agreement":
        shown = [(k, agreement_kind(v) if k == "kind" else v) for k, v in shown]
    return shown


def names_section(names: list[NameInfo]) -> Section:
    rows = [
        Row(
            (
                Cell(n.text),
                Cell("/".join(x for x in (n.lang, n.script) if x)),
                Cell(validity(n.kind, n.valid_from, n.valid_to), "emph"),
            )
        )
        for n in names
    ]
    return Section("names", "Names", rows, (Column(cap=30, empty=10), Column(7)))


def _partners(a: AgreementInfo, me: tuple[str, int], short: _Names) -> str:
    return ", ".join(short(p) for p in a.parties if (p.kind, p.id) != me)


def agreements_section(
    agreements: list[AgreementInfo],
    me: tuple[str, int],
    short: _Names,
    *,
    title: str = "Agreements",
) -> Section:
    rows = []
    for a in agreements:
        role = ""
        if me[0] == "person":
            role = "signatory" if any((p.kind, p.id) == me for p in a.signatories) else "witness"
        with_ = _partners(a, me, short)
        note = " · ".join(x for x in (role, f"with {with_}" if with_ else "") if x)
        cells = [Cell(date_or_undated(a.date)), Cell(agreement_kind(a.kind)), Cell(a.title, "link")]
        if note:
            cells.append(Cell(note, "note"))
        rows.append(Row(tuple(cells), Ref("agreement", a.id, a.title), list(a.sources)))
    return Section("agreements", title, rows, (Column(10), Column(11)))


def entities_section(
    key: str, title: str, refs: list[tuple[str, EntityRef]], short: _Names
) -> Section:
    """Entities by name, with their short name beside when it differs; LABELs (parent,
    unit) make a first column when given."""
    labelled = any(label for label, _ in refs)
    rows = []
    for label, e in refs:
        cells = [Cell(label)] if labelled else []
        cells.append(Cell(e.name, "link"))
        if short(e) != e.name:
            cells.append(Cell(short(e), "note"))
        rows.append(Row(tuple(cells), e))
    return Section(key, title, rows, (Column(),) if labelled else ())


def merges_section(merges: list[MergeInfo]) -> Section:
    rows = [
        Row(
            (Cell(str(m.decided_at)[:10]), Cell(m.decided_by or "?"), Cell(m.merged_name, "emph")),
            merge_id=m.id,
        )
        for m in merges
    ]
    return Section("merges", "Merged into this", rows, (Column(10), Column(16)))


def sources_section(sources: list[Source]) -> Section:
    """One row per sentence that states the fact (store.queries.sources groups the
    mentions), newest document first, with the words it states the fact in."""
    rows = [
        Row(
            (
                Cell(date_or_undated(s.date)),
                Cell(s.title or s.path, "emph"),
                Cell(" ".join(f"“{w}”" for w in s.stated or [s.surface]), "note"),
            ),
            sources=[s],
        )
        for s in sources
    ]
    return Section("sources", "Sources", rows, (Column(10),), empty=NO_SOURCES)


def agreement_sections(d: Detail, a: AgreementInfo, short: _Names) -> list[Section]:
    facts = (
        ("kind", agreement_kind(a.kind)),
        ("date", date_or_undated(a.date)),
        ("place", a.place or "—"),
    )
    rows = [Row((Cell(label), Cell(value)), sources=list(a.sources)) for label, value in facts]
    return [
        Section("agreement", "Agreement", rows, (Column(6),), counted=False),
        entities_section("parties", "Parties", [("", p) for p in a.parties], short),
        entities_section("signatories", "Signatories", [("", p) for p in a.signatories], short),
        entities_section("witnesses", "Witnesses", [("", p) for p in a.witnesses], short),
        sources_section(d.sources),
    ]


def detail_view(
    d: Detail, *, acronyms: Mapping[int, str], merges: list[MergeInfo] | None = None
) -> DetailView:
    """The view of D; ACRONYMS give organisations' short names, MERGES what was merged in."""
    short = _Names(acronyms)
    merges = merges or []
    me = (d.kind, d.id)
    if d.kind == "agreement" and d.agreement is not None:
        sections = agreement_sections(d, d.agreement, short)
    elif d.kind == "person":
        sections = [
            names_section(d.names),
            roles_section("Roles", d.roles, of_person=True, short=short),
            agreements_section(d.agreements, me, short, title="Agreements signed or witnessed"),
            entities_section("organisations", "Organisations", [("", e) for e in d.related], short),
        ]
    else:
        parent = d.facts.get("parent")
        related = [
            ("parent" if e.name == parent and i == 0 else "unit", e)
            for i, e in enumerate(d.related)
        ]
        # when and with whom first (the chart, the partners, the heads), then the lists
        sections = [
            per_year_section(d.agreements),
            partners_section(d.agreements, me, short),
            heads_section(d.roles, short),
            agreements_section(d.agreements, me, short),
            roles_section("Officials", d.roles, of_person=False, short=short),
            names_section(d.names),
            entities_section("units", "Parent and units", related, short),
        ]
    if d.kind != "agreement":
        sections += [merges_section(merges), sources_section(d.sources)]
    return DetailView(d, facts(d), [s for s in sections if s.shown], merges)
