"""Malay and Indonesian name a university head first, as French and Spanish do: the name
runs on over the capitalised words after "Universiti"/"Universitas" (importers/en/orgs/
romance.py, words in en_orgs.txt [romance_heads])."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set


def test_a_malay_university_is_named_from_its_head_to_its_last_word() -> None:
    f = facts_text(
        "Researchers at Universiti Kebangsaan Malaysia filed four patents with the "
        "Intellectual Property Corporation of Malaysia this year."
    )
    assert "Universiti Kebangsaan Malaysia" in org_set(f)


def test_an_indonesian_university_in_a_list_keeps_its_whole_name() -> None:
    f = facts_text(
        "Universitas Airlangga and the University of Lagos will run a joint course on "
        "technology transfer."
    )
    assert {"Universitas Airlangga", "University of Lagos"} <= org_set(f)
