"""Importing the readers stays cheap: the heavy parsing libraries load only when a document
of their format is read, so that a CLI lookup never pays for them."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("trafilatura", "pypdf", "charset_normalizer", "lxml")


def test_importing_the_readers_loads_no_parsing_library() -> None:
    code = f"import sys, importers.read\nprint([m for m in {HEAVY!r} if m in sys.modules])\n"
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"


def test_reading_plain_text_loads_no_parsing_library() -> None:
    code = (
        "import sys\n"
        "from importers.read import read_bytes\n"
        "read_bytes(b'IPOS and CNIPA\\n\\nFebruary 26, 2025', 'a.txt')\n"
        f"print([m for m in {HEAVY!r} if m in sys.modules])\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"
