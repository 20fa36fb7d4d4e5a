"""A Macao bureau named in Simplified characters and by its contraction, a region's body
with its state written first, an association's committee before a title, and a page's
masthead line: what each names, and what it does not."""

from __future__ import annotations

from importers.resolve.reference import load_reference
from tests.extract.zh.helpers import org_names, roles, run

REF = load_reference()


def test_a_macao_bureau_written_in_simplified_without_its_place_is_the_known_bureau() -> None:
    facts = run(
        "经济及科技发展局局长李华日前率团访问葡萄牙工业产权局。访问期间，经科局介绍了"
        "本地专利审查的新安排。",
        reference=REF,
        repaired=True,
    )
    dsedt = [o for o in facts.orgs if o.ref == "mo-dsedt"]
    assert len(dsedt) == 1
    assert "经科局" in [dsedt[0].name, *dsedt[0].aliases]
    assert ("李华", "局长", dsedt[0].name) in roles(facts)


def test_a_region_s_body_written_after_its_state_is_the_region_s_known_body() -> None:
    facts = run(
        "中國澳門特別行政區經濟及科技發展局與新加坡知識產權局召開了視像會議。",
        reference=REF,
        repaired=True,
    )
    assert "mo-dsedt" in {o.ref for o in facts.orgs}
    hk = run("研讨会由中国香港特别行政区知识产权署主办。", reference=REF, repaired=True)
    assert [o.ref for o in hk.orgs] == ["hkipd"]
    short = run("论坛由中华人民共和国香港特区政府知识产权署协办。", reference=REF, repaired=True)
    assert [o.ref for o in short.orgs] == ["hkipd"]


def test_an_association_s_field_committee_before_a_title_stays_in_the_title() -> None:
    facts = run(
        "昨日，浙江工业总会秘书长刘强、浙江工业总会知识产权委员会高级顾问张伟出席了研讨会。",
        reference=REF,
        repaired=True,
    )
    assert not any("委员会" in n for n in org_names(facts))
    assert ("张伟", "知识产权委员会高级顾问", "浙江工业总会") in roles(facts)


def test_a_masthead_line_with_a_web_address_and_a_source_label_names_no_body() -> None:
    facts = run(
        "省人民政府门户网站 www.example.gov.cn 2015年3月2日 10时05分 来源：省商务厅网站\n\n"
        "日前，广西工业协会会长李明出席了展会开幕式。",
        reference=REF,
        repaired=True,
    )
    assert not any("政府" in n for n in org_names(facts))
    assert ("李明", "会长", "广西工业协会") in roles(facts)


def test_a_title_ending_a_line_is_held_by_the_latin_name_opening_the_next() -> None:
    facts = run(
        "本协议由智利工业产权局局长\nCarlos Ruiz Soto 先生与新加坡知识产权局局长陈文华代表签署。",
        reference=REF,
        repaired=True,
    )
    assert any(p == "Carlos Ruiz Soto" and t == "局长" for p, t, _o in roles(facts))


def test_a_verb_before_that_bureau_leaves_the_title_at_the_bureau_named_last() -> None:
    facts = run(
        "葡萄牙工业产权局局长佩雷拉日前访问新加坡知识产权局，获该局副局长林志强热情接待。",
        reference=REF,
        repaired=True,
    )
    assert ("林志强", "副局长", "新加坡知识产权局") in roles(facts)


def test_a_unit_s_head_joined_after_a_titled_host_serves_the_host_s_body() -> None:
    facts = run(
        "代表团拜访了新加坡知识产权局，受到该局副局长林志强和国际合作处处长黄慧玲的接待。",
        reference=REF,
        repaired=True,
    )
    assert ("黄慧玲", "国际合作处处长", "新加坡知识产权局") in roles(facts)
