"""Where a grown organisation name ends (zh.txt [verb_stops], [adverb_stops]): at a verb of
the stance a body takes (重视, 致力于, 愿意, 期待) and at the adverbs of a constant stance
(始终, 一贯, 高度). What a body values or is willing to do is never part of its name, so the
body it means to work with is a name of its own."""

from __future__ import annotations

import pytest

from tests.extract.zh.helpers import org_names, run


@pytest.mark.parametrize(
    "text",
    [
        "新西兰知识产权局高度重视与卢森堡知识产权局的交流。",
        "新西兰知识产权局始终致力于与卢森堡知识产权局开展审查合作。",
        "新西兰知识产权局愿意与卢森堡知识产权局深化培训合作。",
        "新西兰知识产权局期待与卢森堡知识产权局加强信息交换。",
    ],
)
def test_a_body_that_takes_a_stance_towards_another_is_named_apart(text: str) -> None:
    names = org_names(run(text))
    assert "新西兰知识产权局" in names
    assert not any(stance in name for name in names for stance in ("重视", "致力", "愿意", "期待"))
