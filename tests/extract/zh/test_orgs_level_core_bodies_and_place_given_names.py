"""A notice of one province names its governing bodies by the level word alone (省委: its
Party committee, 省政府: its government, 省纪委: its discipline commission), as it names its
offices (省外办); the group its commission stations in another body is the commission's,
with the posting in its head's title. A given name that is also a place's name (长江, 海南)
is read apart from the family name by jieba; written before a title at a clause's start,
the three are one name."""

from __future__ import annotations

from tests.extract.zh.helpers import org_names, people, roles, run

MEETING = (
    "3月9日，省商务厅召开全体干部大会，吴长江副省长出席并讲话。"
    "省纪委派驻商务厅纪检组组长马丽宣读了省委的决定。"
    "吴长江表示，在省委省政府的领导下，全厅工作成效明显。"
)


def test_a_level_word_and_a_governing_body_s_short_form_name_that_body() -> None:
    assert {"省委", "省政府", "省纪委"} <= org_names(run(MEETING))


def test_a_governing_body_named_right_after_another_is_a_body_too() -> None:
    assert {"省委", "省政府"} <= org_names(run("在省委省政府的领导下，工作成效明显。"))


def test_a_family_name_and_a_place_s_name_before_a_title_are_one_name() -> None:
    assert "吴长江" in people(run(MEETING))


def test_a_deputy_governor_is_at_the_province_s_government_named_by_its_short_form() -> None:
    assert ("吴长江", "副省长", "省政府") in roles(run(MEETING))


def test_a_stationed_inspection_group_s_head_is_at_the_commission_that_stationed_it() -> None:
    found = {(p, o) for p, t, o in roles(run(MEETING)) if t.endswith("纪检组组长")}
    assert found == {("马丽", "省纪委")}


def test_a_group_stationed_in_a_body_named_by_its_suffix_alone_is_the_commission_s() -> None:
    # 驻厅, 驻局: the body the group is stationed in, named by its suffix, is no part of the
    # commission's name, nor an organisation of its own
    facts = run("会上，市纪委驻局纪检组组长陈立林宣读了通知。")
    assert ("陈立林", "驻局纪检组组长", "市纪委") in roles(facts)
    assert "市纪委驻局" not in org_names(facts)


def test_the_short_form_of_a_government_named_in_full_is_that_government() -> None:
    facts = run("3月5日，湖北省人民政府召开会议，省委、省政府有关负责同志出席。")
    named = [o.name for o in facts.orgs if "省政府" in (o.name, *o.aliases)]
    assert named == ["湖北省人民政府"]


def test_a_level_word_ending_another_word_opens_no_body() -> None:
    assert not org_names(run("全省外办系统和城市委托单位召开会议。"))
