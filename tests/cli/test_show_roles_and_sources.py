"""`ipx show`: one role stated in two languages is one row, and each source sentence is
listed once, newest document first, with every mention in it (issue 14, items 4 and 5)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.store.kb_detail import IPOS_SENTENCES, ROLE_ROW, make_detail_db


@pytest.fixture
def detail_db(tmp_path: Path) -> str:
    return make_detail_db(tmp_path)


def _quoted(printed: str) -> list[str]:
    """The source sentences `ipx show` prints, one per indented quoted line."""
    return [line.strip()[1:-1] for line in printed.splitlines() if line.startswith("    “")]


def test_a_role_in_english_and_chinese_is_one_row(ipx, detail_db) -> None:
    printed = ipx("show", "Daren Tang", "--db", detail_db).stdout
    assert "Roles (1)" in printed
    (row,) = [line for line in printed.splitlines() if "总干事" in line and "WIPO" in line]
    for cell in ROLE_ROW:
        assert cell in row
    assert "undated" not in printed


def test_the_role_keeps_its_other_title_in_json(ipx, detail_db) -> None:
    shown = json.loads(ipx("show", "Daren Tang", "--json", "--db", detail_db).stdout)
    (role,) = shown["roles"]
    assert role["title"] == "Director General" and role["other_titles"] == ["总干事"]
    assert role["start"] == "2020-10-01" and role["end"] is None
    # the sources of both titles still read
    assert {s["document"] for s in role["sources"]} == {"d1", "d2"}


def test_each_sentence_is_listed_once_newest_document_first(ipx, detail_db) -> None:
    printed = ipx("show", "IPOS", "--db", detail_db).stdout
    assert "Sources (4)" in printed
    assert _quoted(printed) == IPOS_SENTENCES
    dates = [line.split()[0] for line in printed.splitlines() if line.startswith("  20")]
    assert dates == ["2023-05-02", "2019-03-04", "2019-03-04"]
    assert printed.rstrip().splitlines()[-2].startswith("  undated")
    # the row of the sentence that names IPOS twice says both ways it is named
    (row,) = [line for line in printed.splitlines() if "“Intellectual Property Office" in line]
    assert "“IPOS”" in row


def test_show_json_groups_mentions_by_sentence_and_keeps_its_keys(ipx, detail_db) -> None:
    shown = json.loads(ipx("show", "IPOS", "--json", "--db", detail_db).stdout)
    sources = shown["sources"]
    assert [s["sentence"] for s in sources] == IPOS_SENTENCES
    for s in sources:  # the keys a script already reads are still there
        assert {"document", "path", "title", "date", "start", "end", "text", "sentence"} <= set(s)
    twice = sources[2]
    assert [m["stated"] for m in twice["mentions"]] == [
        "Intellectual Property Office of Singapore",
        "IPOS",
    ]
    sentence = twice["sentence"]
    assert [sentence[a:b] for a, b in twice["highlights"]] == [
        "Intellectual Property Office of Singapore",
        "IPOS",
    ]
    # a headline the page prints twice is one sentence with both mentions
    headline = sources[3]
    assert len(headline["mentions"]) == 2 and headline["highlights"] == [[0, 4]]


def test_every_mention_is_highlighted_on_a_terminal(detail_db) -> None:
    from ipx.render import detail_lines
    from store.db import open_database
    from store.views.load import load_detail_view

    db = open_database(detail_db)
    with db.session() as s:
        view = load_detail_view(s, "organisation", 1)
    db.engine.dispose()
    assert view is not None
    lines = detail_lines(view)
    (line,) = [parts for parts in lines if "".join(t for t, _ in parts).strip().startswith("“The")]
    assert [text for text, style in line if "reverse" in style] == [
        "Intellectual Property Office of Singapore",
        "IPOS",
    ]


def test_the_real_command_prints_the_grouped_sources(ipx_process, detail_db) -> None:
    done = ipx_process("show", "IPOS", "--db", detail_db)
    assert done.returncode == 0, done.stderr
    assert _quoted(done.stdout) == IPOS_SENTENCES
