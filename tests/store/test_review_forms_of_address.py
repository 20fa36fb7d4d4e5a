"""A form of address and one word ("Mr. Ostrander"), kept among a person's names, proposes
no review pair: namesakes share it, and a full name keeps its own keys. Every name here is
our own."""

from __future__ import annotations

from store.review.pair_keys import blocking_keys


def test_a_form_of_address_and_a_surname_has_no_blocking_key() -> None:
    assert blocking_keys("Mr. Ostrander", "person") == ()
    assert blocking_keys("Dr Ostrander", "person") == ()


def test_a_full_name_with_a_form_of_address_keeps_its_keys() -> None:
    assert dict(blocking_keys("Mr. Karl Ostrander", "person")).get("name") == "mrkarlostrander"


def test_a_body_named_like_an_address_keeps_its_keys() -> None:
    assert blocking_keys("Dr Foundation", "organisation")
