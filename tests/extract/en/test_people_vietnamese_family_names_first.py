"""A Vietnamese family name written first, in capitals, before the given names ("NGUYEN Van
An"): the whole is one person's name, and the family name standing alone later is that
person, never an acronym of a body. An acronym before a name stays outside it."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, people_names, roles

_MEETING = (
    "Patent chiefs talk in Hanoi\n\n"
    "Delegates from the Example Patent Office, led by Wu Jianmin, met "
    "NGUYEN Minh Quang, Director General, Industrial Property Agency of Vietnam "
    "(IPAV), on 4 May.\n\n"
    "NGUYEN thanked the hosts. He said the two offices would share examiner training.\n"
)


def test_a_family_name_in_capitals_before_two_given_names_is_one_name() -> None:
    f = facts_text(_MEETING)
    assert "NGUYEN Minh Quang" in people_names(f)
    assert "Minh Quang" not in people_names(f)


def test_the_name_so_written_holds_the_title_after_it() -> None:
    f = facts_text(_MEETING)
    assert (
        "NGUYEN Minh Quang",
        "Director General",
        "Industrial Property Agency of Vietnam",
    ) in roles(f)


def test_the_family_name_alone_afterwards_is_no_acronym() -> None:
    assert "NGUYEN" not in org_set(facts_text(_MEETING))


def test_an_accented_family_name_first_is_read_the_same() -> None:
    f = facts_text("The delegation was led by PHẠM Thu Hà, Deputy Director, of the ministry.")
    assert "PHẠM Thu Hà" in people_names(f)


def test_an_acronym_before_a_name_stays_outside_it() -> None:
    f = facts_text("The talks were opened by CNIPA Shen Changyu, Commissioner, and closed later.")
    assert "Shen Changyu" in people_names(f)
