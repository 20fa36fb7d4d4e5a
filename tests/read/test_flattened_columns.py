"""A narrow Chinese column flattened into one line (importers/read/repair/flattened.py): its
wrap spaces removed, real spaces kept."""

from __future__ import annotations

from importers.read import repair_text

PARAGRAPH = (
    "5月9日,南洋图书馆与北岭科技大学在吉隆坡签署数据共享与人才培养合作框架协议。南洋图书馆馆长周启明、"
    "北岭科技大学副校长林嘉欣等出席仪式,双方将共同建设专利文献服务平台。"
)
WIDTH = 16  # characters a line of the column holds


def column(text: str) -> list[str]:
    """The lines of `text` set in a column WIDTH characters wide."""
    return [text[k : k + WIDTH] for k in range(0, len(text), WIDTH)]


COLUMN = column(PARAGRAPH)


def test_a_flattened_column_reads_again_as_running_text() -> None:
    fixed = repair_text(" ".join(COLUMN))
    assert "周启 明" in " ".join(COLUMN)  # as the converter left it: a name cut at a wrap
    assert fixed == PARAGRAPH


def test_a_headline_before_a_flattened_column_stays_on_its_own_line() -> None:
    line = "南洋图书馆与北岭科技大学签署协议 Nanyang Library Signs an Agreement " + " ".join(COLUMN)
    fixed = repair_text(line)
    assert fixed.startswith(
        "南洋图书馆与北岭科技大学签署协议 Nanyang Library Signs an Agreement\n5月9日"
    )


def test_a_short_line_that_ends_a_paragraph_of_the_column_ends_it() -> None:
    fixed = repair_text(" ".join([*COLUMN, *COLUMN[:4]]))
    assert "文献服务平台。\n5月9日" in fixed


def test_names_listed_with_spaces_are_not_joined() -> None:
    text = "出席会议的有：周启明 林嘉欣 王志远 陈美玲 黄伟强"
    assert repair_text(text) == text


def test_sentences_of_uneven_length_keep_their_spaces() -> None:
    text = (
        "南洋图书馆今天开放。 北岭科技大学与南洋图书馆签署了长期数据共享协议。 双方将合作。 "
        "明年再议。"
    )
    assert repair_text(text) == text
