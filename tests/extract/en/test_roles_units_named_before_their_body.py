"""A unit named before the body that owns it (importers/en/roles/units.py): "Director NAME of
the Department of X of <an international body or office>" holds the post at that body, the
unit kept in the title, as "the body's Department of X" does; a government's or a national
office's department before "of" is a body of its own and keeps the post."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, roles


def test_a_unit_before_of_and_an_international_body_is_that_bodys_unit() -> None:
    f = facts_text(
        "On 3 May, the Austrian Patent Office received a delegation led by Director Anna Berg "
        "of the Department of Budget and Finance of the World Intellectual Property "
        "Organization (WIPO)."
    )
    assert roles(f) == {
        (
            "Anna Berg",
            "Director of the Department of Budget and Finance",
            "World Intellectual Property Organization",
        )
    }
    assert "Department of Budget and Finance" not in org_set(f)


def test_a_governments_department_before_of_stays_a_body_of_its_own() -> None:
    f = facts_text(
        "On 3 May, the Austrian Patent Office received Director Tom Ross of the Department of "
        "Justice of the Government of Ruritania."
    )
    (role,) = roles(f)
    assert role[:2] == ("Tom Ross", "Director")
    assert role[2] != "Government of Ruritania"


def test_a_national_offices_department_before_of_keeps_the_post() -> None:
    f = facts_text(
        "On 3 May, Deputy Director General Eva Lind of the Legal Affairs Department of the "
        "Austrian Patent Office met the press."
    )
    (role,) = roles(f)
    assert role[:2] == ("Eva Lind", "Deputy Director General")
    assert role[2] != "Austrian Patent Office"
