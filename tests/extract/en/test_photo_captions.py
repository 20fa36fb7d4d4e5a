"""A "Photo:" line that tells who is pictured where is a caption and names its bodies as
text does; one that only credits who took the picture stays page furniture
(importers/en/chrome.py, words in en_chrome.txt [caption_words])."""

from __future__ import annotations

from importers.en.chrome import mask
from tests.extract.en.helpers import facts_text, org_set


def test_bodies_pictured_in_a_caption_are_organisations() -> None:
    f = facts_text(
        "Photo: Officials of the Jamaica Intellectual Property Office (JIPO) with staff of "
        "the Swedish Intellectual Property Office during the study visit."
    )
    assert {
        "Jamaica Intellectual Property Office",
        "Swedish Intellectual Property Office",
    } <= org_set(f)


def test_only_the_label_of_a_caption_is_masked() -> None:
    line = "Photo: Delegates of the Ghana Copyright Office at the opening in Accra."
    assert mask(line) == " " * len("Photo: ") + line[len("Photo: ") :]


def test_a_photo_credit_stays_chrome_even_when_it_names_a_body() -> None:
    credit = "Photo: courtesy of the Ministry of Industry and Trade of Viet Nam"
    assert mask(credit).strip() == ""
    assert mask("Photo: WIPO/Jane Okafor").strip() == ""
