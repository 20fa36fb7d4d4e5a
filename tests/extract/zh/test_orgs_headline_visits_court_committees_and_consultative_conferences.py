"""A headline's one-character "visits" between two bodies, a court's adjudication committee
before a member's title, and a place's political consultative conference by its short name:
what each names, and what it does not."""

from __future__ import annotations

from tests.extract.zh.helpers import org_names, roles, run


def test_a_headline_visit_between_two_bureaus_names_both_and_no_joined_body() -> None:
    names = org_names(run("商务局访国家知识产权局\n\n双方就专利审查合作交换了意见。"))
    assert "商务局" in names
    assert "国家知识产权局" in names
    assert not any("访" in n for n in names)


def test_a_word_that_holds_the_visit_character_stays_in_the_name() -> None:
    assert "国家信访局" in org_names(run("国家信访局局长赵某会见了来访代表。"))


def test_a_court_s_adjudication_committee_before_a_title_stays_in_the_title() -> None:
    facts = run("座谈会由湖北省高级人民法院审判委员会专职委员孙某主持。")
    assert org_names(facts) == {"湖北省高级人民法院"}
    assert ("孙某", "审判委员会专职委员", "湖北省高级人民法院") in roles(facts)


def test_the_rank_of_a_full_time_committee_member_is_part_of_the_title() -> None:
    facts = run("江苏省高级人民法院审判委员会副厅级专职委员钱某出席会议。")
    assert ("钱某", "审判委员会副厅级专职委员", "江苏省高级人民法院") in roles(facts)


def test_a_place_s_consultative_conference_by_its_short_name_is_a_body() -> None:
    facts = run("武汉市政协副主席周某出席开幕式并致辞。")
    assert org_names(facts) == {"武汉市政协"}
    assert ("周某", "副主席", "武汉市政协") in roles(facts)
