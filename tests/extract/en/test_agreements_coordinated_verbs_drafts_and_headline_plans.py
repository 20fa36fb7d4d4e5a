"""Three ways a sentence names an agreement without signing it, which the probe grid found
read as signings:

- a verb after the title behind "and" ("reviewed the agreements and exchanged views") is a
  second predicate of the subject with its own object, not the title's participle; only "and
  adopted it" takes the title back (importers/en/agreements/governs.py);
- a draft approved or discussed ("the Cabinet approved the draft MoU") is cleared for
  signing, not signed (governs.py);
- a headline in the infinitive ("A and B to sign MoU") tells what is to come, as headlines
  do (importers/en/agreements/signings.py).
"""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text


def test_views_exchanged_after_naming_the_agreements_sign_nothing() -> None:
    f = facts_text(
        "The Finnish Patent and Registration Office and the Polish Patent Office reviewed "
        "their cooperation agreements and exchanged views on examination backlogs on 2 May "
        "2025."
    )
    assert agreements_of(f) == []


def test_a_plan_discussed_and_then_adopted_is_adopted() -> None:
    f = facts_text(
        "The Finnish Patent and Registration Office and the Polish Patent Office discussed "
        "the draft work plan and adopted it on 2 May 2025."
    )
    assert [(a[1], a[2]) for a in agreements_of(f)] == [("work_plan", "2025-05-02")]


def test_a_draft_approved_is_not_yet_signed() -> None:
    f = facts_text(
        "The Council of Ministers approved the draft memorandum of understanding between the "
        "Polish Patent Office and the State Intellectual Property Office of Croatia."
    )
    assert agreements_of(f) == []


def test_a_headline_in_the_infinitive_announces_a_signing_to_come() -> None:
    f = facts_text(
        "Polish and Croatian offices to sign MoU on trade marks\n"
        "The Polish Patent Office and the State Intellectual Property Office of Croatia are "
        "expected to sign the memorandum in the autumn."
    )
    assert agreements_of(f) == []


def test_a_headline_in_the_present_still_reports_the_signing() -> None:
    f = facts_text(
        "Polish and Croatian offices sign MoU on trade marks\n"
        "The Polish Patent Office and the State Intellectual Property Office of Croatia signed "
        "a memorandum of understanding on trade marks in Warsaw on 6 June 2025."
    )
    assert [a[2] for a in agreements_of(f)] == ["2025-06-06"]
