"""Every command says what it does."""

from __future__ import annotations


def test_every_command_has_help(ipx) -> None:
    for cmd in (
        "import",
        "search",
        "show",
        "path",
        "stats",
        "export",
        "merge",
        "split",
        "merges",
        "serve",
        "explore",
    ):
        result = ipx(cmd, "--help")
        assert result.exit_code == 0, cmd
        assert "--db" in result.stdout or cmd == "merges"


def test_the_commands_are_listed_in_order(ipx) -> None:
    commands = ipx("--help").stdout.split("Commands:", 1)[1].splitlines()
    listed = [line.split()[0] for line in commands if line.startswith("  ") and line.strip()]
    order = ["explore", "import", "search", "show", "path", "stats", "export", "merge", "split"]
    review = ["review", "judge", "undo", "judgements", "reextract"]  # issue 11
    assert listed == [*order, "merges", *review, "serve"]
