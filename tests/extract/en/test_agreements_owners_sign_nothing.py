"""A body named as the owner of another ("the Industry Department's CIPO") in the subject of
a signing is not a party: the body it owns signs."""

from __future__ import annotations

from tests.imported import import_texts


def test_the_owner_of_a_signing_office_is_no_party(ipx, empty_db, tmp_path) -> None:
    data = import_texts(
        ipx,
        empty_db,
        tmp_path,
        "OTTAWA, 3 March 2024 - The Industry Department's Canadian Intellectual Property "
        "Office (CIPO) and the Spanish Patent and Trademark Office today signed a "
        "memorandum of understanding on patent examination.\n",
    )
    names = {o["id"]: o["name"] for o in data["organisations"]}
    (agreement,) = data["agreements"]
    parties = {names[p] for p in agreement["parties"]}
    assert "Canadian Intellectual Property Office" in parties
    assert len(parties) == 2
    assert not any("Industry" in p for p in parties)
