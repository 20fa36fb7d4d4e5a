"""The organisation mentions of one document, found in order and kept up to date while the
people are read (a list item may name an organisation; a later mention may use a short form)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from importers.gazetteer import Reference, RefOrg, alternation
from importers.zh import grid
from importers.zh import lex as zh_lex
from importers.zh import state as zh_state
from importers.zh import table as zh_table
from importers.zh.orgs import (
    aliases,
    bracketed,
    chambers,
    collective,
    committees,
    contracted,
    counted,
    directorates,
    faculties,
    firms,
    formal,
    gazetteer,
    grown,
    history,
    infobox,
    latin,
    legal_forms,
    level_names,
    members,
    offices,
    own_missions,
    own_schools,
    phrases,
    short_offices,
)
from importers.zh.orgs.mention import Mention, select
from importers.zh.orgs.shape import (
    before_government_kind,
    field_kind_of_place,
    generic_kind,
    group_offices,
    of_countries,
)
from importers.zh.orgs.units import (
    addressees,
    general_office,
    lone_department,
    organ_of_known,
    unit_of,
)
from importers.zh.roles import PersonHit
from importers.zh.text import View
from store.text import fold, to_simplified, to_traditional


@dataclass
class OrgIndex:
    """The organisation mentions of one document and their grouping into organisations."""

    v: View
    reference: Reference
    mentions: list[Mention] = field(default_factory=list)
    alias_of: dict[str, str] = field(default_factory=dict)  # folded alias -> folded name
    rows: list[zh_table.Row] = field(default_factory=list)  # participant table rows
    groups: list[collective.Group] = field(default_factory=list)  # 中日韩三局, 五局
    former: set[str] = field(default_factory=set)  # folded earlier names (前身为 X)

    def find(self, toks: list[zh_lex.Token]) -> None:
        text = self.v.text
        gaz = gazetteer.gazetteer(text, self.reference, self.v.as_written, toks)
        names = grown.grown(text, toks, gaz)
        branch = offices.branches(text, toks, names, gaz)
        branch += offices.parented_branches(text, toks, names)
        marked = bracketed.bracketed(text, toks, gaz + names)
        english = latin.latin(text, gaz + names + marked)
        self.rows = zh_table.rows(text) + grid.grid_rows(text)
        table = [Mention(*r.org_span, r.org, source="table") for r in self.rows]
        found = gaz + names + branch + marked + english + grown.listed(text, toks) + table
        found += bracketed.placed_companies(text, toks) + chambers.chambers(toks)
        found += firms.firms(text, toks) + counted.counted_items(text, toks)
        found += short_offices.short_offices(text, toks)
        found += directorates.directorates(text, toks, gaz) + addressees(text, gaz)
        found += directorates.portfolio_ministries(text, toks)
        found = contracted.split_all(text, toks, found)
        found = [general_office(m) for m in found]
        found = [faculties.at_university(text, m) or m for m in found]
        found = [m for m in found if not generic_kind(m.name) and not _board(text, m, found)]
        found = [m for m in found if not lone_department(m)]
        found = [m for m in found if not committees.in_title(text, m, found)]
        found = [committees.court_of_committee(text, m) for m in found]
        found = [m for m in found if not of_countries(text, m.start, m.name)]
        found = [m for m in found if not _in_proposal(text, m, found)]
        found = [m for m in found if not phrases.phrase(text, m, gaz)]
        found = [m for m in found if not before_government_kind(text, m)]
        found = [m for m in found if not phrases.venue(text, m)]
        places = phrases.place_names([t.word for t in toks if t.pos == "ns"])
        found = [m for m in found if not phrases.placed_modifier(text, m, places)]
        found = [m for m in found if not field_kind_of_place(m.name, places)]
        found = [m for m in found if not phrases.place_role(text, m, places)]
        found = [m for m in found if not phrases.instrument_modifier(m, toks)]
        found = [
            m for m in found if not phrases.placed_seat(m, toks) and not phrases.field_government(m)
        ]
        found = [m for m in found if not phrases.region_use(text, m)]
        found = [m for m in found if not phrases.each_level(text, m)]
        found = [m for m in found if not _organ_of_known(text, m, gaz)]
        found = [m for m in found if not group_offices(m, gaz)]
        found = [m for m in found if not gazetteer.inside_field(text, m.start, m.name)]
        found = offices.without_group_postings(text, found)
        found += offices.stationed(text, found)
        found += offices.regional(text, found)
        found += offices.missions(text, toks, found)
        found += offices.represented(text, found)
        latin.descriptors(text, found)
        grown.in_titles(text, found)
        found = [m for m in found if not _session(text, m)]  # before the longest wins
        found = [legal_forms.with_legal_form(text, m) for m in found]  # 财团法人 + 某研究院
        self.mentions = [m for m in select(found) if not _label(text, m)]
        own_missions.stationed(text, self.mentions)
        self.mentions = own_missions.with_offices(text, self.mentions)
        self.mentions = sorted(
            self.mentions + aliases.bare_plates(text, self.mentions), key=lambda m: m.start
        )
        self._aliases()
        self.alias_of = {**legal_forms.bare_names(self.mentions, self.key), **self.alias_of}
        self._local_short_forms()
        self._with_short_name()
        self._renamed()
        self._self_references()
        self._drop_units()
        self._members()
        for m, target in contracted.renamed_by_parts(self.mentions, self._name_key):
            if target != fold(m.name):  # 台湾 + 某研院, 某大 + 技术转移中心: a known body
                self.alias_of.setdefault(fold(m.name), target)
        self._collectives()

    def _aliases(self) -> None:
        for m, alias, start, end in aliases.aliases_after(self.v.text, self.mentions):
            self.alias_of[fold(alias)] = self.key(m)
            if not any(o.start <= start < o.end for o in self.mentions):
                self.mentions.append(Mention(start, end, alias, m.ref, "alias"))
        self.mentions.sort(key=lambda m: m.start)
        for mixed, body in aliases.latin_headed(self.reference, self.mentions):
            self.alias_of.setdefault(fold(mixed.name), self.key(body))  # IPOS国际公司

    def _local_short_forms(self) -> None:
        """市贸促会 after 中国国际贸易促进委员会某市委员会: the local committee, not the
        national body (`level_names`)."""
        found = list(level_names.local_short_forms(self.v.text, self.mentions, self.reference))
        for short, local in found:
            self.alias_of[fold(short.name)] = self.key(local)
            self.mentions = [m for m in self.mentions if not short.start <= m.start < short.end]
            self.mentions.append(short)
        self.mentions.sort(key=lambda m: m.start)

    def _with_short_name(self) -> None:
        """X局专利局 + 广东中心 beside X局专利局专利审查协作广东中心（广东中心）: a name made of
        the opening of a body's full name and the short name the text gives that body names
        that body (a headline's shortened form), not a second one."""
        for m in self.mentions:
            if m.ref is not None or m.source not in ("pattern", "listed"):
                continue
            for k in range(2, len(m.name) - 1):
                target = self.alias_of.get(fold(m.name[k:]))
                if target is None:
                    continue
                full = next((o for o in self.mentions if self.key(o) == target), None)
                if full is not None and full.name.startswith(m.name[:k]) and full is not m:
                    self.alias_of.setdefault(fold(m.name), target)
                    break

    def _renamed(self) -> None:
        """韩国知识产权处（原韩国知识产权局）: the new name is a name of the body, and so is
        the earlier name a sentence gives it after 前身为."""
        for new, old in aliases.renamed(self.v.text, self.mentions):
            if not any(o.start < new.end and new.start < o.end for o in self.mentions):
                self.alias_of[fold(new.name)] = self.key(old)
                self.mentions.append(new)
        self._former_names()
        self._history()
        self.mentions.sort(key=lambda m: m.start)

    def _history(self) -> None:
        """更名为, 在A基础上组建B (`history`) and an entry's 简称/外文名 fields (`infobox`):
        a body's earlier and other names are names of that body."""
        for old, new in history.earlier_names(self.v.text, self.mentions):
            if old.ref is None or (new.ref is not None and old.ref.id == new.ref.id):
                self.alias_of.setdefault(fold(old.name), self.key(new))
                self.former.add(fold(old.name))
        for other, subject in infobox.other_names(self.v.text, self.mentions):
            self.alias_of.setdefault(fold(other.name), self.key(subject))
            if not any(o.start < other.end and other.start < o.end for o in self.mentions):
                self.mentions.append(other)

    def _former_names(self) -> None:
        """某处成立于…，前身为Y: Y is the body's earlier name (`aliases.former_names`)."""
        for old, body in aliases.former_names(self.v.text, self.mentions):
            if fold(old.name) not in self.alias_of:
                self.alias_of[fold(old.name)] = self.key(body)
                self.former.add(fold(old.name))

    def _drop_units(self) -> None:
        """大疆知识产权部 after 深圳市大疆创新科技有限公司（简称“大疆”）: a unit of an organisation
        the text names, not one of its own, where a title follows (the unit stays in the
        title; `rescan` then finds the organisation's name at its start). Named as a body of
        its own, the unit is one organisation with its parent in its name."""
        names = {m.name for m in self.mentions if len(m.name) >= 2}
        text = self.v.text
        self.mentions = [
            m
            for m in self.mentions
            if not unit_of(m, names, text) or not zh_lex.title_regex().match(text, m.end)
        ]

    def _members(self) -> None:
        """Members of lists of organisations next to known ones (`members.coordinated`)."""
        more = members.coordinated(self.v.text, self.mentions)
        self.mentions = sorted(self.mentions + more, key=lambda m: m.start)

    def _collectives(self) -> None:
        """中日韩三局, 中美欧日韩五局, 五局: groups of the bodies the text names, never new
        organisations; a group the reference knows (IP5) is a mention of it."""
        self.groups = collective.find(self.v.text, self.mentions, self.reference)
        spans = [(g.start, g.end) for g in self.groups]
        kept = [
            m
            for m in self.mentions
            if not any(s <= m.start and m.end <= e and m.source != "gazetteer" for s, e in spans)
        ]
        for g in self.groups:
            if g.mention is not None:
                kept = [m for m in kept if not (m.start < g.end and g.start < m.end)]
                kept.append(g.mention)
        self.mentions = sorted(kept, key=lambda m: m.start)

    def _self_references(self) -> None:
        """我局/本局/省局 in an office's own news, 使馆/我馆 on a mission's page: mentions of
        that office or mission (not aliases)."""
        for m, target in own_missions.own_words(self.v.text, self.mentions):
            if m is not target:
                self.alias_of[fold(m.name)] = self.key(target)
            self.mentions.append(m)
        for m, target in zh_state.self_references(self.v.text, self.mentions):
            self.alias_of[fold(m.name)] = self.key(target)
            self.mentions.append(m)
        for m, target in own_schools.own_words(self.v.text, self.mentions):
            self.alias_of[fold(m.name)] = self.key(target)  # 本校 on a university's page
            self.mentions.append(m)
        self.mentions.sort(key=lambda m: m.start)

    def add_governments(self, mentions: list[Mention]) -> None:
        """National governments of heads of state and envoys (see `zh_state`)."""
        self.mentions = sorted(self.mentions + mentions, key=lambda m: m.start)

    def add_bare_governments(self) -> None:
        """市政府 alone: the one city government the text names or implies (`level_names`)."""
        for bare, gov in list(level_names.bare_governments(self.v.text, self.mentions)):
            self.alias_of[fold(bare.name)] = self.key(gov)
            if not any(m is bare for m in self.mentions):
                self.mentions.append(bare)
        self.mentions.sort(key=lambda m: m.start)

    def add_item_orgs(self, hits: list[PersonHit]) -> None:
        """Organisations found inside list items (开建办 in 开建办科技处副处长)."""
        for h in hits:
            if h.new_org:
                s, e = h.new_org
                written = self.v.as_written(s, e)  # 知識產權署 as written, or a body the
                ref = self.reference.org_named(written) or self.reference.org_named(
                    to_traditional(written)  # reference names in Traditional only
                )
                m = Mention(s, e, self.v.text[s:e], ref, source="pattern")
                self.mentions.append(m)
                h.org = m
        self.mentions.sort(key=lambda m: m.start)

    def rescan(self) -> None:
        """Later mentions of names first found by pattern or alias (知创中心, IMDA), which may
        name a body the text gave an earlier name (前身为)."""
        names = [m.name for m in self.mentions if m.source not in ("gazetteer", "self", "implied")]
        more = gazetteer.find_all(self.v.text, names, self.mentions)
        by_name = {fold(m.name): m for m in self.mentions}
        for m in more:
            first = by_name.get(fold(m.name))
            m.ref = first.ref if first else None
        kept = [
            m for m in self.mentions if not any(o.start <= m.start and m.end <= o.end for o in more)
        ]
        self.mentions = sorted(kept + more, key=lambda m: m.start)
        self._short_forms()
        self._former_names()

    def _short_forms(self) -> None:
        """Short forms of names given in full (徐工集团 of 徐工集团工程机械股份有限公司,
        知识产权署 of 香港特别行政区政府知识产权署): mentions of that organisation."""
        more: list[Mention] = []
        for m in list(self.mentions):
            for short in aliases.short_forms(m.name) + contracted.contractions(self.v.text, m.name):
                known = self.reference.org_named(short) or self.reference.org_named(
                    to_traditional(short)  # a body the reference names in Traditional only
                )
                if known is not None and (m.ref is None or known.id != m.ref.id):
                    self._under_government(m, known)
                    continue  # a name of its own
                self.alias_of.setdefault(fold(short), self.key(m))
                for hit in gazetteer.find_short(self.v.text, short, self.mentions + more):
                    hit.ref = m.ref
                    more.append(hit)
        more += self._region_governments(self.mentions + more)
        more += self._without_country(self.mentions + more)
        more += self._without_parent(self.mentions + more)
        self._abbreviated()
        for m in self.mentions:
            if m.ref is None and m.source != "self":
                m.ref = formal.known_as(m.name, self.reference)
            inside = aliases.without_ministry(to_simplified(m.name)) if m.ref is None else None
            known = formal.in_place(inside[0], self.reference) if inside else None
            if inside and known is not None and known.country == inside[1]:
                m.ref = known  # the body, named with the ministry it sits in
        kept = [
            m for m in self.mentions if not any(gazetteer.cut_tail(m, h.start, h.end) for h in more)
        ]
        self.mentions = contracted.unit_forms(self.v.text, kept + more, self.alias_of, self.key)

    def _abbreviated(self) -> None:
        """葡工业产权局 beside 葡萄牙国家工业产权局: a name with one character for its country
        is the one body of the text (else of the reference) it abbreviates."""
        for m in self.mentions:
            if m.ref is not None or m.source in ("self", "alias"):
                continue
            fulls = {fold(full) for full, _ in formal.expansions(m.name)}
            targets = {self.key(o): o for o in self.mentions if fold(o.name) in fulls}
            if len(targets) == 1:
                ((key, target),) = targets.items()
                m.ref = target.ref
                self.alias_of.setdefault(fold(m.name), key)
            elif not targets:
                m.ref = formal.abbreviated(m.name, self.reference)

    def _without_country(self, taken: list[Mention]) -> list[Mention]:
        """韩国特许厅, then 特许厅 alone: a body first named with its country (or its city:
        广州暨南大学) is named again without it, where only one body of the text ends so
        (特许厅 is also Japan's office, so the short form is read in one text only, never
        looked up)."""
        return self._shortened(
            taken, lambda n: aliases.without_country(n) or aliases.without_place(n)
        )

    def _without_parent(self, taken: list[Mention]) -> list[Mention]:
        """X大学Y学院 or X组织中国办事处, then the college or the office alone: a body first
        named after the body it belongs to (one the text or the reference names, or a name
        of its own shape: X大学) is named again without it, where only one body of the text
        ends so."""
        names = {m.name for m in self.mentions if m.source not in ("self", "alias")}

        def parent(head: str) -> bool:
            return self.reference.org_named(head) is not None or aliases.named_alone(head)

        def shorten(name: str) -> str | None:
            heads = {name[:k] for k in range(2, len(name) - 3) if parent(name[:k])}
            return aliases.without_parent(name, names | heads)

        # X(ACRONYM)中国办事处: after a bracket the office is still named with its parent
        text = self.v.text
        return [h for h in self._shortened(taken, shorten) if text[h.start - 1 : h.start] != ")"]

    def _shortened(
        self, taken: list[Mention], shorten: Callable[[str], str | None]
    ) -> list[Mention]:
        """Mentions of the short forms `shorten` makes of the text's names, each short form
        owned by the one body it shortens (none where two bodies shorten alike)."""
        owners: dict[str, set[str]] = {}
        first: dict[str, Mention] = {}
        for m in self.mentions:
            short = shorten(m.name)
            if short is not None and self.reference.org_named(short) is None:
                owners.setdefault(short, set()).add(self.key(m))
                first.setdefault(short, m)
        hits: list[Mention] = []
        for short, keys in owners.items():
            if len(keys) != 1:
                continue
            m = first[short]
            self.alias_of.setdefault(fold(short), self.key(m))
            for hit in gazetteer.find_short(self.v.text, short, taken + hits):
                hit.ref = m.ref
                hits.append(hit)
        return hits

    def _under_government(self, m: Mention, known: RefOrg) -> None:
        """香港特区政府商务及经济发展局: a known body named after its own government is that
        body (its government is its parent in the reference, or of its country)."""
        k = m.name.rfind("政府")
        government = self.reference.org_named(m.name[: k + 2]) if k > 0 else None
        if m.ref is not None or government is None or government.id == known.id:
            return
        if known.parent == government.id or (known.country or "") == government.country:
            m.ref = known

    def _region_governments(self, taken: list[Mention]) -> list[Mention]:
        """特区政府 in a text that names a body of one region's government (澳门特别行政区政府
        经济及科技发展局) and not its government alone: that government."""
        govs = {
            ref.id: (ref, short)
            for m in self.mentions
            for full, short in aliases.region_governments(m.name)
            if (ref := self.reference.org_named(full)) is not None
        }
        if len(govs) != 1:
            return []
        ((ref, short),) = govs.values()
        hits = gazetteer.find_short(self.v.text, short, taken)
        for hit in hits + [m for m in taken if m.name == short and m.ref is None]:
            hit.ref = ref
        return hits

    def _name_key(self, name: str) -> str:
        return self.key(Mention(0, 0, name))

    def key(self, m: Mention) -> str:
        """The grouping key of a mention: reference id, else its folded name (or alias)."""
        if m.ref is not None:
            return "ref:" + m.ref.id
        key = fold(m.name)
        seen: set[str] = set()
        while key in self.alias_of and key not in seen:
            seen.add(key)
            key = self.alias_of[key]
        ref = self.reference.org_named(m.name)
        if ref is not None and ref.kind != "programme":
            m.ref = ref
            return "ref:" + ref.id
        return key


def _board(text: str, m: Mention, found: list[Mention]) -> bool:
    """新加坡知识产权局 + 理事会 + 理事长: a body's board before a title is part of the title
    (理事会理事长 at the body, see `roles`), not a body of its own."""
    if m.source != "pattern" or not zh_lex.title_regex().match(text, m.end):
        return False
    board = next((b for b in zh_lex.people_lexicon("boards") if m.name.endswith(b)), None)
    cut = m.end - len(board) if board else -1
    if text[cut - 1 : cut] == ")" and "(" in text[m.start : cut]:
        cut = text.rindex("(", m.start, cut)  # X基金（Y基金）行政委员会: the body's short form
    return board is not None and any(k.end == cut and k.start >= m.start for k in found)


def _in_proposal(text: str, m: Mention, found: list[Mention]) -> bool:
    """东盟 inside 建议的“X—东盟Y联盟”: a known body inside the quoted name of a body only
    proposed modifies that name; the text does not mention the body itself there."""
    return any(
        p.source == "pattern" and p.start <= m.start and m.end <= p.end and p is not m
        for p in found
        if phrases.proposed(text, p)
    )


def _label(text: str, m: Mention) -> bool:
    """【欧盟】 opening a digest's item: a section label (a place, a topic), not a mention of
    a body the item reports on."""
    return text[m.start - 1 : m.start] == "【" and text[m.end : m.end + 1] == "】"


def _organ_of_known(text: str, m: Mention, known: list[Mention]) -> bool:
    """An organ of a known body (`units.organ_of_known`), unless it is named as a session
    (`_session`): a meeting, which stays as it is."""
    return organ_of_known(m, known) and not _session(text, m)


def _session(text: str, m: Mention) -> bool:
    """X成员国大会第65届系列会议, 出席X成员国大会期间: an organ named with a session number,
    or framed as a meeting being held, names a meeting (the body it is an organ of is named
    on its own), not an organisation of the text. Dropped before the longest match is
    chosen, so that X inside it (世界知识产权组织(WIPO)成员国大会) is still X's mention."""
    if m.source == "gazetteer" or not m.name.endswith(zh_lex.words("organ_suffixes")):
        return False
    return (
        _session_regex().match(text, m.end) is not None
        or _YEAR_BEFORE.search(text, max(0, m.start - 8), m.start) is not None
    )


#: 2023世界X大会, 2024年X大会: an organ-like name right after a year is that year's edition
#: of an event, not a standing body.
_YEAR_BEFORE = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}\s*年?\s*$")


@cache
def _session_regex() -> re.Pattern[str]:
    """第65届, 第三次: the number of a session; 期间, 会议: a meeting's frame."""
    markers = alternation(zh_lex.words("event_markers"))
    frames = alternation(zh_lex.words("meeting_frames"))
    return re.compile(rf"\s*(?:第\s*[0-9{zh_lex.numerals()}]+\s*(?:{markers})|(?:{frames}))")
