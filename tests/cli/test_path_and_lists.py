"""`ipx path` and the `ipx search` table tell two officials called 张文 apart, and show the
reading of a name known only in Chinese, marked as a reading."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest

from tests.tui.kb import make_db

GUANGDONG_DEPUTY = "Deputy Governor, People's Government of Guangdong Province, since 2019"
CNIPA_DEPUTY = "Deputy Commissioner, CNIPA, 2018–2022"


@pytest.fixture
def kb(tmp_path: Path) -> str:
    """The built knowledge base with two officials called 张文 and one known only as 王靖宇."""
    return make_db(tmp_path, namesakes=True)


def person_ids(ipx, kb: str, query: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """{context: id} of the people a search finds."""
    rows = json.loads(ipx("search", query, "--kind", "person", "--json", "--db", kb).stdout)
    return {r["context"]: r["id"] for r in rows}


def test_a_path_names_each_person_with_their_role(ipx, kb) -> None:
    guangdong = person_ids(ipx, kb, "张文")[GUANGDONG_DEPUTY]
    result = ipx("path", guangdong, "IPOS", "--db", kb)
    assert result.exit_code == 0
    assert result.stdout.startswith(
        f"张文 ({GUANGDONG_DEPUTY}) —Deputy Governor→ People's Government of Guangdong Province"
    )
    steps = json.loads(ipx("path", guangdong, "IPOS", "--json", "--db", kb).stdout)
    assert steps[0]["from"] == {
        "id": guangdong,
        "kind": "person",
        "name": "张文",
        "context": GUANGDONG_DEPUTY,
    }
    assert steps[-1]["to"]["name"] == "Intellectual Property Office of Singapore"


def test_a_name_two_people_share_says_which_one_the_path_takes(ipx, kb) -> None:
    ids = person_ids(ipx, kb, "张文")
    result = ipx("path", "张文", "IPOS", "--db", kb)
    assert result.exit_code == 0
    taken = result.stdout.split(" —")[0]
    assert taken in (f"张文 ({CNIPA_DEPUTY})", f"张文 ({GUANGDONG_DEPUTY})")
    other = GUANGDONG_DEPUTY if CNIPA_DEPUTY in taken else CNIPA_DEPUTY
    assert "2 officials are called 张文" in result.stderr
    assert f"Give an id for another: {ids[other]} ({other})" in result.stderr


def _on_a_terminal(*args: str) -> str:
    """What `ipx ARGS` prints on a terminal 120 columns wide (a pseudo-terminal)."""
    exe = Path(sys.executable).with_name("ipx")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "ipx"]
    leader, follower = pty.openpty()
    env = {**os.environ, "COLUMNS": "120", "LINES": "40", "TERM": "dumb", "NO_COLOR": "1"}
    proc = subprocess.Popen([*cmd, *args], stdout=follower, stderr=follower, env=env)
    os.close(follower)
    out = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the command is done
            break
        if not chunk:
            break
        out += chunk
    proc.wait(timeout=120)
    os.close(leader)
    return out.decode("utf-8", "replace").replace("\r\n", "\n")


def test_the_search_table_shows_each_namesakes_role_and_a_marked_reading(kb) -> None:
    table = _on_a_terminal("search", "zhang w", "--db", kb)
    rows = [" ".join(line.split()) for line in table.splitlines()]
    assert any(r.startswith("p") and CNIPA_DEPUTY in r and "Zhang Wen" in r for r in rows)
    # the Chinese-only 张文: the reading beside the name, marked, then the role
    assert any("张文 · Zhang Wen (reading) Deputy Governor," in r for r in rows), table
    wang = _on_a_terminal("search", "王靖宇", "--db", kb)
    assert "王靖宇 · Wang Jingyu (reading)" in wang


def test_a_latin_search_finding_chinese_only_names_still_loads_no_pypinyin(kb) -> None:
    code = (
        "import io, json, sys, contextlib\n"
        "from ipx.launch import main\n"
        f"sys.argv = ['ipx', 'search', 'zhang w', '--json', '--db', {kb!r}]\n"
        "out = io.StringIO()\n"
        "with contextlib.redirect_stdout(out):\n"
        "    try:\n"
        "        main()\n"
        "    except SystemExit:\n"
        "        pass\n"
        "rows = json.loads(out.getvalue())\n"
        "assert [r['name'] for r in rows] == ['张文', '张文'], rows\n"
        "assert all(r['context'] for r in rows), rows\n"
        "assert 'pypinyin' not in sys.modules, 'pypinyin'\n"
        "assert 'sqlalchemy' not in sys.modules, 'sqlalchemy'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_show_gives_the_reading_of_a_chinese_only_name_and_none_for_a_stated_one(ipx, kb) -> None:
    assert ipx("show", "王靖宇", "--db", kb).stdout.startswith(
        "王靖宇 · Wang Jingyu (reading)  official"
    )
    assert ipx("show", "申长雨", "--db", kb).stdout.startswith("申长雨  official")
