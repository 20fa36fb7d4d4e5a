"""`ipx show` and the explorer's detail view say the same things in the same words: both
draw the sections of store.views; `--json` keeps the stored values and its keys."""

from __future__ import annotations

import json

import pytest

from store.db import open_database
from store.views.load import load_detail_view
from tui.render import detail_lines, title_text

JSON_KEYS = {
    "p1": ["agreements", "family", "given", "id", "kind", "name", "names", "reference"]
    + ["related", "roles", "sources"],
    "o1": ["acronym", "agreements", "country", "id", "kind", "name", "names", "parent"]
    + ["reference", "related", "roles", "sources"],
    "a1": ["agreements", "date", "id", "kind", "name", "names", "parties", "place", "related"]
    + ["roles", "signatories", "sources", "title", "witnesses"],
}


def _view(url: str, ref: str):  # type: ignore[no-untyped-def]
    from store.views.refs import parse_ref

    parsed = parse_ref(ref)
    assert parsed is not None
    db = open_database(url)
    try:
        with db.session() as s:
            return load_detail_view(s, *parsed)
    finally:
        db.engine.dispose()


@pytest.mark.parametrize("ref", ["p1", "o1", "o3", "a1"])
def test_show_and_the_detail_view_say_the_same(ipx, kb, ref) -> None:
    view = _view(kb, ref)
    assert view is not None
    printed = ipx("show", ref, "--db", kb).stdout
    lines = printed.splitlines()
    title = title_text(view).plain.splitlines()
    assert lines[0] == title[0]  # name, kind and id: "Daren Tang  official p1"
    assert lines[1] == title[1]  # the facts
    shown = [line.text.plain for line in detail_lines(view) if line.heading]
    headings = [line for line in lines if line and not line.startswith(" ")][2:]
    assert len(headings) == len(shown)
    for printed_heading, tui_heading in zip(headings, shown, strict=True):
        assert tui_heading.startswith(printed_heading)
    for section in view.sections:
        for row in section.rows:
            for cell in row.cells:
                assert cell.text in printed, (section.key, cell.text)


def test_agreement_kinds_read_the_same_everywhere(ipx, kb) -> None:
    from store.writer import add_party, new_agreement

    db = open_database(kb)
    with db.session() as s:
        plan = new_agreement(s, "Work plan on patent examination", "work_plan", date="2019-06")
        assert plan.id
        add_party(s, plan.id, organisation_id=1)
        s.commit()
    db.engine.dispose()
    ref = f"a{plan.id}"
    printed = ipx("show", ref, "--db", kb).stdout
    assert "work plan" in printed and "work_plan" not in printed
    tui = "\n".join(line.text.plain for line in detail_lines(_view(kb, ref)))
    assert "work plan" in tui and "work_plan" not in tui
    assert "work plan" in ipx("show", "o1", "--db", kb).stdout
    assert json.loads(ipx("show", ref, "--json", "--db", kb).stdout)["kind"] == "work_plan"


@pytest.mark.parametrize("ref", sorted(JSON_KEYS))
def test_show_json_keys_are_stable(ipx, kb, ref) -> None:
    keys = sorted([*JSON_KEYS[ref], "confidence", "reviewed"])  # store/review (issue 11)
    assert sorted(json.loads(ipx("show", ref, "--json", "--db", kb).stdout)) == keys


def test_a_person_is_an_official_and_an_organisation_goes_by_its_acronym(ipx, kb) -> None:
    printed = ipx("show", "Daren Tang", "--db", kb).stdout
    assert printed.startswith("Daren Tang  official p1\n")
    assert "Chief Executive   IPOS (o1)" in printed
