"""The layering of docs/DESIGN.md holds: read → extract → resolve → store, and the explorer
and the CLI reach data only through the store (import-linter contracts in pyproject.toml)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_contracts_are_kept() -> None:
    lint = Path(sys.executable).with_name("lint-imports")
    run = subprocess.run([str(lint)], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    assert "0 broken" in run.stdout


def test_word_lists_load_and_every_file_is_declared() -> None:
    from store.text import lexicon

    lexicon.check()
