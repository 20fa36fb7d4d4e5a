"""A titled official who signs *on behalf of* a body holds the title there, also when the
title comes first with the name in apposition ("The Registrar, NAME, signed ...") and when
what was signed stands between the verb and the side ("signed the new agreement on behalf
of the X"). Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles


def test_a_title_then_the_name_signing_the_agreement_for_a_government_holds_it_there() -> None:
    f = facts_text(
        "Ottawa, 5 May 2026. The Government of Ontario and the Government of Quebec signed a "
        "protocol on patent clinics. The Deputy Minister of Economic Development, Mr Paul "
        "Gagnon, signed the protocol on behalf of the Government of Quebec.\n"
    )
    assert (
        "Paul Gagnon",
        "Deputy Minister of Economic Development",
        "Government of Quebec",
    ) in roles(f)


def test_what_was_signed_may_stand_between_the_verb_and_the_side() -> None:
    f = facts_text(
        "Lima, 3 June 2026. Director General Ana Ruiz signed the cooperation memorandum on "
        "behalf of the National Institute for the Defense of Competition and the Protection "
        "of Intellectual Property, and Director Marc Petit signed it for the French patent "
        "office.\n"
    )
    held = {(p, t) for p, t, _ in roles(f)}
    assert ("Ana Ruiz", "Director General") in held
    assert any(p == "Ana Ruiz" and "Defense of Competition" in o for p, _, o in roles(f))


def test_a_purpose_after_the_object_names_no_side() -> None:
    f = facts_text(
        "Rome, 8 June 2026. The Italian Patent and Trademark Office and the European Patent "
        "Office met in Rome. The Director, Ms Laura Conti, signed the work plan for the "
        "exchange of examiners.\n"
    )
    assert all(p != "Laura Conti" or "exchange" not in o for p, _, o in roles(f))
