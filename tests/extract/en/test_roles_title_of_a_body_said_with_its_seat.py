"""A title, then its body with the city it sits in before it, written without a hyphen ("the
Director of the Lagos based X Council Mrs. NAME"): the seat is no word of the body's name, and
the name after the body holds the title there (importers/en/roles/anchors.py). Sentences
written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles


def test_a_seat_written_without_a_hyphen_before_the_body_of_a_title() -> None:
    f = facts_text(
        "The Chairman of the Accra based Highlife Copyright Council Mrs. Efua Mensah spoke "
        "on Friday.\n"
    )
    assert ("Efua Mensah", "Chairman", "Highlife Copyright Council") in roles(f)


def test_a_seat_written_with_a_hyphen_stays_read() -> None:
    f = facts_text(
        "The Chairman of the Accra-based Highlife Copyright Council Mrs. Efua Mensah spoke "
        "on Friday.\n"
    )
    assert ("Efua Mensah", "Chairman", "Highlife Copyright Council") in roles(f)
