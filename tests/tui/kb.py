"""A small knowledge base resembling the seeds, built through the real store writers.

The CLI and TUI tests and bench/bench_tui.py run on it rather than on what the importers
extract from the seeds, so they test showing, not extracting: they do not change when
extraction improves. Everything is fixed (no clock in what the TUI shows), so snapshots
are stable.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from store.db import Database, open_database
from store.models import Document
from store.writer import (
    add_mention,
    add_name,
    add_party,
    add_role,
    new_agreement,
    new_organisation,
    new_person,
)

TEXT_EN = (
    "Singapore: IPOS signs MoU with SIPO and Guangdong\n\n"
    "The Intellectual Property Office of Singapore (IPOS) has signed a memorandum of "
    "understanding (MoU) with China's State Intellectual Property Office (SIPO) and the "
    "Guangdong provincial government. The MoU was signed in February 2017 by Daren Tang, "
    "Chief Executive of IPOS, and Shen Changyu, Commissioner of SIPO. "
    "Daren Tang later became Director General of the World Intellectual Property "
    "Organization (WIPO)."
)
TEXT_ZH = "世界知识产权组织总干事邓鸿森会见国家知识产权局局长申长雨。"


def _span(text: str, surface: str, after: int = 0) -> tuple[int, int]:
    start = text.index(surface, after)
    return start, start + len(surface)


def _add_namesakes(s: Any, cnipa: int, gd: int) -> list[int]:
    """Two officials called 张文 (one also known as Zhang Wen, one only in characters) with
    different roles, and 王靖宇, known only by his Chinese name; returns their ids."""
    zhang1 = new_person(s, "张文", family="张", given="文")
    zhang2 = new_person(s, "张文", family="张", given="文")
    wang = new_person(s, "王靖宇", family="王", given="靖宇")
    assert zhang1.id and zhang2.id and wang.id
    add_name(s, "person", zhang1.id, "Zhang Wen", kind="transliteration", lang="en")
    add_role(s, zhang1.id, cnipa, "Deputy Commissioner", start="2018-03", end="2022-06")
    add_role(s, zhang2.id, gd, "Deputy Governor", start="2019-01")
    add_role(s, wang.id, cnipa, "Director of International Cooperation", start="2020-05")
    return [zhang1.id, zhang2.id, wang.id]


def build(database: Database, *, extra_orgs: int = 0, namesakes: bool = False) -> None:
    """Fill DATABASE with the test knowledge base (EXTRA_ORGS filler organisations; with
    NAMESAKES, two officials called 张文 and one known only as 王靖宇)."""
    try:
        from store.search import index_entity
    except ImportError:  # search lands separately; the lists work without it
        index_entity = None  # type: ignore[assignment]

    with database.session() as s:
        ipos = new_organisation(
            s, "Intellectual Property Office of Singapore", kind="ip_office", country="SG"
        )
        wipo = new_organisation(
            s, "World Intellectual Property Organization", kind="igo", country=None
        )
        cnipa = new_organisation(
            s, "China National Intellectual Property Administration", kind="ip_office", country="CN"
        )
        gd = new_organisation(
            s, "People's Government of Guangdong Province", kind="government", country="CN"
        )
        assert ipos.id and wipo.id and cnipa.id and gd.id
        add_name(s, "organisation", ipos.id, "IPOS", kind="acronym")
        add_name(s, "organisation", ipos.id, "新加坡知识产权局", kind="alias", lang="zh")
        add_name(s, "organisation", wipo.id, "WIPO", kind="acronym")
        add_name(s, "organisation", wipo.id, "世界知识产权组织", kind="alias", lang="zh")
        add_name(s, "organisation", cnipa.id, "CNIPA", kind="acronym", valid_from="2018-03")
        add_name(
            s,
            "organisation",
            cnipa.id,
            "State Intellectual Property Office",
            kind="previous",
            valid_to="2018-03",
        )
        add_name(s, "organisation", cnipa.id, "SIPO", kind="previous", valid_to="2018-03")
        add_name(s, "organisation", cnipa.id, "国家知识产权局", kind="alias", lang="zh")
        add_name(s, "organisation", gd.id, "广东省人民政府", kind="alias", lang="zh")
        unit = new_organisation(s, "IPOS International", kind="company", country="SG")
        assert unit.id
        unit.parent_id = ipos.id
        s.add(unit)
        for i in range(extra_orgs):
            new_organisation(s, f"Filler Office {i:05d}", kind="ip_office", country="ZZ")

        tang = new_person(s, "Daren Tang", family="Tang", given="Daren")
        shen = new_person(s, "申长雨", family="申", given="长雨")
        assert tang.id and shen.id
        add_name(s, "person", tang.id, "邓鸿森", kind="alias", lang="zh")
        add_name(s, "person", shen.id, "Shen Changyu", kind="transliteration", lang="en")
        r1 = add_role(s, tang.id, ipos.id, "Chief Executive", start="2015-04", end="2020-09")
        r2 = add_role(s, tang.id, wipo.id, "Director General", start="2020-10")
        r3 = add_role(s, shen.id, cnipa.id, "Commissioner", start="2013-05", end="2022-06")
        people = [tang.id, shen.id]
        if namesakes:
            people += _add_namesakes(s, cnipa.id, gd.id)

        mou = new_agreement(
            s,
            "Memorandum of Understanding on a Tripartite Cooperation Framework",
            "mou",
            date="2017-02",
            place="Singapore",
        )
        assert mou.id
        for org in (ipos, cnipa, gd):
            add_party(s, mou.id, organisation_id=org.id, role="party")
        add_party(s, mou.id, person_id=tang.id, role="signatory")
        add_party(s, mou.id, person_id=shen.id, role="signatory")
        pph = new_agreement(s, "Patent Prosecution Highway pilot", "pph", date="2013-11")
        assert pph.id
        add_party(s, pph.id, organisation_id=ipos.id)
        add_party(s, pph.id, organisation_id=cnipa.id)

        doc = Document(
            path="seeds/ipos_mou.txt",
            title="Singapore: IPOS signs MoU with SIPO and Guangdong",
            lang="en",
            date="2017-02-20",
            sha256="0" * 64,
            text=TEXT_EN,
        )
        zh = Document(
            path="seeds/wipo_zh.txt",
            title="邓鸿森会见申长雨",
            lang="zh",
            date="2021-05-01",
            sha256="1" * 64,
            text=TEXT_ZH,
        )
        s.add(doc)
        s.add(zh)
        s.flush()
        assert doc.id and zh.id
        t = TEXT_EN
        a = t.index("The MoU was signed")
        mentions = [
            (doc.id, t, "organisation", ipos.id, "Intellectual Property Office of Singapore", 0),
            (doc.id, t, "organisation", cnipa.id, "State Intellectual Property Office", 0),
            (doc.id, t, "organisation", gd.id, "Guangdong provincial government", 0),
            (doc.id, t, "organisation", wipo.id, "World Intellectual Property", 0),
            (doc.id, t, "person", tang.id, "Daren Tang", 0),
            (doc.id, t, "person", shen.id, "Shen Changyu", 0),
            (doc.id, t, "role", r1.id, "Chief Executive of IPOS", 0),
            (doc.id, t, "role", r2.id, "Director General", 0),
            (doc.id, t, "role", r3.id, "Commissioner of SIPO", 0),
            (doc.id, t, "agreement", mou.id, "memorandum of understanding", 0),
            (doc.id, t, "agreement", mou.id, "The MoU was signed", a),
            (zh.id, TEXT_ZH, "person", tang.id, "邓鸿森", 0),
            (zh.id, TEXT_ZH, "person", shen.id, "申长雨", 0),
            (zh.id, TEXT_ZH, "organisation", wipo.id, "世界知识产权组织", 0),
            (zh.id, TEXT_ZH, "organisation", cnipa.id, "国家知识产权局", 0),
        ]
        for doc_id, text, kind, target, surface, after in mentions:
            assert target is not None
            start, end = _span(text, surface, after)
            add_mention(
                s, doc_id, kind, target, start=start, end=end, surface=surface, extractor="test"
            )
        s.flush()
        if index_entity is not None:
            for kind, ids in (
                ("organisation", [ipos.id, wipo.id, cnipa.id, gd.id, unit.id]),
                ("person", people),
                ("agreement", [mou.id, pph.id]),
            ):
                for eid in ids:
                    try:
                        index_entity(s, kind, eid)
                    except Exception:  # agreements may not be indexed by search
                        if kind != "agreement":
                            raise
        s.commit()


_TEMPLATE: dict[tuple[int, bool], Path] = {}


def make_db(directory: Path, *, extra_orgs: int = 0, namesakes: bool = False) -> str:
    """A fresh copy of the test database in DIRECTORY; returns its URL."""
    target = directory / "kb.db"
    template = _TEMPLATE.get((extra_orgs, namesakes))
    if template is None or not template.exists():
        import tempfile

        template = Path(tempfile.mkdtemp(prefix="ipx-tui-")) / "template.db"
        db = open_database(f"sqlite:///{template}")
        build(db, extra_orgs=extra_orgs, namesakes=namesakes)
        db.engine.dispose()
        _TEMPLATE[(extra_orgs, namesakes)] = template
    shutil.copy(template, target)
    for suffix in ("-wal", "-shm"):
        side = Path(str(template) + suffix)
        if side.exists():
            shutil.copy(side, Path(str(target) + suffix))
    return f"sqlite:///{target}"
