"""States that enter into an instrument when the text names a body for only one of them, and
an approval given for a signing (importers/en/agreements/state_signers.py,
store/text/words/en_agreements.txt [not_signed_phrases])."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text


def test_two_states_with_a_body_named_for_one_only_make_no_agreement_of_that_body() -> None:
    f = facts_text(
        "Portugal and Japan sign IP pact\n\n"
        "Portugal and Japan have entered into a memorandum of understanding on industrial "
        "property. The Japan Patent Office will train examiners.\n"
    )
    assert agreements_of(f) == []


def test_two_states_each_with_its_office_named_stand_for_those_offices() -> None:
    f = facts_text(
        "Australia and Japan have entered into a memorandum of understanding on industrial "
        "property. IP Australia and the Japan Patent Office will train examiners.\n"
    )
    assert [p for _t, _k, _d, p in agreements_of(f)] == [
        frozenset({"IP Australia", "Japan Patent Office"})
    ]


def test_an_approval_given_for_signing_is_no_signing() -> None:
    f = facts_text(
        "The Council of Ministers has given its approval for signing a memorandum of "
        "understanding with the Japan Patent Office on examiner training.\n"
    )
    assert agreements_of(f) == []
