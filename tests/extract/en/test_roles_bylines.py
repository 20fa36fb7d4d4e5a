"""Bylines of social-media posts and comments (importers/en/roles/bylines.py): "Name · Post
at Body" names who writes and the post that person holds."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles

_THREAD = """Anna Field
Registrar, Patent Office of Freedonia

Our examiners finished the pilot this month. Thanks to all who joined.

Comments

Otto Berg · Director General at Ruritania Intellectual Property Office
Great result, Anna!

Ivo Tamm | Commissioner, Ruritania Trade Mark Office
Congratulations to the team.

2d • Edited
"""


def test_a_comment_byline_names_its_writer_and_the_post_at_the_body_after_at() -> None:
    f = facts_text(_THREAD)
    assert "Otto Berg" in people_names(f)
    assert ("Otto Berg", "Director General", "Ruritania Intellectual Property Office") in roles(f)


def test_a_byline_with_a_bar_and_a_comma_before_the_body_names_the_post_too() -> None:
    f = facts_text(_THREAD)
    assert ("Ivo Tamm", "Commissioner", "Ruritania Trade Mark Office") in roles(f)


def test_a_line_of_platform_chrome_with_a_dot_names_nobody() -> None:
    f = facts_text(_THREAD)
    assert not any(n.startswith(("2d", "Edited")) for n in people_names(f))
