"""The shape the code keeps (docs/DESIGN.md): small modules, short parameter lists, and each
shared helper defined once. Checked on the source, so a slip shows in the suite."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("ipx", "tui", "store", "importers")
MAX_LINES = 500
MAX_POSITIONAL = 5


def sources() -> list[Path]:
    out = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                out.append(path)
    return out


def rel(path: Path) -> str:
    return str(path.relative_to(ROOT))


def test_no_module_is_over_500_lines() -> None:
    long = {
        rel(p): n for p in sources() if (n := len(p.read_text("utf-8").splitlines())) > MAX_LINES
    }
    assert not long, long


def test_no_function_takes_more_than_five_positional_parameters() -> None:
    wide = []
    for path in sources():
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                names = [a.arg for a in (*node.args.posonlyargs, *node.args.args)]
                names = [n for n in names if n not in {"self", "cls"}]
                if len(names) > MAX_POSITIONAL:
                    wide.append(f"{rel(path)}:{node.lineno} {node.name}({', '.join(names)})")
    assert not wide, wide


@pytest.mark.parametrize(
    ("what", "pattern", "home"),
    [
        ("a Han character range", r"\\u4e00|\\u3400|[\u4e00]-[\u9fff]", "store/text/script.py"),
        (
            "a Traditional/Simplified converter",
            r"hanziconv|import opencc|OpenCC\(",
            "store/text/chinese.py",
        ),
    ],
)
def test_shared_helpers_exist_once(what: str, pattern: str, home: str) -> None:
    rx = re.compile(pattern)
    elsewhere = [rel(p) for p in sources() if rel(p) != home and rx.search(p.read_text("utf-8"))]
    assert not elsewhere, f"{what} outside {home}: {elsewhere}"
