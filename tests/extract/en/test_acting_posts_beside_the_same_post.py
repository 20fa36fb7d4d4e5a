"""A post held "acting" or "interim" before the appointment to it, beside that post for the
same person at the same body, is one role (output.py: one role per person and body); so is
a post to be taken up ("President-elect") beside the post said plainly ("the next
President")."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles


def test_the_acting_post_beside_the_post_is_one_role() -> None:
    f = facts_text(
        "New registrar\n\n"
        "The board of the Freedonia Patent Office named Lena Vasquez as Registrar of the "
        "Freedonia Patent Office. Vasquez has been Acting Registrar of the Freedonia Patent "
        "Office since March."
    )
    held = {t for p, t, o in roles(f) if p == "Lena Vasquez"}
    assert held == {"Registrar"}


def test_an_acting_post_alone_is_kept() -> None:
    f = facts_text(
        "New registrar\n\n"
        "Lena Vasquez, Acting Registrar of the Freedonia Patent Office, opened the session."
    )
    assert ("Lena Vasquez", "Acting Registrar", "Freedonia Patent Office") in roles(f)


def test_the_elect_post_beside_the_plain_post_is_one_role() -> None:
    f = facts_text(
        "On May 2, Freedonia Patent Office Commissioner Kim Dae-ho and WIPO President-elect "
        "Jane Roe held a call. Kim congratulated Jane Roe on her election as the next "
        "President of WIPO."
    )
    held = {t for p, t, o in roles(f) if p == "Jane Roe"}
    assert held == {"President-elect"}
