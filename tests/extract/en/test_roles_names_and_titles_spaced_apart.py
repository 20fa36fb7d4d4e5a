"""Name and title lines a page spaces apart (importers/en/roles/stacked.py): "Mr. NAME", a
blank line, then "Title of the X Office" is that person's post at X; a bare name line over a
title line that names no body, one blank line apart, is no block."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles


def test_an_addressed_name_over_a_title_naming_its_body_one_blank_line_apart() -> None:
    f = facts_text(
        "Participants\n\n"
        "Ms. Ingrid HOLM\n\n"
        "President of the Danish Patent and Trademark Office (DKPTO)\n\n"
        "Mr. Karl Weber\n\n"
        "President of the Austrian Patent Office\n"
    )
    assert roles(f) == {
        ("Ingrid HOLM", "President", "Danish Patent and Trademark Office"),
        ("Karl Weber", "President", "Austrian Patent Office"),
    }


def test_a_bare_name_over_a_title_line_without_a_body_a_blank_line_apart_is_no_block() -> None:
    f = facts_text("Karl Weber\n\nDirector General\n\nThe report was adopted on 3 May.\n")
    assert "Karl Weber" not in people_names(f)
