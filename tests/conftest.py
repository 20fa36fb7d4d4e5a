"""Shared fixtures: real databases built from real files, and the real `ipx` command."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
BENCHMARK = ROOT.parent / "shared" / "benchmark"


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test touches the user's real default database or environment."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.delenv("IPX_DATABASE_URL", raising=False)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


@pytest.fixture(scope="session")
def seeds_db_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database with the five seeds imported once per test session (read it, don't write)."""
    path = tmp_path_factory.mktemp("seeds") / "seeds.db"
    from importers.pipeline import import_paths
    from store.db import open_database

    db = open_database(sqlite_url(path))
    report = import_paths(db, [SEEDS])
    assert report.ok, report.problems
    db.engine.dispose()
    return path


@pytest.fixture
def seeds_db(seeds_db_file: Path, tmp_path: Path) -> str:
    """A private copy of the seeds database that a test may change; returns its URL."""
    copy = tmp_path / "seeds.db"
    shutil.copy(seeds_db_file, copy)
    return sqlite_url(copy)


@pytest.fixture
def empty_db(tmp_path: Path) -> str:
    return sqlite_url(tmp_path / "empty.db")


class Ipx:
    """Runs `ipx` in-process through Typer's CliRunner, as a user would type it."""

    def __init__(self) -> None:
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
        from ipx.cli import app

        return self.runner.invoke(app, list(args), input=input, env=env, catch_exceptions=False)


@pytest.fixture
def ipx() -> Ipx:
    return Ipx()


def run_ipx_process(
    *args: str, env: dict[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """The real console script in a subprocess (for start-up, exit codes and stderr)."""
    exe = Path(sys.executable).with_name("ipx")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "ipx"]
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [*cmd, *args], capture_output=True, text=True, env=full_env, timeout=timeout
    )


@pytest.fixture
def ipx_process() -> Callable[..., subprocess.CompletedProcess[str]]:
    return run_ipx_process
