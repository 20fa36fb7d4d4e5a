"""Lower-case posts in appointment news: "NAME would assume a new position as <title> at
<body>" gives the post to the person the clause opens with, and a title's remit written as a
list ("director general for trade, investment and growth at <body>") stays in the title,
held at the body after it."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles


def test_a_new_position_taken_as_a_lower_case_title_is_held_at_its_body() -> None:
    f = facts_text(
        "Ana Petrova, chief executive of the Danube Patent Office, will leave in May. The "
        "office confirmed that Petrova would assume a new position as chief financial officer "
        "and registrar at the Baltic Shipping Authority on 1 May."
    )
    assert (
        "Ana Petrova",
        "chief financial officer and registrar",
        "Baltic Shipping Authority",
    ) in roles(f)


def test_a_listed_lower_case_remit_stays_in_the_title() -> None:
    f = facts_text(
        "The Danube Patent Office thanked its partners. Mark Ellis, director general for "
        "trade, investment and growth at the Ministry for Economic Affairs and Innovation, "
        "sent his best wishes."
    )
    assert (
        "Mark Ellis",
        "director general for trade, investment and growth",
        "Ministry for Economic Affairs and Innovation",
    ) in roles(f)
