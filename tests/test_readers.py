"""What a user can read into ipx: plain text in any common encoding, HTML pages, PDFs —
and the one clear error they get for anything else."""

from __future__ import annotations

import pathlib
import pickle

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from importers.read.readers import ReadError, ReadResult, read_bytes, read_document, repair_text

DOCS = pathlib.Path(__file__).parent / "fixtures" / "docs"
SEEDS = pathlib.Path(__file__).resolve().parents[1] / "seeds"

ZH_HEADLINE = "国家知识产权局与新加坡知识产权局签署谅解备忘录"
EN_SENTENCE = (
    "The Intellectual Property Office of Singapore (IPOS) and the China National "
    "Intellectual Property Administration (CNIPA) signed a memorandum of understanding."
)


def read(name: str) -> ReadResult:
    return read_document(DOCS / name)


# --------------------------------------------------------------------------- encodings


def test_a_utf8_file_with_a_bom_reads_without_the_bom():
    r = read("utf8_bom.txt")
    assert r.text.startswith("IPOS and CNIPA")
    assert "\ufeff" not in r.text
    assert EN_SENTENCE in r.text
    assert (r.format, r.lang) == ("text", "en")


@pytest.mark.parametrize("name", ["utf16le_bom.txt", "utf16be_bom.txt"])
def test_a_utf16_file_with_a_bom_reads_in_either_byte_order(name):
    r = read(name)
    assert "\ufeff" not in r.text and "\x00" not in r.text
    assert EN_SENTENCE in r.text or ZH_HEADLINE in r.text


def test_a_gb18030_chinese_file_reads_as_chinese_text():
    r = read("gb18030.txt")
    assert r.text.startswith(ZH_HEADLINE)
    assert "世界知识产权组织总干事邓鸿森" in r.text
    assert r.lang == "zh"
    assert r.title == ZH_HEADLINE
    assert r.date == "2024-01-12"


def test_a_big5_traditional_chinese_file_reads_as_chinese_text():
    r = read("big5.txt")
    assert "經濟部智慧財產局與新加坡智慧財產局於台北簽署合作備忘錄" in r.text
    assert r.lang == "zh"
    assert r.date == "2023-05-08"


def test_windows_and_old_mac_line_endings_become_newlines():
    r = read("crlf.txt")
    assert "\r" not in r.text
    assert r.text.split("\n")[:2] == ["IPOS and CNIPA renew their cooperation", "February 26, 2025"]
    assert repair_text("a\rb\r\nc") == "a\nb\nc"


def test_a_file_name_with_spaces_and_chinese_characters_reads():
    r = read_document(DOCS / "会议 纪要 2024.txt")
    assert r.text.startswith(ZH_HEADLINE)


def test_a_plain_text_title_is_its_first_line_and_its_date_a_dateline_near_the_top():
    r = read("utf8_bom.txt")
    assert r.title == "IPOS and CNIPA renew their cooperation"
    assert r.date == "2025-02-26"


def test_a_date_inside_a_sentence_is_not_taken_for_the_documents_date():
    r = read_bytes(
        "新加坡动态\n\n邓鸿森于 2024 年 1 月 12 日结束了对新加坡的访问。".encode(), "a.txt"
    )
    assert r.date is None
    r = read_bytes(b"Notes\n\nIn May 2017 the office opened a branch.", "a.txt")
    assert r.date is None


@pytest.mark.parametrize(
    ("top", "iso"),
    [
        ("Date: 2025-02-26", "2025-02-26"),
        ("发布时间：2024年1月12日", "2024-01-12"),
        ("GENEVA, February 26, 2025 - The Director General said", "2025-02-26"),
        ("26 February 2025", "2025-02-26"),
        ("February 2017", "2017-02"),
        ("2024 年 1 月 12 日", "2024-01-12"),
    ],
)
def test_a_dateline_in_any_common_form_gives_the_documents_date(top, iso):
    r = read_bytes(f"Title of the note\n{top}\n\nBody text of the note.".encode(), "n.txt")
    assert r.date == iso


# --------------------------------------------------------------------------- HTML


def test_an_html_news_page_yields_only_its_article_text():
    r = read("news.html")
    assert r.format == "html"
    assert "Rena Lee, Chief Executive of IPOS" in r.text
    assert "Tripartite Cooperation Framework" in r.text
    for noise in (
        "SCRIPTNOISE",
        "SECRETSTYLE",
        "NAVNOISE",
        "COOKIENOISE",
        "cookies",
        "TEASERNOISE",
        "More from our site",
        "FOOTERNOISE",
        "Privacy policy",
        "trackingPixel",
    ):
        assert noise not in r.text, noise
    assert "<" not in r.text
    assert "\n\n" in r.text  # paragraphs stay apart


def test_an_html_page_gives_its_title_and_publication_date():
    r = read("news.html")
    assert r.title == "IPOS and CNIPA sign memorandum of understanding"
    assert r.date == "2025-02-26"
    assert r.lang == "en"


def test_a_text_file_that_is_clearly_html_is_read_as_html():
    data = (DOCS / "news.html").read_bytes()
    r = read_bytes(data, "saved page.txt")
    assert r.format == "html"
    assert "SCRIPTNOISE" not in r.text


def test_a_tiny_html_page_falls_back_to_its_body_text_without_scripts_or_navigation():
    html = (
        "<html><head><title>Short</title><script>var x='SCRIPT';</script></head><body>"
        "<nav>NAVLINKS</nav><p>IPOS signed an MoU.</p><footer>FOOT</footer></body></html>"
    )
    r = read_bytes(html.encode(), "short.html")
    assert "IPOS signed an MoU." in r.text
    assert not any(x in r.text for x in ("SCRIPT", "NAVLINKS", "FOOT"))
    assert r.title == "Short"


def test_a_chinese_html_page_in_gb2312_reads_by_its_declared_charset():
    body = (
        "<p>"
        + "国家知识产权局与新加坡知识产权局在北京签署谅解备忘录，双方同意加强合作。" * 3
        + "</p>"
    )
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
        f"<title>合作动态</title></head><body><article>{body}</article></body></html>"
    )
    r = read_bytes(html.encode("gb2312"), "zh.htm")
    assert "国家知识产权局与新加坡知识产权局" in r.text
    assert r.lang == "zh"
    assert r.title == "合作动态"


def test_an_html_page_without_any_text_is_an_error():
    with pytest.raises(ReadError, match="no text"):
        read_bytes(b"<html><body><script>x()</script></body></html>", "blank.html")


# --------------------------------------------------------------------------- PDF


def test_a_pdf_text_layer_reads_without_headers_page_numbers_or_hyphenation():
    r = read("english.pdf")
    assert r.format == "pdf"
    assert r.lang == "en"
    assert r.title == "SIPO Annual Report 2017"  # from the PDF's metadata
    assert "signed a memorandum of understanding with the Intellectual Property Office" in r.text
    assert "international cooperation" in r.text  # inter-/national
    assert "medium-sized enterprises" in r.text  # enter-/prises, but medium-sized stays
    assert "SIPO Annual Report" not in r.text  # the running header of every page
    assert "- 2 -" not in r.text
    assert r.text.endswith("offices in the region.")


def test_a_chinese_pdf_has_its_hard_wrapped_lines_joined():
    r = read("chinese.pdf")
    assert r.lang == "zh"
    assert "结束了对新加坡的访问" in r.text  # 新加\n坡
    assert "企业将知识产权纳入商业战略" in r.text  # a full line ending in 知识产 + 权
    assert r.title == "新加坡知识产权动态"
    assert not r.text.endswith("1")  # the page number is gone


def test_a_truncated_pdf_is_reported_as_corrupt():
    with pytest.raises(ReadError, match=r"corrupt or truncated PDF \(.+\)"):
        read("truncated.pdf")
    data = (DOCS / "english.pdf").read_bytes()
    with pytest.raises(ReadError, match="corrupt or truncated PDF"):
        read_bytes(data[: len(data) // 2], "half.pdf")


def test_a_scanned_pdf_without_text_asks_for_ocr():
    with pytest.raises(ReadError) as e:
        read("scanned.pdf")
    assert str(e.value).endswith("no text layer (scanned PDF?): OCR it first")


def test_an_encrypted_pdf_without_its_password_is_an_error():
    with pytest.raises(ReadError, match="encrypted"):
        read("encrypted.pdf")


def test_pdf_bytes_are_read_as_pdf_whatever_the_file_is_called():
    r = read_bytes((DOCS / "english.pdf").read_bytes(), "download.bin")
    assert r.format == "pdf"


def test_reading_a_pdf_prints_no_warnings(capfd, caplog):
    data = (DOCS / "english.pdf").read_bytes()
    with pytest.raises(ReadError):
        read_bytes(data[: len(data) * 3 // 4], "cut.pdf")
    out, err = capfd.readouterr()
    assert out == err == ""
    assert not [r for r in caplog.records if r.name.startswith("pypdf")]


# --------------------------------------------------------------------------- bad input


def test_a_binary_file_named_txt_is_an_error_not_garbage_text():
    with pytest.raises(ReadError) as e:
        read("binary.txt")
    assert str(e.value) == (
        f"{DOCS / 'binary.txt'}: not a text, HTML or PDF document (binary data)"
    )


def test_binary_garbage_with_an_unknown_suffix_is_an_error():
    with pytest.raises(ReadError, match="binary data"):
        read_bytes(bytes(range(256)) * 8, "blob.dat")


@pytest.mark.parametrize("name", ["empty.txt", "whitespace.txt"])
def test_an_empty_or_whitespace_file_is_an_empty_document(name):
    with pytest.raises(ReadError) as e:
        read(name)
    assert str(e.value) == f"{DOCS / name}: empty document"


def test_a_missing_file_is_reported_as_no_such_file(tmp_path):
    missing = tmp_path / "nope.txt"
    with pytest.raises(ReadError) as e:
        read_document(missing)
    assert str(e.value) == f"{missing}: no such file"
    assert e.value.path == str(missing)
    assert e.value.reason == "no such file"


def test_a_directory_is_not_a_document(tmp_path):
    with pytest.raises(ReadError, match="directory"):
        read_document(tmp_path)


def test_a_read_error_is_one_line_and_survives_pickling():
    err = ReadError("a.pdf", "corrupt or truncated PDF (bad\nxref)")
    assert "\n" not in str(err)
    again = pickle.loads(pickle.dumps(err))
    assert str(again) == str(err)


def test_text_with_an_unknown_suffix_is_sniffed_as_text():
    r = read_bytes("新加坡知识产权局局长".encode("gb18030"), "notes.log")
    assert (r.format, r.lang) == ("text", "zh")


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    data=st.one_of(
        st.binary(max_size=600),
        st.binary(max_size=300).map(lambda b: b"%PDF-1.4\n" + b),
        st.binary(max_size=300).map(lambda b: b"<html><body>" + b),
        st.text(max_size=300).map(lambda s: s.encode("utf-8")),
    ),
    suffix=st.sampled_from([".txt", ".html", ".pdf", ".bin"]),
)
def test_any_bytes_either_read_or_raise_read_error(data, suffix):
    try:
        r = read_bytes(data, "fuzz" + suffix)
    except ReadError as e:
        assert str(e).startswith("fuzz" + suffix + ": ")
        assert "\n" not in str(e)
    else:
        assert isinstance(r, ReadResult)
        assert r.text.strip()
        assert r.lang in ("zh", "en")
        assert r.format in ("text", "html", "pdf")


# --------------------------------------------------------------------------- repair_text


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


def test_a_utf16_bom_followed_by_broken_bytes_is_an_error():
    with pytest.raises(ReadError, match="invalid utf-16"):
        read_bytes(b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8", "bad.txt")


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


def test_markdown_reads_as_plain_text_without_its_markup(tmp_path) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        "# WIPO and ARIPO meet\n\n"
        "1. *Maria Lopez*, Director of the **Patent Office** ([site](https://example.org))\n"
        "\n| Name | Title |\n|---|---|\n| Ana Ruiz | Registrar |\n",
        encoding="utf-8",
    )
    r = read_document(path)
    assert r.format == "markdown"
    assert "Maria Lopez, Director of the Patent Office (site)" in r.text
    assert "Ana Ruiz, Registrar" in r.text
    assert not any(c in r.text for c in "*#|[]")


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
