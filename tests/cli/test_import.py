"""`ipx import` itself: bad files get one line each and leave the database as it was; odd
encodings, folders, a second import of the same files, an import killed midway."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.cli.conftest import export_of
from tests.conftest import ROOT, SEEDS

GOOD = SEEDS / "003_5b9f4ff068226edb.txt"


def _bad_files(tmp_path: Path) -> dict[str, Path]:
    rng = random.Random(7)
    files = {
        "binary.txt": b"\x00\x01\x02\xff\xfe" * 200 + bytes(range(256)),
        # random bytes without a NUL, as a corrupt download or a renamed blob would be
        "random.txt": bytes(rng.randint(1, 255) for _ in range(3000)),
        "short_random.txt": bytes(rng.randint(1, 255) for _ in range(48)),
        "truncated.pdf": b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 ob",
        "empty.txt": b"",
        "malformed.json": b'{"format": "exchange/1", "organisations": [',
        "wrong_shape.json": b'{"format": "exchange/1", "organisations": {"id": "o1"}}',
        "undefined_ids.json": json.dumps(
            {
                "format": "exchange/1",
                "documents": [],
                "people": [],
                "organisations": [{"id": "o1", "name": "An Office"}],
                "agreements": [
                    {"id": "a1", "title": "MoU", "kind": "mou", "parties": ["o1", "o2"]}
                ],
            }
        ).encode(),
    }
    out = {}
    for name, data in files.items():
        p = tmp_path / name
        p.write_bytes(data)
        out[name] = p
    return out


@pytest.mark.parametrize(
    "name,reason",
    [
        ("binary.txt", "binary"),
        ("random.txt", "binary"),
        ("short_random.txt", "binary"),
        ("truncated.pdf", "PDF"),
        ("empty.txt", "empty"),
        ("malformed.json", "JSON"),
        ("wrong_shape.json", "list"),
        ("undefined_ids.json", "o2"),
    ],
)
def test_a_bad_file_gets_one_line_naming_it_and_changes_nothing(
    ipx, kb, tmp_path, name, reason
) -> None:
    path = _bad_files(tmp_path)[name]
    before = export_of(ipx, kb)
    result = ipx("import", str(path), "--db", kb)
    assert result.exit_code != 0
    problem_lines = [line for line in result.stderr.splitlines() if line.startswith("ipx:")]
    assert len(problem_lines) == 1 and name in problem_lines[0] and reason in problem_lines[0]
    assert "Traceback" not in result.stderr + result.stdout
    assert export_of(ipx, kb) == before


def test_a_missing_path_is_named(ipx, empty_db, tmp_path) -> None:
    result = ipx("import", str(tmp_path / "nope.txt"), "--db", empty_db)
    assert result.exit_code != 0 and "nope.txt: no such file" in result.stderr


def test_a_folder_of_good_and_bad_files_imports_the_good_ones(ipx, empty_db, tmp_path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    for p in _bad_files(tmp_path).values():
        (folder / p.name).write_bytes(p.read_bytes())
    (folder / "good news.txt").write_bytes(GOOD.read_bytes())
    (folder / "新闻 稿.txt").write_bytes((SEEDS / "004_167981811bc58707.txt").read_bytes())
    result = ipx("import", str(folder), "--json", "--db", empty_db)
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["documents"] == 2 and len(summary["problems"]) == 8
    paths = {d["path"] for d in export_of(ipx, empty_db)["documents"]}
    assert any(p.endswith("good news.txt") for p in paths) and any(
        p.endswith("新闻 稿.txt") for p in paths
    )


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16", "gb18030"])
def test_unusual_encodings_and_crlf_import_as_the_same_text(
    ipx, empty_db, tmp_path, encoding
) -> None:
    text = (
        "国家知识产权局副局长胡文辉会见了新加坡知识产权局代表团。\r\n\r\n"
        "The Intellectual Property Office of Singapore (IPOS) welcomed the delegation.\r\n"
    )
    path = tmp_path / f"doc-{encoding}.txt"
    path.write_bytes(text.encode(encoding))
    assert ipx("import", str(path), "--db", empty_db).exit_code == 0
    data = export_of(ipx, empty_db)
    stored = json.loads(ipx("export", "--db", empty_db).stdout)["documents"][0]["text"]
    assert stored.strip() == text.replace("\r\n", "\n").strip()
    assert "Intellectual Property Office of Singapore" in {o["name"] for o in data["organisations"]}
    assert any("胡文辉" in [p["name"], *p["aliases"]] for p in data["people"])


def test_reimporting_the_same_files_changes_nothing(ipx, seeds_db) -> None:
    before = export_of(ipx, seeds_db)
    result = ipx("import", str(SEEDS), "--json", "--db", seeds_db)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["unchanged"] == len(list(SEEDS.glob("*.txt")))
    assert export_of(ipx, seeds_db) == before


def _counts(db_path: Path) -> tuple[int, ...]:
    con = sqlite3.connect(db_path)
    try:
        return tuple(
            con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("document", "organisation", "person", "agreement", "role", "name", "mention")
        )
    finally:
        con.close()


def test_an_import_killed_midway_leaves_a_sound_database_and_a_rerun_completes_it(tmp_path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(12):
        for seed in sorted(SEEDS.glob("*.txt")):
            (corpus / f"{i:02d}_{seed.name}").write_text(
                seed.read_text(encoding="utf-8") + f"\n\nCopy {i}.\n", encoding="utf-8"
            )
    clean, killed = tmp_path / "clean.db", tmp_path / "killed.db"
    cmd = [sys.executable, "-m", "ipx", "import", "-q", str(corpus)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    subprocess.run(
        [*cmd, "--db", str(clean)], check=True, env=env, capture_output=True, timeout=600
    )
    for delay in (1.5, 3.0):
        proc = subprocess.Popen(
            [*cmd, "--db", str(killed)],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        con = sqlite3.connect(killed)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.close()
    subprocess.run(
        [*cmd, "--db", str(killed)], check=True, env=env, capture_output=True, timeout=600
    )
    assert _counts(killed)[:5] == _counts(clean)[:5]
