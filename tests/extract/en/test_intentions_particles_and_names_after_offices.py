"""Signings only wished for, surnames after a lower-case particle, and names run on after
an office's name.

"The two sides stated their intention to conclude a memorandum" signs nothing yet: the
intention is a noun here, not the verb "intend".
"""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text

INTENTION = (
    "The President of the Nordic Patent Institute Karin Dahl met the head of the Icelandic "
    "Intellectual Property Office in Oslo on 4 May 2025. Both sides voiced a shared intention "
    "to conclude a memorandum of understanding next year.\n"
)


def test_an_intention_to_conclude_a_memorandum_signs_nothing() -> None:
    assert agreements_of(facts_text(INTENTION, "2025-05-05")) == []
