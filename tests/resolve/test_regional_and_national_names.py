"""One office however a region, a writer or a word order names it: Taiwan's 智慧財產 is the
知识产权 of the mainland; a country's Chinese name and a generic word for an IP office name that
country's one office; "Agency for Intellectual Property" is the "Intellectual Property Agency"."""

from __future__ import annotations

import pytest

from importers.resolve.national import national_office
from importers.resolve.reference import load_reference
from importers.resolve.regional import regional_forms
from importers.resolve.variants import name_variants, subject_first
from tests.imported import import_texts


def test_a_taiwanese_term_in_an_office_name_is_also_read_in_mainland_words() -> None:
    assert "缅甸知识产权局" in regional_forms("緬甸智慧財產局")
    assert "亚美尼亚智慧财产局" in regional_forms("亞美尼亞知識產權局")
    assert "某部资讯中心" in regional_forms("某部信息中心")


def test_a_term_that_opens_the_name_is_read_only_as_written() -> None:
    """智慧財產局 alone is Taiwan's office; 知识产权局 alone is any office: neither becomes
    the other."""
    assert "知识产权局" not in regional_forms("智慧財產局")
    assert regional_forms("知识产权局") == []
    assert regional_forms("Intellectual Property Office") == []


def test_taiwans_two_spellings_of_one_term_are_one_wherever_they_stand() -> None:
    assert "智慧财产局" in regional_forms("智慧財產權局")
    assert "某国智慧财产局" in regional_forms("某國智慧財產權局")


@pytest.mark.parametrize(
    ("name", "entry"),
    [
        ("缅甸知识产权署", "ipd-mm"),
        ("吉爾吉斯斯坦知識產權局", "kg-kyrgyzpatent"),
        ("阿塞拜疆共和国知识产权局", "az-ipa"),
        ("亞美尼亞智慧財產局", "am-ipo"),
        ("哈萨克斯坦国家知识产权研究所", "kz-niip"),
        ("老挝国家知识产权厅", "dip-la"),
    ],
)
def test_a_country_and_a_generic_office_word_name_its_one_ip_office(name: str, entry: str) -> None:
    found = national_office(load_reference(), name)
    assert found is not None and found.id == entry


@pytest.mark.parametrize(
    "name",
    [
        "日本知识产权研究所",  # a research body: Japan's office is no institute
        "中国专利商标局",  # several offices of one country, and no word for IP: none is meant
        "老挝工贸部知识产权司",  # a ministry between: a unit, not the word for the office
        "缅甸知识产权协会",  # an association is no office
    ],
)
def test_a_country_and_other_words_name_no_office(name: str) -> None:
    assert national_office(load_reference(), name) is None


@pytest.mark.parametrize(
    "name", ["中国知识产权局", "中國知識產權局", "China Intellectual Property Office"]
)
def test_of_several_offices_the_word_for_ip_names_the_one_the_others_are_units_of(
    name: str,
) -> None:
    """China's patent and trade mark offices are units of its IP administration: a name for
    intellectual property with the country's name is the administration."""
    found = national_office(load_reference(), name)
    assert found is not None and found.id == "cnipa"


def test_a_body_that_only_houses_an_ip_office_is_not_named_by_the_word_for_ip() -> None:
    """Macao's IP department is a unit of its economic bureau, which is no IP body."""
    found = national_office(load_reference(), "澳门知识产权局")
    assert found is None or found.id != "mo-dsedt"


@pytest.mark.parametrize(
    ("name", "entry"),
    [
        ("Myanmar Intellectual Property Office", "ipd-mm"),
        ("the Lao Intellectual Property Department", "dip-la"),
        ("Armenia's Patent Office", "am-ipo"),
        ("Patent and Trademark Office of the Republic of Azerbaijan", "az-ipa"),
        ("Intellectual Property Service (Kyrgyzstan)", "kg-kyrgyzpatent"),
    ],
)
def test_an_english_generic_office_with_its_country_names_its_one_ip_office(
    name: str, entry: str
) -> None:
    found = national_office(load_reference(), name)
    assert found is not None and found.id == entry


@pytest.mark.parametrize(
    "name",
    [
        "Copyright Office of Armenia",  # not the word for the IP office
        "Myanmar Intellectual Property Association",
        "Chinese Patent Office",  # several offices of one country
        "Intellectual Property Office",  # no country
    ],
)
def test_other_english_words_with_a_country_name_no_office(name: str) -> None:
    assert national_office(load_reference(), name) is None


def test_the_head_of_an_office_name_may_come_before_its_subject() -> None:
    assert subject_first("State Agency on Industrial Property of Ruritania") == (
        "State Industrial Property Agency of Ruritania"
    )
    assert "Intellectual Property Service of Ruritania" in name_variants(
        "Service for Intellectual Property of the Republic of Ruritania"
    )
    assert subject_first("Agency for Science and Technology") is None


def test_an_office_named_in_the_other_word_order_is_its_reference_entry(
    ipx, empty_db, tmp_path
) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "The Agency for Intellectual Property of the Republic of Azerbaijan opened a new "
        "examination centre in Baku on 12 March 2026.\n",
    )
    agency = next(o for o in data["organisations"] if "Azerbaijan" in o["name"])
    assert agency["reference_id"] == "az-ipa"


def test_one_office_named_by_a_taipei_and_a_beijing_writer_is_one_entity(
    ipx, empty_db, tmp_path
) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "2026年3月12日，緬甸智慧財產局與經濟部智慧財產局在臺北舉行商標審查交流會議。\n",
        "2026年4月20日，缅甸知识产权局代表团访问国家知识产权局，双方就专利审查合作进行了交流。\n",
    )
    burmese = [o for o in data["organisations"] if o.get("reference_id") == "ipd-mm"]
    assert len(burmese) == 1
    assert len(burmese[0]["sources"]) == 2


def test_an_office_qualified_as_south_korean_is_the_korean_office(ipx, empty_db, tmp_path) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "The Ruritanian Patent Office signed a memorandum with the South Korean Intellectual "
        "Property Office in Daejeon on 8 October 2019.\n",
    )
    office = next(o for o in data["organisations"] if "South Korean" in " ".join(o["aliases"]))
    assert office["reference_id"] == "kipo"


def test_a_market_regulator_is_known_by_its_short_head_word_as_by_its_full_one() -> None:
    """市场监管局 is how these administrations shorten 市场监督管理局, at every level."""
    assert "某市市场监督管理局" in regional_forms("某市市场监管局")
    assert "某县市场监管局" in regional_forms("某縣市場監督管理局")
    found = load_reference().org_named("深圳市市场监管局")
    assert found is not None and found.id == "shenzhen-amr"


def test_a_regulator_named_short_with_its_second_plate_is_one_body_with_its_full_name(
    ipx, empty_db, tmp_path
) -> None:
    """The short form in 某省市场监管局（知识产权局） is the market regulator, not the
    province's former intellectual property office that the bracketed plate alone names."""
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "2026年5月8日，广东省市场监督管理局（知识产权局）在韶关举办地理标志培训班。"
        "广东省市场监管局（知识产权局）副局长王某某介绍了全省的地理标志保护情况。\n",
    )
    refs = [o.get("reference_id") for o in data["organisations"]]
    assert refs.count("guangdong-amr") == 1
    assert "guangdong-ipo" not in refs
