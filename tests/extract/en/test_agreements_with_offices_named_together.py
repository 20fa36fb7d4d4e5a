"""Signings with offices the text names only together, by their countries.

"The KPO also signed PPH pilot programmes with the patent offices of Ruritania and
Freedonia": neither office is named, so neither signing has a party the text names, and
neither is an agreement of the text (plural_offices.py). The KPO's signing with a named
office in the same text stays.
"""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text


def test_pilots_with_the_offices_of_two_countries_named_together_are_dropped() -> None:
    text = (
        "Kestrel and Heron start a PPH pilot\n\n"
        "Under a memorandum of understanding signed by the Kestrel Patent Office (KPO) and "
        "the Heron Patent Office (HPO) on 3 May 2011, the two offices will start a PPH pilot "
        "program.\n\n"
        "The KPO also signed PPH pilot programs with the patent offices of Korea and Japan "
        "recently, to improve efficiency.\n"
    )
    got = agreements_of(facts_text(text, "2011-05-10"))
    assert [(k, p) for _, k, _, p in got] == [
        ("mou", frozenset({"Kestrel Patent Office", "Heron Patent Office"}))
    ]
