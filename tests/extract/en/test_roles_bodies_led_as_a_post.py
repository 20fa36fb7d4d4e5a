"""A body a person is to lead, named before "as" and the post: "NAME, 52, who is leaving to
head the X Agency (XA) as director-general" holds the post at X, whether the title is
written in lower case or capitalised (importers/en/roles/led_as.py). Sentences written for
these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles

_AGENCY = "Ruritanian Seed Variety Agency"


def test_the_name_before_who_leads_a_body_as_a_lower_case_post_holds_it() -> None:
    text = (
        f"Ms Okafor succeeds Pavel Novak, 61, who is leaving to head the {_AGENCY} (RSVA) as "
        "director-general in June.\n"
    )
    assert ("Pavel Novak", "director-general", _AGENCY) in roles(facts_text(text))


def test_a_capitalised_post_after_its_body_reads_the_same() -> None:
    text = f"Pavel Novak, who will lead the {_AGENCY} as its new Chief Executive, spoke.\n"
    assert ("Pavel Novak", "Chief Executive", _AGENCY) in roles(facts_text(text))


def test_a_visit_to_a_body_as_a_guest_gives_no_post() -> None:
    text = f"Pavel Novak, who has visited the {_AGENCY} as a guest, spoke.\n"
    assert people_names(facts_text(text)) == set()


def test_a_sentence_stop_between_the_name_and_the_body_breaks_the_clause() -> None:
    text = f"Pavel Novak, who retired. Officials who head the {_AGENCY} as directors met.\n"
    assert not any(p == "Pavel Novak" for p, _t, _o in roles(facts_text(text)))
