"""Repair of conversion damage: Chinese and English wraps, hyphens, URL lines, page furniture."""

from __future__ import annotations

from importers.read import read_document, repair_text
from tests.read.docs import SEEDS


def test_repair_joins_chinese_words_broken_across_lines_and_blank_lines():
    assert repair_text("知识产\n\n权") == "知识产权"


def test_repair_on_the_chinese_newsletter_seed_joins_wraps_and_drops_an_interleaved_url():
    seed = (SEEDS / "001_bbd4cb2640ab796e.txt").read_text(encoding="utf-8")
    start = seed.index("（二）知创中心")
    excerpt = seed[start : seed.index("日期 期数", start)]
    assert "一致好 \n" not in excerpt and "https://www.ccpit.org" in excerpt  # as found
    fixed = repair_text(excerpt)
    assert "并对课程给予了一致好评。" in fixed
    assert "ccpit.org" not in fixed
    assert "（简称“知创中心”）" in fixed
    # and in the whole seed: 知识产\n\n权 joined, paragraphs kept, source URLs between
    # paragraphs kept
    whole = repair_text(seed)
    assert "会见知识产权利益攸关方" in whole
    assert "广州开发区知识产权局局长钟梓坚" in whole  # a block of 3 URLs cut this sentence
    assert "\n\nhttps://www.wipo.int/about-wipo/zh/dg_tang/news/2024/news_0001.html\n\n" in whole
    assert "（四）新加坡就生成式人工智能模型管理框架草案征求公众意见\n\n新加坡信息通信" in whole
    assert "\n\n\n" not in whole


def test_repair_joins_an_english_sentence_cut_by_a_url_line():
    text = "The MoU was signed by the heads of\nhttps://example.org/news/1\nboth offices in 2017."
    assert repair_text(text) == "The MoU was signed by the heads of both offices in 2017."


def test_repair_keeps_a_url_line_between_paragraphs():
    text = "IPOS signed an MoU.\n\nhttps://example.org/news/1\n\nThe next item."
    assert repair_text(text) == text


def test_repair_removes_hyphenation_only_inside_lower_case_words():
    assert repair_text("inter-\nnational") == "international"
    assert repair_text("Sino-\nSingapore") == "Sino-\nSingapore"
    assert repair_text("2024/3/26-\n27") == "2024/3/26-\n27"


def test_repair_normalises_odd_spaces_and_removes_zero_width_characters():
    assert repair_text("WIPO\u00a0Academy\u200b and\u3000IPOS") == "WIPO Academy and IPOS"
    assert repair_text("a\ufeffb\u00adc") == "abc"


def test_repair_drops_page_numbers_but_keeps_numbers_that_are_content():
    assert repair_text("First page text.\n- 3 -\nMore text.\nPage 4 of 10") == (
        "First page text.\nMore text."
    )
    assert repair_text("日期\n\n2024/3/26-\n\n27\n\n第 3 页") == "日期\n\n2024/3/26-\n\n27"


def test_repair_keeps_repeated_content_lines_of_a_plain_text_without_pages():
    item = (
        "新加坡知识产权局举办培训班。\n\n" + "介绍内容。\n\n" * 10 + "来源：中国保护知识产权网\n\n"
    )
    fixed = repair_text(item * 5)
    assert fixed.count("来源：中国保护知识产权网") == 5


def test_repair_drops_a_header_repeated_on_every_page():
    pages = [f"Annual Report 2017\nBody of page {n} talks about IPOS.\n{n}" for n in range(1, 5)]
    fixed = repair_text("\f".join(pages))
    assert "Annual Report" not in fixed
    assert fixed.count("Body of page") == 4
    assert "\n4" not in fixed


def test_repair_keeps_paragraph_breaks_and_a_short_chinese_heading_apart_from_its_body():
    body = "中新（重庆）知识产权研究院作为中新（重庆）战略性互联互通示范项目框架下的中外"
    text = f"（四）重庆两江新区知识产权专业服务再添新军\n\n{body}\n\n合资企业。\n\n\n\n下一段。"
    assert repair_text(text) == (
        f"（四）重庆两江新区知识产权专业服务再添新军\n\n{body}合资企业。\n\n下一段。"
    )


def test_a_hard_wrapped_english_report_reads_as_whole_sentences(tmp_path) -> None:
    body = (
        "The meeting was opened on Monday by the Director General of the national patent\n"
        "office, Ms. Anna Karin Lindqvist, who welcomed delegates from eleven countries and\n"
        "thanked the Ministry of Enterprise, Innovation and Trade for hosting the event in the\n"
        "capital. The Minis-\n"
        "try confirmed that the agreement on electronic data exchange would be signed by both\n"
        "offices before the end of the year, and that the work plan for the coming biennium\n"
        "had been discussed in detail by the experts of the two delegations during the second\n"
        "day of the meeting, together with the training programme for patent examiners.\n"
    )
    path = tmp_path / "report.txt"
    path.write_text(body * 2, encoding="utf-8")
    text = read_document(path).text
    assert "national patent office, Ms. Anna Karin Lindqvist" in text
    assert "The Ministry confirmed" in text


def test_repair_keeps_a_bracketed_section_heading_off_the_line_before_it():
    line = "与邻国知识产权机关围绕审查协作开展了多轮交流并形成多项共识仍待后续落实推进" * 2
    fixed = repair_text(f"{line}\n{line}\n{line}\n\n【下一步工作】\n继续推进合作。")
    assert "\n【下一步工作】\n" in fixed
