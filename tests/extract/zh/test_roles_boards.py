"""A board between a body and a title stays in the title (董事会主席), and a title that ends
inside the board's word (董事 of 董事会) is no title: the name does not swallow its end."""

from __future__ import annotations

from tests.extract.zh.helpers import people, roles, run


def test_the_chair_of_a_board_is_named_without_the_end_of_the_board() -> None:
    facts = run("欧洲专利局董事会主席约瑟夫·克莱因出席了开幕式。", repaired=True)
    assert ("约瑟夫·克莱因", "董事会主席", "欧洲专利局") in roles(facts)
    assert people(facts) == {"约瑟夫·克莱因"}


def test_a_council_head_in_traditional_script_reads_the_same_way() -> None:
    facts = run("新加坡知識產權局理事會理事長林文華在會上致辭。", repaired=True)
    assert ("林文華", "理事會理事長", "新加坡知識產權局") in roles(facts)


def test_a_board_member_title_still_stands_on_its_own() -> None:
    facts = run("新加坡知识产权局董事王建国出席会议。", repaired=True)
    assert ("王建国", "董事", "新加坡知识产权局") in roles(facts)


def test_a_board_called_a_bureau_is_a_board_and_no_body() -> None:
    facts = run("新加坡知識產權局董事局主席約翰·史密斯出席了會議。", repaired=True)
    assert ("約翰·史密斯", "董事局主席", "新加坡知識產權局") in roles(facts)
    assert people(facts) == {"約翰·史密斯"}


def test_an_honorary_head_of_an_association_holds_the_post_at_it() -> None:
    """名誉会长 and 荣誉主席 are posts of the body named before them, as 会长 is."""
    facts = run("澳门知识产权研究会荣誉会长何志坚先生会见了代表团。")
    assert ("何志坚", "荣誉会长", "澳门知识产权研究会") in roles(facts)
