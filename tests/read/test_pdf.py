"""PDFs: the text layer without page furniture, and one clear error for a broken PDF."""

from __future__ import annotations

import pytest

from importers.read import ReadError, read_bytes
from tests.read.docs import DOCS, read


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
