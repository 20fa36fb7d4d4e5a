"""An acronym bracketed right after the reference name of the body it belongs to ("the
Caribbean Community (CARICOM)") is that body's, even when the name has a head the patterns do
not know; a bracketed acronym of a thing ("(PPH)") still names no body."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, roles

_PACT = (
    "Training pact signed\n\n"
    "The Caribbean Community (CARICOM) and the Northern Patent Office (NPO) signed a training "
    "pact in Georgetown.\n\n"
    "At the ceremony, Ms. Alicia Brathwaite, the CARICOM Deputy Secretary-General, welcomed "
    "the pact.\n"
)


def test_the_bracketed_acronym_of_a_known_body_is_one_of_its_names() -> None:
    assert "CARICOM" in org_set(facts_text(_PACT))


def test_a_title_after_that_acronym_is_held_at_the_body() -> None:
    assert (
        "Alicia Brathwaite",
        "Deputy Secretary-General",
        "Caribbean Community",
    ) in roles(facts_text(_PACT))


def test_the_acronym_of_a_thing_defined_in_brackets_stays_no_body() -> None:
    f = facts_text(
        "The Patent Prosecution Highway (PPH) and the Northern Patent Office (NPO) were "
        "discussed. The PPH pilot grew fast.\n"
    )
    assert "PPH" not in org_set(f)


def test_a_programme_s_acronym_glossed_after_its_name_names_no_body() -> None:
    f = facts_text(
        "Officials reviewed the Belt and Road Initiative (BRI) with the Northern Patent Office "
        "(NPO). BRI projects and NPO staff were discussed.\n"
    )
    assert "Belt and Road Initiative" not in org_set(f)
