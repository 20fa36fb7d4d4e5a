"""Short queries, as search as you type sends them first (one or two syllables, a word, an
acronym), rank as a person reads them:

- a query that is exactly a person's surname or a name's first word (a pinyin syllable, an
  English word, a Chinese character) ranks above the same syllable later in a long name,
  above another reading of a heteronym and above a fuzzy form (shen ~ sheng, zeng ~ zheng,
  chen ~ cheng), however many more documents mention those;
- within a class, a match that covers more of the name ranks higher; documents decide
  between names the query covers alike;
- an acronym of three letters or more puts its own body first, before names that merely
  start with those letters.

On the knowledge base of tests/search/short_kb.py, on SQLite and PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from store.db import Database, open_database
from store.search import search
from tests.search.conftest import BACKENDS
from tests.search.short_kb import Ids, build, order


@pytest.fixture(scope="module", params=BACKENDS)
def short(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Database, Ids]]:
    if request.param == "postgresql":
        import psycopg

        url = request.getfixturevalue("pg_url").rsplit("/", 1)[0]
        with psycopg.connect(url + "/postgres", autocommit=True) as conn:
            conn.execute("DROP DATABASE IF EXISTS short WITH (FORCE)")
            conn.execute("CREATE DATABASE short")
        database = open_database(url + "/short")
    else:
        database = open_database(f"sqlite:///{tmp_path_factory.mktemp('short') / 'short.db'}")
    with database.session() as s:
        ids = build(s)
        s.commit()
    yield database, ids
    database.engine.dispose()


def ranked(short: tuple[Database, Ids], query: str, **kw: Any) -> list[str]:
    database, ids = short
    with database.session() as s:
        return order(search(s, query, **kw), ids)


def before(got: list[str], first: str, then: str) -> bool:
    return first in got and (then not in got or got.index(first) < got.index(then))


def how(short: tuple[Database, Ids], query: str, key: str) -> str:
    database, ids = short
    with database.session() as s:
        return next(h.how for h in search(s, query) if (h.kind, h.id) == ids[key])


# ---------------------------------------------------------------- surname and first word


def test_a_surname_ranks_above_the_same_syllable_later_in_a_long_name(short) -> None:
    got = ranked(short, "shen")
    assert before(got, "shen_changyu", "guangdong")  # 广东省 ... sheng, in 9 documents
    got = ranked(short, "he")
    assert got[0] == "he_hua"
    assert before(got, "he_zhiyuan", "cnipa")  # 共和国 ... he, in 12 documents
    assert before(got, "he_zhiyuan", "geometry")  # 几何 ... he
    assert how(short, "he", "he_hua") == "surname"
    assert how(short, "he", "cnipa") == "part"


def test_a_surname_ranks_above_a_fuzzy_form(short) -> None:
    assert before(ranked(short, "shen"), "shen_changyu", "sheng_jianguo")  # sheng
    assert before(ranked(short, "zeng"), "zeng_ming", "zheng_ming")  # zh ~ z
    assert how(short, "zeng", "zheng_ming") == "fuzzy"
    assert before(ranked(short, "chen"), "chen_yu", "cheng_yu")  # ng ~ n
    assert before(ranked(short, "sheng"), "sheng_jianguo", "shen_changyu")  # and back


def test_a_first_word_ranks_above_another_reading_of_a_heteronym(short) -> None:
    got = ranked(short, "zhang")  # 长春 is changchun; zhang is 长's other reading
    assert before(got, "zhang_lan", "changchun")
    assert how(short, "zhang", "changchun") == "heteronym"


def test_a_name_in_traditional_characters_is_read_as_in_simplified(short) -> None:
    assert before(ranked(short, "zhang"), "zhang_lan", "huang_changqing")
    assert ranked(short, "huang changqing")[0] == "huang_changqing"
    assert how(short, "changqing", "huang_changqing") == "part"


def test_a_chinese_character_starting_a_name_ranks_above_the_same_character_later(
    short,
) -> None:
    got = ranked(short, "何")
    assert got[:2] == ["he_hua", "he_zhiyuan"]
    assert before(got, "he_zhiyuan", "geometry")


def test_an_english_first_word_and_a_western_surname(short) -> None:
    got = ranked(short, "helena")
    assert got[0] == "brandt" and how(short, "helena", "brandt") == "first word"
    assert before(got, "brandt", "helena")  # Saint Helena ...: a later word
    got = ranked(short, "brandt")
    assert got[0] == "brandt" and how(short, "brandt", "brandt") == "surname"
    assert before(got, "brandt", "brandt_fund")


def test_the_pinyin_surname_of_a_latin_name_is_its_first_word(short) -> None:
    assert how(short, "li", "li_jun") == "surname"
    got = ranked(short, "li")
    assert before(got, "li_jun", "lijiang")  # 丽江 lijiang: li, then more of a syllable


def test_a_partial_syllable_still_finds_every_name_it_starts(short) -> None:
    got = ranked(short, "she")
    assert {"shen_changyu", "shen_li", "sheng_jianguo", "shenzhen"} <= set(got)


# ---------------------------------------------------------------- coverage


def test_within_a_class_the_name_covered_most_ranks_first(short) -> None:
    """沈立 (shenli) before 申长雨 (shenchangyu) before 深圳市知识产权局, whatever the
    documents say: all three start with the word shen."""
    got = ranked(short, "shen")
    assert got[:3] == ["shen_li", "shen_changyu", "shenzhen"]
    assert [how(short, "shen", k) for k in got[:3]] == ["surname", "surname", "first word"]


def test_scores_follow_the_order(short) -> None:
    database, _ = short
    with database.session() as s:
        for q in ["shen", "he", "ipos", "wipo", "li", "zhang", "何"]:
            scores = [h.score for h in search(s, q)]
            assert scores == sorted(scores, reverse=True), q


# ---------------------------------------------------------------- acronyms


@pytest.mark.parametrize(
    "query,body,others",
    [
        ("ipos", "ipos", ["ipos_forum", "iposa"]),
        ("IPOS", "ipos", ["ipos_forum", "iposa"]),
        ("jpo", "jpo", ["jpo_users"]),
        ("wipo", "wipo", ["wipo_academy"]),
    ],
)
def test_an_acronym_puts_its_own_body_first(short, query: str, body: str, others) -> None:
    got = ranked(short, query)
    assert got[0] == body, got
    assert how(short, query, body) == "acronym"
    assert all(o in got for o in others)


def test_a_syllable_is_not_taken_for_an_acronym(short) -> None:
    """Harbour Exchange computes to "he"; a query of two letters is a syllable first."""
    got = ranked(short, "he")
    assert before(got, "he_zhiyuan", "harbour")
