"""A "cooperative plan" two offices sign is a work plan, as a "cooperation plan" is
(importers/en/agreements/kinds.py)."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text


def test_a_signed_cooperative_plan_is_a_work_plan_between_the_two_offices() -> None:
    f = facts_text(
        "Ana Ruiz, Director of the Peruvian Patent Office (PPO), received Ivan Petrov, Head "
        "of the Bulgarian Patent Office (BPO), in Lima. At the end of the visit the two "
        "offices signed a 2019 bilateral cooperative plan on examiner exchanges."
    )
    found = agreements_of(f)
    assert len(found) == 1
    title, kind, _, parties = found[0]
    assert kind == "work_plan"
    assert "cooperative plan" in title
    assert parties == {"Peruvian Patent Office", "Bulgarian Patent Office"}
