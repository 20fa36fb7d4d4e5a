"""The age news reports set between a name and its verb ("NAME, 58, was appointed"): the
name is the subject of the appointment all the same."""

from __future__ import annotations

import pytest

from tests.extract.en.helpers import facts_text, people_names, roles


@pytest.mark.parametrize(
    "sentence",
    [
        "Ms Olga Berin, 52, was appointed president of the Danish Patent and Trademark Office.",
        "Ms Olga Berin, aged 52, was named president of the Danish Patent and Trademark Office.",
    ],
)
def test_a_post_given_after_an_age_is_the_named_persons(sentence: str) -> None:
    f = facts_text(sentence)
    assert "Olga Berin" in people_names(f)
    assert ("Olga Berin", "president", "Danish Patent and Trademark Office") in roles(f)


def test_a_number_that_is_not_an_age_beside_a_name_gives_no_post() -> None:
    f = facts_text("Olga Berin, 2019, was a good year for the Danish Patent and Trademark Office.")
    assert not roles(f)
