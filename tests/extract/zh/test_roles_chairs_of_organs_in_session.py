"""The chair of an organisation's organ (importers/zh/orgs/units.py `organ_in_session`): the
organ, with the number of its session or without, stays in the title at the organisation."""

from __future__ import annotations

import pytest

from tests.extract.zh.helpers import roles, run


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("世界知识产权组织第58届成员国大会主席卡琳娜·贝洛娃致辞。", "第58届成员国大会主席"),
        ("世界知识产权组织第五十八届成员国大会主席卡琳娜·贝洛娃致辞。", "第五十八届成员国大会主席"),
        ("世界知识产权组织协调委员会主席卡琳娜·贝洛娃致辞。", "协调委员会主席"),
    ],
)
def test_the_chair_of_an_assembly_holds_it_at_the_organisation(text: str, title: str) -> None:
    assert ("卡琳娜·贝洛娃", title, "世界知识产权组织") in roles(run(text))
