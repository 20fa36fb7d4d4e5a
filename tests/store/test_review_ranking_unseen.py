"""What a reviewer meets first on texts no extractor has seen, in our own names: a body a
lower-case "in" or "to" places is no phrase, a name without its country that bodies of two
countries bear is no likely duplicate of either (unless its text names bodies of one of
those countries only: that one is meant), and a role whose document states no
organisation waits below a name only one document states (its title holds either way)."""

from __future__ import annotations

from pathlib import Path

from sqlmodel import Session

from store.db import open_database
from store.models import Document
from store.review.pairs import duplicate_pairs
from store.review.queue import review_queue
from store.review.signals import organisation_signs
from store.search import index_entity
from store.writer import add_mention, add_role, new_organisation, new_person


def _keys(name: str) -> set[str]:
    return {s.key for s in organisation_signs(name)}


def test_a_body_placed_in_a_city_or_sent_to_a_body_is_no_phrase() -> None:
    for name in (
        "Embassy of Ruritania in Lisbon",
        "Royal Norwegian Embassy in Abu Dhabi",
        "Consulate General of Malta in Sao Paulo",
        "Permanent Mission of Ruritania to the United Nations",
    ):
        assert "phrase" not in _keys(name), name


def test_a_lower_case_word_running_on_past_the_name_is_still_a_phrase() -> None:
    for name in (
        "Seed Office signed in Lisbon",
        "Bureau in charge of Seeds",
        "Ministry of Seeds in cooperation",
    ):
        assert "phrase" in _keys(name), name


def _document(s: Session, path: str = "one.txt") -> int:
    doc = Document(path=path, lang="en", sha256=path[0] * 64, text="x" * 100)
    s.add(doc)
    s.flush()
    assert doc.id
    return doc.id


def _stated(s: Session, doc: int, kind: str, eid: int | None, surface: str) -> int:
    assert eid is not None
    add_mention(s, doc, kind, eid, start=0, end=len(surface), surface=surface, extractor="en/1")
    index_entity(s, kind, eid)
    return eid


def _body(s: Session, doc: int, name: str, alias: str | None, country: str | None) -> int:
    from store.writer import add_name

    o = new_organisation(s, name, country=country)
    assert o.id
    if alias:
        add_name(s, "organisation", o.id, alias)
    return _stated(s, doc, "organisation", o.id, name)


def test_a_countryless_name_that_bodies_of_two_countries_bear_is_no_likely_duplicate(
    tmp_path: Path,
) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'shared.db'}")
    with db.session() as s:
        doc = _document(s)
        bare = _body(s, doc, "Seed Registry Department", None, None)
        one = _body(
            s, doc, "Seed Registry Department of Ruritania", "Seed Registry Department", "PT"
        )
        two = _body(s, doc, "Seed Registry Department of Malta", "Seed Registry Department", "MT")
        s.commit()
        found = {(p.a, p.b): p.p_same for p in duplicate_pairs(s, "organisation")}
    db.engine.dispose()
    for other in (one, two):
        assert found.get((min(bare, other), max(bare, other)), 0.0) < 0.3


def test_a_countryless_name_one_countrys_body_bears_is_still_proposed(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'single.db'}")
    with db.session() as s:
        doc = _document(s)
        bare = _body(s, doc, "Seed Registry Department", None, None)
        one = _body(
            s, doc, "Seed Registry Department of Ruritania", "Seed Registry Department", "PT"
        )
        s.commit()
        found = {(p.a, p.b): p.p_same for p in duplicate_pairs(s, "organisation")}
    db.engine.dispose()
    assert found.get((min(bare, one), max(bare, one)), 0.0) >= 0.5


def test_a_countryless_name_is_the_body_of_the_country_its_text_is_about(
    tmp_path: Path,
) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'about.db'}")
    with db.session() as s:
        first, second = _document(s, "a.txt"), _document(s, "b.txt")
        one = _body(
            s, first, "Seed Registry Department of Ruritania", "Seed Registry Department", "PT"
        )
        two = _body(s, first, "Seed Registry Department of Malta", "Seed Registry Department", "MT")
        bare = _body(s, second, "Seed Registry Department", None, None)
        _body(s, second, "Ruritanian Ministry of Orchards", None, "PT")
        s.commit()
        found = {(p.a, p.b): p.p_same for p in duplicate_pairs(s, "organisation")}
    db.engine.dispose()
    assert found.get((min(bare, one), max(bare, one)), 0.0) >= 0.3
    assert found.get((min(bare, two), max(bare, two)), 0.0) < 0.3


def test_a_role_stating_no_organisation_waits_below_a_name_one_document_states(
    tmp_path: Path,
) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'roles.db'}")
    with db.session() as s:
        doc = _document(s)
        body = "Seed Varieties Training Unit"
        b = _stated(s, doc, "organisation", new_organisation(s, body).id, body)
        person = _stated(s, doc, "person", new_person(s, "Ana Ferreira").id, "Ana Ferreira")
        role = add_role(s, person, None, "Deputy Director")
        assert role.id
        add_mention(s, doc, "role", role.id, start=0, end=15, surface="Deputy Director")
        s.commit()
        order = [i.id for i in review_queue(s, with_sources=False)]
    db.engine.dispose()
    assert f"r{role.id}" in order
    assert order.index(f"o{b}") < order.index(f"r{role.id}")


def test_a_chinese_name_run_on_into_a_ceremony_word_is_doubted() -> None:
    from store.review.signals import person_signs

    for name in ("于仪式", "於典禮", "在签约仪式"):
        assert person_signs(name), name
    for name in ("于晓光", "王典", "於美华"):  # 于 and 於 are surnames, 典 a given name's
        assert not person_signs(name), name


def test_a_name_that_names_its_country_keeps_its_pairs_whoever_else_shares_its_words(
    tmp_path: Path,
) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'named.db'}")
    with db.session() as s:
        doc = _document(s)
        own = _body(s, doc, "Malta Seed Registry Department", "Seed Registry Department", None)
        one = _body(
            s, doc, "Seed Registry Department of Ruritania", "Seed Registry Department", "PT"
        )
        two = _body(s, doc, "Seed Registry Department of Malta", "Seed Registry Department", "MT")
        s.commit()
        found = {(p.a, p.b): p.p_same for p in duplicate_pairs(s, "organisation")}
    db.engine.dispose()
    assert found.get((min(own, two), max(own, two)), 0.0) >= 0.5
    assert one


def test_a_chinese_name_of_one_country_is_no_translation_of_another_countrys_body(
    tmp_path: Path,
) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'two.db'}")
    with db.session() as s:
        doc = _document(s)
        zh = _body(s, doc, "新加坡知识产权局", None, None)
        other = _body(s, doc, "Intellectual Property Office", "Philippine IP Office", "PH")
        s.commit()
        found = {(p.a, p.b) for p in duplicate_pairs(s, "organisation")}
    db.engine.dispose()
    assert (min(zh, other), max(zh, other)) not in found


def test_a_chinese_name_of_a_country_is_still_read_against_that_countrys_body(
    tmp_path: Path,
) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'one.db'}")
    with db.session() as s:
        doc = _document(s)
        zh = _body(s, doc, "新加坡知识产权局", None, None)
        own = _body(s, doc, "Intellectual Property Office", "Singapore IP Office", "SG")
        s.commit()
        found = {(p.a, p.b) for p in duplicate_pairs(s, "organisation")}
    db.engine.dispose()
    assert (min(zh, own), max(zh, own)) in found


def test_a_persons_title_joined_to_a_body_is_doubted_as_no_one_body() -> None:
    for name in ("研究员与北岭研究院", "北岭大学教授與种子研究中心"):
        assert "group" in _keys(name), name
    for name in ("规划与发展局", "科学与技术研究院", "文化与旅游部"):
        assert "group" not in _keys(name), name
