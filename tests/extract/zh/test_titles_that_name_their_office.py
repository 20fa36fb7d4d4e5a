"""A place and a head's title that name an office of their own: the holder, or the deputy,
is at the office the text names so (importers/zh/title_offices.py)."""

from __future__ import annotations

from tests.extract.zh.helpers import roles, run


def test_a_deputy_named_after_the_place_and_title_is_at_the_office_they_name() -> None:
    f = run(
        "5月3日,美国副贸易代表柯林斯大使与外交部部长王立新举行会谈。"
        "美国贸易代表办公室官员参加了会谈。"
    )
    assert ("柯林斯", "副贸易代表", "美国贸易代表办公室") in roles(f)


def test_without_the_office_named_the_post_has_no_body_to_be_at() -> None:
    f = run("5月3日,美国副贸易代表柯林斯大使与外交部部长王立新举行会谈。")
    assert not any(name == "柯林斯" for name, *_ in roles(f))
