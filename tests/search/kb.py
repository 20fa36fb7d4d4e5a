"""The knowledge base the search tests look things up in: a few people, organisations and
agreements with names in every form a user may type, built with SQLModel rows and indexed
with store.search.index_entity, as the importers do."""

from __future__ import annotations

import hashlib
from typing import Any

from store.models import Agreement, AgreementParty, Document, Mention, Name, Organisation, Person
from store.search import Hit, index_entity, search
from store.text import fold, script_of


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


def fill(s: Any) -> None:
    """The entities every search test may look up, their ids in IDS."""
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


def ids(hits: list[Hit], kind: str | None = None) -> list[int]:
    return [h.id for h in hits if kind is None or h.kind == kind]


def top(session: Any, q: str, **kw: Any) -> Hit:
    hits = search(session, q, **kw)
    assert hits, f"nothing found for {q!r}"
    return hits[0]
