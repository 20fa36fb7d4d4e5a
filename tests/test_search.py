"""Search: every query form a user can type, ranking, safety, and properties.

The database is a real one (Alembic migrations through store.db.open_database) filled with
SQLModel rows and indexed with store.search.index_entity, as the importers do.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from store.db import Database, open_database
from store.models import Agreement, AgreementParty, Document, Mention, Name, Organisation, Person
from store.search import (
    Hit,
    drop_entity,
    index_entity,
    reindex_all,
    search,
    search_url,
    successor,
)
from store.text import fold, script_of

ROOT = Path(__file__).resolve().parent.parent


def add_entity(s: Any, etype: str, names: list[str], docs: int = 0) -> int:
    cls = Person if etype == "person" else Organisation
    e = cls(name=names[0])
    s.add(e)
    s.flush()
    assert e.id is not None
    for i, n in enumerate(names):
        s.add(
            Name(
                entity_type=etype,
                entity_id=e.id,
                text=n,
                folded=fold(n),
                script=script_of(n),
                kind="primary" if i == 0 else "alias",
            )
        )
    for d in range(docs):
        doc = Document(
            path=f"d{etype}{e.id}-{d}",
            sha256=hashlib.sha256(f"{etype}{e.id}-{d}".encode()).hexdigest(),
        )
        s.add(doc)
        s.flush()
        assert doc.id is not None
        s.add(Mention(document_id=doc.id, target_type=etype, target_id=e.id, surface=names[0]))
    s.flush()
    index_entity(s, etype, e.id)
    return e.id


def add_agreement(s: Any, title: str, parties: list[int]) -> int:
    a = Agreement(title=title)
    s.add(a)
    s.flush()
    assert a.id is not None
    for p in parties:
        s.add(AgreementParty(agreement_id=a.id, organisation_id=p))
    s.flush()
    index_entity(s, "agreement", a.id)
    return a.id


IDS: dict[str, int] = {}


# PostgreSQL too (a throwaway cluster, tests/pg.py), unless IPX_SKIP_POSTGRES is set; its
# database uses an ICU collation, so that bytewise key ranges are really put to the test
BACKENDS = ["sqlite"] + ([] if os.environ.get("IPX_SKIP_POSTGRES") else ["postgresql"])


@pytest.fixture(scope="module")
def pg_url() -> Iterator[str]:
    import psycopg

    from tests.pg import throwaway_cluster

    with throwaway_cluster() as server:
        admin = server.rsplit("/", 1)[0] + "/postgres"
        url = server.rsplit("/", 1)[0] + "/search"
        with psycopg.connect(admin, autocommit=True) as conn:
            try:
                conn.execute(
                    "CREATE DATABASE search TEMPLATE template0 LOCALE_PROVIDER icu"
                    " ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'"
                )
            except psycopg.Error:  # a server without ICU
                conn.execute("CREATE DATABASE search")
        yield url


@pytest.fixture(scope="module", params=BACKENDS)
def db(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Database]:
    if request.param == "postgresql":
        database = open_database(request.getfixturevalue("pg_url"))
    else:
        path = tmp_path_factory.mktemp("search") / "kb.db"
        database = open_database(f"sqlite:///{path}")
    with database.session() as s:
        P, O = "person", "organisation"  # noqa: N806, E741
        IDS["deng"] = add_entity(s, P, ["邓鸿森", "Daren Tang", "Daren Tang Heng Shim"], docs=3)
        IDS["shen"] = add_entity(s, P, ["申长雨", "Shen Changyu"], docs=2)
        IDS["hu"] = add_entity(s, P, ["胡文辉", "Hu Wenhui"])
        IDS["gurry"] = add_entity(s, P, ["Francis Gurry"], docs=2)
        IDS["campinos"] = add_entity(s, P, ["António Campinos"])
        IDS["ipos"] = add_entity(
            s, O, ["新加坡知识产权局", "Intellectual Property Office of Singapore", "IPOS"], docs=2
        )
        IDS["cnipa"] = add_entity(
            s,
            O,
            [
                "国家知识产权局",
                "China National Intellectual Property Administration",
                "CNIPA",
                "State Intellectual Property Office",
                "SIPO",
            ],
            docs=4,
        )
        IDS["wipo"] = add_entity(
            s, O, ["世界知识产权组织", "World Intellectual Property Organization", "WIPO"], docs=5
        )
        IDS["gov"] = add_entity(s, O, ["Government of China", "中国政府"])
        IDS["tajik"] = add_entity(s, O, ["National Center for Patent Information of Tajikistan"])
        IDS["belt"] = add_agreement(
            s,
            "Agreement on Enhancing Belt and Road Intellectual Property Cooperation",
            [IDS["gov"], IDS["wipo"]],
        )
        IDS["mou"] = add_agreement(s, "MoU", [IDS["tajik"]])
        # for ranking
        IDS["denghong"] = add_entity(s, P, ["邓鸿"])
        IDS["dhanraj"] = add_entity(s, P, ["Dhanraj Patel"])
        IDS["zhangyu"] = add_entity(s, P, ["申章雨"])
        IDS["zeng"] = add_entity(s, P, ["曾国藩"])
        IDS["zheng"] = add_entity(s, P, ["郑国"])
        IDS["liwei_many"] = add_entity(s, P, ["李伟"], docs=3)
        IDS["liwei_one"] = add_entity(s, P, ["李伟"], docs=1)
        IDS["lv"] = add_entity(s, P, ["吕明"])
        IDS["merged"] = add_entity(s, P, ["邓鸿森森"])
        s.commit()
    yield database
    database.engine.dispose()


@pytest.fixture()
def session(db: Database) -> Iterator[Any]:
    with db.session() as s:
        yield s


def ids(hits: list[Hit], kind: str | None = None) -> list[int]:
    return [h.id for h in hits if kind is None or h.kind == kind]


def top(session: Any, q: str, **kw: Any) -> Hit:
    hits = search(session, q, **kw)
    assert hits, f"nothing found for {q!r}"
    return hits[0]


# ---------------------------------------------------------------- characters


def test_whole_chinese_name_is_an_exact_hit(session: Any) -> None:
    h = top(session, "邓鸿森")
    assert (h.kind, h.id, h.how) == ("person", IDS["deng"], "exact")


def test_any_contiguous_part_of_the_characters_finds_the_name(session: Any) -> None:
    assert {IDS["ipos"], IDS["cnipa"]} <= set(ids(search(session, "知识产权局")))
    assert IDS["wipo"] not in ids(search(session, "知识产权局"))
    assert IDS["deng"] in ids(search(session, "鸿森"))
    assert IDS["wipo"] in ids(search(session, "产权组"))


def test_a_person_found_by_any_name_is_one_hit_with_all_names(session: Any) -> None:
    for q in ["邓鸿森", "Daren Tang", "denghongsen", "tang heng shim"]:
        hits = [h for h in search(session, q) if h.id == IDS["deng"] and h.kind == "person"]
        assert len(hits) == 1, q
        names = {hits[0].name, *hits[0].aliases}
        assert names == {"邓鸿森", "Daren Tang", "Daren Tang Heng Shim"}


# ---------------------------------------------------------------- pinyin


@pytest.mark.parametrize("q", ["denghongsen", "deng hong sen", "Deng Hongsen", "DENGHONGSEN"])
def test_full_pinyin_joined_spaced_any_case_finds_a_chinese_name(session: Any, q: str) -> None:
    h = top(session, q)
    assert (h.id, h.how) == (IDS["deng"], "exact")


def test_initials_find_a_chinese_name(session: Any) -> None:
    h = top(session, "dhs")
    assert (h.id, h.how) == (IDS["deng"], "initials")
    h = top(session, "xjpzscqj")
    assert (h.id, h.kind, h.how) == (IDS["ipos"], "organisation", "initials")


@pytest.mark.parametrize("q", ["denghs", "dhongsen", "dhsen", "denghsen", "dhongs"])
def test_mixed_full_pinyin_and_initials_find_a_chinese_name(session: Any, q: str) -> None:
    assert top(session, q).id == IDS["deng"]


@pytest.mark.parametrize("q,who", [("huwenh", "hu"), ("dengh", "deng"), ("shenchan", "shen")])
def test_a_partial_last_syllable_finds_a_chinese_name(session: Any, q: str, who: str) -> None:
    assert IDS[who] in ids(search(session, q))


def test_the_pinyin_of_a_given_name_finds_the_person(session: Any) -> None:
    assert IDS["deng"] in ids(search(session, "hongsen"))


@pytest.mark.parametrize(
    "q", ["dèng hóng sēn", "deng4hong2sen1", "Dèng Hóngsēn", "deng4 hong2 sen1"]
)
def test_tone_marks_and_tone_numbers_are_ignored(session: Any, q: str) -> None:
    h = top(session, q)
    assert (h.id, h.how) == (IDS["deng"], "exact")


@pytest.mark.parametrize("q", ["lvming", "lü ming", "lu:ming", "Lǚ Míng", "lv3ming2"])
def test_u_umlaut_can_be_typed_as_v_u_colon_or_with_marks(session: Any, q: str) -> None:
    h = top(session, q)
    assert (h.id, h.how) == (IDS["lv"], "exact")


def test_plain_u_finds_u_umlaut_as_fuzzy(session: Any) -> None:
    assert IDS["lv"] in ids(search(session, "luming"))


def test_every_reading_of_a_heteronym_finds_the_name_likely_reading_first(session: Any) -> None:
    likely = [h for h in search(session, "shen changyu") if h.id == IDS["shen"]]
    other = [h for h in search(session, "shen zhangyu") if h.id == IDS["shen"]]
    assert likely and other
    assert likely[0].how == "exact" and other[0].how == "heteronym"
    assert likely[0].score > other[0].score


def test_surname_readings_of_heteronyms(session: Any) -> None:
    h = top(session, "zengguofan")
    assert (h.id, h.how) == (IDS["zeng"], "exact")
    assert IDS["zeng"] in ids(search(session, "cengguofan"))  # pypinyin's default, ranked lower


@pytest.mark.parametrize("q", ["sen changyu", "shen canyu", "sen canyu", "shenchanyu"])
def test_fuzzy_initials_and_finals_find_a_chinese_name(session: Any, q: str) -> None:
    hits = [h for h in search(session, q) if h.id == IDS["shen"] and h.kind == "person"]
    assert hits and hits[0].how == "fuzzy"


def test_chinese_homophone_characters_find_the_name_as_fuzzy(session: Any) -> None:
    hits = search(session, "邓宏森")  # 宏 for 鸿: same sound
    assert hits and hits[0].id == IDS["deng"] and hits[0].how == "fuzzy"


# ---------------------------------------------------------------- English names


@pytest.mark.parametrize(
    "q,who",
    [("ipos", "ipos"), ("IPOS", "ipos"), ("SIPO", "cnipa"), ("cnipa", "cnipa"), ("Wipo", "wipo")],
)
def test_acronyms_any_case_find_the_organisation(session: Any, q: str, who: str) -> None:
    h = top(session, q)
    assert (h.kind, h.id, h.how) == ("organisation", IDS[who], "exact")


def test_a_previous_name_finds_the_organisation(session: Any) -> None:
    assert top(session, "State Intellectual Property Office").id == IDS["cnipa"]


@pytest.mark.parametrize(
    "q",
    ["singapore ip office", "office singapore", "Singapore Intellectual", "intel prop off sing"],
)
def test_english_words_in_any_order_and_abbreviated(session: Any, q: str) -> None:
    h = top(session, q)
    assert (h.kind, h.id) == ("organisation", IDS["ipos"])


def test_a_computed_acronym_finds_the_organisation(session: Any) -> None:
    assert IDS["cnipa"] in ids(search(session, "cnipa"))
    assert IDS["wipo"] in ids(search(session, "wipo"))
    assert IDS["tajik"] in ids(search(session, "ncfpiot"))


def test_accents_are_folded(session: Any) -> None:
    for q in ["Antonio Campinos", "antonio", "campinos antonio", "ANTÓNIO CAMPINOS"]:
        assert top(session, q).id == IDS["campinos"], q


def test_a_typo_finds_the_name_when_nothing_else_does(session: Any) -> None:
    h = top(session, "Francis Gury")
    assert (h.id, h.how) == (IDS["gurry"], "typo")
    assert top(session, "Gurrry").id == IDS["gurry"]
    assert top(session, "francisgury").id == IDS["gurry"]


def test_agreements_by_title_words(session: Any) -> None:
    h = top(session, "belt and road")
    assert (h.kind, h.id) == ("agreement", IDS["belt"])
    assert h.matched.startswith("Agreement on Enhancing")


def test_agreements_by_party_name(session: Any) -> None:
    h = top(session, "tajikistan mou")
    assert (h.kind, h.id) == ("agreement", IDS["mou"])
    assert IDS["belt"] in ids(search(session, "belt road wipo"), "agreement")
    assert IDS["belt"] in ids(search(session, "中国政府", kind="agreement"))


# ---------------------------------------------------------------- ranking and filters


def test_exact_ranks_above_prefix(session: Any) -> None:
    hits = search(session, "denghong")
    assert ids(hits)[:2] == [IDS["denghong"], IDS["deng"]]
    assert [h.how for h in hits[:2]] == ["exact", "prefix"]


def test_prefix_ranks_above_initials(session: Any) -> None:
    hits = search(session, "dh", kind="person")
    order = ids(hits)
    assert order.index(IDS["dhanraj"]) < order.index(IDS["deng"])


def test_exact_ranks_above_heteronym(session: Any) -> None:
    hits = search(session, "shen zhangyu")
    assert ids(hits)[:2] == [IDS["zhangyu"], IDS["shen"]]
    assert [h.how for h in hits[:2]] == ["exact", "heteronym"]


def test_prefix_ranks_above_fuzzy(session: Any) -> None:
    hits = search(session, "zeng")
    order = ids(hits)
    assert order.index(IDS["zeng"]) < order.index(IDS["zheng"])
    assert hits[order.index(IDS["zheng"])].how == "fuzzy"


def test_within_a_class_more_documents_rank_first(session: Any) -> None:
    for q in ["liwei", "李伟", "lw"]:
        order = ids(search(session, q))
        assert order.index(IDS["liwei_many"]) < order.index(IDS["liwei_one"]), q
    hits = search(session, "知识产权局")
    assert ids(hits)[:2] == [IDS["cnipa"], IDS["ipos"]]  # 4 documents before 2


def test_kind_filters(session: Any) -> None:
    assert {h.kind for h in search(session, "wipo", kind="agreement")} == {"agreement"}
    assert {h.kind for h in search(session, "wipo", kind="organisation")} == {"organisation"}
    assert search(session, "wipo", kind="person") == []
    assert search(session, "wipo", kind="nonsense") == []


def test_limit(session: Any) -> None:
    assert len(search(session, "d", limit=2)) == 2


def test_merged_entities_do_not_appear(db: Database) -> None:
    with db.session() as s:
        assert IDS["merged"] in ids(search(s, "邓鸿森森"))
        p = s.get(Person, IDS["merged"])
        p.merged_into = IDS["deng"]
        s.add(p)
        s.flush()
        assert IDS["merged"] not in ids(search(s, "邓鸿森森"))  # keys still there: filtered
        index_entity(s, "person", IDS["merged"])  # a merged entity keeps no keys
        assert (
            s.connection()
            .exec_driver_sql(
                f"SELECT count(*) FROM searchkey WHERE entity_type='person' AND entity_id={p.id}"
            )
            .scalar()
            == 0
        )
        s.rollback()


def test_drop_entity_and_reindex_all(db: Database) -> None:
    with db.session() as s:
        drop_entity(s, "person", IDS["hu"])
        assert IDS["hu"] not in ids(search(s, "huwenhui"))
        n = reindex_all(s)
        assert n > 100
        assert IDS["hu"] in ids(search(s, "huwenhui"))
        s.rollback()


def test_search_works_on_plain_connections(db: Database) -> None:
    if db.url.startswith("sqlite"):
        conn: Any = sqlite3.connect(db.url[len("sqlite:///") :])
    else:
        import psycopg

        conn = psycopg.connect(db.url.replace("postgresql+psycopg://", "postgresql://"))
    try:
        assert search(conn, "dhs")[0].id == IDS["deng"]
    finally:
        conn.close()
    hits = search_url(db.url, "ipos")
    assert hits[0].id == IDS["ipos"] and hits[0].name == "新加坡知识产权局"
    assert "Intellectual Property Office of Singapore" in hits[0].aliases


def test_a_latin_query_imports_neither_pypinyin_nor_sqlalchemy(db: Database) -> None:
    code = (
        "import sys; from store.search import search_url; "
        f"hits = search_url({db.url!r}, 'denghs'); assert hits and hits[0].id == {IDS['deng']}; "
        "hits = search_url(" + repr(db.url) + ", 'singapore ip office'); assert hits; "
        "assert 'pypinyin' not in sys.modules, 'pypinyin'; "
        "assert 'sqlalchemy' not in sys.modules, 'sqlalchemy'; "
        "assert 'sqlmodel' not in sys.modules, 'sqlmodel'"
    )
    p = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert p.returncode == 0, p.stderr


def test_an_older_database_gets_its_index_on_upgrade(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine

    url = f"sqlite:///{tmp_path / 'old.db'}"
    engine = create_engine(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(ROOT / "store" / "migrations"))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql("INSERT INTO person (id, name, created_at) VALUES (1, '申长雨', '')")
        conn.exec_driver_sql(
            "INSERT INTO name (entity_type, entity_id, text, folded, kind, origin)"
            " VALUES ('person', 1, '申长雨', '申长雨', 'primary', 'document')"
        )
    engine.dispose()
    database = open_database(url)  # upgrades to the newest schema
    try:
        with database.session() as s:
            assert ids(search(s, "shenchangyu")) == [1]
    finally:
        database.engine.dispose()


_NO_SURROGATES = st.characters(blacklist_categories=("Cs",))


@settings(max_examples=200, deadline=None)
@given(p=st.text(_NO_SURROGATES, min_size=1, max_size=6), rest=st.text(_NO_SURROGATES, max_size=4))
def test_successor_bounds_every_string_with_the_prefix(p: str, rest: str) -> None:
    # bytewise, as SQLite's BINARY and PostgreSQL's "C" collation compare UTF-8 text
    assert p.encode() <= (p + rest).encode() < successor(p).encode()


# ---------------------------------------------------------------- safety

NASTY = [
    '"',
    "AND",
    "OR",
    "NOT",
    "*",
    "NEAR(",
    "NEAR(a b)",
    "%",
    "_",
    "\\",
    "",
    " ",
    "'",
    "'; DROP TABLE name; --",
    "a" * 5000,
    "知" * 5000,
    "\x00",
    "\x00abc",
    "\x1b[31m",
    "\u200b",
    "\ufeff",
    "\U0010ffff",
    "\ud800" if False else "\udfff"[:0],
    "?",
    "%s",
    "key >= ''",
    "(",
    ")",
    "^",
    "-",
    "+",
    ":",
    "col:val",
    "🙂",
    "ǖǘǚǜ",
    "u:",
    "1234567",
]


@pytest.mark.parametrize("q", NASTY, ids=range(len(NASTY)))
def test_any_query_is_text_never_syntax(session: Any, q: str) -> None:
    got = search(session, q)
    assert isinstance(got, list)
    assert all(isinstance(h, Hit) for h in got)


def test_fts_words_are_found_as_words(session: Any) -> None:
    assert IDS["belt"] in ids(search(session, "AND road"))  # "and" is just a word


# ---------------------------------------------------------------- properties

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


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    q=st.one_of(
        st.text(max_size=40),
        st.lists(
            st.sampled_from(
                [
                    '"',
                    "AND",
                    "*",
                    "NEAR(",
                    "%",
                    "_",
                    "\\",
                    "知识",
                    "deng",
                    " ",
                    "\x00",
                    "ü",
                    "u:",
                    "4",
                    "'",
                    "ipos",
                    "of",
                ]
            ),
            max_size=8,
        ).map("".join),
    )
)
def test_no_query_raises(session: Any, q: str) -> None:
    assert isinstance(search(session, q, limit=5), list)


def test_traditional_characters_find_a_simplified_name_and_back(tmp_path) -> None:
    from sqlmodel import Session

    from store.db import open_database
    from store.search import index_entity, search
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
