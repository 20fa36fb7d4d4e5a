"""An appointing verb, its object and "to be" before a title ("has named NAME to be Title")
give the object the post, at the body after the title or, with none, at the text's body
(roles/copula.appointed_object)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles


def test_the_object_named_to_be_the_title_holds_it_at_the_body_after_it() -> None:
    f = facts_text(
        "The council appointed Maria Nowak to be the new Director of the Andean Design "
        "Registry on Friday."
    )
    assert ("Maria Nowak", "Director", "Andean Design Registry") in roles(f)


def test_with_no_body_after_the_title_the_post_is_the_texts_bodys() -> None:
    f = facts_text(
        "NEWS FROM THE NORDIC SEED OFFICE (NSO)\n\n"
        "Minister of Trade Jan Kowalski has named Maria Nowak to be Commissioner for Plant "
        "Varieties. She was sworn in on May 3."
    )
    held = {(p, t) for p, t, _ in roles(f)}
    assert ("Maria Nowak", "Commissioner for Plant Varieties") in held
    assert not any(p == "Jan Kowalski" and t.startswith("Commissioner") for p, t in held)
