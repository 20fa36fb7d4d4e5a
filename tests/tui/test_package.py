"""The explorer as a package: what importing it loads, and `ipx serve`."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.tui.kb import make_db


def test_tui_package_does_not_import_textual() -> None:
    code = "import sys, tui; assert 'textual' not in sys.modules, 'textual imported'"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_screens_do_not_import_the_app() -> None:
    """Screens post messages (tui.messages); the app handles them."""
    code = (
        "import sys\n"
        "import tui.commands, tui.screens.detail, tui.screens.main, tui.screens.modals\n"
        "import tui.screens.path, tui.screens.search\n"
        "assert 'tui.app' not in sys.modules, 'tui.app imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_serve_answers_http(tmp_path: Path) -> None:
    url = make_db(tmp_path)
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "ipx", "serve", "--db", url, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        body = ""
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as r:
                    body = r.read().decode("utf-8", "replace")
                    assert r.status == 200
                    break
            except OSError:
                time.sleep(0.2)
        assert "ipx" in body and "textual" in body.lower()
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
