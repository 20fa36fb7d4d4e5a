"""Pairs the queue proposes where the extraction kept one body as two: a name with a title of
office run into it ("Chairman X" / "X": titled.py), a name with its short form written right
after it, the short form resolved to another body (apposed.py), a Chinese name and its
contraction (contracted.py); and a body named in one text only by a title of office (a
mention's form, mentions.py). Every name and sentence here is our own."""

from __future__ import annotations

from pathlib import Path

from store.review.apposed import short_form
from store.review.titled import untitled
from store.text import fold
from tests.store.review_kb import MadeOrgs, proposed_pairs

#: a text that runs a post's title into the body's name, and one that names the body
CHARGE = "The minister gave the charge of Chairman Seed Board of Ruritania (SBR) to a deputy."
BOARD = "The Seed Board of Ruritania opened a laboratory."
#: a text that puts a body's short form right after its name, in each language
LEAGUE = "The Orchard Growers League (OGL) met in May, and the OGL chose a chair."
ZH = "鲁里坦尼亚种子局RSB的代表出席了会议。"
#: a text naming two bodies one after the other, short forms both
LIST = "Delegates of OGL-RSB talks met in June."
#: a text listing a body and another's short form, a comma between
COMMA = "Members of the Orchard Growers League, SBR and others met."


def _pairs(tmp_path: Path, made: MadeOrgs) -> set[frozenset[str]]:
    texts = {"charge.txt": CHARGE, "board.txt": BOARD, "league.txt": LEAGUE, "zh.txt": ZH}
    more = {"list.txt": LIST, "comma.txt": COMMA}
    return proposed_pairs(tmp_path / "pairs.db", texts | more, made)


def test_a_title_run_into_a_bodys_name_pairs_it_with_the_body(tmp_path: Path) -> None:
    found = _pairs(
        tmp_path,
        {
            "titled": ("Chairman Seed Board of Ruritania", "charge.txt", ["SBR"], None),
            "board": ("Seed Board of Ruritania", "board.txt", [], None),
        },
    )
    assert frozenset(("titled", "board")) in found


def test_what_a_title_leaves_must_be_a_name() -> None:
    assert untitled("Chairman of the Seed Board of Ruritania") == fold("Seed Board of Ruritania")
    assert untitled("Director General") == ""
    assert untitled("Chairman of the Board") == ""  # one word: no body's name
    assert untitled("Chairman's Office of Ruritania") == ""  # a body named for its chief
    assert untitled("Seed Board of Ruritania") == ""


def test_a_short_form_right_after_a_name_pairs_the_two(tmp_path: Path) -> None:
    found = _pairs(
        tmp_path,
        {
            "league": ("Orchard Growers League", "league.txt", [], None),
            "short": ("OGL", "league.txt", [], None),
            "zh": ("鲁里坦尼亚种子局", "zh.txt", [], None),
            "zh_short": ("RSB", "zh.txt", [], None),
        },
    )
    assert frozenset(("league", "short")) in found
    assert frozenset(("zh", "zh_short")) in found


def test_two_short_forms_or_a_list_side_by_side_are_no_pair(tmp_path: Path) -> None:
    found = _pairs(
        tmp_path,
        {
            "ogl": ("OGL", "list.txt", [], None),
            "rsb": ("RSB", "list.txt", [], None),  # OGL-RSB: two short forms
            "league": ("Orchard Growers League", "comma.txt", [], None),
            "short": ("SBR", "comma.txt", [], None),  # a comma between: a list
        },
    )
    assert frozenset(("ogl", "rsb")) not in found
    assert frozenset(("league", "short")) not in found
    assert short_form("MyABC") and short_form("ABC-R") and not short_form("Office")


def test_a_chinese_contraction_pairs_with_the_name_it_contracts() -> None:
    from store.review.contracted import contracted, contracts
    from store.review.pairs import _Entity

    assert contracts("鲁种局", "鲁里坦尼亚种子局")
    assert not contracts("种子局", "鲁里坦尼亚种子局")  # its end: a unit's or generic name
    assert not contracts("鲁种局", "鲁种子局")  # one character left out only
    entities = {
        1: _Entity(1, "鲁里坦尼亚种子局", names=["鲁里坦尼亚种子局"]),
        2: _Entity(2, "鲁种局", names=["鲁种局"]),
        3: _Entity(3, "鲁种局", names=["鲁种局", "鲁里坦尼亚种业局"]),  # known as one's
    }
    found = {pair for pair, *_ in contracted(entities, 40)}
    assert (1, 2) in found and (2, 3) in found  # (3's full name: 2 may contract it too)
    assert (1, 3) not in found


def test_a_title_of_office_is_a_form_of_its_own() -> None:
    from store.review.mentions import form_of

    assert form_of("Controller General of Seeds", "") == "title"
    assert form_of("Office of the Controller General of Seeds", "") == "name"
