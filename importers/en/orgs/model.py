"""The organisations of one document, each with every form and mention the text gives it.

Every finder adds to one `Orgs`: a mention inside a longer one already recorded is dropped,
a name already known (folded), the same reference id or the same governed place joins the
existing entry, so that "World Intellectual Property Organization" and "WIPO" end up as one
organisation whatever finder saw them first.
"""

from __future__ import annotations

import re
from dataclasses import KW_ONLY, dataclass, field

from importers.en.places import same_place
from importers.gazetteer import RefOrg
from importers.guarded import guarded
from store.text import fold

ACRONYM = guarded(r"^[A-Z][A-Za-z]*[A-Z][A-Za-z0-9]*$|^[A-Z]{2,}[0-9]*$|^[A-Z]+[0-9]+$")


@dataclass(eq=False)
class OrgEntry:
    """One organisation: its best name, every form and mention, and what is known of it."""

    key: str
    name: str
    _: KW_ONLY
    forms: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    ref: RefOrg | None = None
    country: str | None = None
    kind: str | None = None
    place: str | None = None  # for governments: the place they govern, as written
    described: bool = False  # "the IP authority of Armenia": a counterpart not named

    def add_form(self, form: str) -> None:
        if form and form not in self.forms:
            self.forms.append(form)
        clean = re.sub(r"\s+", " ", form).strip()
        if "(" not in clean and better_name(clean, self.name):
            self.name = clean

    @property
    def made_up(self) -> bool:
        """A body made up from a country and a kind ("the IP authority of A"): a state's
        government that a country's name stands for ("the Chile-Malaysia FTA") is the state's
        own, no such body."""
        return self.described and self.kind != "government"

    def all_names(self) -> list[str]:
        """The names a body goes by: its forms in the text and, for a body the reference
        data knows, the reference's names, so that a text that writes only "KIPO" still
        names a Korean "Office" for "the Korean Office" to mean."""
        return [*self.forms, *(self.ref.all_names() if self.ref is not None else ())]


def better_name(new: str, old: str) -> bool:
    """Whether `new` is the fuller form: a spelled-out name beats an acronym, longer beats
    shorter, and a name with a straight apostrophe beats the same with a curly one. A name
    from a heading all in capitals or in title case gives way to the same name in running
    text."""
    if " " in new and new.casefold() == old.casefold():  # "Of The" in a title-case headline
        return sum(map(str.isupper, new)) < sum(map(str.isupper, old))
    if "(" in old and "(" not in new:
        return True
    if ACRONYM.match(new) and not ACRONYM.match(old):
        return False
    if ACRONYM.match(old) and not ACRONYM.match(new):
        return True
    return len(new) > len(old)


@dataclass
class Orgs:
    """The organisations of one document and where each is mentioned."""

    entries: list[OrgEntry] = field(default_factory=list)
    by_name: dict[str, OrgEntry] = field(default_factory=dict)
    mentions: list[tuple[int, int, OrgEntry]] = field(default_factory=list)
    non_org_acronyms: set[str] = field(default_factory=set)
    #: mentions of units seen through a title ("Director-General of the International
    #: Cooperation Department of CNIPA"): the unit stays in the title, not an organisation
    unit_spans: set[tuple[int, int]] = field(default_factory=set)
    #: mentions of a government only as the owner of what is said ("the Xland Government's
    #: commitment"): a government named in passing, unless another mention names it
    passing_spans: set[tuple[int, int]] = field(default_factory=set)

    def only_unit(self, entry: OrgEntry) -> bool:
        """Whether every mention of an entry is a unit inside a title."""
        return bool(entry.spans) and all(sp in self.unit_spans for sp in entry.spans)

    def only_in_passing(self, entry: OrgEntry) -> bool:
        """Whether every mention of an entry is in passing."""
        return bool(entry.spans) and all(sp in self.passing_spans for sp in entry.spans)

    def lookup(self, name: str) -> OrgEntry | None:
        return next(
            (e for v in _ip_variants(name) if (e := self.by_name.get(fold(v))) is not None), None
        )

    def add(
        self,
        name: str,
        start: int | None = None,
        end: int | None = None,
        *,
        ref: RefOrg | None = None,
        kind: str | None = None,
        country: str | None = None,
        place: str | None = None,
        described: bool = False,
        into: OrgEntry | None = None,
    ) -> OrgEntry:
        """Record a mention of `name`, merging with the entry that already has this name,
        the same reference id or (for governments) the same place."""
        entry = into or self.lookup(name)
        if entry is None and ref is not None:
            entry = next((e for e in self.entries if e.ref and e.ref.id == ref.id), None)
        if entry is None and place is not None:
            entry = next((e for e in self.entries if e.place and same_place(e.place, place)), None)
        if entry is None:
            # a key never used before: entries merged away leave gaps in the numbering
            used = {e.key for e in self.entries}
            n = len(self.entries) + 1
            while f"o{n}" in used:
                n += 1
            entry = OrgEntry(key=f"o{n}", name=name, described=described)
            self.entries.append(entry)
        entry.add_form(name)
        if described is False and entry.described and not ACRONYM.match(name):
            entry.described = False
        entry.ref = entry.ref or ref
        entry.kind = entry.kind or kind or (ref.kind if ref else None)
        entry.country = entry.country or country or (ref.country if ref else None)
        entry.place = entry.place or place
        self.by_name.setdefault(fold(name), entry)
        if start is not None and end is not None:
            self.add_span(entry, start, end)
        return entry

    def add_span(self, entry: OrgEntry, start: int, end: int) -> None:
        for i, (s, e, _) in enumerate(self.mentions):
            if s <= start and end <= e:
                return  # inside a longer mention already recorded
            if start <= s and e <= end:
                self.mentions[i] = (start, end, entry)
                entry.spans.append((start, end))
                return
        self.mentions.append((start, end, entry))
        entry.spans.append((start, end))

    def add_nested(self, entry: OrgEntry, start: int, end: int) -> None:
        """Record a mention inside a longer one that stays recorded: "OAPI" in "the OAPI
        Administrative Council" names the body as well as its organ, where `add_span` would
        keep only the longer mention."""
        self.mentions.append((start, end, entry))
        entry.spans.append((start, end))

    # The tests over every mention below are plain loops, not any() over a generator: they
    # run for nearly every candidate of a text against all its mentions, and the loop takes
    # a third of the time (a long report spends a few per cent of its reading here).

    def covered(self, start: int, end: int) -> bool:
        """Whether a recorded mention holds start..end."""
        for s, e, _ in self.mentions:  # noqa: SIM110 (a loop, as said above)
            if s <= start and end <= e:
                return True
        return False

    def ends_at(self, start: int, end: int) -> bool:
        """Whether a recorded mention that starts before `start` ends at `end`."""
        for s, e, _ in self.mentions:  # noqa: SIM110
            if e == end and s < start:
                return True
        return False

    def overlapped(self, start: int, end: int) -> bool:
        """Whether a recorded mention shares a character with start..end."""
        for s, e, _ in self.mentions:  # noqa: SIM110
            if s < end and start < e:
                return True
        return False

    def at(self, pos: int) -> tuple[int, int, OrgEntry] | None:
        """The mention that starts at `pos`."""
        return next((m for m in self.mentions if m[0] == pos), None)

    def between(self, start: int, end: int) -> list[tuple[int, int, OrgEntry]]:
        return sorted(m for m in self.mentions if start <= m[0] and m[1] <= end)

    def count(self, entry: OrgEntry) -> int:
        return sum(1 for m in self.mentions if m[2] is entry)

    def drop(self, entry: OrgEntry) -> None:
        """Forget an entry: its mentions and every name that leads to it."""
        self.entries.remove(entry)
        self.mentions = [m for m in self.mentions if m[2] is not entry]
        for key in [k for k, v in self.by_name.items() if v is entry]:
            del self.by_name[key]


def _ip_variants(name: str) -> list[str]:
    """A name as written and with "IP" spelled out or abbreviated: "Egyptian IP Authority" is
    the "Egyptian Intellectual Property Authority" of the same text."""
    out = [name]
    if re.search(r"\bIP\b", name):
        out.append(re.sub(r"\bIP\b", "Intellectual Property", name))
    if "Intellectual Property" in name:
        out.append(name.replace("Intellectual Property", "IP"))
    return out


def merge(orgs: Orgs, keep: OrgEntry, drop: OrgEntry) -> None:
    for f in drop.forms:
        keep.add_form(f)
        orgs.by_name[fold(f)] = keep
    keep.spans.extend(drop.spans)
    keep.described = keep.described and drop.described
    orgs.mentions = [(s, e, keep if x is drop else x) for s, e, x in orgs.mentions]
    orgs.entries.remove(drop)
