"""The one gazetteer matcher: both extractors' ways of finding known names, kept exact."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from importers.gazetteer import name_finder, name_pattern


def _found(pattern: re.Pattern[str] | None, text: str) -> list[str]:
    assert pattern is not None
    return [m.group() for m in pattern.finditer(text)]


def test_no_names_no_pattern() -> None:
    assert name_pattern([]) is None
    assert name_pattern([], edges="latin", loose_spaces=True) is None


def test_longest_name_first() -> None:
    rx = name_pattern(["European Patent", "European Patent Office"])
    assert _found(rx, "the European Patent Office said") == ["European Patent Office"]


def test_word_edges_case_sensitive_and_whole_words() -> None:
    rx = name_pattern(["EPO", "WIPO"])
    assert _found(rx, "EPO and WIPO, not epo") == ["EPO", "WIPO"]
    assert _found(rx, "EPOS pre-EPO WIPOs xEPO") == []
    assert _found(rx, "(EPO)/WIPO.") == ["EPO", "WIPO"]


def test_latin_edges_only_on_latin_ends() -> None:
    rx = name_pattern(["WIPO", "国家知识产权局"], edges="latin")
    assert _found(rx, "与WIPO合作，国家知识产权局表示") == ["WIPO", "国家知识产权局"]
    assert _found(rx, "WIPOX 与 XWIPO") == []
    assert _found(rx, "中华人民共和国国家知识产权局局长") == ["国家知识产权局"]


def test_loose_spaces_inside_a_name() -> None:
    rx = name_pattern(["WIPO 中国办事处"], edges="latin", loose_spaces=True)
    assert _found(rx, "WIPO中国办事处和WIPO 中国办事处") == ["WIPO中国办事处", "WIPO 中国办事处"]
    assert name_pattern(["WIPO Office"]) is not None
    assert _found(name_pattern(["WIPO Office"]), "WIPOOffice WIPO Office") == ["WIPO Office"]


def test_pattern_is_cached() -> None:
    assert name_pattern(["EPO", "JPO"]) is name_pattern(("JPO", "EPO"))


# The two implementations the matcher replaced, kept here to prove it matches as they did.


def _old_en(names: tuple[str, ...]) -> re.Pattern[str] | None:
    latin = [n for n in names if n.isascii() and len(n) >= 2]
    if not latin:
        return None
    alts = sorted(set(latin), key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in alts) + r")(?![\w])")


def _old_zh(names: tuple[str, ...]) -> re.Pattern[str] | None:
    parts = []
    for n in sorted(set(names), key=lambda w: (-len(w), w)):
        body = r"\s?".join(re.escape(w) for w in n.split())
        if re.search(r"[A-Za-z0-9]$", n):
            body += r"(?![A-Za-z0-9])"
        if re.match(r"[A-Za-z0-9]", n):
            body = r"(?<![A-Za-z0-9])" + body
        parts.append(body)
    return re.compile("|".join(parts)) if parts else None


def _spans(pattern: re.Pattern[str] | None, text: str) -> list[tuple[int, int]]:
    return [] if pattern is None else [m.span() for m in pattern.finditer(text)]


_ALPHABET = "AEIPOWabo1 -.中国局知识产权"
_NAME = st.text(alphabet=_ALPHABET, min_size=1, max_size=6).filter(lambda n: n.strip() == n)
_TEXT = st.text(alphabet=_ALPHABET + "\n\t", max_size=60)


@given(st.lists(_NAME, max_size=8), _TEXT)
def test_same_matches_as_the_english_extractor_had(names: list[str], text: str) -> None:
    latin = [n for n in names if n.isascii() and len(n) >= 2]
    assert _spans(name_pattern(latin), text) == _spans(_old_en(tuple(names)), text)


@given(st.lists(_NAME, max_size=8), _TEXT)
def test_same_matches_as_the_chinese_extractor_had(names: list[str], text: str) -> None:
    new = name_pattern(names, edges="latin", loose_spaces=True)
    assert _spans(new, text) == _spans(_old_zh(tuple(names)), text)


def _finder_spans(names: list[str], text: str, **how: object) -> list[tuple[int, int]]:
    finder = name_finder(names, **how)  # type: ignore[arg-type]
    return [] if finder is None else [m.span() for m in finder.finditer(text)]


@given(st.lists(_NAME, max_size=8), _TEXT)
def test_the_finder_finds_what_the_pattern_finds_in_english(names: list[str], text: str) -> None:
    assert _finder_spans(names, text) == _spans(name_pattern(names), text)


@given(st.lists(_NAME, max_size=8), _TEXT)
def test_the_finder_finds_what_the_pattern_finds_in_chinese(names: list[str], text: str) -> None:
    how = {"edges": "latin", "loose_spaces": True}
    pattern = name_pattern(names, edges="latin", loose_spaces=True)
    assert _finder_spans(names, text, **how) == _spans(pattern, text)


def test_the_finder_finds_every_reference_name_as_the_pattern_does() -> None:
    from importers.resolve.reference import load_reference

    names = sorted({n for n, _ in load_reference().org_names()})
    text = " ".join(names) + " " + "".join(names)
    assert _finder_spans(names, text) == _spans(name_pattern(names), text)
    how = {"edges": "latin", "loose_spaces": True}
    zh = name_pattern(names, edges="latin", loose_spaces=True)
    assert _finder_spans(names, text, **how) == _spans(zh, text)


def test_real_reference_names_match_as_before() -> None:
    from importers.resolve.reference import load_reference

    reference = load_reference()
    names = tuple(sorted({n for n, _ in reference.org_names()}))
    text = " ".join(names) + " " + "".join(names)
    latin = [n for n in names if n.isascii() and len(n) >= 2]
    assert _spans(name_pattern(latin), text) == _spans(_old_en(names), text)
    zh = name_pattern(names, edges="latin", loose_spaces=True)
    assert _spans(zh, text) == _spans(_old_zh(names), text)


def test_a_pattern_may_find_names_in_any_case() -> None:
    rx = name_pattern(["nordic patent institute"], ignore_case=True)
    assert _found(rx, "the NORDIC Patent institute and the Nordic Patent Institute") == [
        "NORDIC Patent institute",
        "Nordic Patent Institute",
    ]
    assert rx is name_pattern(["nordic patent institute"], ignore_case=True)
    assert _found(name_pattern(["nordic patent institute"]), "Nordic Patent Institute") == []
