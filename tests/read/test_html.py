"""HTML pages: the article text only, with the page's title and date."""

from __future__ import annotations

import pytest

from importers.read import ReadError, read_bytes
from tests.read.docs import DOCS, read


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


def test_the_site_name_a_page_title_ends_with_follows_the_headline_as_its_publisher():
    html = (
        "<html><head><title>Examiner exchange begins | Freedonia Patent Office</title></head>"
        "<body><header>Freedonia Patent Office</header><article><h1>Examiner exchange begins"
        "</h1><p>"
        + "This month our examiners started a six-week exchange with a partner office. " * 3
        + "</p></article></body></html>"
    )
    r = read_bytes(html.encode(), "exchange.html")
    assert r.text.startswith("Examiner exchange begins\n\nFreedonia Patent Office\n\n")
    assert r.title == "Examiner exchange begins"


def test_a_page_title_without_a_site_name_adds_no_masthead():
    html = (
        "<html><head><title>Examiner exchange begins</title></head><body><article><p>"
        + "This month our examiners started a six-week exchange with a partner office. " * 3
        + "</p></article></body></html>"
    )
    r = read_bytes(html.encode(), "exchange.html")
    assert r.text.lstrip().startswith("This month")


def test_a_site_name_after_a_dash_in_the_page_title_follows_the_headline():
    html = (
        "<html><head><title>校園消息｜新圖書館啟用 - 濱江科技大學</title></head><body>"
        "<header>濱江科技大學</header><article><h1>新圖書館啟用</h1><p>"
        + "本校新圖書館昨日正式啟用，師生可憑證件入館借閱。" * 3
        + "</p></article></body></html>"
    )
    r = read_bytes(html.encode(), "library.html")
    assert r.text.startswith("新圖書館啟用\n\n濱江科技大學\n\n")


def test_a_headline_clause_after_a_dash_is_no_site_name():
    html = (
        "<html><head><title>Two offices meet - examiners agree on a pilot</title></head><body>"
        "<article><p>"
        + "This month our examiners started a six-week exchange with a partner office. " * 3
        + "</p></article></body></html>"
    )
    r = read_bytes(html.encode(), "meeting.html")
    assert "examiners agree on a pilot" not in r.text
