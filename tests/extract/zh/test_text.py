"""The cleaned view of a Chinese document (importers/zh/text.py): source and URL lines,
Traditional characters searched as Simplified with offsets kept, jieba loaded lazily."""

from __future__ import annotations

import sys

from importers.zh.text import view
from tests.extract.zh.helpers import ROOT, org_names, roles, run


def test_source_lines_yield_nothing() -> None:
    text = (
        "正文没有事实。\n\n来源：新加坡知识产权局网站 (ipos.gov.sg)\n"
        "https://www.wipo.int/about-wipo/zh/news.html\n"
    )
    facts = run(text)
    assert facts.orgs == [] and facts.people == [] and facts.agreements == []


def test_url_lines_inside_a_sentence_do_not_split_it() -> None:
    v = view("给予了一致好\n\nhttps://www.example.org/a.html\n\n\n评。")
    assert v.text == "给予了一致好评。"


def test_importing_the_extractor_does_not_import_jieba() -> None:
    import subprocess

    code = "import sys, importers.zh, importers.extract; print('jieba' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.strip() == "False"


def test_traditional_text_is_searched_simplified_with_offsets_kept() -> None:
    text = "歐洲專利局與新加坡知識產權局簽署諒解備忘錄"
    v = view(text)
    assert v.text == "欧洲专利局与新加坡知识产权局签署谅解备忘录"
    assert len(v.text) == len(text) and v.as_written(0, 5) == "歐洲專利局"
    assert view("著作权保护").text == "著作权保护"  # a Simplified character stays


def test_traditional_names_are_stored_as_written_with_the_simplified_form_as_alias() -> None:
    text = (
        "新加坡知識產權局與歐洲專利局於二○二一年三月五日在新加坡簽署《專利審查合作諒解備忘錄》。"
        "新加坡知識產權局局長李明華表示，雙方將加強合作。"
    )
    facts = run(text, repaired=True)
    assert {"新加坡知識產權局", "歐洲專利局"} <= org_names(facts)
    person = next(p for p in facts.people if p.name == "李明華")
    assert "李明华" in person.aliases
    assert ("李明華", "局長", "新加坡知識產權局") in roles(facts)
    (agreement,) = facts.agreements
    assert agreement.title == "專利審查合作諒解備忘錄" and agreement.date == "2021-03-05"


def test_a_space_inside_a_countrys_name_on_one_line_is_no_gap() -> None:
    v = view("本局與新 加坡商會簽署協議。", repaired=True)
    assert "新加坡商会" in v.text
    names = org_names(run("本局與新 加坡商會簽署協議。", repaired=True))
    assert not any(n.startswith("加坡") for n in names)


def test_a_space_that_would_join_only_a_two_character_name_stays_a_gap() -> None:
    assert "韩国 英国" in view("代表来自韩国 英国等地。", repaired=True).text
    assert "美 国" in view("甲乙美 国丙丁。", repaired=True).text
