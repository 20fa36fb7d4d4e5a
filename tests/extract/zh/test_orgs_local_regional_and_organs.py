"""Bodies named by their level or region, organs and members of known bodies, and words
that end names: a national body's local committee named again as the level and the short
form (市贸促会), a bare 市政府 as the city's government the text implies, a body's
organisation for a region of the world (大中华区), a Party committee's department, an
assembly of a known body (the body) and its member states' bodies (none), an exhibition
centre (a venue), Taipei's centres abroad named by 驻, 部 + 将 read apart, countries
whose Chinese names the table gained (安哥拉), and reference names written with full-width
brackets."""

from __future__ import annotations

from importers.resolve.reference import parse
from tests.extract.zh.helpers import SMALL_REF, org_names, roles, run

REF = parse(
    [
        {
            "id": "trade-council",
            "name": "National Trade Promotion Council (test)",
            "kind": "government",
            "country": "CN",
            "names": [{"text": "全国商贸促进理事会"}, {"text": "商促会"}],
        },
        {
            "id": "basin-org",
            "name": "River Basin Organisation (test)",
            "kind": "igo",
            "names": [{"text": "沿江流域合作组织"}],
        },
    ],
    [],
)


def test_a_level_and_a_national_short_form_name_the_local_committee_the_text_gives() -> None:
    facts = run(
        "全国商贸促进理事会杭州市委员会与一家法国商会签订了合作协议。"
        "市商促会理事长钱立新在仪式上发言。",
        reference=REF,
    )
    local = next(o for o in facts.orgs if o.name == "全国商贸促进理事会杭州市委员会")
    assert "市商促会" in local.aliases
    assert "National Trade Promotion Council (test)" not in org_names(facts)
    assert ("钱立新", "理事长", "全国商贸促进理事会杭州市委员会") in roles(facts)


def test_a_short_form_after_a_named_place_is_not_read_as_a_local_committee() -> None:
    facts = run("全国商贸促进理事会宁波市委员会成立。绍兴商促会也派员出席。", reference=REF)
    local = next(o for o in facts.orgs if o.name == "全国商贸促进理事会宁波市委员会")
    assert not any("商促会" in a for a in local.aliases)


def test_a_bare_city_government_is_the_government_of_the_mayors_city() -> None:
    facts = run(
        "3月2日，市政府举行新闻发布会。扬州市市场监督管理局局长赵一鸣介绍了情况，副市长孔德华出席。"
    )
    gov = next(o for o in facts.orgs if o.name == "扬州市人民政府")
    assert "市政府" in gov.aliases
    assert ("孔德华", "副市长", "扬州市人民政府") in roles(facts)


def test_a_body_and_a_region_of_the_world_name_its_regional_organisation() -> None:
    facts = run("荷兰贸易促进会大中华区执行总监范德梅尔出席签约。")
    assert "荷兰贸易促进会大中华区" in org_names(facts)
    assert "荷兰贸易促进会" not in org_names(facts)


def test_a_party_committees_department_is_a_body_of_its_own() -> None:
    facts = run("这份名单由自治区党委组织部于周一公布，征求意见五天。")
    assert "自治区党委组织部" in org_names(facts)
    assert "自治区党委" not in org_names(facts)


def test_an_assembly_of_a_known_body_is_a_mention_of_the_body() -> None:
    facts = run("去年九月，代表团赴日内瓦列席了世界知识产权组织成员国大会。", reference=SMALL_REF)
    names = org_names(facts)
    assert "World Intellectual Property Organization" in names
    assert "世界知识产权组织成员国大会" not in names


def test_an_exhibition_centre_is_a_venue() -> None:
    facts = run("5月6日，2025年杭州文创周在杭州国际博览中心揭幕。")
    assert not any(n.endswith("博览中心") for n in org_names(facts))


def test_taipeis_centre_in_a_country_keeps_the_word_for_stationed() -> None:
    facts = run("该局正与駐泰國台北經濟文化中心討論專利審查合作。")
    assert "駐泰國台北經濟文化中心" in org_names(facts)


def test_a_ministry_before_jiang_ends_at_its_suffix() -> None:
    facts = run("2001年，新加坡经济部将原资讯局的业务移交给新的单位。")
    names = org_names(facts)
    assert "新加坡经济部" in names
    assert not any("将" in n for n in names)


def test_an_angolan_office_is_named_with_its_country() -> None:
    facts = run("该局与安哥拉工业产权局于昨日签订了合作议定书。")
    assert "安哥拉工业产权局" in org_names(facts)


def test_the_bodies_of_a_known_bodys_member_states_are_no_body_of_their_own() -> None:
    facts = run("沿江流域合作组织成员国最高法院将轮流承办年度研讨活动。", reference=REF)
    names = org_names(facts)
    assert not any("成员国" in n for n in names)


def test_a_reference_name_with_full_width_brackets_is_found_in_the_text() -> None:
    bracketed = parse(
        [
            {
                "id": "league-sec",
                "name": "Secretariat of the River Cities League (test)",
                "kind": "igo",
                "names": [{"text": "沿河城市联盟（南宁）秘书处"}],
            }
        ],
        [],
    )
    facts = run("沿河城市联盟（南宁）秘书处秘书长黄立平致辞。", reference=bracketed)
    assert "Secretariat of the River Cities League (test)" in org_names(facts)
    assert ("黄立平", "秘书长", "沿河城市联盟(南宁)秘书处") in roles(facts)
