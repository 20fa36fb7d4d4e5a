"""A person a Chinese text names in full and then by the last characters of the name alone
is proposed as one person; the same end in another text, or an end of two characters, is
not. And the romanisation check reads a character's first pinyin letter as pypinyin does,
without importing pypinyin whole. Every name here is our own."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from store.db import open_database
from store.review.pairs import duplicate_pairs
from store.review.queue import PAIR_THRESHOLD
from store.review.scripts import _first_letter
from store.writer import add_mention, new_person
from tests.store.review_kb import add_documents

#: one letter naming a visitor in full (with a name dot), another in full without one, each
#: then by the end of the name; a host named by a three-character name and its given name
LETTER = (
    "贝尔纳多·马丁内斯率团来访。马丁内斯表示感谢。"
    "奥斯瓦尔多佩雷拉出席。佩雷拉发言。周文涛主持，文涛致辞。"
)
#: another letter naming someone else by the same end
OTHER = "马丁内斯博士另有安排。"


def _pairs(tmp_path: Path, made: dict[str, tuple[str, str]]) -> dict[frozenset[str], float]:
    """The people MADE (key: name, the document stating it) and the pairs of them the queue
    proposes, as pairs of keys, with how likely each is one person."""
    db = open_database(f"sqlite:///{tmp_path / 'tails.db'}")
    texts = {"letter.txt": LETTER, "other.txt": OTHER}
    ids: dict[str, int] = {}
    with db.session() as s:
        docs = add_documents(s, texts)
        for key, (name, path) in made.items():
            person = new_person(s, name)
            assert person.id is not None
            ids[key] = person.id
            start = max(texts[path].find(name), 0)
            add_mention(
                s,
                docs[path],
                "person",
                person.id,
                start=start,
                end=start + len(name),
                surface=name,
                extractor="zh/1",
                confidence=0.9,
            )
        s.commit()
        by_id = {v: k for k, v in ids.items()}
        found = {
            frozenset((by_id[p.a], by_id[p.b])): p.p_same for p in duplicate_pairs(s, "person")
        }
    db.engine.dispose()
    return found


def test_a_foreign_name_in_full_and_then_by_its_last_characters_in_one_text_is_one_person(
    tmp_path: Path,
) -> None:
    found = _pairs(
        tmp_path,
        {
            "dotted": ("贝尔纳多·马丁内斯", "letter.txt"),
            "dotted_end": ("马丁内斯", "letter.txt"),
            "undotted": ("奥斯瓦尔多佩雷拉", "letter.txt"),
            "undotted_end": ("佩雷拉", "letter.txt"),
        },
    )
    assert found[frozenset(("dotted", "dotted_end"))] >= PAIR_THRESHOLD
    # (a long name without a dot starts with no surname: a doubt the pair still passes)
    assert found[frozenset(("undotted", "undotted_end"))] >= PAIR_THRESHOLD


def test_the_same_end_in_another_text_or_a_two_character_end_is_no_pair(
    tmp_path: Path,
) -> None:
    found = _pairs(
        tmp_path,
        {
            "dotted": ("贝尔纳多·马丁内斯", "letter.txt"),
            "elsewhere": ("马丁内斯", "other.txt"),
            "host": ("周文涛", "letter.txt"),
            "given": ("文涛", "letter.txt"),
        },
    )
    assert frozenset(("dotted", "elsewhere")) not in found
    assert frozenset(("host", "given")) not in found


def test_a_characters_first_pinyin_letter_is_the_one_pypinyin_gives() -> None:
    from pypinyin import lazy_pinyin

    for ch in "马丁长行乐绿嗯欧阳a1、":
        assert _first_letter(ch) == (lazy_pinyin(ch) or [""])[0][:1], ch


def test_checking_a_romanised_chinese_name_does_not_import_pypinyin_whole() -> None:
    code = (
        "import sys\n"
        "from store.review.scripts import _could_romanise\n"
        "assert _could_romanise('李伟明', 'Lei Wai Meng')\n"
        "assert not _could_romanise('李伟明', 'Tan Wai Meng')\n"
        "print('pypinyin' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=root, check=True
    )
    assert done.stdout.strip() == "False"
