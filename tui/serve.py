"""`ipx serve`: the explorer in a browser through textual-serve.

Each browser tab gets its own process running `python -m tui --db URL` (the explorer on its
own, the same app `ipx` with no arguments opens).
"""

from __future__ import annotations

import shlex
import sys


def serve_command(db_url: str) -> str:
    return shlex.join([sys.executable, "-m", "tui", "--db", db_url])


def serve(db_url: str, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the explorer on http://HOST:PORT until interrupted."""
    from textual_serve.server import Server

    Server(serve_command(db_url), host=host, port=port, title="ipx").serve()
