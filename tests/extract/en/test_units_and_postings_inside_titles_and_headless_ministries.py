"""Bodies a title names but the text does not speak of, and a ministry named without its head.

"Director of the Regional Bureau for Africa and the Middle East in the X" is a post at X, its
bureau (both areas) kept in the title; "Permanent Representative to the United Nations in
Geneva" names where the envoy serves, not a body of the text, unless the text gives that body
an acronym; "the minister of Xland Federal Justice and Police" is the minister of the
"Xland Federal Department of Justice and Police" the headline names in full.
"""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_names, org_set, roles

_WIPO = "World Intellectual Property Organization"


def test_a_regional_bureau_in_an_international_body_is_a_post_at_that_body() -> None:
    f = facts_text(
        "Kenya and the World Intellectual Property Organization (WIPO) adopted a plan.\n"
        "It was first drafted by the late Samuel Otieno, who was the first Director of the "
        "Regional Bureau for Africa and the Middle East in WIPO.\n"
    )
    title = "Director of the Regional Bureau for Africa and the Middle East"
    assert ("Samuel Otieno", title, _WIPO) in roles(f)
    assert not any("Bureau" in n for n in org_names(f).values())


def test_a_body_named_only_as_an_envoys_posting_is_no_body_of_the_text() -> None:
    f = facts_text(
        "Kenya and the World Intellectual Property Organization (WIPO) adopted a plan, "
        "said Kenya's Permanent Representative to the United Nations in Geneva, "
        "Joseph Mwangi.\n"
    )
    titles = {t for p, t, _ in roles(f) if p == "Joseph Mwangi"} | {
        r.title for r in f.roles if r.org is None
    }
    assert "Permanent Representative to the United Nations in Geneva" in titles
    assert "United Nations" not in org_set(f)


def test_a_posting_body_the_text_gives_an_acronym_stays_a_body() -> None:
    f = facts_text(
        "Ambassador Joseph Mwangi, Permanent Representative of Kenya to the United Nations "
        "(UN) and other bodies in Geneva, met a WIPO team on 3 May.\n"
    )
    assert "United Nations" in org_set(f)


def test_a_ministry_written_without_its_head_word_is_the_one_named_in_full() -> None:
    f = facts_text(
        "Office head meets Minister of Lemurian Federal Department of Justice and Police\n\n"
        "On 4 March, Ms. Ana Ruiz, head of the Patent Office, met the minister of Lemurian "
        "Federal Justice and Police, Mr. Karl Moser and his team.\n"
    )
    body = "Lemurian Federal Department of Justice and Police"
    assert ("Karl Moser", "minister", body) in roles(f)
    assert len([n for n in org_names(f).values() if "Justice" in n]) == 1


def test_a_minister_of_a_named_department_without_the_article_holds_it() -> None:
    f = facts_text(
        "On 4 March, Ms. Ana Ruiz, head of the Patent Office, met the minister of Lemurian "
        "Federal Department of Justice and Police, Mr. Karl Moser and his delegation.\n"
    )
    body = "Lemurian Federal Department of Justice and Police"
    assert ("Karl Moser", "minister", body) in roles(f)
