"""A sub-body with a function of its own, named with its parent's acronym ("X Board of
KIPO"), is one body that goes by its own name too ("X Board"), however the run of names it
stands in is split; an organ that governs its body ("Executive Council of X") gets no such
name (importers/en/orgs/units.py sub_body_own_name, phrases.py, gazetteer.py)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text


def _forms(text: str, word: str) -> set[str]:
    f = facts_text(text)
    (body,) = [o for o in f.orgs if word in o.name]
    return {body.name, *body.aliases}


def test_a_board_named_with_its_parents_acronym_goes_by_its_own_name() -> None:
    forms = _forms(
        "The Danube Patent Office (DPO) hosted the talks. The Utility Model Appeal Board of "
        "DPO presented its case law.",
        "Appeal Board",
    )
    assert {"Utility Model Appeal Board of DPO", "Utility Model Appeal Board"} <= forms


def test_a_board_glued_to_a_known_body_by_and_goes_by_its_own_name() -> None:
    forms = _forms(
        "The offices agreed to hold a meeting between the Design Appeal Board of KIPO and "
        "Patent Reexamination Board of SIPO next year.",
        "Design Appeal",
    )
    assert {"Design Appeal Board of KIPO", "Design Appeal Board"} <= forms


def test_a_governing_organ_named_with_its_parents_acronym_gets_no_name_of_its_own() -> None:
    f = facts_text(
        "The Danube Patent Office (DPO) hosted the talks. The Supervisory Board of DPO "
        "approved the budget."
    )
    assert "Supervisory Board" not in {n for o in f.orgs for n in (o.name, *o.aliases)}
