"""A municipality named with its place before the word is a local government, and one who acts
for an office holder ("the representative of the Mayor of X") holds that proxy post at the
holder's body (importers/en/states.py, roles/patterns.py; [proxy_words])."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, roles


def test_a_place_before_municipality_names_a_local_government() -> None:
    f = facts_text("Ms Ana Cruz, Mayor of Malolos Municipality, opened the design fair.")
    assert ("Ana Cruz", "Mayor", "Malolos Municipality") in roles(f)


def test_the_municipality_alone_names_no_body() -> None:
    f = facts_text("The Municipality said it would host the patent clinic in June.")
    assert not org_set(f)


def test_a_representative_of_a_mayor_holds_that_post_at_the_mayors_body() -> None:
    f = facts_text(
        "Mr Juan Reyes, the representative of the Mayor of Malolos Municipality, gave the "
        "welcome remarks."
    )
    assert roles(f) == {("Juan Reyes", "representative of the Mayor", "Malolos Municipality")}


def test_a_spokesperson_of_a_minister_holds_that_post_at_the_ministry() -> None:
    f = facts_text(
        "Lena Park, the spokesperson of the Minister of the Ministry of Trade of Korea, "
        "answered questions."
    )
    assert {r[1] for r in roles(f)} == {"spokesperson of the Minister"}
