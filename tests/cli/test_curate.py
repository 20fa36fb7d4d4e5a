"""`ipx merge`, `ipx merges` and `ipx split` on the built knowledge base."""

from __future__ import annotations

import json

from tests.cli.conftest import export_of


def test_a_merge_is_recorded_and_a_split_undoes_it(ipx, kb) -> None:
    before = export_of(ipx, kb)
    result = ipx(
        "merge",
        "IPOS",
        "People's Government of Guangdong Province",
        "--reason",
        "testing",
        "--db",
        kb,
    )
    assert result.exit_code == 0 and "merge" in result.stdout
    merged = json.loads(ipx("show", "IPOS", "--json", "--db", kb).stdout)
    assert "广东省人民政府" in {n["text"] for n in merged["names"]}
    assert "Merged into this (1)" in ipx("show", "IPOS", "--db", kb).stdout
    listed = json.loads(ipx("merges", "--json", "--db", kb).stdout)
    mine = [m for m in listed if m["reason"] == "testing"]
    assert len(mine) == 1 and mine[0]["by"].startswith("user:")
    assert ipx("split", str(mine[0]["id"]), "--db", kb).exit_code == 0
    assert export_of(ipx, kb) == before


def test_merging_a_person_with_an_organisation_is_refused(ipx, kb) -> None:
    result = ipx("merge", "Daren Tang", "WIPO", "--db", kb)
    assert result.exit_code == 1 and "only alike entities merge" in result.stderr


def test_after_a_merge_agreements_are_found_by_the_merged_names(ipx, kb) -> None:
    def agreements(query: str) -> set[str]:
        hits = ipx("search", query, "--kind", "agreement", "--json", "--db", kb).stdout
        return {h["name"] for h in json.loads(hits)}

    before = agreements("世界知识产权组织")
    assert ipx("merge", "IPOS", "WIPO", "--db", kb).exit_code == 0
    after = agreements("世界知识产权组织")
    assert after > before  # IPOS's agreements are now found by WIPO's names too
