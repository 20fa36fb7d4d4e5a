"""A plain-text table lined up with spaces keeps its cells apart after repair, and its rows
are read as agreements; prose with double spaces and Chinese tables are left as they were."""

from __future__ import annotations

from importers.read import repair_text
from tests.imported import import_texts

TABLE = """Table 2  Instruments signed with partner offices

Partner office              Instrument                          Date signed
--------------------------  ----------------------------------  -----------
Nordic Patent Institute     Memorandum of Understanding         3 Apr 2023
Japan Patent Office (JPO)   Work Plan 2023-2025                 18 Sep 2023
European Patent Office      Memorandum of Understanding on      9 Nov 2023
  (EPO)                     patent information

The office also took part in regional meetings.
"""


def test_each_row_keeps_its_cells_apart():
    fixed = repair_text(TABLE)
    assert "Nordic Patent Institute | Memorandum of Understanding | 3 Apr 2023 |" in fixed
    assert "Japan Patent Office (JPO) | Work Plan 2023-2025 | 18 Sep 2023 |" in fixed
    assert "| (EPO) | patent information |" in fixed  # a wrapped cell: its first cell empty
    assert "The office also took part in regional meetings." in fixed


def test_prose_with_two_spaces_after_a_full_stop_is_not_a_table():
    prose = (
        "The delegation met the examiners.  It then visited the archive.\n"
        "Talks went on into the evening.  Both sides agreed to meet again.\n"
        "A joint note was issued.  It named no date.\n"
    )
    assert "|" not in repair_text(prose)


def test_a_chinese_table_keeps_its_words_separated_by_spaces():
    rows = [
        "姓名    单位          职务",
        "张明    国家知识产权局    司长",
        "李华    欧洲专利局    处长",
    ]
    table = "\n".join(rows) + "\n"
    fixed = repair_text(table)
    assert "|" not in fixed
    assert "张明 国家知识产权局 司长" in fixed


def test_the_rows_of_an_annual_report_table_are_agreements(ipx, empty_db, tmp_path):
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "Intellectual Property Office of Singapore (IPOS)\nAnnual Report 2023\n\n"
        "International cooperation\n\n"
        "IPOS concluded the following instruments with partner offices in 2023.\n\n"
        "Partner                      Instrument                      Date\n"
        "Japan Patent Office (JPO)    Work Plan 2023-2025             18 Sep 2023\n"
        "European Patent Office       Memorandum of Understanding     9 Nov 2023\n"
        "Korean Intellectual Property Office (KIPO)   Cooperation Agreement   5 Dec 2023\n",
    )
    dates = sorted(a["date"] for a in data["agreements"])
    assert dates == ["2023-09-18", "2023-11-09", "2023-12-05"]
