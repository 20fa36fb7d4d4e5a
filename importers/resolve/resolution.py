"""Turn one document's facts into stored entities: find who and what they are, or create them.

The order matters: named bodies first (they tell where the document is, which places the
generic ones), then people (a role at an organisation resolved here is what allows linking a
name's other form), then roles, then agreements between what is now stored. Every fact gets a
mention pointing at its span. Links made on weaker evidence than an exact name are recorded as
merges with their reason and score, so they can be split (see `orgs`, `people`).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlmodel import Session

from importers.facts import DocumentFacts, OrgFact, Span
from importers.gazetteer import Reference
from importers.resolve.agreements import MadeHere, resolve_agreement
from importers.resolve.cut_names import fold_cut_names
from importers.resolve.generic_here import named_by_initials, named_here, spelt_by
from importers.resolve.judged import without_rejected
from importers.resolve.local_forms import local_places
from importers.resolve.orgs import known_org, name_kind, resolve_org
from importers.resolve.outcome import Resolved
from importers.resolve.people import person_name_kind, resolve_person
from importers.resolve.places import document_places, generic_names, is_generic
from importers.resolve.regional_names import date_regional_names, read_in_region
from importers.resolve.regions import is_sar_short_form, sar_government, sar_unit, sar_unit_rest
from importers.resolve.shared_acronyms import decided, is_shared
from importers.resolve.text_places import placed_in_text
from store import writer
from store.models import Document, Organisation


def resolve(session: Session, document_id: int, facts: DocumentFacts, ref: Reference) -> Resolved:
    """Write one document's facts, every one with a mention pointing at its span; what a
    person rejected in this document stays out (judged.py)."""
    facts = fold_cut_names(without_rejected(session, document_id, facts))
    facts, regional = read_in_region(facts, ref)  # 科技部 in a Taiwan text
    out = Resolved()
    doc = _Document(session, document_id, facts.extractor)
    _resolve_orgs(doc, facts, ref, out)
    date_regional_names(session, regional, out.orgs)
    _resolve_people(doc, facts, ref, out)
    _write_roles(doc, facts, out)
    _resolve_agreements(doc, facts, out)
    mentioned = {("organisation", i) for i in out.orgs.values()}
    mentioned |= {("person", i) for i in out.people.values()}
    mentioned |= set(out.agreements)
    writer.reindex_touched(session, mentioned)
    return out


@dataclass
class _Document:
    """The document being resolved, and the extractor whose mentions are recorded."""

    session: Session
    id: int
    extractor: str

    def mention(
        self, kind: str, target: int, span: Span | None, *, surface: str, confidence: float
    ) -> None:
        """A mention of a stored entity; a fact without a span points at offset 0."""
        writer.queue_mention(
            self.session,
            self.id,
            kind,
            target,
            start=span.start if span else 0,
            end=span.end if span else 0,
            surface=surface,
            extractor=self.extractor,
            confidence=confidence,
        )


def _spans(spans: list[Span]) -> list[Span | None]:
    """Where the fact is stated; a fact without a span still gets one mention."""
    return [*spans] or [None]


def _names(o: OrgFact) -> list[str]:
    return [o.name, *o.aliases]


def _all_generic(o: OrgFact) -> bool:
    """Every name of the fact names a body only with a place; so does an acronym given to
    one ("Ministry of Economy (MoE)"), unless the extractor knows the body it names."""
    names = _names(o)
    if o.ref is not None:
        return all(is_generic(n) for n in names)
    return len(generic_names(names)) == len(names)


def _resolve_orgs(doc: _Document, facts: DocumentFacts, ref: Reference, out: Resolved) -> None:
    """Named bodies the reference data or the store knows first; then the other named
    ones, placed by where the known ones are ("National Institute of Industrial Property"
    in a text about French bodies); then the generic ones (`_resolve_generic`). A name
    that leaves its place out (自治区人民政府) is placed by the one place of its level the
    names give."""
    local = local_places(ref, (n for o in facts.orgs for n in _names(o)))
    unknown: list[OrgFact] = []
    spelt = [o for o in facts.orgs if _unknown_acronym(o, ref)]
    for o in facts.orgs:
        if _all_generic(o) or is_sar_short_form(o) or sar_unit_rest(o) or o in spelt:
            continue
        oid = known_org(doc.session, ref, o, out, local=local)
        if oid is None:
            unknown.append(o)
        else:
            _record_org(doc, o, oid, out)
    unknown += _sar_governments(doc, facts, ref, out)
    home = document_places(doc.session, list(out.orgs.values())) if unknown or spelt else []
    for o in unknown:
        _record_org(doc, o, resolve_org(doc.session, ref, o, out, home=home), out)
    _resolve_generic(doc, facts, ref, out, spelt=spelt, home=home)


def _unknown_acronym(o: OrgFact, ref: Reference) -> bool:
    """A bare acronym ("IPO") that neither the extractor nor the reference data knows."""
    return (
        not o.aliases
        and o.ref is None
        and name_kind(o.name) == "acronym"
        and ref.org_named(o.name) is None
    )


def _resolve_generic(
    doc: _Document,
    facts: DocumentFacts,
    ref: Reference,
    out: Resolved,
    *,
    spelt: list[OrgFact],
    home: list[str],
) -> None:
    """Generic names and bare acronyms wait for the named bodies, which decide them: another
    form of a body's name the document names, the body a placed acronym of their initials
    names ("UK IPO"), the one body whose initials a bare acronym spells ("IPO": the
    Intellectual Property Office), else placed by the places of all the document's bodies.
    The acronyms come last, so that every generic name can be the body they spell."""
    generic = sorted(
        (o for o in facts.orgs if _all_generic(o)),
        key=lambda o: o.ref is None,  # the extractor's known bodies first
    )
    if not generic and not spelt:
        return
    places = document_places(doc.session, list(out.orgs.values()))
    named = {n: out.orgs[o.key] for o in facts.orgs if o.key in out.orgs for n in _names(o)}
    for o in [*generic, *spelt]:
        if o in spelt and is_shared(ref, o.name):  # "INPI": its own document decides
            # the bare acronym, which names several bodies, is kept as a mention only
            decided_id = _shared_acronym(doc, ref, o, out, named=named, home=places)
            _record_org(doc, o, decided_id, out, shared=frozenset({o.name}))
            named.update(dict.fromkeys(_names(o), decided_id))
            continue
        if o in spelt:
            oid = spelt_by(o.name, named)
        else:
            oid = None if o.ref else named_here(doc.session, _names(o), set(named.values()))
            oid = oid or named_by_initials(o.name, named)
        if oid is None and o not in spelt:
            oid = known_org(doc.session, ref, o, out, places=places, home=home)
            oid = oid or _placed_in_text(doc, ref, o, out, tried=places)
        if oid is None:
            oid = resolve_org(doc.session, ref, o, out, places=places, home=home)
        _record_org(doc, o, oid, out)
        named.update(dict.fromkeys(_names(o), oid))


def _shared_acronym(
    doc: _Document,
    ref: Reference,
    o: OrgFact,
    out: Resolved,
    *,
    named: dict[str, int],
    home: list[str],
) -> int:
    """A bare acronym several countries' bodies share ("INPI"): the body its own document
    decides (shared_acronyms.py), else a body of its own, never one only another document
    named by it."""
    row = doc.session.get(Document, doc.id)
    here = {i for oid in set(named.values()) if (i := _ref_id(doc.session, oid))}
    r = decided(
        ref,
        o.name,
        text="" if row is None else row.text,
        spans=[(sp.start, sp.end) for sp in o.spans],
        named=here,
        home=home,
    )
    found = None if r is None else known_org(doc.session, ref, replace(o, ref=r.id), out)
    if found is not None:
        return found
    org = writer.new_organisation(doc.session, o.name, kind=o.kind, country=o.country)
    out.new_entities += 1
    assert org.id is not None
    return org.id


def _ref_id(session: Session, oid: int) -> str | None:
    row = session.get(Organisation, oid)
    return None if row is None else row.ref_id


def _placed_in_text(
    doc: _Document, ref: Reference, o: OrgFact, out: Resolved, *, tried: list[str]
) -> int | None:
    """A generic name the named bodies' places leave unplaced, placed by the one place the
    text writes that makes it a known body (text_places.py)."""
    row = doc.session.get(Document, doc.id)
    r = None if row is None else placed_in_text(ref, _names(o), row.text, tried=tried)
    return None if r is None else known_org(doc.session, ref, replace(o, ref=r.id), out)


def _sar_governments(
    doc: _Document, facts: DocumentFacts, ref: Reference, out: Resolved
) -> list[OrgFact]:
    """特區政府 is the government of the one SAR the named bodies place the document in;
    the facts no region decides are returned to be resolved as any other name."""
    short = [o for o in facts.orgs if is_sar_short_form(o) and not _all_generic(o)]
    units = [o for o in facts.orgs if sar_unit_rest(o) and not _all_generic(o)]
    r = sar_government(doc.session, ref, out.orgs.values()) if short or units else None
    undecided: list[OrgFact] = []
    for o in short:
        oid = None if r is None else known_org(doc.session, ref, replace(o, ref=r.id), out)
        if oid is None:
            undecided.append(o)
            continue
        out.orgs[o.key] = oid  # the short form is not stored as a name: it names either SAR
        for sp in _spans(o.spans):
            doc.mention("organisation", oid, sp, surface=o.name, confidence=o.confidence)
    for o in units:  # 特区政府知识产权署: the region's body 香港特区政府知识产权署, if one
        u = None if r is None else sar_unit(ref, r, sar_unit_rest(o) or "")
        oid = None if u is None else known_org(doc.session, ref, replace(o, ref=u.id), out)
        if oid is None:
            undecided.append(o)
        else:
            _record_org(doc, o, oid, out)
    return undecided


def _record_org(
    doc: _Document, o: OrgFact, oid: int, out: Resolved, *, shared: frozenset[str] = frozenset()
) -> None:
    """The fact's names on its organisation (but those in `shared`), and a mention for each
    of its spans."""
    out.orgs[o.key] = oid
    for n in [o.name, *o.aliases]:
        if n not in shared:
            writer.add_name(doc.session, "organisation", oid, n, kind=name_kind(n))
    for sp in _spans(o.spans):
        doc.mention("organisation", oid, sp, surface=o.name, confidence=o.confidence)


def _resolve_people(doc: _Document, facts: DocumentFacts, ref: Reference, out: Resolved) -> None:
    for p in facts.people:
        titles: dict[int, list[str]] = {}
        for r in facts.roles:
            if r.person == p.key and r.org in out.orgs:
                titles.setdefault(out.orgs[r.org], []).append(r.title)
        org_ids = set(titles) | _signed_for(facts, p.key, out)
        pid = resolve_person(doc.session, ref, p, out, org_ids=org_ids, titles=titles)
        out.people[p.key] = pid
        for n in [p.name, *p.aliases]:  # "Mr. Tang" too: a form the text calls them by
            writer.add_name(doc.session, "person", pid, n, kind=person_name_kind(n))
        for sp in _spans(p.spans):
            doc.mention("person", pid, sp, surface=p.name, confidence=p.confidence)


def _signed_for(facts: DocumentFacts, person: str, out: Resolved) -> set[int]:
    """The parties of the agreements this person signs here that no other signatory holds
    a role at: a signatory signs for one side, and the other side's is the co-signatory's
    (沙特知识产权局与国家知识产权局……由局长某某与某某签字: the second signs for the other)."""
    held: dict[str, set[str]] = {}
    for r in facts.roles:
        if r.org:
            held.setdefault(r.person, set()).add(r.org)
    out_ids: set[int] = set()
    for a in facts.agreements:
        if person not in a.signatories:
            continue
        theirs = {o for s in a.signatories if s != person for o in held.get(s, ())}
        out_ids |= {out.orgs[o] for o in a.parties if o in out.orgs and o not in theirs}
    return out_ids


def _write_roles(doc: _Document, facts: DocumentFacts, out: Resolved) -> None:
    for r in facts.roles:
        if r.person not in out.people:
            continue
        role = writer.add_role(
            doc.session,
            out.people[r.person],
            out.orgs.get(r.org or ""),
            r.title,
            start=r.start,
            end=r.end,
        )
        assert role.id is not None
        doc.mention("role", role.id, r.span, surface=r.title, confidence=r.confidence)
        out.facts += 1


def _resolve_agreements(doc: _Document, facts: DocumentFacts, out: Resolved) -> None:
    here = MadeHere()
    for a in facts.agreements:
        parties = {out.orgs[k] for k in a.parties if k in out.orgs}
        aid = resolve_agreement(doc.session, a, parties=parties, here=here)
        for k in a.parties:
            if k in out.orgs:
                writer.add_party(doc.session, aid, organisation_id=out.orgs[k])
        for k in a.signatories:
            if k in out.people:
                writer.add_party(doc.session, aid, person_id=out.people[k], role="signatory")
        for k in a.witnesses:
            if k in out.people:
                writer.add_party(doc.session, aid, person_id=out.people[k], role="witness")
        doc.mention("agreement", aid, a.span, surface=a.title, confidence=a.confidence)
        out.agreements.add(("agreement", aid))
        out.facts += 1
