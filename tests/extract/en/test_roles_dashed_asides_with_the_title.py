"""A dashed aside after an addressed name that gives the title with "the", as a comma does
("Ms NAME – the Head of the X Section of Y – spoke"), or with the space after the dash lost
("Mr NAME -the Director of X -"), is the person's post (importers/en/roles/dashed.py).
Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles


def test_a_dashed_aside_with_the_title_after_an_addressed_name() -> None:
    f = facts_text(
        "Also present was Ms Ingrid Holm – the Head of the Licensing Section of the Baltic "
        "Copyright Council – who spoke on tariffs.\n"
    )
    assert (
        "Ingrid Holm",
        "Head of the Licensing Section",
        "Baltic Copyright Council",
    ) in roles(f)


def test_a_dash_glued_to_the_article_before_the_title() -> None:
    f = facts_text(
        "The visit of Mr Tomas Varga -the Director of the Danube Seed Institute - ended on "
        "Friday.\n"
    )
    assert ("Tomas Varga", "Director", "Danube Seed Institute") in roles(f)
