"""`ipx search`, `ipx show` and `ipx path` on the built knowledge base."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest


def test_search_json_lists_kind_id_name_aliases_and_score(ipx, kb) -> None:
    result = ipx("search", "IPOS", "--json", "--db", kb)
    assert result.exit_code == 0
    hits = json.loads(result.stdout)
    assert hits and {"kind", "id", "name", "aliases", "score"} <= set(hits[0])
    assert hits[0]["name"] == "Intellectual Property Office of Singapore"
    assert hits[0]["kind"] == "organisation" and hits[0]["id"] == "o1"
    assert "新加坡知识产权局" in hits[0]["aliases"]


def test_search_kind_filter_and_limit(ipx, kb) -> None:
    hits = json.loads(
        ipx("search", "wipo", "--kind", "org", "--limit", "3", "--json", "--db", kb).stdout
    )
    assert 0 < len(hits) <= 3 and all(h["kind"] == "organisation" for h in hits)


def test_plain_text_output_when_piped(ipx, kb) -> None:
    result = ipx("search", "wipo", "--db", kb)
    assert result.exit_code == 0
    assert "\t" in result.stdout and "│" not in result.stdout
    assert result.stdout.startswith("o2\torganisation\tWorld Intellectual Property Organization")


@pytest.mark.parametrize(
    "query",
    ['"', "AND", "*", "NEAR(", "%", "_", "\\", "", "x" * 5000, "'; DROP TABLE name; --", "\x00"],
)
def test_any_search_string_prints_a_json_list(ipx, kb, query) -> None:
    result = ipx("search", query, "--json", "--db", kb)
    assert result.exit_code == 0
    assert isinstance(json.loads(result.stdout), list)


def test_show_json_gives_names_roles_agreements_and_sources(ipx, kb) -> None:
    result = ipx("show", "Daren Tang", "--json", "--db", kb)
    assert result.exit_code == 0
    d = json.loads(result.stdout)
    assert d["kind"] == "person"
    texts = {n["text"] for n in d["names"]}
    assert {"Daren Tang", "邓鸿森"} <= texts
    assert any(r["organisation"] and "Singapore" in r["organisation"]["name"] for r in d["roles"])
    assert d["sources"] and all(s["sentence"] for s in d["sources"])


def test_show_prints_the_sentence_a_fact_came_from(ipx, kb) -> None:
    result = ipx("show", "IPOS", "--db", kb)
    assert result.exit_code == 0
    assert "Intellectual Property Office of Singapore" in result.stdout
    assert "memorandum of understanding" in result.stdout.lower()


def test_show_of_an_unknown_name_is_a_one_line_error(ipx, kb) -> None:
    result = ipx("show", "Nobody Atall Xyzzy", "--db", kb)
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "Nobody Atall Xyzzy" in result.stderr


def test_path_links_a_person_to_an_organisation_through_roles(ipx, kb) -> None:
    result = ipx("path", "Daren Tang", "WIPO", "--json", "--db", kb)
    assert result.exit_code == 0
    steps = json.loads(result.stdout)
    assert steps[0]["from"]["name"] == "Daren Tang"
    assert steps[-1]["to"]["name"] == "World Intellectual Property Organization"
    plain = ipx("path", "Daren Tang", "WIPO", "--db", kb).stdout.strip()
    assert plain == (
        "Daren Tang (Director General, WIPO, since 2020)"
        " —Director General→ World Intellectual Property Organization"
    )


def test_lookups_do_not_load_the_explorer_the_segmenter_or_the_pdf_reader(kb) -> None:
    code = (
        "import sys\n"
        "from ipx.launch import main\n"
        "for args in (['show', 'IPOS'], ['search', 'wipo', '--json'],\n"
        "             ['path', 'Daren Tang', 'WIPO']):\n"
        f"    sys.argv = ['ipx', *args, '--db', {kb!r}]\n"
        "    try:\n"
        "        main()\n"
        "    except SystemExit:\n"
        "        pass\n"
        "heavy = [m for m in ('textual', 'jieba', 'pypdf', 'trafilatura') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
