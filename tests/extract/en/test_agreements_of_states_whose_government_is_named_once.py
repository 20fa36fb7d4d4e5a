"""States that sign, where one state's only body in the text is its government named once in
passing (importers/en/agreements/counterparts.py `_country_org`, state_signers.py).

A government the text names once, and nowhere as a signer, stands for its country there, as
it does among the text's organisations (importers/en/output.py): "Xland and Yland sign" with
Yland's office named and Xland's not is then the states' agreement, no agreement of Yland's
office alone; and a later sentence that tells the same agreement with no body or person in it
("An agreement to help Xland firms in Yland was struck") retells it.
"""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text

HEADLINE = "Norway and Chile sign agreement on patents and trade\n\n"
OFFICE = (
    "The head of the Chilean National Institute of Industrial Property (INAPI) said it was "
    "pleased.\n"
)


def test_a_government_named_once_in_passing_is_no_body_of_the_signing_state() -> None:
    f = facts_text(
        "Trade news\n\n"
        "Norway and Chile have signed a memorandum of understanding on patents. The deal "
        "follows the Norwegian Government's review of patent law. " + OFFICE
    )
    assert agreements_of(f) == []


def test_a_states_agreement_told_again_without_a_body_is_the_same_one() -> None:
    f = facts_text(
        HEADLINE
        + "An agreement to help Norwegian firms working in Chile was struck this week.\n\n"
        + "The deal follows the Norwegian Government's review of patent law.\n\n"
        + OFFICE
    )
    assert agreements_of(f) == []


def test_a_government_named_again_still_stands_for_its_state() -> None:
    f = facts_text(
        "Trade news\n\n"
        "Norway and Chile have signed a memorandum of understanding on patents. The Norwegian "
        "Government welcomed the deal. The head of the Chilean National Institute of Industrial "
        "Property (INAPI) said it was pleased. The Norwegian Government will fund the work.\n"
    )
    assert [p for _t, _k, _d, p in agreements_of(f)] == [
        frozenset({"Norwegian Government", "National Institute of Industrial Property of Chile"})
    ]
