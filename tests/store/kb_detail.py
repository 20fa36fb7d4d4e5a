"""A small knowledge base for the roles and sources of a detail view, built through the real
store writers (tests/cli/test_show_roles_and_sources.py and
tests/tui/test_detail_roles_and_sources.py).

Daren Tang is Director General of WIPO from the reference data (dated) and 总干事 in a Chinese
news item (undated): the writer makes that one role. IPOS is named twice in one sentence of
a 2019 item, once in a 2023 Chinese item, and in a headline an undated page prints twice.
`two_people` builds, for merges and splits, Daren Tang and 邓鸿森 as two people yet.
"""

from __future__ import annotations

from pathlib import Path

from store.db import Database, open_database
from store.models import Document
from store.writer import add_mention, add_name, add_role, new_organisation, new_person

#: 2019: one sentence names IPOS twice (its name and its acronym)
EN_2019 = (
    "IPOS and WIPO meet in Geneva.\n\n"
    "Officials met on Monday. They spoke for hours. "
    "The Intellectual Property Office of Singapore (IPOS) signed a work plan with WIPO. "
    "Daren Tang, Director General of WIPO, welcomed it."
)
#: 2023, Chinese: the role as 总干事
ZH_2023 = "世界知识产权组织总干事邓鸿森会见新加坡知识产权局代表团。双方讨论了合作。"
#: undated: the headline printed twice, as pages do
UNDATED = "IPOS opens an office\n\nIPOS opens an office\n\nThe office is in Guangzhou."

#: the sentences `ipx show IPOS` lists, in order: newest document first, undated last
IPOS_SENTENCES = [
    "世界知识产权组织总干事邓鸿森会见新加坡知识产权局代表团。",
    "IPOS and WIPO meet in Geneva.",
    "The Intellectual Property Office of Singapore (IPOS) signed a work plan with WIPO.",
    "IPOS opens an office",
]
#: the one row of Daren Tang's roles
ROLE_ROW = ("2020-10-01 – now", "Director General · 总干事", "WIPO")


def _spans(text: str, words: str) -> list[tuple[int, int]]:
    out, at = [], text.find(words)
    while at >= 0:
        out.append((at, at + len(words)))
        at = text.find(words, at + 1)
    return out


def make_detail_db(directory: Path) -> str:
    """The knowledge base in DIRECTORY/detail.db; returns its URL."""
    url = f"sqlite:///{directory / 'detail.db'}"
    db = open_database(url)
    from store.search import index_entity

    with db.session() as s:
        ipos = new_organisation(
            s, "Intellectual Property Office of Singapore", kind="ip_office", country="SG"
        )
        wipo = new_organisation(s, "World Intellectual Property Organization", kind="igo")
        tang = new_person(s, "Daren Tang", family="Tang", given="Daren")
        assert ipos.id and wipo.id and tang.id
        add_name(s, "organisation", ipos.id, "IPOS", kind="acronym")
        add_name(s, "organisation", ipos.id, "新加坡知识产权局", lang="zh")
        add_name(s, "organisation", wipo.id, "WIPO", kind="acronym")
        add_name(s, "organisation", wipo.id, "世界知识产权组织", lang="zh")
        add_name(s, "person", tang.id, "邓鸿森", lang="zh")
        english = add_role(
            s, tang.id, wipo.id, "Director General", start="2020-10-01", origin="reference"
        )
        chinese = add_role(s, tang.id, wipo.id, "总干事")
        assert english.id is not None and english.id == chinese.id, "one role, two languages"
        role = english.id

        docs = {}
        for path, title, date, lang, text in (
            ("news/2019-geneva.txt", "IPOS and WIPO meet in Geneva", "2019-03-04", "en", EN_2019),
            ("news/2023-wipo-zh.txt", "邓鸿森会见新加坡代表团", "2023-05-02", "zh", ZH_2023),
            ("news/ipos-office.txt", "IPOS opens an office", None, "en", UNDATED),
        ):
            doc = Document(path=path, title=title, date=date, lang=lang, sha256=path * 2, text=text)
            s.add(doc)
            s.flush()
            assert doc.id is not None
            docs[path] = doc.id

        def mention(path: str, text: str, kind: str, target: int, words: str) -> None:
            for start, end in _spans(text, words):
                add_mention(
                    s,
                    docs[path],
                    kind,
                    target,
                    start=start,
                    end=end,
                    surface=words,
                    extractor="test",
                )

        en, zh, undated = "news/2019-geneva.txt", "news/2023-wipo-zh.txt", "news/ipos-office.txt"
        mention(en, EN_2019, "organisation", ipos.id, "Intellectual Property Office of Singapore")
        mention(en, EN_2019, "organisation", ipos.id, "IPOS")
        mention(en, EN_2019, "organisation", wipo.id, "WIPO")
        mention(en, EN_2019, "person", tang.id, "Daren Tang")
        mention(en, EN_2019, "role", role, "Director General")
        mention(zh, ZH_2023, "organisation", ipos.id, "新加坡知识产权局")
        mention(zh, ZH_2023, "organisation", wipo.id, "世界知识产权组织")
        mention(zh, ZH_2023, "person", tang.id, "邓鸿森")
        mention(zh, ZH_2023, "role", role, "总干事")
        mention(undated, UNDATED, "organisation", ipos.id, "IPOS")
        s.flush()
        for kind, eid in (
            ("organisation", ipos.id),
            ("organisation", wipo.id),
            ("person", tang.id),
        ):
            index_entity(s, kind, eid)
        s.commit()
    db.engine.dispose()
    return url


def two_people(db: Database) -> None:
    """Daren Tang (Director General of WIPO, from an English item) and 邓鸿森 (总干事 of WIPO,
    from a Chinese one), not yet known to be one person."""
    with db.session() as s:
        wipo = new_organisation(s, "World Intellectual Property Organization")
        tang, deng = new_person(s, "Daren Tang"), new_person(s, "邓鸿森")
        assert wipo.id and tang.id and deng.id
        for path, person, title, text in (
            ("en.txt", tang.id, "Director General", "Director General Daren Tang spoke."),
            ("zh.txt", deng.id, "总干事", "总干事邓鸿森讲话。"),
        ):
            doc = Document(path=path, sha256=path, text=text, date="2023")
            s.add(doc)
            s.flush()
            assert doc.id
            start = "2020-10-01" if person == tang.id else None
            role = add_role(s, person, wipo.id, title, start=start)
            assert role.id
            at = text.index(title)
            add_mention(s, doc.id, "role", role.id, start=at, end=at + len(title), surface=title)
        s.commit()


def old_database_with_a_role_in_two_rows(url: str) -> None:
    """A database of schema 0004 (before roles kept other titles) in which Daren Tang's
    role at WIPO is two rows, Director General and 总干事, the second with a mention."""
    from alembic import command
    from alembic.config import Config

    from store.db import MIGRATIONS, make_engine

    engine = make_engine(url)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
        for sql in (
            "INSERT INTO person (id, name, created_at) VALUES (1, 'Daren Tang', '2024-01-01')",
            "INSERT INTO organisation (id, name, created_at) VALUES (1, 'WIPO', '2024-01-01')",
            "INSERT INTO role (id, person_id, organisation_id, title, title_norm, start, origin)"
            " VALUES (1, 1, 1, 'Director General', 'directorgeneral', '2020-10-01', 'reference')",
            "INSERT INTO role (id, person_id, organisation_id, title, title_norm, origin)"
            " VALUES (2, 1, 1, '总干事', '总干事', 'document')",
            "INSERT INTO document (id, path, format, sha256, text, imported_at)"
            " VALUES (1, 'zh.txt', 'text', 'x', '总干事邓鸿森', '2024-01-01')",
            'INSERT INTO mention (document_id, start, "end", surface, target_type, target_id,'
            " extractor, confidence) VALUES (1, 0, 3, '总干事', 'role', 2, 'zh', 1.0)",
        ):
            conn.exec_driver_sql(sql)
    engine.dispose()
