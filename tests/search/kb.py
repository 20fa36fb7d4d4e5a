"""The knowledge base the search tests look things up in: a few people, organisations and
agreements with names in every form a user may type, built with SQLModel rows and indexed
with store.search.index_entity, as the importers do."""

from __future__ import annotations

import hashlib
from typing import Any

from store.models import (
    Agreement,
    AgreementParty,
    Document,
    Mention,
    Name,
    Organisation,
    Person,
    Role,
)
from store.search import Hit, index_entity, search
from store.text import fold, script_of


def add_entity(s: Any, etype: str, names: list[str], docs: int = 0, **fields: Any) -> int:
    """An organisation or person with NAMES (the first is its display name), mentioned by
    DOCS documents; FIELDS set columns (an organisation's kind, country, parent_id)."""
    cls = Person if etype == "person" else Organisation
    e = cls(name=names[0], **fields)
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


def add_role(
    s: Any, person: int, org: int | None, title: str, span: tuple[str | None, str | None]
) -> None:
    """PERSON held TITLE at ORG from span[0] to span[1] (None: not stated / still held)."""
    s.add(Role(person_id=person, organisation_id=org, title=title, start=span[0], end=span[1]))
    s.flush()


def add_agreement(
    s: Any, title: str, parties: list[int], kind: str = "other", date: str | None = None
) -> int:
    a = Agreement(title=title, kind=kind, date=date)
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
        s,
        O,
        ["新加坡知识产权局", "Intellectual Property Office of Singapore", "IPOS"],
        docs=2,
        kind="ip_office",
        country="SG",
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
        kind="ip_office",
        country="CN",
    )
    IDS["wipo"] = add_entity(
        s,
        O,
        ["世界知识产权组织", "World Intellectual Property Organization", "WIPO"],
        docs=5,
        kind="igo",
    )
    IDS["gov"] = add_entity(s, O, ["Government of China", "中国政府"])
    IDS["tajik"] = add_entity(s, O, ["National Center for Patent Information of Tajikistan"])
    IDS["belt"] = add_agreement(
        s,
        "Agreement on Enhancing Belt and Road Intellectual Property Cooperation",
        [IDS["gov"], IDS["wipo"]],
    )
    IDS["mou"] = add_agreement(s, "MoU", [IDS["tajik"]], kind="mou", date="2019-04")
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
    fill_roles(s)


def ids(hits: list[Hit], kind: str | None = None) -> list[int]:
    return [h.id for h in hits if kind is None or h.kind == kind]


def top(session: Any, q: str, **kw: Any) -> Hit:
    hits = search(session, q, **kw)
    assert hits, f"nothing found for {q!r}"
    return hits[0]


def fill_roles(s: Any) -> None:
    """Who held which office: heads of WIPO, CNIPA and IPOS, a deputy, a role stated only in
    Chinese, and three officials called 张文 whom only their roles tell apart."""
    P = "person"  # noqa: N806
    add_role(s, IDS["deng"], IDS["ipos"], "Chief Executive", ("2015-04", "2020-09"))
    add_role(s, IDS["deng"], IDS["wipo"], "Director General", ("2020-10-01", None))
    add_role(s, IDS["deng"], IDS["wipo"], "总干事", (None, None))  # as a Chinese text states it
    add_role(s, IDS["gurry"], IDS["wipo"], "Director-General", ("2008-10-01", "2020-09-30"))
    add_role(s, IDS["shen"], IDS["cnipa"], "Commissioner", ("2013-05", "2022-06"))
    IDS["wang"] = add_entity(s, P, ["王彬颖", "Wang Binying"])
    add_role(s, IDS["wang"], IDS["wipo"], "Deputy Director General", ("2009-12", None))
    IDS["he"] = add_entity(s, P, ["何志敏"])
    add_role(s, IDS["he"], IDS["cnipa"], "副局长", (None, None))
    IDS["shenyu"] = add_entity(s, P, ["申长雨", "Shen Changyu"])  # a namesake, no role
    IDS["unit"] = add_entity(
        s,
        "organisation",
        ["IPOS International"],
        kind="company",
        country="SG",
        parent_id=IDS["ipos"],
    )
    for key, org, title, span in [
        ("zhangwen_cnipa", "cnipa", "Deputy Commissioner", ("2018-03", "2022-06")),
        ("zhangwen_wipo", "wipo", "Assistant Director General", ("2020-12", None)),
        ("zhangwen_ipos", "ipos", "Chief Executive", (None, None)),
    ]:
        IDS[key] = add_entity(s, P, ["张文", "Zhang Wen"])
        add_role(s, IDS[key], IDS[org], title, span)
