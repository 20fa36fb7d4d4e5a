"""What a document says about itself: its title and its own date (a dateline near the top)."""

from __future__ import annotations

import pytest

from importers.read import read_bytes
from tests.read.docs import read


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
        ("date: 2021-12", "2021-12"),
        ("发布日期：2023/04", "2023-04"),
    ],
)
def test_a_dateline_in_any_common_form_gives_the_documents_date(top, iso):
    r = read_bytes(f"Title of the note\n{top}\n\nBody text of the note.".encode(), "n.txt")
    assert r.date == iso


@pytest.mark.parametrize("top", ["2021-22 budget lines", "Ref. 2021-12", "date: 2021-13"])
def test_a_month_in_figures_dates_a_document_only_after_a_date_label(top):
    """2021-12 is also a range of years or a reference number: only "date: 2021-12" dates
    the document (to the month, so that "12月7日" in its text still gets its year)."""
    r = read_bytes(f"Title of the note\n{top}\n\nBody text of the note.".encode(), "n.txt")
    assert r.date is None


@pytest.mark.parametrize(
    ("top", "iso"),
    [
        ("發布日期：民國113年3月4日", "2024-03-04"),
        ("中華民國 114 年 1 月 20 日", "2025-01-20"),
        ("更新日期：113年12月9日", "2024-12-09"),
        ("發布日期：113/03/04", "2024-03-04"),
        ("113.7.15", "2024-07-15"),
    ],
)
def test_a_taiwan_notice_dated_in_the_minguo_era_gets_its_common_era_date(top, iso):
    r = read_bytes(f"經濟部智慧財產局新聞稿\n{top}\n\n本局與友局簽署合作備忘錄。".encode(), "n.txt")
    assert r.date == iso


def test_a_minguo_date_signs_off_a_chinese_bulletin_at_its_foot():
    text = "本局新聞稿\n\n本局與友局簽署合作備忘錄，雙方將交流審查經驗。\n\n113/2/29\n"
    assert read_bytes(text.encode(), "n.txt").date == "2024-02-29"


def test_figures_like_a_minguo_date_do_not_date_an_english_text():
    r = read_bytes(b"Notes on the rules\n113.3.4\n\nThe office amended section 113.", "n.txt")
    assert r.date is None


@pytest.mark.parametrize(
    ("tail", "iso"),
    [
        ("来源：本省知识产权网\nhttp://example.gov.cn/article/news/202403/1984822.html", "2024-03"),
        ("Source: https://news.example.org/2023/11/07/office-signs-mou", "2023-11-07"),
        ("https://example.com/press/2022-05-18/item.html", "2022-05-18"),
    ],
)
def test_a_text_that_states_no_date_is_dated_by_the_path_of_its_own_address(tail, iso):
    text = f"Notes\n\nThe office met its partners and talked about training.\n\n{tail}\n"
    assert read_bytes(text.encode(), "n.txt").date == iso


def test_an_address_with_no_date_in_its_path_leaves_the_text_undated():
    text = "Notes\n\nThe office met its partners.\n\nhttps://example.com/press/12345678.html\n"
    assert read_bytes(text.encode(), "n.txt").date is None
