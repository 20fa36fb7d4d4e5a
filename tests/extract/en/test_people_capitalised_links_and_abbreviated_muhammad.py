"""Long Spanish names whose links are capitalised, and "Mhd." for Muhammad.

A Spanish or Portuguese compound name may write its links with a capital ("Ana De Los Rios
Vega Cruz"). The links belong to the name but are not counted among its four words, so the
name is not cut down to its last four words ("Los Rios Vega Cruz"), whether it is read
before a title or after one. Syrian usage shortens Muhammad to "Mhd.", which opens the name
like "Md." and "Mohd." do.
"""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles


def test_a_name_with_capitalised_links_before_its_title_is_read_whole() -> None:
    f = facts_text(
        "The guests included Ana De Los Rios Vega Cruz, President of the Example Patent "
        "Office; and Paulo Dos Reis Lima, Director of the Sample Trademark Institute."
    )
    assert {"Ana De Los Rios Vega Cruz", "Paulo Dos Reis Lima"} <= people_names(f)
    assert ("Ana De Los Rios Vega Cruz", "President", "Example Patent Office") in roles(f)


def test_a_name_with_capitalised_links_after_its_title_is_read_whole() -> None:
    f = facts_text("On Monday, Director General Ana De Los Rios Vega Cruz opened the fair.")
    assert "Ana De Los Rios Vega Cruz" in people_names(f)


def test_a_long_name_without_links_is_still_cut_to_four_words() -> None:
    f = facts_text(
        "The guests included Lina Mora Vega Cruz Soto, President of the Example Patent Office."
    )
    assert "Lina Mora Vega Cruz Soto" not in people_names(f)


def test_the_syrian_abbreviation_of_muhammad_opens_the_name() -> None:
    f = facts_text(
        "The delegation met Mhd. Samir Haddad, Director of the Example Trade Office, in May."
    )
    assert "Mhd. Samir Haddad" in people_names(f)
    assert ("Mhd. Samir Haddad", "Director", "Example Trade Office") in roles(f)
