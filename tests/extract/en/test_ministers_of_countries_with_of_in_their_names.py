"""A minister's country whose own name holds "of": "the Minister of Trade of the United
States of America, Mr. NAME".

The country after the portfolio runs to the end of its full style, so that the name after
the comma follows the title directly and the person holds the post at that country's
ministry, as with "of the United States".
"""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles


def test_the_full_style_of_the_country_ends_the_title() -> None:
    text = (
        "The Director General met the Minister of Energy of the United States of America, "
        "Ms. Laura J. Bennett, on 3 May.\n"
    )
    got = roles(facts_text(text))
    assert (
        "Laura J. Bennett",
        "Minister of Energy",
        "Ministry of Energy of the United States",
    ) in got
