"""A counted plural signed "with the:" over a numbered list of bodies, one a line.

A short story may say an office head signed "four distinct memoranda with the:" and give
the counterparts as a numbered list after the colon. The count and the list agree: one
agreement with each listed body, signed by the head's office; not an aggregate. A list whose
lines do not each name one body, or whose length differs from the count, gives nothing.
"""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text

CA = "Canadian Intellectual Property Office"
JP = "Japan Patent Office"
KR = "Korean Intellectual Property Office"
SG = "Intellectual Property Office of Singapore"


def _story(count: str, lines: list[str], blank: bool = True) -> str:
    gap = "\n\n" if blank else "\n"
    items = "\n".join(f"  {i}. {line}" for i, line in enumerate(lines, 1))
    return (
        "Office heads meet in Geneva\n\n"
        f"The Commissioner of the {CA}, Jane Roe, travelled to Geneva last month.\n\n"
        f"While there, Ms. Roe signed {count} distinct Memoranda of Understanding with the:"
        f"{gap}{items}\n\n"
        "She said the new memoranda would bring the offices closer.\n"
    )


def test_each_listed_body_signs_one_memorandum_with_the_heads_office() -> None:
    text = _story("three", [f"{JP} (JPO)", f"{KR} (KIPO)", f"{SG} (IPOS)"])
    parties = {p for _, kind, _, p in agreements_of(facts_text(text)) if kind == "mou"}
    assert parties == {frozenset({CA, JP}), frozenset({CA, KR}), frozenset({CA, SG})}


def test_the_list_may_follow_the_colon_on_the_next_line() -> None:
    text = _story("two", [f"{JP} (JPO)", f"{KR} (KIPO)"], blank=False)
    parties = {p for _, kind, _, p in agreements_of(facts_text(text)) if kind == "mou"}
    assert parties == {frozenset({CA, JP}), frozenset({CA, KR})}


def test_a_list_longer_than_the_count_is_no_one_each() -> None:
    text = _story("two", [f"{JP} (JPO)", f"{KR} (KIPO)", f"{SG} (IPOS)"])
    assert not [a for a in agreements_of(facts_text(text)) if a[1] == "mou"]
