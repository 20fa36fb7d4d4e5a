"""Which stored organisation an organisation fact names, or a new one.

Evidence, strongest first: the reference id the extractor matched; any name or name variant
the reference data knows; a name or variant already stored. A generic name ("State Council")
is tried only placed ("Chinese State Council") when the document says where it is. A Latin
name with Chinese words after it is tried in English (`mixed_names`: IPOS国际公司 = IPOS
International).
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from sqlmodel import Session

from importers.facts import OrgFact
from importers.gazetteer import Reference, RefOrg
from importers.resolve.acronym_units import body_written_otherwise
from importers.resolve.bare_namesakes import bare_namesake
from importers.resolve.countries import english_names
from importers.resolve.judged import distinct
from importers.resolve.local_forms import with_place
from importers.resolve.lookup import by_names, live_entity
from importers.resolve.materialise import materialise_org
from importers.resolve.missions import mission_forms
from importers.resolve.mixed_names import after_known_body, in_english
from importers.resolve.national import national_office, own_country_body
from importers.resolve.outcome import Resolved
from importers.resolve.parents import parent_of
from importers.resolve.places import generic_names, is_generic, qualified
from importers.resolve.shared_acronyms import is_shared
from importers.resolve.variants import name_variants
from importers.resolve.written_in_full import as_written_in_full
from store import writer
from store.merge import merge
from store.models import Organisation

_ACRONYM = re.compile(r"[A-Z][A-Z0-9&\-]{1,9}s?")


def name_kind(text: str) -> str:
    """How an organisation's name is stored: "WIPO" is an acronym, the rest aliases."""
    return "acronym" if _ACRONYM.fullmatch(text) else "alias"


def resolve_org(
    session: Session,
    ref: Reference,
    fact: OrgFact,
    out: Resolved,
    *,
    places: list[str] | None = None,
    home: list[str] | None = None,
    local: Mapping[str, str] | None = None,
) -> int:
    """The stored organisation this fact names, or a new one (`known_org`)."""
    found = known_org(session, ref, fact, out, places=places, home=home, local=local)
    if found is not None:
        return found
    earlier = bare_namesake(session, fact)  # "Ministry of X" in a text about the country
    if earlier is not None:
        row = session.get(Organisation, earlier)
        if row is not None:
            row.country = fact.country
        return earlier
    org = writer.new_organisation(session, fact.name, kind=fact.kind, country=fact.country)
    out.new_entities += 1
    assert org.id is not None
    org.parent_id = parent_of(session, ref, fact.name)  # 欧洲专利局国际合作部: of the EPO
    return org.id


def known_org(
    session: Session,
    ref: Reference,
    fact: OrgFact,
    out: Resolved,
    *,
    places: list[str] | None = None,
    home: list[str] | None = None,
    local: Mapping[str, str] | None = None,
) -> int | None:
    """The organisation this fact names, if the reference data or the store knows it. A
    generic name ("State Council") is first tried with the document's places ("Chinese
    State Council"); every name also in its variant forms (IP = Intellectual Property;
    Office/Bureau/Administration). A name several countries' bodies share ("National
    Institute of Industrial Property") is tried with the country the text gives it
    ("INPI, Brazil"), else with the places in `home`, against the reference data ("...
    (France)") before the store: the document is about one of them.
    A country's Chinese name and a generic word for an IP office (缅甸知识产权局) is that
    country's one reference office (`national`). A name that leaves its place out
    (自治区人民政府) is tried with the one place of its level the document names (`local`)."""
    names = [fact.name, *fact.aliases]
    generic = generic_names(names)  # "Ministry of Economy" and its "MoE"
    specific = [n for n in names if n not in generic]
    tries = [v for n in specific for v in name_variants(n)]
    tries += [f for n in specific for f in mission_forms(n)]  # A驻B大使馆 = Embassy of A in B
    tries += [v for n in specific if (e := in_english(n)) for v in name_variants(e)]  # IPOS国际公司
    tries += [v for n in specific for e in after_known_body(ref, n) for v in name_variants(e)]
    tries += [p for n in specific for p in with_place(n, local or {})]  # 自治区人民政府
    tries += [f for n in specific for f in body_written_otherwise(ref, n)]  # EAPO Council
    if generic and places:
        # not with an "of" subject turned: the places of a text's bodies may hold two
        # countries whose offices are the two orders of one name
        placed = (q for n in generic for q in qualified(n, places))
        tries += [v for q in placed for v in name_variants(q, turn=False)]
    if not places:  # a bare generic name stands for itself only where nothing places it
        tries += [v for n in generic for v in name_variants(n, turn=False)]
    r = ref.orgs.get(fact.ref or "") or next(
        (x for x in (ref.org_named(n) for n in tries) if x is not None), None
    )
    if r is None:  # 泰国知识产权厅: Thailand's one IP office
        r = next((x for x in (national_office(ref, n) for n in specific) if x is not None), None)
    if r is None:  # 台灣經濟部: Taiwan's 經濟部
        r = next((x for x in (own_country_body(ref, n) for n in specific) if x), None)
    own = list(english_names().get(fact.country or "", ()))  # "X (INPI), Brazil"
    for where in (own, home or []):
        if r is None and where:
            placed = (v for n in specific for q in qualified(n, where) for v in name_variants(q))
            r = next((x for x in map(ref.org_named, placed) if x is not None), None)
    if r is not None:
        r = as_written_in_full(ref, fact.name, r)  # "Eurasian Patent Organization (EAPO)"
        return _from_reference(session, ref, r, out, specific=specific)
    # a shared acronym ("INPI") names a stored body only where the document places it
    return _stored(session, [t for t in tries if not is_shared(ref, t)], generic, out)


def _stored(session: Session, tries: list[str], generic: list[str], out: Resolved) -> int | None:
    """The stored body holding the most of TRIES; by a bare generic name or its acronym
    ("Intellectual Property Office", "IPO") only a body this document has named: another
    document stored it for the body its own context placed it as (another country's)."""
    found = by_names(session, "organisation", tries)
    bare = {*generic, *(v for n in generic for v in name_variants(n, turn=False))}
    if found and (bare or any(map(is_generic, tries))):
        here = set(out.orgs.values())
        unbare = [t for t in tries if t not in bare and not is_generic(t)]
        placed = set(by_names(session, "organisation", unbare))
        found = [i for i in found if i in placed or i in here]
    return found[0] if found else None


def _from_reference(
    session: Session, ref: Reference, r: RefOrg, out: Resolved, *, specific: list[str]
) -> int:
    """The reference entry's organisation. When it is made now, an entity created earlier
    from the same names, before the reference knew them (an entry newly added to the data),
    is folded into it, unless only an acronym several bodies share names both."""
    before = live_entity(session, Organisation, r.id)
    org_id = materialise_org(session, ref, r)
    out.new_entities += before is None
    # a shared acronym ("INPI") written elsewhere names another country's body as well
    mine = [n for n in specific if not is_shared(ref, n)]
    earlier = [v for n in mine for v in name_variants(n)] if before is None else []
    for other in by_names(session, "organisation", earlier):
        other_row = session.get(Organisation, other)
        if (
            other != org_id
            and other_row is not None
            and other_row.ref_id is None
            and not distinct(session, "organisation", org_id, other)  # a person said so
        ):
            writer.flush_mentions(session)  # the merge moves them
            merge(
                session,
                "organisation",
                org_id,
                other,
                reason="reference data names both",
                score=1.0,
                decided_by="resolver:reference",
            )
            out.merges += 1
    return org_id
