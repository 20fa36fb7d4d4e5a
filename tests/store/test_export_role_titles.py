"""The export gives each document a role by its title as that document wrote it: a role
read in Traditional Chinese in one report and in Simplified in another is one role, listed
once per script, and an export imported again gives back the same entries."""

from __future__ import annotations

import json
from pathlib import Path

TRADITIONAL = "2024年6月7日，香港知識產權署署長黃志明在香港會見了日本特許廳代表團。\n"
SIMPLIFIED = "2024年5月6日，香港知识产权署署长黄志明在北京会见了欧洲专利局代表团。\n"


def _titles_by_document(data: dict) -> dict[str, str]:
    """{document file name: the title its role entry is listed by} for the one person."""
    files = {d["id"]: Path(str(d["path"])).name for d in data["documents"]}
    person = next(p for p in data["people"] if "黃志明" in [p["name"], *p["aliases"]])
    return {files[s]: r["title"] for r in person["roles"] for s in r["sources"] if s in files}


def test_each_document_lists_the_role_in_its_own_script(ipx, empty_db, tmp_path) -> None:
    first, second = tmp_path / "a_hant.txt", tmp_path / "b_hans.txt"
    first.write_text(TRADITIONAL, encoding="utf-8")
    second.write_text(SIMPLIFIED, encoding="utf-8")
    assert ipx("import", str(first), str(second), "--db", empty_db).exit_code == 0
    data = json.loads(ipx("export", "--no-text", "--db", empty_db).stdout)
    assert _titles_by_document(data) == {"a_hant.txt": "署長", "b_hans.txt": "署长"}


def test_the_entries_in_two_scripts_survive_a_round_trip(ipx, empty_db, tmp_path) -> None:
    first, second = tmp_path / "a_hant.txt", tmp_path / "b_hans.txt"
    first.write_text(TRADITIONAL, encoding="utf-8")
    second.write_text(SIMPLIFIED, encoding="utf-8")
    assert ipx("import", str(first), str(second), "--db", empty_db).exit_code == 0
    once = tmp_path / "once.json"
    assert ipx("export", "-o", str(once), "--db", empty_db).exit_code == 0
    again_db = f"sqlite:///{tmp_path / 'again.db'}"
    assert ipx("import", str(once), "--db", again_db).exit_code == 0
    again = json.loads(ipx("export", "--db", again_db).stdout)
    assert _titles_by_document(again) == {"a_hant.txt": "署長", "b_hans.txt": "署长"}
    person = next(p for p in again["people"] if p["name"] == "黃志明")
    assert [r.get("statement_of") for r in person["roles"]] == [None, "署長"]


def test_a_document_that_abbreviates_the_title_lists_the_role_as_it_wrote_it(
    ipx, empty_db, tmp_path
) -> None:
    full, short = tmp_path / "a_full.txt", tmp_path / "b_short.txt"
    full.write_text(
        "On 3 May 2023 Director General Tomas Okello of the Kenya Industrial Property "
        "Institute (KIPI) opened a seminar in Nairobi.\n",
        encoding="utf-8",
    )
    short.write_text(
        "On 9 June 2023 the KIPI DG, Mr Tomas Okello, welcomed examiners from Uganda.\n",
        encoding="utf-8",
    )
    assert ipx("import", str(full), str(short), "--db", empty_db).exit_code == 0
    data = json.loads(ipx("export", "--no-text", "--db", empty_db).stdout)
    files = {d["id"]: Path(str(d["path"])).name for d in data["documents"]}
    person = next(p for p in data["people"] if p["name"] == "Tomas Okello")
    titles = {files[s]: r["title"] for r in person["roles"] for s in r["sources"] if s in files}
    assert titles == {"a_full.txt": "Director General", "b_short.txt": "DG"}


def test_a_name_written_with_its_accent_in_one_document_keeps_that_spelling(
    ipx, empty_db, tmp_path
) -> None:
    plain, accented = tmp_path / "a_plain.txt", tmp_path / "b_accented.txt"
    plain.write_text(
        "On 2 March 2022 Director General Rene Kouassi Yao of the Kenya Industrial Property "
        "Institute (KIPI) met a delegation from Ghana.\n",
        encoding="utf-8",
    )
    accented.write_text(
        "On 8 April 2022 Director General René Kouassi Yao of the Kenya Industrial Property "
        "Institute (KIPI) addressed a workshop in Mombasa.\n",
        encoding="utf-8",
    )
    assert ipx("import", str(plain), str(accented), "--db", empty_db).exit_code == 0
    data = json.loads(ipx("export", "--no-text", "--db", empty_db).stdout)
    people = [p for p in data["people"] if "Yao" in p["name"]]
    assert len(people) == 1
    assert {"Rene Kouassi Yao", "René Kouassi Yao"} <= {people[0]["name"], *people[0]["aliases"]}
