"""The `ipx` console script: quick lookups first, then the full Typer CLI."""

from __future__ import annotations

import sys


def main() -> None:
    args = sys.argv[1:]
    if args[:1] == ["search"]:
        from ipx.lookup import quick_search

        if quick_search(args[1:]):
            return
    from ipx.cli import main as cli_main

    cli_main()
