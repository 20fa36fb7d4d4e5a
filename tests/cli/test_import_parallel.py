"""`ipx import --jobs N`: documents read by N worker processes, written by one, in order.
The result is the one a single process gives; Ctrl-C or a kill leaves no worker behind."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEEDS, run_ipx_process

linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="finds worker processes through /proc"
)


def _corpus(folder: Path, copies: int) -> Path:
    """`copies` distinct copies of each seed (a numbered line), so that none is skipped."""
    folder.mkdir()
    for i in range(copies):
        for seed in sorted(SEEDS.glob("*.txt")):
            (folder / f"{i:02d}_{seed.name}").write_text(
                seed.read_text(encoding="utf-8") + f"\n\nCopy {i}.\n", encoding="utf-8"
            )
    return folder


def _export(db: Path) -> str:
    result = run_ipx_process("export", "--db", str(db))
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_import_with_two_jobs_gives_what_one_gives(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus", 2)
    runs = {}
    for jobs in ("1", "2"):
        db = tmp_path / f"jobs{jobs}.db"
        result = run_ipx_process("import", "--jobs", jobs, "--json", str(corpus), "--db", str(db))
        assert result.returncode == 0, result.stderr
        runs[jobs] = (json.loads(result.stdout), _export(db))
    assert runs["2"][0]["documents"] == 10 and not runs["2"][0]["problems"]
    assert runs["2"] == runs["1"]


def test_jobs_must_be_at_least_one(tmp_path: Path) -> None:
    result = run_ipx_process("import", "--jobs", "0", str(SEEDS), "--db", str(tmp_path / "x.db"))
    assert result.returncode == 2 and "--jobs" in result.stderr


def _children(pid: int) -> list[int]:
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def _workers(pid: int) -> list[int]:
    """The worker processes among the children (fresh interpreters started by spawn)."""
    out = []
    for child in _children(pid):
        try:
            if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes():
                out.append(child)
        except OSError:
            continue
    return out


def _alive(pids: list[int]) -> list[int]:
    return [p for p in pids if Path(f"/proc/{p}").exists()]


def _start_import(tmp_path: Path, db: Path) -> tuple[subprocess.Popen[str], list[int]]:
    """A 60-document import with two workers, once its workers are running."""
    corpus = _corpus(tmp_path / "corpus", 12)
    # A terminal starts its foreground job with Ctrl-C at its default; a test run before this
    # one in the same worker may have left it ignored here, which the child would inherit.
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "ipx", "import", "--jobs", "2", str(corpus), "--db", str(db)],
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=True,  # its own process group, as a terminal's foreground job
        )
    finally:
        signal.signal(signal.SIGINT, before)
    deadline = time.monotonic() + 60
    while len(_workers(proc.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(1.0)  # the workers at work, a few documents written
    return proc, _children(proc.pid)


def _gone(pids: list[int], within: float = 15) -> bool:
    deadline = time.monotonic() + within
    while _alive(pids) and time.monotonic() < deadline:
        time.sleep(0.1)
    return not _alive(pids)


@linux_only
def test_ctrl_c_stops_the_import_and_its_workers_cleanly(tmp_path: Path) -> None:
    db = tmp_path / "kb.db"
    proc, workers = _start_import(tmp_path, db)
    assert proc.poll() is None and len(workers) >= 2
    os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C sends to the foreground job
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode != 0
    assert "Traceback" not in err
    assert _gone(workers)
    con = sqlite3.connect(db)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    rerun = run_ipx_process("import", "-q", "--json", str(tmp_path / "corpus"), "--db", str(db))
    summary = json.loads(rerun.stdout)
    assert rerun.returncode == 0 and summary["documents"] + summary["unchanged"] == 60


@linux_only
def test_workers_do_not_outlive_a_killed_import(tmp_path: Path) -> None:
    proc, workers = _start_import(tmp_path, tmp_path / "kb.db")
    assert len(workers) >= 2
    proc.kill()
    proc.communicate(timeout=60)
    assert _gone(workers)
