"""The Chinese extractor's words: data in store/text/words/zh.txt, read through the one
loader, never typed in Python; its modules small and its shared helpers shared."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import importers.zh
from importers.zh import agreement_documents, agreements, lex, names
from importers.zh.agreement_dates import dateline, relative_date
from store.text import lexicon

PACKAGE = Path(importers.zh.__file__).parent
MODULES = sorted(PACKAGE.rglob("*.py"))
HAN = re.compile(r"[\u3400-\u9fff]")


def _strings(tree: ast.AST) -> list[ast.Constant]:
    docs = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
    }
    return [
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs
    ]


def test_no_chinese_word_list_is_written_in_python() -> None:
    """No literal list, tuple, set or dict of Chinese words, no alternation or character
    class of Chinese words in a pattern, no membership test against a string of Chinese
    characters: single words may anchor a rule (双方, 政府), lists are data."""
    for path in MODULES:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        where = f"{path.relative_to(PACKAGE)}"
        for node in ast.walk(tree):
            if isinstance(node, ast.List | ast.Tuple | ast.Set | ast.Dict):
                elts = node.keys if isinstance(node, ast.Dict) else node.elts
                han = [
                    e
                    for e in elts
                    if isinstance(e, ast.Constant)
                    and isinstance(e.value, str)
                    and HAN.search(e.value)
                ]
                assert len(han) < 2, f"{where}:{node.lineno}: a word list"
            if isinstance(node, ast.Compare) and isinstance(node.ops[0], ast.In | ast.NotIn):
                right = node.comparators[0]
                if isinstance(right, ast.Constant) and isinstance(right.value, str):
                    assert len(HAN.findall(right.value)) < 2, f"{where}:{node.lineno}: a word set"
        for s in _strings(tree):
            alternatives = re.findall(rf"{HAN.pattern}+\|{HAN.pattern}+", str(s.value))
            assert not alternatives, f"{where}:{s.lineno}: an alternation of words"
            classes = [
                c for c in re.findall(r"\[([^\]]*)\]", str(s.value)) if len(HAN.findall(c)) > 1
            ]
            assert not classes, f"{where}:{s.lineno}: a class of characters"


def test_modules_are_small_and_functions_take_few_positional_parameters() -> None:
    for path in MODULES:
        source = path.read_text(encoding="utf-8")
        assert len(source.splitlines()) < 500, path
        for node in ast.walk(ast.parse(source)):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                positional = len(node.args.posonlyargs) + len(node.args.args)
                assert positional <= 5, f"{path.name}: {node.name}"


def test_no_private_han_range_or_converter() -> None:
    """Han ranges come from store.text.script, conversion from store.text.chinese."""
    for path in MODULES:
        source = path.read_text(encoding="utf-8")
        assert "\\u4e00" not in source and "0x9FFF" not in source.upper(), path
        assert "opencc" not in source and "hanziconv" not in source, path


def test_every_section_the_extractor_reads_is_declared_and_present() -> None:
    used = set()
    for path in MODULES:
        used |= set(
            re.findall(r"""(?:words|wordset|chars|pairs)\(\s*["'](\w+)["']""", path.read_text())
        )
    for section in sorted(used):
        assert lexicon.words("zh.txt", section), section


def test_one_list_of_honorifics_serves_names_and_back_references() -> None:
    honorifics = lexicon.words("zh.txt", "honorifics")
    assert {"先生", "女士", "阁下", "博士"} <= set(honorifics)
    assert set(honorifics) <= set(names.followers())  # 胡文辉先生 -> 胡文辉
    assert not set(honorifics) & set(lexicon.words("zh.txt", "name_followers"))


def test_pairs_and_character_sections_read_as_written() -> None:
    assert lex.pairs("government_titles")["副省长"] == "省"
    assert lex.chars("conjunctions") == "与和及"
    assert ("专利审查高速路", "pph") in agreements.kinds()
    assert agreements.kind_of("合作谅解备忘录") == "mou"


def test_a_word_that_names_no_document_unless_a_document_noun_runs_on() -> None:
    assert agreement_documents.not_document("了共识")
    assert agreement_documents.not_document("合作意向，")
    assert not agreement_documents.not_document("合作意向书")


def test_dates_come_from_the_shared_parser() -> None:
    assert dateline("标题\n二○二三年十一月二十日(星期一)\n") == "2023-11-20"
    assert relative_date("去年", "2024-05-01") == "2023"
    assert relative_date("今日", "2024-05-01") == "2024-05-01"
    assert relative_date("今日", "2024") is None
