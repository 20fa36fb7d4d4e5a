"""What a document yields does not depend on what was imported before it.

Names the knowledge base confirmed (two documents agree) are looked for in later documents,
so they may help find a body; they must not change how a name the rules find anyway is
grown. A company named with its local office (X新加坡办公室: the company X) stays the
company when X has been learned, instead of becoming a unit "X新加坡办公室" of its own; and
an import interrupted and run again ends with the organisations of one uninterrupted run.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlmodel import select

from importers.pipeline import gazetteer, import_paths
from store.db import open_database
from store.models import Organisation
from tests.conftest import sqlite_url

# Each case: the company, two documents that name it with an office (so that it is
# confirmed), and a later document that names it the same way. The companies differ from
# case to case: jieba's dictionary, primed with learned names, is one per process.
CASES = {
    "office": (
        "腾讯",
        "2023年6月12日，访问团在新加坡参访了腾讯新加坡办公室，并与当地企业座谈。\n",
        "2023年10月3日，研修班学员前往腾讯新加坡办公室交流数据合规经验。\n",
        "2024年3月5日，考察团一行参观腾讯新加坡办公室，了解其研发情况。\n",
    ),
    "branch": (
        "小米",
        "2024年5月2日，研修班学员参观了小米印度分公司。\n",
        "2024年8月19日，代表团一行到访小米印度分公司，座谈专利布局。\n",
        "2025年1月7日，商会组织会员企业考察小米印度分公司。\n",
    ),
}


def _organisations(db_path: Path, batches: list[list[Path]]) -> tuple[set[str], set[str]]:
    """The organisations stored after importing the batches in turn, and the names the
    knowledge base had learned before the last batch was read."""
    db = open_database(sqlite_url(db_path))
    learned: set[str] = set()
    try:
        for batch in batches:
            learned = {n for n, o in gazetteer(db).org_names() if o.learned}
            assert import_paths(db, batch, jobs=1).ok
        with db.session() as s:
            return set(s.exec(select(Organisation.name)).all()), learned
    finally:
        db.engine.dispose()


def _write(folder: Path, texts: list[str]) -> list[Path]:
    folder.mkdir()
    paths = []
    for i, text in enumerate(texts):
        path = folder / f"{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.parametrize("case", sorted(CASES))
def test_a_learned_company_is_not_grown_into_a_unit_of_its_office(
    tmp_path: Path, case: str
) -> None:
    company, *texts = CASES[case]
    first, second, later = _write(tmp_path / "docs", texts)
    at_once, _ = _organisations(tmp_path / "once.db", [[first, second, later]])
    in_steps, learned = _organisations(tmp_path / "steps.db", [[first, second], [later]])
    assert company in at_once
    assert company in learned  # the later document was read with the company learned
    assert in_steps == at_once
