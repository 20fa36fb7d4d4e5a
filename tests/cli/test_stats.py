"""`ipx stats` (issue 12, item 5): agreements counted by year, kind, partner country and
partner; a Rich bar chart on a terminal, tab-separated lines through a pipe, JSON and CSV for
scripts; the counts agree exactly with what `ipx export` says the knowledge base holds."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from tests.cli.conftest import export_of
from tests.conftest import Ipx
from tests.store.kb_factory import make_kb


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict[str, Any]]]:
    """A generated knowledge base imported with `ipx import`, and its `ipx export`."""
    folder = tmp_path_factory.mktemp("stats")
    src = folder / "kb.json"
    kb = make_kb(n_orgs=50, n_people=30, n_agreements=300, n_docs=8, seed=3)
    src.write_text(json.dumps(kb, ensure_ascii=False), encoding="utf-8")
    db = f"sqlite:///{folder / 'kb.db'}"
    ipx = Ipx()
    assert ipx("import", str(src), "--db", db).exit_code == 0
    yield db, export_of(ipx, db)


def _json(ipx: Any, *args: str) -> list[dict[str, Any]]:
    result = ipx("stats", *args, "--json")
    assert result.exit_code == 0, result.output
    rows: list[dict[str, Any]] = json.loads(result.stdout)
    return rows


def _counted(export: dict[str, Any], by: str, org: str | None = None) -> Counter[str]:
    """The counts read off the export: an agreement counts once for each partner of ORG."""
    orgs = {o["id"]: o for o in export["organisations"]}
    out: Counter[str] = Counter()
    for a in export["agreements"]:
        if org is not None and org not in a["parties"]:
            continue
        partners = [p for p in a["parties"] if p != org]
        if by == "year":
            out[(a.get("date") or "undated")[:4] if a.get("date") else "undated"] += 1
        elif by == "kind":
            out[a["kind"]] += 1
        elif by == "partner":
            out.update(orgs[p]["name"] for p in partners)
        else:
            out.update({orgs[p]["country"] for p in partners if orgs[p].get("country")})
    return out


def _busiest(export: dict[str, Any]) -> dict[str, Any]:
    top = Counter(p for a in export["agreements"] for p in a["parties"]).most_common(1)[0][0]
    return next(o for o in export["organisations"] if o["id"] == top)


@pytest.mark.parametrize("by", ["year", "kind", "country", "partner"])
def test_json_counts_agree_with_the_export(ipx, generated, by: str) -> None:
    db, export = generated
    rows = _json(ipx, "--by", by, "--db", db)
    assert {r["key"]: r["count"] for r in rows} == dict(_counted(export, by))
    org = _busiest(export)
    rows = _json(ipx, "--by", by, "--org", org["name"], "--db", db)
    assert {r["key"]: r["count"] for r in rows} == dict(_counted(export, by, org["id"]))


def test_years_are_chronological_and_partners_largest_first_with_their_ids(ipx, generated) -> None:
    db, export = generated
    years = [r["key"] for r in _json(ipx, "--by", "year", "--db", db)]
    assert years == sorted(years, key=lambda y: (y == "undated", y))
    org = _busiest(export)
    partners = _json(ipx, "--by", "partner", "--org", org["name"], "--db", db)
    assert [r["count"] for r in partners] == sorted((r["count"] for r in partners), reverse=True)
    names = {o["id"]: o["name"] for o in export["organisations"]}
    for r in partners:
        assert names[r["id"]] == r["key"]  # the id `ipx show` takes
        assert set(r) == {"key", "count", "first_year", "last_year", "id"}
        dates = [
            int(a["date"][:4])
            for a in export["agreements"]
            if a.get("date") and org["id"] in a["parties"] and r["id"] in a["parties"]
        ]
        assert (r["first_year"], r["last_year"]) == (
            (min(dates), max(dates)) if dates else (None, None)
        )


def test_from_and_to_and_the_filter_narrow_the_count(ipx, generated) -> None:
    db, export = generated
    rows = _json(ipx, "--by", "kind", "--from", "2018", "--to", "2019", "--db", db)
    expected = Counter(
        a["kind"]
        for a in export["agreements"]
        if a.get("date") and "2018" <= a["date"][:4] <= "2019"
    )
    assert {r["key"]: r["count"] for r in rows} == dict(expected)
    same = _json(ipx, "--by", "kind", "--filter", "year:2018..2019", "--db", db)
    assert same == rows
    mou = _json(ipx, "--by", "year", "--filter", "kind:mou", "--db", db)
    assert sum(r["count"] for r in mou) == sum(a["kind"] == "mou" for a in export["agreements"])


def test_piped_output_is_one_tab_separated_line_per_key(ipx, kb) -> None:
    result = ipx("stats", "--db", kb)
    assert result.exit_code == 0
    assert result.stdout == "2013\t1\n2017\t1\n"
    partners = ipx("stats", "--by", "partner", "--org", "CNIPA", "--db", kb).stdout
    assert partners.splitlines() == [
        "Intellectual Property Office of Singapore\t2\t2013\t2017\to1",
        "People's Government of Guangdong Province\t1\t2017\t2017\to4",
    ]


def test_the_organisation_by_name_acronym_id_or_chinese_name(ipx, kb) -> None:
    outputs = {
        ipx("stats", "--by", "partner", "--org", org, "--db", kb).stdout
        for org in (
            "IPOS",
            "ipos",
            "o1",
            "Intellectual Property Office of Singapore",
            "新加坡知识产权局",
        )
    }
    assert len(outputs) == 1
    assert outputs.pop().splitlines()[0].startswith("China National Intellectual Property")


def test_csv_has_a_header(ipx, kb) -> None:
    out = ipx("stats", "--by", "country", "--format", "csv", "--db", kb).stdout
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["key"], r["count"]) for r in rows] == [("CN", "2"), ("SG", "2")]
    assert list(rows[0]) == ["key", "count", "first_year", "last_year"]


def test_on_a_terminal_a_bar_chart_with_a_heading_and_the_total(ipx, kb) -> None:
    out = ipx(
        "stats",
        "--by",
        "partner",
        "--org",
        "IPOS",
        "--format",
        "chart",
        "--db",
        kb,
        env={"COLUMNS": "80"},
    ).stdout
    lines = out.splitlines()
    assert lines[0] == "Agreements by partner · Intellectual Property Office of Singapore"
    assert "█" in out and "o3" in out and "2013–2017" in out
    assert lines[-1] == "2 agreements; an agreement counts once for each partner"
    assert max(len(line.rstrip()) for line in lines) <= 80
    years = ipx("stats", "--format", "chart", "--db", kb, env={"COLUMNS": "80"}).stdout
    # the years between two agreements are drawn empty, so the gap reads as a gap
    assert [line.split()[0] for line in years.splitlines()[1:-1]] == [
        "2013",
        "2014",
        "2015",
        "2016",
        "2017",
    ]
    assert (
        "year 2017"
        in ipx(
            "stats", "--format", "chart", "--filter", "year:2017", "--db", kb
        ).stdout.splitlines()[0]
    )


def test_no_agreements_is_an_empty_answer_not_an_error(ipx, kb) -> None:
    result = ipx("stats", "--filter", "party:nobody", "--json", "--db", kb)
    assert result.exit_code == 0 and json.loads(result.stdout) == []
    chart = ipx("stats", "--filter", "party:nobody", "--format", "chart", "--db", kb)
    assert "no agreements match" in chart.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--org", "Nowhere Office"], "ipx: 'Nowhere Office': nothing of that name or id"),
        (["--from", "20x7"], "ipx: --from 20x7: not a year"),
        (["--to", "17"], "ipx: --to 17: not a year"),
        (["--from", "2020", "--to", "2010"], "ipx: --from 2020 is after --to 2010"),
        (["--by", "colour"], "ipx: --by colour: cannot count by that"),
        (["--filter", "colour:red"], "ipx: --filter: colour: unknown filter field"),
        (["--filter", "kind:treaty"], "ipx: --filter: kind:treaty: not a kind"),
        (["--json", "--format", "csv"], "ipx: --json and --format csv: give one of them"),
        (["--format", "xml"], "ipx: --format xml: not a format (one of chart, tsv, csv, json)"),
    ],
)
def test_a_mistake_is_one_line_and_a_non_zero_exit(
    ipx_process, kb, args: list[str], message: str
) -> None:
    result = ipx_process("stats", *args, "--db", kb)
    assert result.returncode != 0
    assert result.stdout == ""
    assert result.stderr.startswith(message)
    assert len(result.stderr.strip().splitlines()) == 1


def test_help_says_what_is_counted_and_why_the_chart_is_rich(ipx) -> None:
    out = " ".join(ipx("stats", "--help").stdout.split())
    assert "--by" in out and "--org" in out and "--filter" in out and "--format" in out
    assert "Rich" in out and "SSH" in out and "no new dependency" in out


def test_stats_does_not_load_the_explorer_the_segmenter_or_the_pdf_reader(kb: str) -> None:
    code = (
        "import sys\n"
        "from ipx.launch import main\n"
        "for args in (['stats'], ['stats', '--by', 'partner', '--org', '国家知识产权局'],\n"
        "             ['stats', '--by', 'country', '--format', 'chart']):\n"
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
