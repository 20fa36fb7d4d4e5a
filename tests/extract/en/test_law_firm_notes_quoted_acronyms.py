"""Law firms' notes define acronyms in quoted brackets ('the Office ("XO")'): a quoted
acronym after an agreement's noun is the same instrument, and one after a treaty capacity
written in lower case is that capacity, no body, however often the note uses it."""

from __future__ import annotations

from tests.extract.en.helpers import agreements_of, facts_text, org_set


def test_a_quoted_acronym_after_the_noun_is_the_same_instrument() -> None:
    f = facts_text(
        "On 3 June 2022, the Korean Intellectual Property Office signed a Memorandum of "
        'Understanding ("MOU") with the Danube Patent Office, renewing their partnership. '
        "The MOU covers training and data exchange."
    )
    signed = agreements_of(f)
    assert len(signed) == 1
    title, kind, date, _ = signed[0]
    assert title.startswith("Memorandum of Understanding") and kind == "mou"
    assert date == "2022-06-03"


def test_a_lower_case_treaty_capacity_and_its_quoted_acronym_are_no_body() -> None:
    f = facts_text(
        "Under the renewed accord the Danube Patent Office will be designated as a competent "
        'international searching authority ("ISA") and preliminary examining authority '
        '("IPEA"). An ISA/IPEA prepares search reports, and only 23 ISAs/IPEAs exist.'
    )
    names = org_set(f)
    assert "Danube Patent Office" in names
    assert not names & {"ISA", "IPEA"}
