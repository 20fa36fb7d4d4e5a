"""A body's earlier name given after 前身为 is that body again, not a second organisation
(importers/zh/orgs/aliases.py `former_names`); and a person named after a title ends at the
joiner before the next body, so a name marked by its bracketed acronym does not grow back
over the person (importers/zh/orgs/boundaries.py `after_titled_person`)."""

from __future__ import annotations

from tests.extract.zh.helpers import org_names, roles, run

FORMER = (
    "南海大学技术转移中心成立于二〇一二年，前身为南海大学专利事务办公室，负责专利授权。"
    "技术转移中心主任钱志远介绍了近年的成果。"
)


def test_a_body_s_earlier_name_after_qianshen_is_the_same_body() -> None:
    facts = run(FORMER, "2025-03-01", repaired=True)
    assert [o.name for o in facts.orgs] == ["南海大学技术转移中心"]
    assert "南海大学专利事务办公室" in facts.orgs[0].aliases


def test_a_body_named_beside_another_is_no_earlier_name_of_either() -> None:
    facts = run(
        "东岭研究院与南海大学合作，前身为东岭实验室的团队并入了新的研究院。",
        "2025-03-01",
        repaired=True,
    )
    assert all("东岭实验室" not in o.aliases for o in facts.orgs)


def test_a_titled_person_before_a_joiner_is_no_part_of_the_next_body_s_name() -> None:
    facts = run(
        "仪式上，台湾东海大学副校长孙丽华与柏林工业大学（TUB）副校长穆勒共同签署交换生协议。",
        "2025-03-01",
        repaired=True,
    )
    names = org_names(facts)
    assert "柏林工业大学" in names
    assert not any(name.startswith("孙丽华") for name in names)
    assert ("孙丽华", "副校长", "台湾东海大学") in roles(facts)


def test_a_family_name_read_as_a_place_after_a_title_opens_no_body() -> None:
    """郑 of 郑伟业 is a place to jieba (郑州), 伟业 a noun: after 局长 it is the holder's name."""
    facts = run(
        "会上，省知识产权局局长郑伟业与知识产权署署长李明交换了协议文本。",
        "2025-03-01",
        repaired=True,
    )
    assert not any(name.startswith("郑") for name in org_names(facts))
    assert ("郑伟业", "局长", "省知识产权局") in roles(facts)
