"""A post held through a possessive, the body named between "his role as" and the title
("she will give up her role as the X Institute chief executive"): the body's post, held by
the person the sentence names or, after an opening "She", the one the paragraph named last
(importers/en/roles/possessed_posts.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles


def test_a_post_after_an_opening_pronoun_is_the_person_named_before() -> None:
    f = facts_text(
        "Olga Berin was named president of the Danish Patent and Trademark Office. She will "
        "give up her role as the Nordic Patent Institute (NPI) chief executive in June."
    )
    assert ("Olga Berin", "chief executive", "Nordic Patent Institute") in roles(f)


def test_a_post_in_the_sentence_of_a_named_person_is_that_persons() -> None:
    f = facts_text(
        "Olga Berin, president of the Danish Patent and Trademark Office, keeps her post as "
        "the Nordic Patent Institute director."
    )
    assert ("Olga Berin", "director", "Nordic Patent Institute") in roles(f)


def test_a_body_after_a_role_that_is_not_a_possessive_gives_no_post() -> None:
    f = facts_text(
        "Olga Berin was named president of the Danish Patent and Trademark Office. The role "
        "as the Nordic Patent Institute chief executive stays vacant."
    )
    assert not any(r[2] == "Nordic Patent Institute" for r in roles(f))
