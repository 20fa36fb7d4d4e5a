"""Properties over generated names: every Chinese name is found by its pinyin and its
initials; Traditional characters find Simplified names and back."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.db import Database, open_database
from store.search import index_entity, search
from tests.search.kb import add_entity, ids

SURNAMES = {
    "邓": ["deng"],
    "申": ["shen"],
    "胡": ["hu"],
    "曾": ["zeng"],
    "单": ["shan"],
    "王": ["wang"],
    "李": ["li"],
    "张": ["zhang"],
    "欧阳": ["ou", "yang"],
}
GIVEN_CHARS = {
    "鸿": "hong",
    "森": "sen",
    "长": "chang",
    "雨": "yu",
    "文": "wen",
    "辉": "hui",
    "乐": "le",
    "行": "xing",
    "明": "ming",
    "国": "guo",
    "伟": "wei",
}


@pytest.fixture(scope="module")
def prop_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(f"sqlite:///{tmp_path_factory.mktemp('prop') / 'p.db'}")
    yield database
    database.engine.dispose()


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    sur=st.sampled_from(sorted(SURNAMES)),
    giv=st.lists(st.sampled_from(sorted(GIVEN_CHARS)), min_size=1, max_size=2),
)
def test_every_chinese_name_is_found_by_its_pinyin_and_initials(
    prop_db: Database, sur: str, giv: list[str]
) -> None:
    zh = sur + "".join(giv)
    syllables = SURNAMES[sur] + [GIVEN_CHARS[g] for g in giv]
    with prop_db.session() as s:
        pid = add_entity(s, "person", [zh])
        s.commit()
        full = [h for h in search(s, "".join(syllables), limit=1000) if h.id == pid]
        assert full and full[0].how == "exact", (zh, syllables)
        spaced = [h for h in search(s, " ".join(syllables).title(), limit=1000) if h.id == pid]
        assert spaced and spaced[0].how == "exact"
        initials = "".join(x[0] for x in syllables)
        assert pid in ids(search(s, initials, kind="person", limit=1000)), (zh, initials)


def test_traditional_characters_find_a_simplified_name_and_back(tmp_path) -> None:
    from sqlmodel import Session

    from store.db import open_database
    from store.search import search
    from store.writer import add_name, new_organisation, new_person

    db = open_database(f"sqlite:///{tmp_path / 't.db'}")
    with Session(db.engine) as s:
        tang = new_person(s, "邓鸿森")
        ipd = new_organisation(s, "香港知識產權署")
        assert tang.id and ipd.id
        add_name(s, "organisation", ipd.id, "Intellectual Property Department")
        index_entity(s, "person", tang.id)
        index_entity(s, "organisation", ipd.id)
        s.commit()
        assert [h.name for h in search(s, "鄧鴻森")] == ["邓鸿森"]
        assert [h.name for h in search(s, "香港知识产权署")] == ["香港知識產權署"]
        assert [h.name for h in search(s, "知识产权署")] == ["香港知識產權署"]
