"""`ipx show` says in words what the explorer's charts draw (issue 12): an organisation's
agreements per year with their kinds, its partners ranked with the first and last year, its
heads over time; a person's roles and the agreements signed or witnessed."""

from __future__ import annotations

from typing import Any


def test_an_organisation_in_words(ipx: Any, kb: str) -> None:
    lines = ipx("show", "IPOS", "--db", kb).stdout.splitlines()
    at = lines.index("Agreements per year")
    assert [line.split() for line in lines[at + 1 : at + 3]] == [
        ["2013", "1", "PPH", "1"],
        ["2017", "1", "MoU", "1"],
    ]
    assert lines[at + 3] == "Partners (2)"
    assert lines[at + 4].split() == ["2", "agreements", "2013–2017", "CNIPA", "(o3)"]
    assert lines[at + 6] == "Heads over time (1)"
    assert "Chief Executive  Daren Tang (p1)" in lines[at + 7]


def test_a_person_in_words(ipx: Any, kb: str) -> None:
    printed = ipx("show", "Daren Tang", "--db", kb).stdout
    assert "2020-10 – now      Director General  WIPO (o2)" in printed
    assert "Agreements signed or witnessed (1)" in printed
    assert "signatory · with IPOS, CNIPA" in printed
