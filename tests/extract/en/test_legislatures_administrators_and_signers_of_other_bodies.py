"""A people's congress is a body (any other congress an event), an administrator is an
office's officer with a field that may open with "External", and a signer whose post is at a
body apart from the two sides told signs for the side left."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, parties, people_names, roles


def test_a_peoples_congress_is_a_body_and_its_chairman_holds_the_post_there() -> None:
    f = facts_text(
        "Wang Hua, Chairman of the Hunan Provincial People’s Congress, opened the forum "
        "before delegates left for the World Congress on Seeds."
    )
    assert ("Wang Hua", "Chairman", "Hunan Provincial People’s Congress") in roles(f)
    assert not any("World Congress" in n for n in org_set(f))


def test_an_administrator_with_an_external_field_is_the_offices_officer() -> None:
    f = facts_text(
        "The Nordland Patent Office (NPO) hosted the talks. They were attended by NPO "
        "Deputy Director Eva Holm, Deputy Administrator for Trade and External Relations "
        "Jane Moss, and guests."
    )
    assert "Jane Moss" in people_names(f)
    assert (
        "Jane Moss",
        "Deputy Administrator for Trade and External Relations",
        "Nordland Patent Office",
    ) in roles(f)


def test_a_signer_at_a_third_body_signs_for_the_side_the_other_signer_leaves() -> None:
    f = facts_text(
        "The Nordland Patent Office (NPO) and the Hunan Provincial People's Government signed "
        "a Memorandum of Understanding. NPO Director Eva Holm and Wang Hua, Chairman of the "
        "Hunan Provincial People's Congress, signed the MOU on 2 May 2031."
    )
    assert len(f.agreements) == 1
    assert parties(f, 0) == {"Nordland Patent Office", "Hunan Provincial People's Government"}
    assert ("Wang Hua", "Chairman", "Hunan Provincial People's Congress") in roles(f)
