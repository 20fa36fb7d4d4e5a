"""The people and agreements of one document as facts (`importers.facts`).

Person hits are grouped by name (邓先生 joins 邓鸿森) with one role per organisation; a name
is stored as written (黃美華), with its Simplified form (黄美华) as an alias;
agreement hits become agreements between organisation facts, with the signatories the
clause names. When the clause names fewer than two parties, the signatories' organisations
sign, or the counted ones (与五国知识产权机构…签署: the five foreign offices the text names).
"""

from __future__ import annotations

import re
from functools import cache

from importers.facts import AgreementFact, DocumentFacts, OrgFact, PersonFact, RoleFact
from importers.gazetteer import Reference, alternation
from importers.zh import agreements as zh_agreements
from importers.zh import lex as zh_lex
from importers.zh import signing
from importers.zh.agreement_letter import letter_sides, speaks_to_both
from importers.zh.home import byline_before, heading_block, speaker_signs
from importers.zh.names import display_name
from importers.zh.orgs.collective import Group
from importers.zh.orgs.mention import Mention
from importers.zh.orgs.units import organ_parent
from importers.zh.portfolio import sar_portfolio
from importers.zh.roles import PersonHit
from importers.zh.split_names import written_around
from importers.zh.text import View
from importers.zh.title_offices import titled_office
from store.text import HAN, fold
from store.text.script import LOST_HAN


@cache
def _counted() -> re.Pattern[str]:
    """五国知识产权机构: a count of countries (group 1) and one body of each; 其他四局: a count
    of the other bodies (group 2), the foreign ones beside the writer's own that sign with it."""
    counts = alternation(zh_lex.pairs("country_counts"))
    bodies = alternation(zh_lex.words("counted_bodies"))
    others = alternation(zh_lex.words("counted_others"))
    return re.compile(
        rf"({counts}|\d{{1,2}})国[{HAN}]{{0,6}}?(?:{bodies})"
        rf"|(?:{others})({counts}|\d{{1,2}})个?(?:{bodies})"
    )


def people_facts(
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
        lost = LOST_HAN in v.text[h.start : h.end]  # 魯?…: a lost character, not a lost dot
        as_written = _as_written(v, h) if lost else display_name(_as_written(v, h))
        simple = v.with_lost_marks(h.start, h.end) if lost else display_name(h.name)
        person = by_name.get(target)
        if person is None:
            ref = reference.person_named(target)
            person = PersonFact(
                key=f"p{len(by_name) + 1}", name=as_written, ref=ref.id if ref else None
            )
            if ref:
                person.aliases.append(ref.name)
            by_name[target] = person
            facts.people.append(person)
        for alias in (simple, h.latin, as_written):
            if alias and alias != person.name and alias not in person.aliases:
                person.aliases.append(alias)
        person.spans.append(v.span(h.start, h.end))
        if h.org is not None and h.title and id(h.org) in org_keys:
            _add_role(facts, person.key, org_keys[id(h.org)], h, v)
        elif h.org is None and (office := titled_office(v, h, facts)) is not None:
            _add_role(facts, person.key, office, h, v)  # 美国副贸易代表某某: its named office
        elif h.org is None and _bodiless(v.text, h):
            _add_role(facts, person.key, None, h, v)  # 行政长官某某: the office is the title


@cache
def _office_titles() -> frozenset[str]:
    """Titles that are an office of their own: a region's head (行政长官), a party's leader
    (总书记), a minister named by the title alone (国务卿), a legislator (立委) with
    no chamber named; and a course's class monitor (班长), whose course is no body."""
    sections = (
        "bodiless_titles",
        "party_leader_titles",
        "office_titles",
        "legislator_titles",
        "course_titles",
    )
    return frozenset(t for s in sections for t in zh_lex.people_lexicon(s))


def _bodiless(text: str, h: PersonHit) -> bool:
    """行政长官 or 总书记, or a head of state's title (总统) stated with nothing before it, no
    country and no 前 (a former head): the office is the title, and the role is recorded
    without an organisation."""
    if h.bodiless or h.title in _office_titles() or sar_portfolio(h.title):
        return True
    if h.title and h.title.endswith(zh_lex.people_lexicon("crown_minister_titles")):
        return True  # 知识产权大臣: a crown's minister by the portfolio
    if h.title in zh_lex.people_lexicon("leader_titles_after_names"):
        # 某某主席 with no body before the name: the title after a leader's name, his office
        return text[h.span_start : h.start] == "" and text.startswith(h.title, h.end)
    return h.title in zh_lex.wordset("state_titles") and text[h.span_start : h.start] in (
        "",
        h.title,
    )


def _as_written(v: View, h: PersonHit) -> str:
    """The hit's name in the script of the text (黃美華), when its span holds exactly that
    name (not for a name put together from wrapped table cells)."""
    span = v.text[h.start : h.end]
    if span == h.name:
        return v.as_written(h.start, h.end)
    family = written_around(span, h.name)  # 陳委員美珍: the family name, a title, the given name
    if family:
        given = len(h.name) - family
        return v.as_written(h.start, h.start + family) + v.as_written(h.end - given, h.end)
    return h.name


def _add_role(facts: DocumentFacts, person: str, org: str | None, h: PersonHit, v: View) -> None:
    if any(r.person == person and r.org == org for r in facts.roles):
        return
    title = (h.title or "").strip()
    title = v.title_as_written(title, h.start - len(title))
    facts.roles.append(
        RoleFact(person=person, org=org, title=title, span=v.span(h.span_start, h.end))
    )


def agreement_facts(
    v: View,
    mentions: list[Mention],
    org_keys: dict[int, str],
    facts: DocumentFacts,
    date: str | None,
    *,
    groups: list[Group] | None = None,
) -> None:
    """Add the agreements the text reports, between the organisation facts of `org_keys`;
    a group (`groups`: 中美欧日韩五局) signs through its members."""
    people_at = [(s.start, s.end, p.key) for p in facts.people for s in p.spans]
    sides = letter_sides(v.text, mentions, org_keys)
    org_key = lambda m: org_keys.get(id(m), m.name)  # noqa: E731
    generic: list[AgreementFact] = []
    for hit in zh_agreements.find(v.text, mentions, date, org_key):
        keys = [_party_key(m, mentions, org_keys) for m in hit.parties]
        parties = list(dict.fromkeys(k for k in keys if k is not None))
        inside = [*(c for c in hit.clauses if c[1] > c[0]), (hit.start, hit.end)]
        members, own = signing.group_parties(inside, groups or [], org_keys)
        if members:
            parties = list(dict.fromkeys([*(p for p in parties if p not in own), *members]))
        span = v.span(hit.start, hit.end)
        clauses = [v.span(a, b) for a, b in hit.clauses if b > a]
        signers = [k for s, e, k in people_at if any(c.start <= s and e <= c.end for c in clauses)]
        signers = list(dict.fromkeys([*signers, *_speaker(v, hit.clauses, people_at)]))
        if len(parties) < 2:
            counted = [p for a, b in hit.clauses for p in _counted_parties(v.text[a:b], facts)]
            signing_for = _orgs_of(facts, signers, parties)
            parties = list(dict.fromkeys([*parties, *signing_for, *counted]))
        if len(parties) < 2 and any(speaks_to_both(v.text[a:b]) for a, b in hit.clauses):
            parties = list(dict.fromkeys([*parties, *sides]))  # 您与我签署: a letter's sides
        if not parties:  # 三方签署: the three bodies a group named before
            parties = signing.counted_sides(v.text, hit.clauses, groups or [], org_keys)
        if not parties:  # 会议通过了联合声明: the members of the group that met
            parties = signing.meeting_group(v.text, hit.clauses, groups or [], org_keys)
        if not parties:
            parties, signers = signing.signed_next(v, hit.end, facts)
        if not parties:
            continue
        if not signers:
            signers = signing.titled_heads(v, hit.clauses, groups or [], facts, parties)
        fact = AgreementFact(
            title=v.written_form(hit.title, hit.start),
            kind=hit.kind,
            date=hit.date,
            parties=parties,
            signatories=signers,
            span=span,
            confidence=0.8,
        )
        core = zh_agreements.generic_core(hit.title) if hit.generic else None
        if core is not None:  # read in Simplified, titled as written (合作協議 stays)
            core = fact.title[len(fact.title) - len(core) :]
            fact.title = signing.generic_title(core, parties, facts)
            generic.append(fact)
        else:
            facts.agreements.append(fact)
    facts.agreements += signing.drop_covered(generic, facts)


def _party_key(m: Mention, mentions: list[Mention], org_keys: dict[int, str]) -> str | None:
    """The organisation a party mention stands for: an organ (X成员国大会) signs as its
    body X when the text names X elsewhere."""
    key = org_keys.get(id(m))
    parent = organ_parent(m.name)
    if key is None or parent is None:
        return key
    want = fold(parent)
    for other in mentions:
        if fold(other.name) == want and id(other) in org_keys and org_keys[id(other)] != key:
            return org_keys[id(other)]
    return key


def _counted_parties(clause: str, facts: DocumentFacts) -> list[str]:
    """与五国知识产权机构负责人共同签署 (or 与其他四局局长共同签署): when the text names
    organisations of exactly that many foreign countries, one each, they are the counted ones."""
    m = _counted().search(clause)
    if m is None:
        return []
    count = m.group(1) or m.group(2)
    n = int(count) if count.isdigit() else int(zh_lex.pairs("country_counts")[count])
    by_country: dict[str, list[str]] = {}
    for o in facts.orgs:
        if o.country and o.country != "CN" and not _parent_of_another(o, facts):
            by_country.setdefault(o.country, []).append(o.key)
    if len(by_country) != n or any(len(keys) != 1 for keys in by_country.values()):
        return []
    return [keys[0] for keys in by_country.values()]


def _parent_of_another(o: OrgFact, facts: DocumentFacts) -> bool:
    """司法部 of 司法部知识产权局: the ministry its agency is named with; the agency counts."""
    return any(f is not o and f.name.startswith(o.name) for f in facts.orgs)


def _orgs_of(facts: DocumentFacts, people: list[str], parties: list[str]) -> list[str]:
    """The organisations of the roles of `people` (申长雨与…签署: 申长雨's office signs), less
    the body a party is a unit of (世界知识产权组织 of 世界知识产权组织仲裁与调解中心): its
    official signs for the unit, and a body and its own unit are never two sides."""
    names = {o.key: o.name for o in facts.orgs}
    units = [names[k] for k in parties if k in names]
    orgs = [r.org for p in people for r in facts.roles if r.person == p and r.org]
    return [k for k in orgs if not any(_unit_of(u, names.get(k)) for u in units)]


def _unit_of(name: str, parent: str | None) -> bool:
    """Whether `name` is a unit named after `parent` (X仲裁与调解中心 of X)."""
    return bool(parent) and name != parent and name.startswith(parent or "")


def _speaker(
    v: View, clauses: list[tuple[int, int]], people_at: list[tuple[int, int, str]]
) -> list[str]:
    """我和甲共同签署 in a speech: the person its byline names (国家知识产权局局长 乙) signs,
    the byline over the text or over the excerpt of the speech the clause is in."""
    spoken = [(a, b) for a, b in clauses if speaker_signs(v.text, a, b)]
    if not spoken:
        return []
    lines = [*filter(None, (byline_before(v.text, a) for a, _ in spoken)), *heading_block(v.text)]
    for span in (v.span(a, b) for a, b in lines):
        named = [k for s, e, k in people_at if span.start <= s and e <= span.end]
        if named:
            return named[:1]
    return []
