"""Curated reference data: IP offices, intergovernmental bodies and well-known officials.

The data lives in JSON files beside this module (`reference_data/*.json`), each entry with
the sources it was taken from; see `reference_data/README.md`. Extractors use it as a gazetteer
(names to look for, jieba words to add) and the resolver uses it to link names that no rule
can link (邓鸿森 = Daren Tang; SIPO = CNIPA).
"""

from __future__ import annotations

import json
from dataclasses import replace
from functools import cache
from pathlib import Path

from importers.gazetteer import Reference, RefName, RefOrg, RefPerson, RefRole
from importers.resolve.regional import contracted_forms
from store.text import fold, has_han, without_lost_letters

DATA_DIR = Path(__file__).with_name("reference_data")


def _names(raw: list[dict]) -> tuple[RefName, ...]:
    return tuple(
        RefName(
            text=n["text"],
            kind=n.get("kind", "alias"),
            lang=n.get("lang"),
            valid_from=n.get("from"),
            valid_to=n.get("to"),
        )
        for n in raw
    )


def _with_contractions(names: tuple[RefName, ...]) -> tuple[RefName, ...]:
    """A body's Chinese names also in the other form of their head word (市场监管局 beside
    市场监督管理局): the short form is the body's own usage, seldom listed in the sources."""
    have = {n.text for n in names}
    extra = [
        RefName(text=c, kind=n.kind, lang="zh", valid_from=n.valid_from, valid_to=n.valid_to)
        for n in names
        for c in contracted_forms(n.text)
        if c not in have
    ]
    return names + tuple({e.text: e for e in extra}.values())


def parse(orgs_raw: list[dict], people_raw: list[dict]) -> Reference:
    ref = Reference()
    for o in orgs_raw:
        org = RefOrg(
            id=o["id"],
            name=o["name"],
            kind=o.get("kind"),
            country=o.get("country"),
            st3=o.get("st3"),
            parent=o.get("parent"),
            names=_with_contractions(_names(o.get("names", []))),
            sources=tuple(o.get("sources", [])),
        )
        ref.orgs[org.id] = org
        for n in org.all_names():
            ids = ref._org_by_name.setdefault(fold(n), [])
            if org.id not in ids:
                ids.append(org.id)
    for p in people_raw:
        person = RefPerson(
            id=p["id"],
            name=p["name"],
            family=p.get("family"),
            given=p.get("given"),
            names=_names(p.get("names", [])),
            roles=tuple(
                RefRole(r["title"], r["organisation"], r.get("start"), r.get("end"))
                for r in p.get("roles", [])
            ),
            sources=tuple(p.get("sources", [])),
        )
        ref.people[person.id] = person
        for n in person.all_names():
            ids = ref._person_by_name.setdefault(fold(n), [])
            if person.id not in ids:
                ids.append(person.id)
    _add_parent_prefixed_names(ref)
    _add_lost_letter_keys(ref)
    return ref


def _add_parent_prefixed_names(ref: Reference) -> None:
    """A Chinese text names a body under a ministry with the ministry's name before the
    body's short form (經濟部智慧局 for the Taiwan Intellectual Property Office under 經濟部):
    each Chinese name of a body with a parent is also known with each of its parent's
    Chinese names of the same script before it, unless it opens as one does (its place) or
    the joined name is another body's."""
    for org in list(ref.orgs.values()):
        parent = ref.orgs.get(org.parent or "")
        if parent is None:
            continue
        have = {n.text for n in org.names}
        # a government's units are named with its place, not its whole name (宁夏回族自治区
        # 知识产权局, never 宁夏回族自治区人民政府宁夏...)
        owners = [n for n in parent.names if has_han(n.text) and not n.text.endswith("政府")]
        extra: dict[str, RefName] = {}
        for n in org.names:
            if not has_han(n.text) or any(n.text[:2] == o.text[:2] for o in owners):
                continue
            for o in owners:
                text = o.text + n.text
                if o.lang == n.lang and text not in have and fold(text) not in ref._org_by_name:
                    extra.setdefault(text, RefName(text=text, kind="alias", lang=n.lang))
        if not extra:
            continue
        ref.orgs[org.id] = replace(org, names=org.names + tuple(extra.values()))
        for text in extra:
            ids = ref._org_by_name.setdefault(fold(text), [])
            if org.id not in ids:
                ids.append(org.id)


def _add_lost_letter_keys(ref: Reference) -> None:
    """Benot for Benoît: a Chinese text may keep a foreign name in Latin letters through a
    conversion that drops the letters it cannot write, so each Latin name with an accented
    letter is also found without it; never where that form is another name as written."""
    written = set(ref._person_by_name)
    for person in ref.people.values():
        for n in person.all_names():
            lost = without_lost_letters(n) if not has_han(n) else None
            if lost and fold(lost) not in written:
                ids = ref._person_by_name.setdefault(fold(lost), [])
                if person.id not in ids:
                    ids.append(person.id)


@cache
def load_reference(data_dir: Path = DATA_DIR) -> Reference:
    """Every reference file in `data_dir`: organisations*.json and people*.json."""
    orgs: list[dict] = []
    people: list[dict] = []
    for path in sorted(data_dir.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        orgs.extend(data.get("organisations", []))
        people.extend(data.get("people", []))
    return parse(orgs, people)
