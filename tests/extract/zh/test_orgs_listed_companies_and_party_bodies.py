"""Bodies that unseen Chinese news names often: a Japanese company kept under its own legal
form (某某株式会社) as a member of a list of bodies, even when jieba cuts its brand into verbs
and single characters (importers/zh/orgs/members.py, [company_ends]); the Party's Central
Committee by its usual short names beside the State Council (党中央、国务院) and a country's
customs by its country's name (新加坡海关, 中国海关), both from the reference data;
and a run of titles after a Party body that chains a state post, which is held at China's
government (importers/zh/state.party_state_posts)."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import org_names, roles, run


def test_a_japanese_company_closing_a_list_of_bodies_is_a_body() -> None:
    text = "参展机构包括新加坡知识产权局、东京正和知财服务株式会社等。"
    assert "东京正和知财服务株式会社" in org_names(run(text))


def test_the_party_central_committee_named_beside_the_state_council_is_a_body() -> None:
    text = "为落实党中央、国务院的部署，某省知识产权局召开会议。"
    assert "党中央" in org_names(run(text, reference=load_reference()))


def test_a_state_post_chained_after_a_party_post_is_held_at_the_government() -> None:
    text = "中共中央总书记、国家主席赵立新出席开幕式并致辞。"
    got = roles(run(text, reference=load_reference()))
    assert ("赵立新", "总书记", "中共中央") in got
    assert ("赵立新", "国家主席", "中华人民共和国政府") in got


def test_a_country_s_customs_named_before_its_officers_is_its_customs_authority() -> None:
    text = "代表团还与新加坡海关官员座谈，并介绍了中国海关的执法经验。"
    names = org_names(run(text, reference=load_reference()))
    assert {"新加坡海关", "中国海关"} <= names
