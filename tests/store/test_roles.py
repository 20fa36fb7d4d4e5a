"""One role in two languages is one role (store/roles.py, store/text/titles.py): which
statements of a role the store makes one, and that merges, splits and old databases keep
to it (issue 14, item 4)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import Session, select

from store.db import Database, open_database
from store.models import Role
from store.roles import titles_of
from store.writer import add_role, new_organisation, new_person
from tests.store.kb_detail import old_database_with_a_role_in_two_rows, two_people


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    yield database
    database.engine.dispose()


def _person_at_office(s: Session) -> tuple[int, int]:
    office = new_organisation(s, "Intellectual Property Office of Singapore")
    person = new_person(s, "Daren Tang")
    assert office.id and person.id
    return person.id, office.id


def _roles(s: Session, person: int) -> list[tuple[list[str], str | None, str | None]]:
    rows = s.exec(select(Role).where(Role.person_id == person).order_by(Role.id))  # type: ignore[arg-type]
    return [(titles_of(r), r.start, r.end) for r in rows]


def test_english_then_chinese_is_one_role_shown_in_english(db: Database) -> None:
    with db.session() as s:
        person, office = _person_at_office(s)
        add_role(s, person, office, "Director General", start="2020-10-01", origin="reference")
        add_role(s, person, office, "总干事")
        assert _roles(s, person) == [(["Director General", "总干事"], "2020-10-01", None)]


def test_chinese_then_english_is_one_role_dated_by_either(db: Database) -> None:
    with db.session() as s:
        person, office = _person_at_office(s)
        add_role(s, person, office, "总干事", end="2024-09")
        add_role(s, person, office, "Director General", start="2020-10-01")
        assert _roles(s, person) == [(["Director General", "总干事"], "2020-10-01", "2024-09")]


def test_a_chinese_title_joins_the_english_role_it_translates_at_that_time(
    db: Database,
) -> None:
    with db.session() as s:
        person, office = _person_at_office(s)
        add_role(s, person, office, "Deputy Chief Executive", start="2012-08", end="2015-10")
        add_role(s, person, office, "Chief Executive", start="2015-11", end="2020-07")
        add_role(s, person, office, "局长")  # undated: the head, not the deputy
        add_role(s, person, office, "副局长", start="2013")  # the deputy, then
        assert _roles(s, person) == [
            (["Deputy Chief Executive", "副局长"], "2012-08", "2015-10"),
            (["Chief Executive", "局长"], "2015-11", "2020-07"),
        ]


def test_a_translation_at_another_time_is_another_role(db: Database) -> None:
    with db.session() as s:
        person, office = _person_at_office(s)
        add_role(s, person, office, "Commissioner", start="2013-12", end="2022-06")
        add_role(s, person, office, "局长", start="2001", end="2003")
        assert len(_roles(s, person)) == 2


def test_two_english_titles_are_two_roles(db: Database) -> None:
    with db.session() as s:
        person, office = _person_at_office(s)
        add_role(s, person, office, "Commissioner")
        add_role(s, person, office, "Director")
        add_role(s, person, office, "局长")  # joins one of them, never both
        roles = _roles(s, person)
        assert [r[0][0] for r in roles] == ["Commissioner", "Director"]
        assert sum("局长" in r[0] for r in roles) == 1


def test_spellings_abbreviations_traditional_and_joined_titles_are_one_role(
    db: Database,
) -> None:
    with db.session() as s:
        person, office = _person_at_office(s)
        for title in ("Director-General", "Director General", "DG", "總幹事", "党组书记、总干事"):
            add_role(s, person, office, title)
        # one role, shown by the first spelling; a title stated in other words is kept
        assert _roles(s, person) == [
            (["Director-General", "總幹事", "党组书记、总干事"], None, None)
        ]


def test_two_english_roles_stated_alike_in_chinese_stay_two_when_people_merge(
    ipx, db: Database
) -> None:
    with db.session() as s:
        office = new_organisation(s, "Intellectual Property Office of Singapore")
        one, two = new_person(s, "Daren Tang"), new_person(s, "邓鸿森")
        assert office.id and one.id and two.id
        for person, english in ((one.id, "Chief Executive"), (two.id, "Director")):
            add_role(s, person, office.id, english)
            add_role(s, person, office.id, "局长")
        s.commit()
    url = str(db.engine.url)
    assert ipx("merge", "Daren Tang", "邓鸿森", "--db", url).exit_code == 0
    roles = _show(ipx, url, "Daren Tang")["roles"]
    assert sorted((r["title"], r["other_titles"]) for r in roles) == [
        ("Chief Executive", ["局长"]),
        ("Director", ["局长"]),
    ]


def _show(ipx: Any, url: str, who: str) -> dict[str, Any]:
    shown: dict[str, Any] = json.loads(ipx("show", who, "--json", "--db", url).stdout)
    return shown


def test_merging_two_people_makes_their_role_one_and_a_split_undoes_it(ipx, db: Database) -> None:
    two_people(db)
    url = str(db.engine.url)
    before = ipx("export", "--no-text", "--db", url).stdout
    assert ipx("merge", "Daren Tang", "邓鸿森", "--db", url).exit_code == 0
    (role,) = _show(ipx, url, "Daren Tang")["roles"]
    assert (role["title"], role["other_titles"]) == ("Director General", ["总干事"])
    assert role["start"] == "2020-10-01"
    assert {s["path"] for s in role["sources"]} == {"en.txt", "zh.txt"}
    assert "Director General · 总干事" in ipx("show", "Daren Tang", "--db", url).stdout

    assert ipx("split", "Daren Tang", "--db", url).exit_code == 0
    assert ipx("export", "--no-text", "--db", url).stdout == before
    (back,) = _show(ipx, url, "邓鸿森")["roles"]
    assert (back["title"], back["other_titles"], back["start"]) == ("总干事", [], None)


def test_an_old_database_with_a_role_in_two_rows_is_made_one_on_open(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'old.db'}"
    old_database_with_a_role_in_two_rows(url)
    db = open_database(url)
    try:
        with db.session() as s:
            assert _roles(s, 1) == [(["Director General", "总干事"], "2020-10-01", None)]
            (role,) = s.exec(select(Role)).all()
            assert role.origin == "reference"
            from store.queries import sources_of

            (source,) = sources_of(s, "role", 1)
            assert source.sentence == "总干事邓鸿森"
    finally:
        db.engine.dispose()
