"""两个职务、一个人 (党组书记、局长某某; 大使兼常任代表某某): one role per title, each at
the body named before the run, as the benchmark's annotators count them (a person with two
titles gets two roles). A run whose first part is no title (华南、西南首席代表: one post over
two regions) stays one title."""

from __future__ import annotations

from tests.extract.zh.helpers import roles, run


def test_two_titles_joined_by_a_list_comma_are_two_roles() -> None:
    got = roles(run("仪式上,滨海市知识产权局党组书记、局长吴海平致辞。"))
    assert ("吴海平", "党组书记", "滨海市知识产权局") in got
    assert ("吴海平", "局长", "滨海市知识产权局") in got
    assert ("吴海平", "党组书记、局长", "滨海市知识产权局") not in got


def test_two_titles_joined_by_concurrently_are_two_roles() -> None:
    got = roles(run("会见时,南岭国常驻日内瓦代表团大使兼常任代表陈思远在座。"))
    assert {t for p, t, _o in got if p == "陈思远"} == {"大使", "常任代表"}


def test_two_regions_before_one_title_stay_one_post_beside_a_run() -> None:
    got = roles(
        run(
            "会上,星海贸易发展局华南、西南首席代表林志伟和星海贸易发展局副局长、"
            "一级巡视员赵明远介绍了情况。"
        )
    )
    assert {t for p, t, _o in got if p == "林志伟"} == {"华南、西南首席代表"}
    assert {t for p, t, _o in got if p == "赵明远"} == {"副局长", "一级巡视员"}
