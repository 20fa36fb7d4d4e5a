"""A ministry the text names in full and then refers back to by its portfolio in lower case
("the Ministry of Justice ... the justice ministry") is one body, the phrase one of its
names; with no body or two of that portfolio the phrase names nothing."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text


def _bodies_named(text: str, phrase: str) -> list[set[str]]:
    f = facts_text(text)
    return [{o.name, *o.aliases} for o in f.orgs if phrase in {o.name, *o.aliases}]


def test_the_portfolio_before_ministry_is_the_ministry_named_in_full() -> None:
    text = (
        "Wellington, 2 June 2026. The Ministry of Justice of New Zealand announced that "
        'Ms Aroha Tane will lead its copyright unit from July. "She brings long experience '
        "of the tribunal's work,\" the justice ministry said.\n"
    )
    found = _bodies_named(text, "justice ministry")
    assert len(found) == 1 and "Ministry of Justice" in " ".join(found[0])


def test_a_department_is_referred_back_to_the_same_way() -> None:
    text = (
        "Ottawa, 4 May 2026. The Department of Labour published a guide to employee "
        "inventions, and the labour department will hold hearings in the autumn.\n"
    )
    found = _bodies_named(text, "labour department")
    assert len(found) == 1 and "Department of Labour" in found[0]


def test_with_no_ministry_of_that_portfolio_the_phrase_names_nothing() -> None:
    text = (
        "Canberra, 9 March 2026. IP Australia said the trade ministry would comment on the "
        "patent term review later in the year.\n"
    )
    assert _bodies_named(text, "trade ministry") == []
