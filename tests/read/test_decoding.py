"""Bytes to text: byte-order marks, UTF-16, GB18030, Big5, line endings, sniffing."""

from __future__ import annotations

import pytest

from importers.read import ReadError, read_bytes, read_document, repair_text
from tests.read.docs import DOCS, EN_SENTENCE, ZH_HEADLINE, read


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


def test_a_utf16_bom_followed_by_broken_bytes_is_an_error():
    with pytest.raises(ReadError, match="invalid utf-16"):
        read_bytes(b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8", "bad.txt")


def test_text_with_an_unknown_suffix_is_sniffed_as_text():
    r = read_bytes("新加坡知识产权局局长".encode("gb18030"), "notes.log")
    assert (r.format, r.lang) == ("text", "zh")
