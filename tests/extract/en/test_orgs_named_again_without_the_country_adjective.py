"""A body named with its country's adjective and later without it ("the Xian Seed Quality
Board", then "the Seed Quality Board") is one body, unless the bare name is a generic
office's that any country's may bear (importers/en/orgs/short.py, join_demonym_less).
Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text


def _groups(text: str) -> list[set[str]]:
    return [{o.name, *o.aliases} for o in facts_text(text).orgs]


def test_a_body_named_again_without_its_country_s_adjective_is_the_same_body() -> None:
    groups = _groups(
        "The Peruvian Seed Quality Board (SQB) signed a memorandum on Monday.\n\n"
        "The fair was organised by the Seed Quality Board and a local university.\n"
    )
    board = next(g for g in groups if "Peruvian Seed Quality Board" in g)
    assert "Seed Quality Board" in board
    assert sum("Seed Quality Board" in g for g in groups) == 1


def test_a_generic_office_name_stays_apart_from_a_country_s_office() -> None:
    groups = _groups(
        "The Peruvian Intellectual Property Office met the delegation.\n\n"
        "Later the Intellectual Property Office of Xland joined the talks.\n"
    )
    peru = next(g for g in groups if "Peruvian Intellectual Property Office" in g)
    assert not any(n.endswith("Xland") for n in peru)
