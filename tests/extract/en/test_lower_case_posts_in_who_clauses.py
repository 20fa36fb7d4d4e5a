"""A post in lower case given in a "who" clause ending with "as", right after the holder's
name or after a description of the holder in lower-case words, with the body it is held at
right after the title (roles/careers.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles


def test_a_lower_case_post_after_who_serves_as_is_the_named_person_s() -> None:
    f = facts_text(
        "Audit\n\n"
        "The report names Ingrid Solberg, who now serves as registrar of the Nordic Patent "
        "Institute."
    )
    assert ("Ingrid Solberg", "registrar", "Nordic Patent Institute") in roles(f)


def test_a_description_between_the_name_and_who_does_not_hide_the_holder() -> None:
    f = facts_text(
        "Audit\n\n"
        "The report names Ingrid Solberg, a former customs auditor who now serves as "
        "registrar of the Nordic Patent Institute, as its source."
    )
    assert "Ingrid Solberg" in people_names(f)
    assert ("Ingrid Solberg", "registrar", "Nordic Patent Institute") in roles(f)


def test_a_lower_case_post_with_no_body_after_it_is_no_role() -> None:
    f = facts_text("Audit\n\nThe report names Ingrid Solberg, who now serves as registrar in Oslo.")
    assert not any(p == "Ingrid Solberg" for p, _, _ in roles(f))
