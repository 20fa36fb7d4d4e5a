"""本校 and 我校 on a university's own page (importers/zh/orgs/own_schools.py): the
university its heading names, else the one university the text names; its officials named
after 本校 hold their posts there and it signs what 本校 signs."""

from __future__ import annotations

from tests.extract.zh.helpers import agreements, roles, run

_PAGE = (
    "海洋工程論壇順利舉行\n\n"
    "濱江科技大學\n\n"
    "本校九月八日舉辦海洋工程論壇，本校校長陳志遠教授致辭。會後，本校副校長林美玲教授與"
    "香港生產力促進局代表簽署《海洋技術合作協議》。"
)


def test_officials_after_our_school_hold_their_posts_at_the_page_s_university() -> None:
    found = roles(run(_PAGE, "2025-09-10", repaired=True))
    assert ("陳志遠", "校長", "濱江科技大學") in found
    assert ("林美玲", "副校長", "濱江科技大學") in found


def test_our_school_signs_for_the_page_s_university() -> None:
    found = agreements(run(_PAGE, "2025-09-10", repaired=True))
    assert found and "濱江科技大學" in found[0][3]


def test_our_school_names_nothing_when_the_text_names_two_universities() -> None:
    text = "南方理工大學與濱江科技大學代表出席。我校校長陳志遠教授致辭。"
    found = roles(run(text, "2025-09-10", repaired=True))
    assert not any(r[0] == "陳志遠" and r[2].endswith("大學") for r in found)
