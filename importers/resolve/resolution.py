"""Turn one document's facts into stored entities: find who and what they are, or create them.

Order of evidence, strongest first: the reference id an extractor matched; any name of the
fact that the reference data knows; an exact folded name already stored; for people, a
Chinese-script name whose reading equals a Latin name (申长雨 / Shen Changyu, every
reading of a heteronym tried) or a longer form of a name (Daren Tang / Daren Tang Heng Shim),
each only when both hold a role at the same organisation. Links made on weaker evidence than
an exact name are recorded as merges with their reason and score, so they can be split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from sqlmodel import Session, col, select

from importers.facts import DocumentFacts, OrgFact, PersonFact
from importers.gazetteer import Reference, RefName, RefOrg, RefPerson
from store import writer
from store.merge import merge
from store.models import Agreement, AgreementParty, Mention, Name, Organisation, Person, Role
from store.text import fold, has_han


@dataclass
class Resolved:
    """What one document added: entity ids by fact key, and counts for the import summary."""

    orgs: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    agreements: set[tuple[str, int]] = field(default_factory=set)
    new_entities: int = 0
    merges: int = 0
    facts: int = 0


def _name_kind(text: str) -> str:
    return "acronym" if re.fullmatch(r"[A-Z][A-Z0-9&\-]{1,9}s?", text) else "alias"


def _live_entity(session: Session, model: Any, ref_id: str) -> int | None:
    """The stored entity made from a reference entry (cached for the session)."""
    cache = session.info.setdefault("ipx_refs", {})
    key = (model.__name__, ref_id)
    if key not in cache:
        row = session.exec(
            select(model).where(model.ref_id == ref_id, col(model.merged_into).is_(None))
        ).first()
        if row is None:
            return None
        cache[key] = row.id
    return int(cache[key])


def _by_names(session: Session, entity_type: str, names: list[str]) -> list[int]:
    """Live entities holding any of these names (folded), most matching names first."""
    keys = {fold(n) for n in names} - {""}
    if not keys:
        return []
    model: Any = Organisation if entity_type == "organisation" else Person
    hits: dict[int, int] = {}
    for n in session.exec(
        select(Name).where(Name.entity_type == entity_type, col(Name.folded).in_(keys))
    ):
        row = session.get(model, n.entity_id)
        if row is not None and row.merged_into is None:
            hits[n.entity_id] = hits.get(n.entity_id, 0) + 1
    return sorted(hits, key=lambda k: -hits[k])


_IP = re.compile(r"\bIP\b")
_IP_HEAD = re.compile(r"\bIntellectual Property (Office|Bureau|Administration)\b")
#: Words that name a kind of body but not which one: "State Council", "Ministry of Justice",
#: "the Intellectual Property Bureau" say nothing of the country or city they belong to.
GENERIC_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "for",
        "on",
        "intellectual",
        "property",
        "ip",
        "office",
        "bureau",
        "administration",
        "ministry",
        "justice",
        "commerce",
        "foreign",
        "affairs",
        "state",
        "council",
        "court",
        "supreme",
        "people's",
        "peoples",
        "patent",
        "patents",
        "trademark",
        "trademarks",
        "government",
        "municipal",
        "city",
        "national",
        "provincial",
        "province",
        "department",
        "agency",
        "authority",
        "committee",
        "commission",
        "science",
        "technology",
        "customs",
        "general",
        "high",
        "intermediate",
        "copyright",
        "tribunal",
        "public",
        "security",
        "centre",
        "center",
        "cooperation",
        "international",
        "division",
        "industry",
        "trade",
        "information",
        "culture",
        "education",
        "finance",
    ]
)


_LONG_FORM = re.compile(
    r"\b(?:the\s+)?(?:(?:Federal|Democratic|Islamic|Socialist|United|Arab|Plurinational|"
    r"Bolivarian|Oriental|Hashemite|Cooperative)\s+)*"
    r"(?<!People's )(?<!People’s )(?:Republic|Kingdom|Federation|Commonwealth|"
    r"Principality|Grand Duchy|State|Sultanate|Emirates?)\s+of\s+(?:the\s+)?(?=[A-Z])"
)
_ZH_LONG_FORM = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})(?<!人民)(?:共和国|联邦|王国|合众国|民主共和国)"
)


@cache
def _country_words() -> tuple[dict[str, str], dict[str, str]]:
    """{adjective: country} and {country: adjective}, from the extractors' country table."""
    from importers.en.words import COUNTRIES

    adj: dict[str, str] = {}
    noun: dict[str, str] = {}
    for forms in COUNTRIES.values():
        if len(forms) >= 2:
            adj.setdefault(forms[1], forms[0])
            noun.setdefault(forms[0], forms[1])
    return adj, noun


def _country_forms(name: str) -> list[str]:
    """ "French National Institute of Industrial Property" = "National Institute of
    Industrial Property (France)" = "... of France": the three ways a country qualifies a
    body's name."""
    adj, noun = _country_words()
    m = re.match(r"(?:[Tt]he\s+)?(\S+)\s+(.+)$", name)
    if m and m.group(1) in adj and m.group(2)[:1].isupper():
        country, rest = adj[m.group(1)], m.group(2)
        return [f"{rest} ({country})", f"{rest} of {country}"]
    m = re.match(r"(.+)\s+(?:\((\w[\w ]*)\)|of (?:the )?(\w[\w ]*?))$", name)
    if m:
        country = m.group(2) or m.group(3)
        if country in noun:
            rest = m.group(1)
            return [f"{noun[country]} {rest}", f"{rest} ({country})", f"{rest} of {country}"]
    return []


def name_variants(name: str) -> list[str]:
    """Other ways the same body's name is written: IP = Intellectual Property; the
    translations of 知识产权局 (Office, Bureau, Administration); a country's long and short
    forms ("of the Republic of Lithuania" = "of Lithuania", 哈萨克斯坦共和国 = 哈萨克斯坦)."""
    out = [name]
    short = _ZH_LONG_FORM.sub("", _LONG_FORM.sub("", name))
    if short != name:
        out.append(short)
    out += _country_forms(short)
    if _IP.search(name):
        out.append(_IP.sub("Intellectual Property", name))
    if "Intellectual Property" in name:
        out.append(name.replace("Intellectual Property", "IP"))
    for v in list(out):
        m = _IP_HEAD.search(v)
        if m:
            for head in ("Office", "Bureau", "Administration"):
                out.append(v[: m.start(1)] + head + v[m.end(1) :])
    return list(dict.fromkeys(out))


def is_generic(name: str) -> bool:
    """A name made only of generic words: it names a body only together with a place."""
    words = re.findall(r"[\w']+", name.replace("’", "'").casefold())
    return bool(words) and all(w in GENERIC_WORDS for w in words) and not has_han(name)


def qualified(name: str, places: list[str]) -> list[str]:
    """A generic name placed: "Shanghai Intellectual Property Bureau", "Chinese State Council",
    "Ministry of Justice of China"."""
    bare = re.sub(r"^(?:the\s+)", "", name.strip(), flags=re.IGNORECASE)
    out = []
    for place in places:
        out += [f"{place} {bare}", f"{bare} of {place}", f"{bare} of the {place}"]
    return out


def document_places(session: Session, org_ids: list[int]) -> list[str]:
    """Places a document is about, most specific first: the places of the governments it
    names (Shanghai), then the countries of the organisations it names (China, Chinese)."""
    from importers.en.words import COUNTRIES

    local: dict[str, int] = {}
    countries: dict[str, int] = {}
    for oid in org_ids:
        org = session.get(Organisation, oid)
        if org is None:
            continue
        if org.kind == "government":
            words = [
                w for w in re.findall(r"[\w']+", org.name) if w.casefold() not in GENERIC_WORDS
            ]
            place = " ".join(words)
            if place and place.casefold() not in {
                n.casefold() for ns in COUNTRIES.values() for n in ns
            }:
                local[place] = local.get(place, 0) + 1
        if org.country:
            countries[org.country] = countries.get(org.country, 0) + 1
    out = sorted(local, key=lambda k: -local[k])
    for code in sorted(countries, key=lambda k: -countries[k]):
        out += list(COUNTRIES.get(code, ()))
        if code == "CN":
            out.append("People's Republic of China")
    return out


def _add_reference_names(
    session: Session, kind: str, entity_id: int, names: tuple[RefName, ...]
) -> None:
    for n in names:
        writer.add_name(
            session,
            kind,
            entity_id,
            n.text,
            kind=n.kind,
            lang=n.lang,
            valid_from=n.valid_from,
            valid_to=n.valid_to,
            origin="reference",
        )


def materialise_org(session: Session, ref: Reference, r: RefOrg) -> int:
    """The stored organisation for a reference entry, created with all its names if new."""
    existing = _live_entity(session, Organisation, r.id)
    if existing:
        return existing
    org = writer.new_organisation(
        session, r.name, kind=r.kind, country=r.country, ref_id=r.id, origin="reference"
    )
    assert org.id is not None
    _add_reference_names(session, "organisation", org.id, r.names)
    if r.parent and r.parent in ref.orgs:
        org.parent_id = materialise_org(session, ref, ref.orgs[r.parent])
        session.add(org)
    return org.id


def materialise_person(session: Session, ref: Reference, r: RefPerson) -> int:
    existing = _live_entity(session, Person, r.id)
    if existing:
        return existing
    person = writer.new_person(
        session, r.name, family=r.family, given=r.given, ref_id=r.id, origin="reference"
    )
    assert person.id is not None
    _add_reference_names(session, "person", person.id, r.names)
    for role in r.roles:
        if role.organisation in ref.orgs:
            org_id = materialise_org(session, ref, ref.orgs[role.organisation])
            writer.add_role(
                session,
                person.id,
                org_id,
                role.title,
                start=role.start,
                end=role.end,
                origin="reference",
            )
    return person.id


def resolve_org(
    session: Session, ref: Reference, fact: OrgFact, out: Resolved, places: list[str] | None = None
) -> int:
    """The stored organisation this fact names. A generic name ("State Council") is first
    tried with the document's places ("Chinese State Council"); every name also in its
    variant forms (IP = Intellectual Property; Office/Bureau/Administration)."""
    names = [fact.name, *fact.aliases]
    generic = [n for n in names if is_generic(n)]
    specific = [n for n in names if not is_generic(n)]
    tries = [v for n in specific for v in name_variants(n)]
    if generic and places:
        tries += [v for n in generic for q in qualified(n, places) for v in name_variants(q)]
    if not places:  # a bare generic name stands for itself only where nothing places it
        tries += [v for n in generic for v in name_variants(n)]
    r = ref.orgs.get(fact.ref or "") or next(
        (x for x in (ref.org_named(n) for n in tries) if x is not None), None
    )
    if r is not None:
        before = _live_entity(session, Organisation, r.id)
        org_id = materialise_org(session, ref, r)
        out.new_entities += before is None
        # an entity created earlier from the same names, before the reference knew them
        # (a reference entry newly added to the data): fold it into the reference entity
        earlier = [v for n in specific for v in name_variants(n)] if before is None else []
        for other in _by_names(session, "organisation", earlier):
            other_row = session.get(Organisation, other)
            if other != org_id and other_row is not None and other_row.ref_id is None:
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
    found = _by_names(session, "organisation", tries)
    if found:
        return found[0]
    org = writer.new_organisation(session, fact.name, kind=fact.kind, country=fact.country)
    out.new_entities += 1
    assert org.id is not None
    return org.id


def _readings(han: str, limit: int = 16) -> list[str]:
    """Folded pinyin readings of a Chinese name (every heteronym, bounded), surname first
    and given-name first: 申长雨 gives shenchangyu as well as pypinyin's shenzhangyu."""
    from itertools import islice, product

    from pypinyin import Style, pinyin

    per_char = pinyin(list(han), style=Style.NORMAL, heteronym=True, errors="ignore")
    out = []
    for combo in islice(product(*per_char), limit):
        syl = [s.replace("ü", "v") for s in combo]
        out.append("".join(syl))
        if len(syl) >= 2:
            out.append("".join(syl[1:] + syl[:1]))
    return out


def _org_ids_of(session: Session, person_id: int) -> set[int]:
    return {
        r.organisation_id
        for r in session.exec(select(Role).where(Role.person_id == person_id))
        if r.organisation_id
    }


def _cross_candidates(
    session: Session, fact: PersonFact, names: list[str]
) -> list[tuple[int, str]]:
    """People stored under another form of this name: other script, or longer/shorter form."""
    out: list[tuple[int, str]] = []
    for n in names:
        if has_han(n):
            keys = set(_readings(re.sub(r"\s+", "", n)))
            for row in session.exec(
                select(Name).where(Name.entity_type == "person", col(Name.folded).in_(keys))
            ):
                out.append((row.entity_id, f"reading of {n} equals {row.text}"))
        else:
            from store.search import search

            key = fold(n)
            for hit in search(session, n, kind="person", limit=10):
                for other in [hit.name, *hit.aliases]:
                    if has_han(other) and key in _readings(re.sub(r"\s+", "", other)):
                        out.append((hit.id, f"{n} is a reading of {other}"))
                    elif not has_han(other):
                        a, b = set(fold_tokens(n)), set(fold_tokens(other))
                        if len(a & b) >= 2 and (a < b or b < a):
                            out.append((hit.id, f"{n} and {other} are forms of one name"))
    return out


_HONORIFIC = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Dr|Prof|Madam|Sir)\.?\s+\S+|[\u4e00-\u9fff]{1,2}"
    r"(?:先生|女士|小姐|博士|教授|部长|局长|主任|总干事|大使))$"
)


def is_reference_form(name: str) -> bool:
    """ "Mr. Tang", "邓先生": how a text refers back to a person, not a name of theirs."""
    return bool(_HONORIFIC.match(name.strip()))


def fold_tokens(name: str) -> list[str]:
    return [fold(t) for t in re.split(r"[\s\-]+", name) if fold(t)]


def resolve_person(
    session: Session, ref: Reference, fact: PersonFact, org_ids: set[int], out: Resolved
) -> int:
    names = [fact.name, *fact.aliases]
    r = ref.people.get(fact.ref or "") or next(
        (x for x in (ref.person_named(n) for n in names) if x is not None), None
    )
    if r is not None:
        before = _live_entity(session, Person, r.id)
        pid = materialise_person(session, ref, r)
        out.new_entities += before is None
        return pid
    found = _by_names(session, "person", names)
    if found:
        return found[0]
    for cand, why in _cross_candidates(session, fact, names):
        if org_ids & _org_ids_of(session, cand):
            person = writer.new_person(session, fact.name)
            assert person.id is not None
            merge(
                session,
                "person",
                cand,
                person.id,
                reason=f"{why}; both hold a role at the same organisation",
                score=0.9,
                decided_by="resolver:name-form",
            )
            out.merges += 1
            return cand
    person = writer.new_person(session, fact.name)
    out.new_entities += 1
    assert person.id is not None
    return person.id


def _title_words(title: str) -> set[str]:
    return {w for w in re.findall(r"\w+", title.casefold()) if len(w) > 2} or {fold(title)}


def _similar_titles(a: str, b: str) -> bool:
    fa, fb = fold(a), fold(b)
    if fa and fb and (fa in fb or fb in fa):
        return True
    wa, wb = _title_words(a), _title_words(b)
    return len(wa & wb) / len(wa | wb) >= 0.5


def _told_in_other_language(
    session: Session,
    made_here: dict[int, tuple[str, set[int]]],
    tag: str,
    kind: str,
    date: str | None,
    parties: set[int],
) -> int | None:
    """In a bilingual document the English and the Chinese extractor report the same
    agreement: one of the same kind and date that the other language's extractor made here,
    sharing a party, with the parties of one among the other's."""
    if not tag:
        return None
    for aid, (other_tag, theirs) in made_here.items():
        if (
            other_tag == tag
            or not (parties & theirs)
            or not (parties <= theirs or theirs <= parties)
        ):
            continue
        a = session.get(Agreement, aid)
        if a is None or not (kind == a.kind or {kind, a.kind} <= {"mou", "agreement", "other"}):
            continue
        if a.date and date and not (a.date.startswith(date) or date.startswith(a.date)):
            continue
        return aid
    return None


def _same_agreement(
    session: Session, document_id: int, title: str, kind: str, date: str | None, parties: set[int]
) -> int | None:
    """An agreement another document already reported: same parties, compatible kind and
    date, and a similar title or the same exact date. Two agreements of one document are
    never the same (the extractor already told them apart)."""
    if parties:
        first = min(parties)
        ids = set(
            session.exec(
                select(AgreementParty.agreement_id).where(
                    AgreementParty.organisation_id == first, AgreementParty.role == "party"
                )
            )
        )
    else:
        ids = set(session.exec(select(Agreement.id).where(Agreement.date == date)))  # type: ignore[arg-type]
    here = set(
        session.exec(
            select(Mention.target_id).where(
                Mention.document_id == document_id, Mention.target_type == "agreement"
            )
        )
    )
    for aid in sorted(ids - here):
        a = session.get(Agreement, aid)
        if a is None:
            continue
        theirs = set(
            session.exec(
                select(AgreementParty.organisation_id).where(
                    AgreementParty.agreement_id == aid, AgreementParty.role == "party"
                )
            )
        )
        if theirs != parties:
            continue
        if a.date and date and not (a.date.startswith(date) or date.startswith(a.date)):
            continue
        if not (kind == a.kind or {kind, a.kind} <= {"mou", "agreement", "other"}):
            continue
        exact_day = bool(a.date and date and a.date == date and len(date) >= 7)
        if _similar_titles(title, a.title) or exact_day:
            return aid
    return None


def resolve(session: Session, document_id: int, facts: DocumentFacts, ref: Reference) -> Resolved:
    """Write one document's facts, every one with a mention pointing at its span."""
    out = Resolved()

    def mention(kind: str, target: int, start: int, end: int, surface: str, conf: float) -> None:
        writer.add_mention(
            session,
            document_id,
            kind,
            target,
            start=start,
            end=end,
            surface=surface,
            extractor=facts.extractor,
            confidence=conf,
        )

    # named bodies first: they tell where the document is, which places the generic ones
    ordered = sorted(facts.orgs, key=lambda o: all(is_generic(n) for n in [o.name, *o.aliases]))
    places: list[str] | None = None
    for o in ordered:
        if places is None and all(is_generic(n) for n in [o.name, *o.aliases]):
            places = document_places(session, list(out.orgs.values()))
        oid = resolve_org(session, ref, o, out, places)
        out.orgs[o.key] = oid
        for n in [o.name, *o.aliases]:
            writer.add_name(session, "organisation", oid, n, kind=_name_kind(n))
        for sp in o.spans or [None]:  # type: ignore[list-item]
            mention(
                "organisation",
                oid,
                sp.start if sp else 0,
                sp.end if sp else 0,
                o.name,
                o.confidence,
            )
    for p in facts.people:
        orgs_here = {
            out.orgs[r.org] for r in facts.roles if r.person == p.key and r.org in out.orgs
        }
        pid = resolve_person(session, ref, p, orgs_here, out)
        out.people[p.key] = pid
        for n in [p.name, *p.aliases]:
            if not is_reference_form(n):
                writer.add_name(session, "person", pid, n)
        for sp in p.spans or [None]:  # type: ignore[list-item]
            mention("person", pid, sp.start if sp else 0, sp.end if sp else 0, p.name, p.confidence)
    for r in facts.roles:
        if r.person not in out.people:
            continue
        role = writer.add_role(
            session,
            out.people[r.person],
            out.orgs.get(r.org or ""),
            r.title,
            start=r.start,
            end=r.end,
        )
        assert role.id is not None
        rs = r.span
        mention("role", role.id, rs.start if rs else 0, rs.end if rs else 0, r.title, r.confidence)
        out.facts += 1
    made_here: dict[int, tuple[str, set[int]]] = {}  # agreement -> (extractor, parties)
    for a in facts.agreements:
        parties = {out.orgs[k] for k in a.parties if k in out.orgs}
        tag = a.parties[0].split(":", 1)[0] if a.parties and ":" in a.parties[0] else ""
        aid = _told_in_other_language(session, made_here, tag, a.kind, a.date, parties)
        if aid is None:
            aid = _same_agreement(session, document_id, a.title, a.kind, a.date, parties)
        if aid is None:
            ag = writer.new_agreement(session, a.title, a.kind, date=a.date, place=a.place)
            assert ag.id is not None
            aid = ag.id
        else:
            existing = session.get(Agreement, aid)
            if existing is not None and a.date and len(a.date) > len(existing.date or ""):
                existing.date = a.date
                session.add(existing)
        known = made_here.get(aid, (tag, set()))
        made_here[aid] = (known[0], known[1] | parties)
        for k in a.parties:
            if k in out.orgs:
                writer.add_party(session, aid, organisation_id=out.orgs[k])
        for k in a.signatories:
            if k in out.people:
                writer.add_party(session, aid, person_id=out.people[k], role="signatory")
        for k in a.witnesses:
            if k in out.people:
                writer.add_party(session, aid, person_id=out.people[k], role="witness")
        asp = a.span
        mention(
            "agreement", aid, asp.start if asp else 0, asp.end if asp else 0, a.title, a.confidence
        )
        out.agreements.add(("agreement", aid))
        out.facts += 1
    mentioned = {("organisation", i) for i in out.orgs.values()}
    mentioned |= {("person", i) for i in out.people.values()}
    mentioned |= set(out.agreements)
    writer.reindex_touched(session, mentioned)
    return out
