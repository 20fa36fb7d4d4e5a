"""A second official joined after a title, a seat named by its place, and 政府 after a field.

李某主任和林某某主任: 和 right after a title, before a name that a title follows again, joins
the second official; it begins no name (和 is also a family name). 设立甲市秘书处 and
在甲市和乙市分设秘书处 say where a body named elsewhere keeps its offices: a place and the
verb that sets them up make no body. 中欧版权政府合作 is the governments' cooperation in a
field: a field before 政府 names no government.
"""

from __future__ import annotations

from tests.extract.zh.helpers import org_names, people, run


def test_a_joiner_after_a_title_begins_no_name() -> None:
    f = run(
        "5月3日,江西省版权研究中心主任林海涛来我院访问。会后,李文主任和林海涛主任"
        "分别代表双方签署了合作协议。"
    )
    assert {"李文", "林海涛"} <= people(f)
    assert not any(p.startswith("和") for p in people(f))


def test_a_place_and_a_secretariat_make_no_body() -> None:
    f = run("研究会决定在杭州设立杭州秘书处,并在成都和昆明分设秘书处,由两个秘书处轮流主办年会。")
    assert not any(n.endswith("秘书处") for n in org_names(f))


def test_a_field_before_government_names_no_government() -> None:
    f = run("两国同意把中欧商标政府合作提升为部长级对话。昆明市人民政府对此表示欢迎。")
    names = org_names(f)
    assert not any(n.endswith("版权政府") for n in names)
    assert "昆明市人民政府" in names
