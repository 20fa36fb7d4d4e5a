"""A sentence opening "She" or "He" goes back to the person named last whom the text does not
address as the other: a man quoted between a woman's career notes does not take her posts."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles

_NOTES = (
    "LONDON: Mrs Ada Okafor will succeed Mr Sam Reid as the registrar of the Northern Patent "
    "Office (NPO) from May, said the ministry.\n\n"
    '"She will serve the office well," said Mr Tom Hale, permanent secretary for the Ministry '
    "of Trade.\n\n"
    "{pronoun} was most recently Deputy Director at the Regional Trade Office of Ghana.\n"
)


def test_she_skips_a_man_named_after_the_woman() -> None:
    f = facts_text(_NOTES.format(pronoun="She"))
    assert ("Ada Okafor", "Deputy Director", "Regional Trade Office of Ghana") in roles(f)
    assert ("Tom Hale", "Deputy Director", "Regional Trade Office of Ghana") not in roles(f)


def test_he_still_goes_back_to_the_man_named_last() -> None:
    f = facts_text(_NOTES.format(pronoun="He"))
    assert ("Tom Hale", "Deputy Director", "Regional Trade Office of Ghana") in roles(f)


def test_a_person_with_no_form_of_address_agrees_with_either_pronoun() -> None:
    f = facts_text(
        "Kim Lund was named registrar of the Northern Patent Office (NPO) in May.\n\n"
        "She was most recently Deputy Director at the Regional Trade Office of Ghana.\n"
    )
    assert ("Kim Lund", "Deputy Director", "Regional Trade Office of Ghana") in roles(f)
