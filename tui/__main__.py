"""`python -m tui --db URL`: the explorer on its own (what `ipx serve` runs per browser tab)."""

from __future__ import annotations

import argparse


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m tui", description=__doc__)
    parser.add_argument("--db", default=None, help="database URL or SQLite path")
    args = parser.parse_args(argv)
    from store.db import open_database
    from tui.app import run

    run(open_database(args.db))


if __name__ == "__main__":
    main()
