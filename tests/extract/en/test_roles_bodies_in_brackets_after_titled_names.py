"""A list of participants writes whom each titled person speaks for in brackets after the
name ("Director General NAME (X Office) and Commissioner NAME2 (Y Office)"): each holds the
title at the body in their own brackets, not at the first body the text names."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles


def test_each_titled_name_holds_the_post_at_the_body_in_its_brackets() -> None:
    f = facts_text(
        "The Moravian Patent Office (MPO) and the Silesian Trademark Agency (STA) signed. "
        "Present were Director General Olga Brandt (Moravian Patent Office) and "
        "Commissioner Pavel Novy (STA)."
    )
    got = roles(f)
    assert ("Olga Brandt", "Director General", "Moravian Patent Office") in got
    assert ("Pavel Novy", "Commissioner", "Silesian Trademark Agency") in got
    assert ("Pavel Novy", "Commissioner", "Moravian Patent Office") not in got
