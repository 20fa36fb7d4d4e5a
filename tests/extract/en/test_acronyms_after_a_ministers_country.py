"""An acronym bracketed after a minister's country ("Minister of Mines and Quarries of the
Kingdom of Lesotho (MMQ)") is the acronym of the ministry the minister heads, when its letters
are the ministry's initials; later uses of it are mentions of that ministry."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text


def test_an_acronym_after_the_ministers_country_names_the_ministry() -> None:
    f = facts_text(
        "Last week Anna Berg met Thabo Mokoena, Minister of Mines and Quarries of the "
        "Kingdom of Lesotho (MMQ), in Oslo. MMQ will send two experts next year."
    )
    ministry = next(o for o in f.orgs if o.country == "LS")
    assert "MMQ" in ministry.aliases
    assert len(ministry.spans) >= 1


def test_an_acronym_that_does_not_spell_the_ministry_is_not_its_name() -> None:
    f = facts_text(
        "Last week Anna Berg met Thabo Mokoena, Minister of Mines and Quarries of the "
        "Kingdom of Lesotho (LHDA), in Oslo."
    )
    assert not any("LHDA" in o.aliases for o in f.orgs)
