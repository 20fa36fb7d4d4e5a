"""An agreement noun right after a memorandum's names the same instrument again.

"signed a memorandum of understanding agreement with X" and "an MoU agreement" are one
instrument, a memorandum, titled with both nouns, never a memorandum and an agreement
(kinds.py).
"""

from __future__ import annotations

import pytest

from tests.extract.en.helpers import agreements_of, facts_text


@pytest.mark.parametrize("noun", ["memorandum of understanding agreement", "MoU agreement"])
def test_a_memorandum_agreement_is_one_memorandum(noun: str) -> None:
    text = (
        "On 2 October 2015 the President of the Kestrel Academy of Sciences (KAS) signed a "
        f"{noun} with the Heron Patent Office (HPO) on patents.\n"
    )
    [(title, kind, date, parties)] = agreements_of(facts_text(text, "2015-10-20"))
    assert title.startswith(noun)
    assert (kind, date) == ("mou", "2015-10-02")
    assert parties == frozenset({"Kestrel Academy of Sciences", "Heron Patent Office"})
