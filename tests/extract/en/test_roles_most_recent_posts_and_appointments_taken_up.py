"""A post given through "was most recently" (a career's last post before the one the text
announces) and through "leaving X to take up appointment as" (the post a person moves to)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles

_SUCCESSION = (
    "LONDON: Mrs Ada Okafor will succeed Mr Sam Reid as the registrar of the Northern Patent "
    "Office (NPO) from May, said the ministry.\n\n"
)


def test_a_post_held_most_recently_by_a_person_named_again() -> None:
    f = facts_text(
        _SUCCESSION + "Mrs Okafor was most recently Deputy Director at the Regional Trade "
        "Office of Ghana.\n"
    )
    assert ("Ada Okafor", "Deputy Director", "Regional Trade Office of Ghana") in roles(f)


def test_leaving_one_body_to_take_up_appointment_at_another() -> None:
    f = facts_text(
        _SUCCESSION + "Mr Reid will be leaving NPO to take up appointment as the "
        "secretary-general of the World Customs Organization on June 1.\n"
    )
    assert ("Sam Reid", "secretary-general", "World Customs Organization") in roles(f)


def test_having_left_to_take_up_an_appointment() -> None:
    f = facts_text(
        _SUCCESSION + "Mr Reid left the office in 2019 to take up an appointment as Chief "
        "Economist of the World Customs Organization.\n"
    )
    assert ("Sam Reid", "Chief Economist", "World Customs Organization") in roles(f)


def test_the_body_left_is_not_where_the_new_post_is() -> None:
    f = facts_text(
        _SUCCESSION + "Mr Reid will be leaving NPO to take up appointment as the "
        "secretary-general of the World Customs Organization on June 1.\n"
    )
    assert ("Sam Reid", "secretary-general", "Northern Patent Office") not in roles(f)
