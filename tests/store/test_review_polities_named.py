"""A state's whole government named by a text is mostly the state it speaks of: a sign,
weighed by counts."""

from __future__ import annotations

from store.review.calibration import base_rate, sign_p
from store.review.signals import organisation_signs


def _keys(name: str) -> set[str]:
    return {s.key for s in organisation_signs(name)}


def test_a_states_whole_government_is_doubted() -> None:
    for name in ("Government of Ruritania", "Ruritanian Government", "Parliament of Ruritania"):
        assert "polity" in _keys(name), name
    assert "polity" not in _keys("Ministry of Kites of Ruritania")
    assert sign_p("organisation", "polity") > base_rate("organisation")


def test_the_sign_doubts_what_a_text_means_not_the_name() -> None:
    """A government is one body however often a text means only its state: no discount of a
    pair with its duplicate, and two documents still confirm it for the gazetteer."""
    from store.review.overrun import pair_doubt
    from store.review.signals import gazetteer_doubt

    assert pair_doubt("organisation", "Government of Ruritania") == 0.0
    assert gazetteer_doubt("organisation", "Ruritanian Government")[0] == 0.0


def test_one_documents_mention_of_a_government_is_doubted_too() -> None:
    """A government other documents state too, named in passing by one more (its mention
    item): the sign makes that mention likelier wrong than a ministry's of the same profile,
    above the threshold that ranks it by what a reader meets."""
    from store.review import mentions

    def p(polity: bool) -> float:
        profile = (2, mentions.Here(1), "government", True, polity)
        return mentions._p_wrong("organisation", mentions._profile(*profile))

    assert p(True) > mentions.THRESHOLD > p(False)
    signs = mentions._signs(
        "organisation", mentions._profile(2, mentions.Here(1), None, True, True)
    )
    said = mentions._reason("organisation", signs, False)
    assert "polity" in signs and "the state it speaks of" in said
