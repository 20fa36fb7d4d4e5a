"""`ipx serve`: the explorer in a browser through textual-serve.

Each browser tab gets its own process running `python -m ipx --db URL` (with
`--read-only` when the server was started so): the same app `ipx` opens in a terminal.
"""

from __future__ import annotations

import shlex
import sys


def serve_command(db_url: str, read_only: bool = False) -> str:
    return shlex.join(
        [sys.executable, "-m", "ipx", *(["--read-only"] if read_only else []), "--db", db_url]
    )


def serve(db_url: str, host: str = "127.0.0.1", port: int = 8000, read_only: bool = False) -> None:
    """Serve the explorer on http://HOST:PORT until interrupted."""
    from textual_serve.server import Server

    Server(serve_command(db_url, read_only), host=host, port=port, title="ipx").serve()
