"""Facts of a Chinese document: organisations, officials with roles, agreements ("zh/1").

The pipeline, on a cleaned view of the text (`zh_text`: wraps joined, URL and source lines
removed, every character mapped back to the original so spans are exact):

1. organisations (`zh_orgs`): reference names, names grown from a place to an organisation
   suffix with jieba words, bracketed acronyms and 简称 aliases, English names;
2. people (`zh_people`): [机构][职务][姓名], 、-lists sharing an organisation, 邓先生 and
   钟梓坚局长 referring back, names in table cells;
3. agreements (`zh_agree`): a signing verb with a document noun, parties in the clause.

Mentions are grouped into one `OrgFact`/`PersonFact` per entity within the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from importers.facts import AgreementFact, DocumentFacts, OrgFact, PersonFact, RoleFact
from importers.gazetteer import Reference
from importers.zh import agree as zh_agree
from importers.zh import lex as zh_lex
from importers.zh import orgs as zh_orgs
from importers.zh import state as zh_state
from importers.zh import table as zh_table
from importers.zh.orgs import Mention
from importers.zh.people import PeopleFinder, PersonHit, reference_people
from importers.zh.text import View, view
from store.text import fold

EXTRACTOR = "zh/1"

# Organisation kinds guessed from the suffix when no reference entry matches.
KIND_BY_SUFFIX: tuple[tuple[str, str], ...] = (
    ("律师事务所", "law_firm"),
    ("LLC", "law_firm"),
    ("LLP", "law_firm"),
    ("法院", "court"),
    ("大学", "university"),
    ("学院", "university"),
    ("知识产权局", "ip_office"),
    ("专利局", "ip_office"),
    ("商标局", "ip_office"),
    ("政府", "government"),
    ("部", "government"),
    ("委员会", "government"),
    ("协会", "association"),
    ("学会", "association"),
    ("联合会", "association"),
    ("总会", "association"),
    ("商会", "association"),
    ("公司", "company"),
    ("集团", "company"),
)


def extract(
    text: str, *, date: str | None, reference: Reference, repaired: bool = False
) -> DocumentFacts:
    """All facts the Chinese `text` states; spans are offsets into `text` as given.
    `repaired`: the readers already joined wrapped lines, so line breaks are boundaries."""
    zh_lex.prime(reference)
    v = view(text, repaired=repaired)
    date = date or zh_agree.dateline(v.text)
    toks = zh_lex.tokens(v.text)
    orgs = OrgIndex(v, reference)
    orgs.find(toks)
    orgs.rescan()
    people = PeopleFinder(v.text, toks, orgs.mentions)
    people.table_rows(orgs.rows)
    people.titled()
    orgs.add_item_orgs(people.hits)
    orgs.rescan()
    people.orgs = orgs.mentions
    people.named_then_titled()
    people.table_cells()
    people.government_roles()
    orgs.add_governments(zh_state.national_roles(v.text, people.hits, orgs.mentions, reference))
    known = {h.name: h.name for h in people.hits}
    known.update({n: n for _s, _e, n in reference_people(v.text, reference)})
    people.referred(known)
    facts = DocumentFacts(extractor=EXTRACTOR)
    org_keys = orgs.facts(facts)
    _people_facts(v, people.hits, org_keys, reference, facts)
    _agreement_facts(v, orgs.mentions, org_keys, facts, date)
    return facts


@dataclass
class OrgIndex:
    """The organisation mentions of one document and their grouping into organisations."""

    v: View
    reference: Reference
    mentions: list[Mention] = field(default_factory=list)
    alias_of: dict[str, str] = field(default_factory=dict)  # folded alias -> folded name
    rows: list[zh_table.Row] = field(default_factory=list)  # participant table rows

    def find(self, toks: list[zh_lex.Token]) -> None:
        text = self.v.text
        gaz = zh_orgs.gazetteer(text, self.reference)
        grown = zh_orgs.grown(text, toks, gaz)
        branch = zh_orgs.branches(text, toks, grown, gaz)
        marked = zh_orgs.bracketed(text, toks, gaz + grown)
        latin = zh_orgs.latin(text, gaz + grown + marked)
        self.rows = zh_table.rows(text)
        table = [Mention(*r.org_span, r.org, source="table") for r in self.rows]
        found = gaz + grown + branch + marked + latin + zh_orgs.listed(text, toks) + table
        found += zh_orgs.stationed(text, found)
        zh_orgs.descriptors(text, found)
        zh_orgs.in_titles(text, found)
        self.mentions = zh_orgs.select(found)
        self._aliases()
        self._self_references()
        self._drop_units()
        self._members()

    def _aliases(self) -> None:
        for m, alias, start, end in zh_orgs.aliases_after(self.v.text, self.mentions):
            self.alias_of[fold(alias)] = self._key(m)
            if not any(o.start <= start < o.end for o in self.mentions):
                self.mentions.append(Mention(start, end, alias, m.ref, "alias"))
        self.mentions.sort(key=lambda m: m.start)

    def _drop_units(self) -> None:
        """大疆知识产权部 after 深圳市大疆创新科技有限公司（简称“大疆”）: a unit of an organisation
        the text names, not one of its own (the unit stays in a title; `rescan` then finds
        the organisation's name at its start)."""
        names = {m.name for m in self.mentions if len(m.name) >= 2}
        text = self.v.text
        self.mentions = [m for m in self.mentions if not _unit_of(m, names, text)]

    def _members(self) -> None:
        """Members of lists of organisations next to known ones (`zh_orgs.coordinated`)."""
        more = zh_orgs.coordinated(self.v.text, self.mentions)
        self.mentions = sorted(self.mentions + more, key=lambda m: m.start)

    def _self_references(self) -> None:
        """我局/本局/省局 in an office's own news: mentions of that office (not aliases)."""
        for m, target in zh_state.self_references(self.v.text, self.mentions):
            self.alias_of[fold(m.name)] = self._key(target)
            self.mentions.append(m)
        self.mentions.sort(key=lambda m: m.start)

    def add_governments(self, mentions: list[Mention]) -> None:
        """National governments of heads of state and envoys (see `zh_state`)."""
        self.mentions = sorted(self.mentions + mentions, key=lambda m: m.start)

    def add_item_orgs(self, hits: list[PersonHit]) -> None:
        """Organisations found inside list items (开建办 in 开建办科技处副处长)."""
        for h in hits:
            if h.new_org:
                s, e = h.new_org
                m = Mention(s, e, self.v.text[s:e], source="pattern")
                self.mentions.append(m)
                h.org = m
        self.mentions.sort(key=lambda m: m.start)

    def rescan(self) -> None:
        """Later mentions of names first found by pattern or alias (知创中心, IMDA)."""
        names = [m.name for m in self.mentions if m.source not in ("gazetteer", "self", "implied")]
        more = zh_orgs.find_all(self.v.text, names, self.mentions)
        by_name = {fold(m.name): m for m in self.mentions}
        for m in more:
            first = by_name.get(fold(m.name))
            m.ref = first.ref if first else None
        self.mentions = sorted(self.mentions + more, key=lambda m: m.start)
        self._short_forms()

    def _short_forms(self) -> None:
        """Short forms of names given in full (徐工集团 of 徐工集团工程机械股份有限公司,
        知识产权署 of 香港特别行政区政府知识产权署): mentions of that organisation."""
        more: list[Mention] = []
        for m in list(self.mentions):
            for short in zh_orgs.short_forms(m.name):
                if self.reference.org_named(short) is not None:
                    continue  # a name of its own
                self.alias_of.setdefault(fold(short), self._key(m))
                for hit in zh_orgs.find_short(self.v.text, short, self.mentions + more):
                    hit.ref = m.ref
                    more.append(hit)
        self.mentions = sorted(self.mentions + more, key=lambda m: m.start)

    def _key(self, m: Mention) -> str:
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

    def _place_merge(self, keys: dict[str, list[Mention]]) -> dict[str, str]:
        """中国贸促会 and 贸促会 are one organisation: a name that is a place plus another."""
        merged: dict[str, str] = {}
        names = {fold(m.name): k for k, ms in keys.items() for m in ms}
        for key, ms in keys.items():
            for m in ms:
                for place in zh_orgs._place_words():
                    rest = fold(m.name[len(place) :]) if m.name.startswith(place) else ""
                    if rest and rest in names and names[rest] != key and len(rest) >= 3:
                        merged[key] = names[rest]
        return merged

    def _dual_merge(self) -> dict[str, str]:
        """X（Y）: both names of one body; the group of Y joins the group of X."""
        return {
            self._key(y): self._key(x)
            for x, y in zh_orgs.duals(self.v.text, self.mentions)
            if self._key(x) != self._key(y)
        }

    def _level_merge(self, keys: dict[str, list[Mention]]) -> dict[str, str]:
        """省知识产权局 and 省市场监管局 in a text that names 浙江省知识产权局 and
        浙江省市场监督管理局: the province's own office, named without the province."""
        full = [(k, m.name) for k, ms in keys.items() for m in ms]
        merged: dict[str, str] = {}
        for key, ms in keys.items():
            for m in ms:
                target = _level_target(m.name, [(k, n) for k, n in full if k != key])
                if target is not None:
                    merged[key] = target
        return merged

    def facts(self, facts: DocumentFacts) -> dict[int, str]:
        """One OrgFact per organisation; returns id(mention) -> OrgFact key."""
        groups: dict[str, list[Mention]] = {}
        for m in self.mentions:
            groups.setdefault(self._key(m), []).append(m)
        merges = (self._dual_merge, lambda: self._place_merge(groups), lambda: _state_merge(groups))
        for merge in merges:
            for src, dst in merge().items():
                _move(groups, src, dst)
        for src, dst in self._level_merge(groups).items():
            _move(groups, src, dst)
        out: dict[int, str] = {}
        for n, (_key, ms) in enumerate(groups.items(), 1):
            fact = self._fact(f"o{n}", ms)
            facts.orgs.append(fact)
            for m in ms:
                out[id(m)] = fact.key
        return out

    def _written(self, m: Mention) -> str:
        """The mention as written; for a government implied by a title, the country's name
        as written (哈萨克斯坦), or its name when the text names no country."""
        text = self.v.text[m.start : m.end]
        if m.source == "implied" and not m.name.startswith(text):
            return m.name
        return zh_orgs.squash(self.v.as_written(m.start, m.end))

    def _fact(self, key: str, ms: list[Mention]) -> OrgFact:
        ref = next((m.ref for m in ms if m.ref), None)
        named = [m for m in ms if m.source != "self"] or ms
        surfaces = list(dict.fromkeys(m.name for m in named))
        han = [s for s in surfaces if zh_lex.HAN.search(s)]
        name = max(han, key=len) if han else (ref.name if ref else max(surfaces, key=len))
        written = [self._written(m) for m in named]
        aliases = [s for s in dict.fromkeys(surfaces + written) if s != name]
        if ref:
            aliases += [ref.name, *(n.text for n in ref.names if n.kind == "acronym")]
        aliases = [a for a in dict.fromkeys(aliases) if fold(a) != fold(name)]
        return OrgFact(
            key=key,
            name=name,
            aliases=aliases,
            kind=ref.kind if ref else _kind(name),
            country=ref.country if ref else _country(name),
            ref=ref.id if ref else None,
            spans=[self.v.span(m.start, m.end) for m in ms],
            confidence=1.0 if ref else 0.7,
        )


def _unit_of(m: Mention, names: set[str], text: str) -> bool:
    """A name found by pattern that is another organisation's name plus a unit (部, 处), or a
    unit written right after another organisation's name (星河 + 法务部)."""
    if m.source != "pattern" or not m.name.endswith(zh_orgs.UNIT_ENDS[:-1]):
        return False
    return any(
        text.endswith(n, 0, m.start)
        or (m.name.startswith(n) and len(m.name) - len(n) >= 2 and n != m.name)
        for n in names
    )


def _state_merge(groups: dict[str, list[Mention]]) -> dict[str, str]:
    """哈萨克斯坦共和国司法部 joins 哈萨克斯坦司法部: one body named with the country's long
    and short form."""
    first: dict[str, str] = {}
    merged: dict[str, str] = {}
    for key, ms in groups.items():
        for m in ms:
            state = zh_state.state_key(m.name)
            if state is None:
                continue
            if state in first and first[state] != key:
                merged.setdefault(key, first[state])
            first.setdefault(state, key)
    return merged


def _move(groups: dict[str, list[Mention]], src: str, dst: str) -> None:
    """Merge group `src` into `dst` (both must still exist)."""
    if src in groups and dst in groups and src != dst:
        groups[dst].extend(groups.pop(src))


LEVELS = ("自治区", "省", "市", "区", "县")


def _level_target(name: str, others: list[tuple[str, str]]) -> str | None:
    """The key of the one organisation `name` (省知识产权局) abbreviates by leaving out the
    place: 浙江省知识产权局, or 浙江省市场监督管理局 for 省市场监管局."""
    level = next((lv for lv in LEVELS if name.startswith(lv)), None)
    if level is None or len(name) - len(level) < 3:
        return None
    found = set()
    for key, other in others:
        k = other.find(level)
        head, tail = other[:k], other[k:]
        if k < 2 or not all(zh_lex.HAN.match(c) for c in head) or zh_orgs.org_suffix(head):
            continue
        if tail == name or (_subsequence(name, tail) and tail[-1] == name[-1]):
            found.add(key)
    return found.pop() if len(found) == 1 else None


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def _kind(name: str) -> str | None:
    return next((k for s, k in KIND_BY_SUFFIX if name.endswith(s)), None)


def _country(name: str) -> str | None:
    countries = zh_lex.countries()
    return next(
        (countries[c] for c in sorted(countries, key=len, reverse=True) if name.startswith(c)), None
    )


def _people_facts(
    v: View,
    hits: list[PersonHit],
    org_keys: dict[int, str],
    reference: Reference,
    facts: DocumentFacts,
) -> None:
    """Group the person hits by name (邓先生 joins 邓鸿森) and add one role per organisation."""
    by_name: dict[str, PersonFact] = {}
    for h in sorted(hits, key=lambda h: (h.alias_of is not None, h.start)):
        target = h.alias_of or h.name
        person = by_name.get(target)
        if person is None:
            ref = reference.person_named(target)
            person = PersonFact(
                key=f"p{len(by_name) + 1}", name=target, ref=ref.id if ref else None
            )
            if ref:
                person.aliases.append(ref.name)
            by_name[target] = person
            facts.people.append(person)
        as_written = v.as_written(h.start, h.end)
        for alias in (h.name if h.alias_of else None, h.latin, as_written):
            if alias and alias != person.name and alias not in person.aliases:
                person.aliases.append(alias)
        person.spans.append(v.span(h.start, h.end))
        if h.org is not None and h.title and id(h.org) in org_keys:
            _add_role(facts, person.key, org_keys[id(h.org)], h, v)


def _add_role(facts: DocumentFacts, person: str, org: str, h: PersonHit, v: View) -> None:
    if any(r.person == person and r.org == org for r in facts.roles):
        return
    title = (h.title or "").strip()
    title = v.written_form(title, h.start - len(title))
    facts.roles.append(
        RoleFact(person=person, org=org, title=title, span=v.span(h.span_start, h.end))
    )


def _agreement_facts(
    v: View,
    mentions: list[Mention],
    org_keys: dict[int, str],
    facts: DocumentFacts,
    date: str | None,
) -> None:
    people_at = [(s.start, s.end, p.key) for p in facts.people for s in p.spans]
    org_key = lambda m: org_keys.get(id(m), m.name)  # noqa: E731
    for hit in zh_agree.find(v.text, mentions, date, org_key):
        keys = [_party_key(m, mentions, org_keys) for m in hit.parties]
        parties = list(dict.fromkeys(k for k in keys if k is not None))
        span = v.span(hit.start, hit.end)
        clauses = [v.span(a, b) for a, b in hit.clauses if b > a]
        signers = [k for s, e, k in people_at if any(c.start <= s and e <= c.end for c in clauses)]
        signers = list(dict.fromkeys(signers))
        if len(parties) < 2:
            counted = [p for a, b in hit.clauses for p in _counted_parties(v.text[a:b], facts)]
            parties = list(dict.fromkeys([*parties, *_orgs_of(facts, signers), *counted]))
        if not parties:
            continue
        facts.agreements.append(
            AgreementFact(
                title=v.written_form(hit.title, hit.start),
                kind=hit.kind,
                date=hit.date,
                parties=parties,
                signatories=signers,
                span=span,
                confidence=0.8,
            )
        )


def _party_key(m: Mention, mentions: list[Mention], org_keys: dict[int, str]) -> str | None:
    """The organisation a party mention stands for: an organ (X成员国大会) signs as its
    body X when the text names X elsewhere."""
    key = org_keys.get(id(m))
    parent = zh_orgs.organ_parent(m.name)
    if key is None or parent is None:
        return key
    want = fold(parent)
    for other in mentions:
        if fold(other.name) == want and id(other) in org_keys and org_keys[id(other)] != key:
            return org_keys[id(other)]
    return key


COUNTED = re.compile(
    r"([两二三四五六七八九十]|\d{1,2})国[\u4e00-\u9fff]{0,6}?(?:机构|局|部门|主管部门)"
)
NUMERALS = {c: k for k, c in enumerate("零一二三四五六七八九十", 0)} | {"两": 2}


def _counted_parties(clause: str, facts: DocumentFacts) -> list[str]:
    """与五国知识产权机构负责人共同签署: when the text names organisations of exactly five
    foreign countries, one each, they are the five counted ones."""
    m = COUNTED.search(clause)
    if m is None:
        return []
    n = int(m.group(1)) if m.group(1).isdigit() else NUMERALS[m.group(1)]
    by_country: dict[str, list[str]] = {}
    for o in facts.orgs:
        if o.country and o.country != "CN":
            by_country.setdefault(o.country, []).append(o.key)
    if len(by_country) != n or any(len(keys) != 1 for keys in by_country.values()):
        return []
    return [keys[0] for keys in by_country.values()]


def _orgs_of(facts: DocumentFacts, people: list[str]) -> list[str]:
    """The organisations of the roles of `people` (申长雨与…签署: 申长雨's office signs)."""
    return [r.org for p in people for r in facts.roles if r.person == p and r.org]
