"""British "agreed a" brings an agreement into being as "signed" does.

"The Office has agreed a new MoU with X" (an article after "agreed": a thing agreed)
reports a concluded instrument; "agreed to sign" and "agreed that" do not (the sign_verbs
of en_agreements.txt).
"""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text

PAIR = frozenset({"Kestrel Patent Office", "Heron Markets Authority"})


def test_an_office_that_agreed_a_new_mou_with_a_body_signed_it() -> None:
    text = (
        "The Kestrel Patent Office (KPO) has agreed a new Memorandum of Understanding (MoU) "
        "with the Heron Markets Authority (HMA) today.\n"
    )
    [(title, kind, _, parties)] = agreements_of(facts_text(text))
    assert "Memorandum of Understanding" in title
    assert (kind, parties) == ("mou", PAIR)


def test_agreed_to_sign_is_still_ahead() -> None:
    text = (
        "The Kestrel Patent Office (KPO) has agreed to sign a Memorandum of Understanding "
        "with the Heron Markets Authority (HMA) next year.\n"
    )
    assert agreements_of(facts_text(text, "2024-01-10")) == []
