"""A knowledge base for short queries (one or two syllables, a word, an acronym), built
through the store writers: officials whose surname is a syllable that also occurs later in
long names of bodies mentioned in many more documents, namesakes of one surname with names of
different lengths, bodies known only by their English names (their acronyms computed), and
others whose names merely start with those letters."""

from __future__ import annotations

import hashlib
from typing import Any

from sqlmodel import Session

from store.models import Document
from store.writer import add_mention, add_name, new_organisation, new_person, reindex_touched

Ids = dict[str, tuple[str, int]]  # key -> (kind, id)

PEOPLE: list[tuple[str, list[str], int]] = [
    # key, names (the first is the display name), documents that mention them
    ("shen_changyu", ["申长雨", "Shen Changyu"], 1),
    ("shen_li", ["沈立"], 1),  # the same syllable, a shorter name
    ("sheng_jianguo", ["盛建国", "Sheng Jianguo"], 6),  # shen ~ sheng
    ("he_hua", ["何华", "He Hua"], 1),
    ("he_zhiyuan", ["何志远"], 1),
    ("zeng_ming", ["曾明"], 1),  # 曾 read zeng as a surname
    ("zheng_ming", ["郑明"], 7),  # zeng ~ zheng
    ("zhang_lan", ["张岚"], 1),
    ("huang_changqing", ["黃長青"], 9),  # in Traditional characters: 長 is chang here too
    ("chen_yu", ["陈宇"], 1),
    ("cheng_yu", ["程宇"], 8),  # chen ~ cheng
    ("brandt", ["Helena Brandt"], 1),
    ("li_jun", ["李军", "Li Jun"], 1),
]
ORGS: list[tuple[str, list[str], int]] = [
    ("guangdong", ["People's Government of Guangdong Province", "广东省人民政府"], 9),
    (
        "cnipa",
        ["China National Intellectual Property Administration", "中华人民共和国国家知识产权局"],
        12,
    ),
    ("shenzhen", ["深圳市知识产权局", "Shenzhen Intellectual Property Office"], 5),
    ("changchun", ["长春市知识产权局"], 9),  # 长 read zhang elsewhere: a heteronym
    ("geometry", ["几何研究所"], 9),  # 何 later in the name
    ("ipos", ["Intellectual Property Office of Singapore"], 1),  # no acronym among its names
    ("ipos_forum", ["IPOS Alumni Forum"], 10),
    ("iposa", ["Iposa Holdings"], 10),
    ("jpo", ["Japan Patent Office"], 1),
    ("jpo_users", ["JPO Users Group"], 10),
    ("wipo", ["World Intellectual Property Organization", "世界知识产权组织"], 2),
    ("wipo_academy", ["WIPO Academy"], 20),
    ("harbour", ["Harbour Exchange"], 10),  # its computed acronym is "he"
    ("helena", ["Saint Helena Patent Registry"], 10),  # helena later in the name
    ("brandt_fund", ["Inventors Fund of the Brandt Family"], 10),
    ("lijiang", ["丽江市市场监督管理局"], 10),  # li, then a longer syllable
]


def _documents(s: Session, n: int) -> list[int]:
    ids = []
    for i in range(n):
        doc = Document(path=f"short/{i}.txt", sha256=hashlib.sha256(b"%d" % i).hexdigest())
        s.add(doc)
        s.flush()
        assert doc.id is not None
        ids.append(doc.id)
    return ids


def build(s: Session) -> Ids:
    """Write the knowledge base; returns key -> (kind, id)."""
    ids: Ids = {}
    docs = _documents(s, max(n for _, _, n in PEOPLE + ORGS))
    for kind, rows in (("person", PEOPLE), ("organisation", ORGS)):
        for key, names, mentioned in rows:
            entity = new_person(s, names[0]) if kind == "person" else new_organisation(s, names[0])
            assert entity.id is not None
            for other in names[1:]:
                add_name(s, kind, entity.id, other)
            for d in docs[:mentioned]:
                add_mention(s, d, kind, entity.id, surface=names[0])
            ids[key] = (kind, entity.id)
    s.flush()
    reindex_touched(s)
    return ids


def order(hits: list[Any], ids: Ids) -> list[str]:
    """The keys of the hits that are in IDS, in the order found."""
    by_ref = {ref: key for key, ref in ids.items()}
    return [by_ref[(h.kind, h.id)] for h in hits if (h.kind, h.id) in by_ref]
