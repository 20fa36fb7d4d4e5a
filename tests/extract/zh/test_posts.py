"""Posts whose body the words before the title do not give as written (importers/zh/posts.py,
region_heads.py, given_names.py, orgs/offices.py, orgs/formal.py)."""

from __future__ import annotations

from functools import cache

from importers.facts import DocumentFacts
from importers.gazetteer import Reference
from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import org_names, people, run


@cache
def _ref() -> Reference:
    return load_reference()


def _roles(facts: DocumentFacts) -> set[tuple[str, str, str | None]]:
    orgs = {o.key: o.name for o in facts.orgs}
    names = {p.key: p.name for p in facts.people}
    return {(names[r.person], r.title, orgs.get(r.org or "")) for r in facts.roles}


def test_a_given_name_ending_in_yu_before_a_verb_of_presence_is_kept_whole() -> None:
    facts = run("省知识产权局副局长陈明于出席了研讨会。", reference=_ref(), repaired=True)
    assert "陈明于" in people(facts)


def test_yu_before_a_place_word_still_ends_the_name() -> None:
    facts = run("市知识产权局局长王平于会上介绍了情况。", reference=_ref(), repaired=True)
    assert people(facts) == {"王平"}


def test_shi_after_a_title_closes_a_time_clause_and_names_nobody() -> None:
    facts = run("他在会见欧洲专利局局长时谈到了合作。", reference=_ref(), repaired=True)
    assert people(facts) == set()


def test_a_premier_titled_with_the_state_council_serves_the_government() -> None:
    text = "中国国务院总理赵立新出席开幕式。赵立新总理随后致辞。"
    facts = run(text, reference=_ref(), repaired=True)
    assert _roles(facts) == {("赵立新", "总理", "中华人民共和国政府")}
    assert not {"国务院", "中国国务院"} & org_names(facts)


def test_a_sar_secretary_named_by_portfolio_alone_holds_the_post_with_no_body() -> None:
    facts = run("財政司司長黃志明出席了論壇。", reference=_ref(), repaired=True)
    assert _roles(facts) == {("黃志明", "財政司司長", None)}


def test_a_body_named_again_without_its_place_before_a_title_is_that_body() -> None:
    text = "香港海關今年舉辦了研討會。會上，海關關長林美華致辭。"
    facts = run(text, reference=_ref(), repaired=True)
    assert _roles(facts) == {("林美華", "關長", "香港海關")}


def test_a_chief_executive_serves_the_government_that_opens_the_regions_body_names() -> None:
    text = (
        "國家知識產權局與澳門特別行政區政府旅遊局的合作協議已經簽署。\n\n"
        "二零二五年三月一日發佈。\n\n行政長官 黃啟明"
    )
    facts = run(text, reference=_ref(), repaired=True)
    assert _roles(facts) == {("黃啟明", "行政長官", "澳門特別行政區政府")}


def test_a_chief_executive_stays_bodiless_when_bodies_of_both_regions_are_named() -> None:
    text = (
        "國家知識產權局與香港特別行政區政府知識產權署、澳門特別行政區政府旅遊局的合作協議"
        "已經簽署。\n\n二零二五年三月一日發佈。\n\n行政長官 黃啟明"
    )
    facts = run(text, reference=_ref(), repaired=True)
    assert _roles(facts) == {("黃啟明", "行政長官", None)}


def test_a_regions_bureau_named_without_the_word_government_is_the_known_bureau() -> None:
    facts = run("澳門特別行政區經濟局發佈了通告。", reference=_ref(), repaired=True)
    assert [o.ref for o in facts.orgs] == ["mo-dsedt"]


def test_an_office_named_again_without_its_parent_is_no_branch_of_the_verb_before_it() -> None:
    text = "世界知识产权组织新加坡办事处已经启用，希望双方充分发挥新加坡办事处的作用。"
    facts = run(text, reference=_ref(), repaired=True)
    assert [o.ref for o in facts.orgs] == ["wipo-singapore-office"]


def test_a_unit_before_its_heads_name_is_no_body_and_the_head_serves_the_body() -> None:
    text = "澳門海關本月合辦培訓班，澳門海關稽查廳梁志強廳長出席並致辭。"
    facts = run(text, reference=_ref(), repaired=True)
    assert _roles(facts) == {("梁志強", "廳長", "澳門海關")}
    assert "澳門海關稽查廳" not in org_names(facts)


def test_list_items_that_open_with_a_unit_continue_the_body_of_the_item_before() -> None:
    text = "出席会议的还有杭州市商务局张伟副局长、外贸处刘小红处长、外贸处何敏副处长等。"
    facts = run(text, reference=_ref(), repaired=True)
    assert _roles(facts) == {
        ("张伟", "副局长", "杭州市商务局"),
        ("刘小红", "处长", "杭州市商务局"),
        ("何敏", "副处长", "杭州市商务局"),
    }


def test_a_unit_written_after_a_body_no_named_body_opens_is_left_as_it_is() -> None:
    from importers.zh.orgs.mention import Mention
    from importers.zh.posts import unit_officials
    from importers.zh.roles import PersonHit

    text = "星河集团、明月法务处王立处长出席。"
    group = Mention(0, 4, "星河集团")
    unit = Mention(5, 10, "明月法务处")
    head = PersonHit(10, 12, "王立", title="处长", org=unit)
    assert unit_officials(text, [head], [group, unit]) == [group, unit]
    assert head.org is unit
