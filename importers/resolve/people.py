"""Which stored person a person fact names, or a new one.

Evidence, strongest first: the reference id the extractor matched; any name the reference
data knows; an exact folded name already stored. Weaker evidence links two names only when
both people hold a role at the same organisation, and is recorded as a merge that can be
split: a Chinese-script name whose reading equals a Latin name (申长雨 / Shen Changyu, every
reading of a heteronym tried), or a longer form of a name (Daren Tang / Daren Tang Heng Shim);
a Chinese name romanised as Hong Kong, Macao or Viet Nam write it (李伟明 / Lei Wai Meng), or
with an English given name before its family name (陳建輝 / Vincent Chan), only when the two
also hold one role there and no one else there does.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from functools import cache
from itertools import islice, product
from typing import TYPE_CHECKING

from sqlmodel import Session, col, select

from importers.facts import PersonFact
from importers.gazetteer import Reference, RefPerson, alternation
from importers.resolve.family_parts import by_family_part
from importers.resolve.initialled import initials_fit
from importers.resolve.judged import distinct
from importers.resolve.lookup import by_names, live_entity
from importers.resolve.materialise import materialise_person
from importers.resolve.misspelt import one_slip
from importers.resolve.outcome import Resolved
from importers.resolve.romanised import (
    english_given_form,
    is_romanised_surname,
    romanised_readings,
    vietnamese_readings,
)
from importers.resolve.variants import fold_tokens
from importers.zh.sounds import SEPARATORS, romanised_like, sounds_like, transliterated
from store import writer
from store.merge import merge
from store.models import AgreementParty, Name, Person, Role
from store.text import HAN, fold, has_han, lexicon, to_simplified
from store.text.titles import Held, one_role

if TYPE_CHECKING:
    from store.search.matches import Hit


def resolve_person(
    session: Session,
    ref: Reference,
    fact: PersonFact,
    out: Resolved,
    *,
    org_ids: set[int],
    titles: dict[int, list[str]] | None = None,
) -> int:
    """The stored person this fact names; `org_ids` are the organisations the document says
    the person holds a role at or signs an agreement for, the condition for linking on a
    name's other form, and
    `titles` the titles it gives there (a romanised name needs one role in common)."""
    names = [fact.name, *fact.aliases]
    r = ref.people.get(fact.ref or "") or next(
        (x for x in (_reference_named(ref, n) for n in names) if x is not None), None
    )
    r = r or by_family_part(session, ref, names, org_ids)  # 高锐 at WIPO: 弗朗西斯·高锐
    if r is not None:
        before = live_entity(session, Person, r.id)
        pid = materialise_person(session, ref, r)
        out.new_entities += before is None
        return pid
    named = [n for n in names if not is_reference_form(n)]  # "Mr. Tang" tells no one apart
    found = by_names(session, "person", named)
    if found:
        return _joined_with_other_form(session, found[0], named, org_ids, out, titles=titles or {})
    weak = _other_form(session, named, org_ids, titles or {}, besides=None)
    kind = ADDRESS if is_reference_form(fact.name) else "primary"
    if weak is not None:
        cand, why = weak
        person = writer.new_person(session, fact.name, name_kind=kind)
        assert person.id is not None
        _merge_forms(session, cand, person.id, why, out)
        return cand
    person = writer.new_person(session, fact.name, name_kind=kind)
    out.new_entities += 1
    assert person.id is not None
    return person.id


def _reference_named(ref: Reference, name: str) -> RefPerson | None:
    """The reference person of this name, a Traditional one read in Simplified too."""
    return ref.person_named(name) or (
        ref.person_named(to_simplified(name)) if has_han(name) else None
    )


def _other_form(
    session: Session,
    names: list[str],
    org_ids: set[int],
    titles: dict[int, list[str]],
    *,
    besides: int | None,
) -> tuple[int, str] | None:
    """The first person stored under another form of these names (the other script, a
    reading, a sound, a romanisation) who holds a role at, or signs for, one of `org_ids`,
    and whom no one judged apart: the weak link, with its reason."""
    for cand, why in _candidates(session, names, org_ids, titles):
        if cand == besides or _han_names_differ(session, cand, names):
            continue
        judged_apart = distinct(session, "person", cand, set(names))  # a person said so
        if org_ids & _org_ids_of(session, cand) and not judged_apart:
            return cand, why
    return None


def _candidates(
    session: Session, names: list[str], org_ids: set[int], titles: dict[int, list[str]]
) -> Iterator[tuple[int, str]]:
    """The other forms' people, the strongest kinds of link first, each kind read only when
    the ones before found no one: the resolver asks this for nearly every person of every
    document, and the people holding a role at a large body are many (read once here)."""
    yield from _cross_candidates(session, names)
    yield from _by_sound(session, names, org_ids)
    if not titles or all(has_han(n) and transliterated(n) for n in names):
        return
    holders = _names_of_holders(session, titles)
    yield from _by_romanised(names, holders)
    yield from _by_slip(names, holders)
    yield from _by_initials(names, holders)


def _joined_with_other_form(
    session: Session,
    pid: int,
    names: list[str],
    org_ids: set[int],
    out: Resolved,
    *,
    titles: dict[int, list[str]],
) -> int:
    """The person stored under this very name, joined with the one stored under its other
    form when this document gives them a body in common: 习近平 first named with no body,
    then Xi Jinping as President of a government, then 習近平 as its head are one person
    whatever order the documents come in."""
    if not org_ids or len(_scripts_of(session, pid)) == 2:
        return pid  # known in both scripts already: another form's holder is someone else
    weak = _other_form(session, names, org_ids, titles, besides=pid)
    rows = [r for i in ((pid, weak[0]) if weak else ()) if (r := session.get(Person, i))]
    if weak is None or len(rows) < 2 or any(r.merged_into is not None for r in rows):
        return pid
    if _scripts_of(session, pid) & _scripts_of(session, weak[0]):
        return pid  # two people both known in one script are known apart (Tan X, Daren Tang)
    # the reference data's person stays, else the one stored first
    keep, gone = (r.id or 0 for r in sorted(rows, key=lambda r: (r.ref_id is None, r.id or 0)))
    _merge_forms(session, keep, gone, weak[1], out)
    return keep


def _scripts_of(session: Session, person_id: int) -> set[bool]:
    """Whether the stored person's names are Chinese (True), Latin (False) or both."""
    rows = session.exec(
        select(Name.text).where(Name.entity_type == "person", Name.entity_id == person_id)
    )
    return {has_han(t) for t in rows}


def _merge_forms(session: Session, keep: int, gone: int, why: str, out: Resolved) -> None:
    """Record the weak link as a merge that can be split."""
    writer.flush_mentions(session)  # the merge moves them
    merge(
        session,
        "person",
        keep,
        gone,
        reason=f"{why}; both hold a role at, or sign for, the same organisation",
        score=0.9,
        decided_by="resolver:name-form",
    )
    out.merges += 1


def _han_names_differ(session: Session, person_id: int, names: list[str]) -> bool:
    """Whether the stored person has a Chinese name and this fact another one: 戴建業 is
    not 陳惠玲, however close their romanisations or readings, so a weak link between a
    Chinese name and a Latin one never joins two people whose Chinese names are known; and a
    name written by sound (马尔科·阿莱曼) is not that of a person whose Chinese name is a
    Chinese one (邓鸿森): Chinese text calls such a person by that name."""
    mine = _native_han(names)
    by_sound = any(has_han(n) and transliterated(n) for n in names)
    if not mine and not by_sound:
        return False
    rows = session.exec(
        select(Name.text).where(
            Name.entity_type == "person", Name.entity_id == person_id, Name.kind != ADDRESS
        )
    )
    theirs = _native_han(list(rows))
    return bool(theirs) and not mine & theirs  # 马尔科·阿莱曼 is not someone called 邓鸿森


def _native_han(names: list[str]) -> set[str]:
    """The Chinese names among one person's names that are Chinese names, not written by
    sound: a part of a transliteration among them (苏莱曼 of 穆罕默德•苏莱曼) is
    by sound too, though it opens with a character that is a family name (苏)."""
    parts = {
        _han_key(p)
        for n in names
        if has_han(n) and transliterated(n)
        for p in re.split(f"[{re.escape(SEPARATORS)}]", n)
        if p.strip()
    }
    return {
        k for n in names if has_han(n) and not transliterated(n) and (k := _han_key(n)) not in parts
    }


def _han_key(name: str) -> str:
    """A Chinese name compared across scripts and spacing (戴建業 = 戴建业)."""
    return re.sub(r"\s+", "", to_simplified(name))


def is_reference_form(name: str) -> bool:
    """ "Mr. Tang", "邓先生": how a text refers back to a person, kept among their names but
    never matched to link a person across documents (namesakes share it)."""
    return bool(_reference_form().match(name.strip()))


#: The Name.kind of a reference form: every lookup linking people across documents skips it.
ADDRESS = "address"


def person_name_kind(name: str) -> str:
    """The kind a person's name is stored with: `ADDRESS` for a reference form."""
    return ADDRESS if is_reference_form(name) else "alias"


@cache
def _reference_form() -> re.Pattern[str]:
    """An honorific and one word ("Mr. Tang"), or a family name and a form of address or
    title (邓先生, 申局长)."""
    kept = lexicon.wordset("en_people.txt", "honorifics_not_in_reference_forms")
    english = alternation(w for w in _english_honorifics() if w not in kept)
    chinese = alternation(lexicon.words("resolve.txt", "reference_suffixes_zh"))
    return re.compile(rf"^(?:(?:{english})\.?\s+\S+|[{HAN}]{{1,2}}(?:{chinese}))$")


def _english_honorifics() -> tuple[str, ...]:
    """The one list of English honorifics (store/text/words/en_people.txt)."""
    return lexicon.words("en_people.txt", "honorifics")


def _readings(han: str, limit: int = 16) -> list[str]:
    """Folded pinyin readings of a Chinese name (every heteronym, bounded), surname first
    and given-name first: 申长雨 gives shenchangyu as well as pypinyin's shenzhangyu."""
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
    """The organisations a person holds a role at or signed an agreement for (one of its
    parties: a signatory signs for one of them)."""
    held = {
        r.organisation_id
        for r in session.exec(select(Role).where(Role.person_id == person_id))
        if r.organisation_id
    }
    signed = select(AgreementParty.agreement_id).where(
        AgreementParty.person_id == person_id, AgreementParty.role == "signatory"
    )
    parties = session.exec(
        select(AgreementParty.organisation_id).where(
            col(AgreementParty.agreement_id).in_(signed), AgreementParty.role == "party"
        )
    )
    return held | {o for o in parties if o}


def _people_at(session: Session, org_ids: set[int]) -> set[int]:
    """The people holding a role at these organisations or signing an agreement one of
    them is a party to."""
    holders = set(
        session.exec(select(Role.person_id).where(col(Role.organisation_id).in_(org_ids)))
    )
    deals = select(AgreementParty.agreement_id).where(
        col(AgreementParty.organisation_id).in_(org_ids), AgreementParty.role == "party"
    )
    signers = session.exec(
        select(AgreementParty.person_id).where(
            col(AgreementParty.agreement_id).in_(deals), AgreementParty.role == "signatory"
        )
    )
    return holders | {p for p in signers if p}


def _cross_candidates(session: Session, names: list[str]) -> list[tuple[int, str]]:
    """People stored under another form of these names, each with the reason: the other
    script, or a longer or shorter form."""
    out: list[tuple[int, str]] = []
    for n in names:
        out += _by_reading(session, n) if has_han(n) else _by_latin_form(session, n)
    return out


def _by_sound(session: Session, names: list[str], org_ids: set[int]) -> list[tuple[int, str]]:
    """People at these organisations whose name in the other script sounds like one of these
    (特韦巴泽 / Twebaze: `sounds.sounds_like`)."""
    han = [n for n in names if has_han(n) and transliterated(n)]
    latin = [n for n in names if not has_han(n)]
    if not org_ids or not (han or latin):
        return []  # 申长雨: a Chinese name is linked by its readings, not by sound
    people = _people_at(session, org_ids)
    rows = session.exec(
        select(Name).where(
            Name.entity_type == "person", col(Name.entity_id).in_(people), Name.kind != ADDRESS
        )
    )
    out = []
    for row in rows:
        pairs = [(row.text, n) for n in latin] if has_han(row.text) else []
        pairs += [(n, row.text) for n in han if not has_han(row.text)]
        for h, lat in pairs:
            if sounds_like(h, lat):
                out.append((row.entity_id, f"{h} sounds like {lat}"))
    return out


def _by_romanised(names: list[str], holders: list[Name]) -> list[tuple[int, str]]:
    """The one person at these organisations, holding one of these roles there, whose name
    in the other script is the Chinese name this Latin one romanises as Hong Kong, Macao or
    Viet Nam write names, or the other way round (李伟明 / Lei Wai Meng, 丁友非 / Dinh Huu
    Phi: `sounds.romanised_like`; 阮文雄 / Nguyen Van Hung, read as Viet Nam reads the
    characters). A romanisation is weak evidence: a shared role at one
    body, and no second such person there, make it enough."""
    han = [n for n in names if has_han(n) and not transliterated(n)]
    latin = [n for n in names if not has_han(n)]
    out: dict[int, str] = {}
    for row in holders:
        pairs = [(row.text, n) for n in latin] if has_han(row.text) else []
        pairs += [(n, row.text) for n in han if not has_han(row.text)]
        for h, lat in pairs:
            if not transliterated(h) and _romanises(h, lat):
                out.setdefault(row.entity_id, f"{lat} romanises {h}")
    return list(out.items()) if len(out) == 1 else []


def _by_slip(names: list[str], holders: list[Name]) -> list[tuple[int, str]]:
    """The one person holding one of these roles at these organisations whose Latin name is
    one of these with one slip in a long word (Tlevelssova / Tlevlessova), or spelt as Arabic
    names are spelt two ways (Al Harbi / Al-Haribi: misspelt.py)."""
    latin = [n for n in names if not has_han(n)]
    if not latin:
        return []
    out: dict[int, str] = {}
    for row in holders:
        for n in latin:
            if one_slip(n, row.text):
                out.setdefault(row.entity_id, f"{n} is {row.text} spelt otherwise")
    return list(out.items()) if len(out) == 1 else []


def _by_initials(names: list[str], holders: list[Name]) -> list[tuple[int, str]]:
    """The one person holding one of these roles at these organisations whose name is one of
    these written with initials, or written in full where one of these gives initials (A.
    Grigoriev / Alexander Nikolayevich Grigoriev: initialled.py)."""
    latin = [n for n in names if not has_han(n)]
    if not latin:
        return []
    out: dict[int, str] = {}
    for row in holders:
        for n in latin:
            if initials_fit(n, row.text) or initials_fit(row.text, n):
                out.setdefault(row.entity_id, f"{n} and {row.text} are one name with initials")
    return list(out.items()) if len(out) == 1 else []


def _names_of_holders(session: Session, titles: dict[int, list[str]]) -> list[Name]:
    """The names of the people who hold one of these roles ({organisation: titles})."""
    mine = {org: [Held([t]) for t in wanted] for org, wanted in titles.items()}
    held: set[int] = set()
    fits: dict[tuple[int, str, str | None], bool] = {}  # many hold one title at a large body
    rows = session.exec(
        select(Role.person_id, Role.organisation_id, Role.title, Role.other_titles).where(
            col(Role.organisation_id).in_(list(titles))
        )
    )
    for person_id, org, title, other in rows:
        fit = fits.get(key := (org or 0, title, other))
        if fit is None:
            theirs = Held([title, *json.loads(other or "[]")])
            fit = fits[key] = any(one_role(m, theirs) for m in mine.get(org or 0, []))
        if fit:
            held.add(person_id)
    return list(
        session.exec(
            select(Name).where(
                Name.entity_type == "person", col(Name.entity_id).in_(held), Name.kind != ADDRESS
            )
        )
    )


def _romanises(han: str, latin: str) -> bool:
    """Whether the Latin name writes the Chinese one as Hong Kong, Macao, Singapore or Viet
    Nam would, or with an English given name before the family name (Vincent Chan)."""
    return (
        romanised_like(han, latin)
        or _written_in_viet_nam(han, latin)
        or english_given_form(han, latin)
    )


def _by_reading(session: Session, han: str) -> list[tuple[int, str]]:
    """People with a Latin name that is a reading of this Chinese one."""
    plain = re.sub(r"\s+", "", han)
    keys = _keys_of(plain)
    return [
        (row.entity_id, f"reading of {han} equals {row.text}")
        for row in session.exec(
            select(Name).where(Name.entity_type == "person", col(Name.folded).in_(keys))
        )
    ]


def _keys_of(han: str) -> set[str]:
    """The folded Latin forms a Chinese name can take: its pinyin readings and its family
    name as the south writes it."""
    return {*_readings(han), *romanised_readings(han)}


def _written_in_viet_nam(han: str, latin: str) -> bool:
    """Whether the Latin name is the Sino-Vietnamese reading of the Chinese one (阮文雄 /
    Nguyen Van Hung), which no Mandarin initial tells (阮 is ruan)."""
    return fold(latin) in vietnamese_readings(_han_key(han))


def _by_latin_form(session: Session, n: str) -> list[tuple[int, str]]:
    """People with a Chinese name this Latin one reads, or a longer or shorter Latin form."""
    from store.search import search

    out: list[tuple[int, str]] = []
    key = fold(n)
    hits = _hits(search(session, q, kind="person", limit=10) for q in _latin_queries(n))
    addressed = _addresses_of(session, [hit.id for hit in hits])
    for hit in hits:
        for other in [hit.name, *hit.aliases]:
            plain = re.sub(r"\s+", "", other)
            if (hit.id, other) in addressed:
                continue  # "Mr. Tang": never matched on
            if has_han(other) and key in _keys_of(plain):
                out.append((hit.id, f"{n} is a reading of {other}"))
            elif not has_han(other):
                a, b = set(fold_tokens(n)), set(fold_tokens(other))
                if len(a & b) >= 2 and (a < b or b < a):
                    out.append((hit.id, f"{n} and {other} are forms of one name"))
    return out


def _addresses_of(session: Session, people: list[int]) -> set[tuple[int, str]]:
    """(person, name) of the reference forms ("Mr. Tang") stored for these people."""
    if not people:
        return set()
    rows = session.exec(
        select(Name.entity_id, Name.text).where(
            Name.entity_type == "person", col(Name.entity_id).in_(people), Name.kind == ADDRESS
        )
    )
    return set(rows)


def _latin_queries(n: str) -> list[str]:
    """The name, and for a name of three words or more its first and last word: a search
    finds the names holding every word asked for, so "Ana Maria Lopes Pereira" finds "Ana
    Pereira" and "Ana Maria Pereira" only through "Ana Pereira"."""
    words = n.split()
    out = [n, f"{words[0]} {words[-1]}"] if len(words) >= 3 else [n]
    if len(words) >= 2 and is_romanised_surname(words[0]):
        out.append(" ".join(words[1:]))  # Tan Wei Ming: 陈伟明 is found by its given name
    return out


def _hits(batches: Iterable[list[Hit]]) -> list[Hit]:
    """Search hits of several queries, each person once."""
    seen: dict[int, Hit] = {}
    for batch in batches:
        for hit in batch:
            seen.setdefault(hit.id, hit)
    return list(seen.values())
