"""Which date is a signing's (agreements/signings.py, agreements/__init__.py): a sentence
that opens with a later day than the one before dates what follows it, on lines with no
blank line between them too, and a year in a clause that tells what is still to come
("which will be implemented in 2031") is not the signing's."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text


def test_a_later_opening_day_dates_the_signings_that_follow_it() -> None:
    f = facts_text(
        "Partnerships\n\n"
        "On March 2, 2030, the Nordic Patent Institute and the Freedonia Patent Office signed "
        "a memorandum of understanding.\n"
        "On March 3, 2030, officials of the Institute and Ruritania met to discuss patent "
        "data. The Institute and the Ruritanian Patent Office also signed a cooperation "
        "agreement which will be implemented in 2031."
    )
    assert sorted(a.date or "" for a in f.agreements) == ["2030-03-02", "2030-03-03"]
