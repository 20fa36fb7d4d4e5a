"""The age a news report puts between a name and the apposition of its post ("NAME, 54,
Director of X") leaves the name the holder's. A bare title written with a body of its own,
one the text names only by capitals it never spells out ("Vice Chairman of QR-IG", "Director
of Trade Rights, ZETRO Lima"), is held there: never at the body the text is about, nor at
the body of the full title's holder named before it."""

from __future__ import annotations

from importers.facts import DocumentFacts
from tests.extract.en.helpers import facts_text, roles


def _bodies(f: DocumentFacts, person: str) -> set[str | None]:
    people = {p.key: p.name for p in f.people}
    orgs = {o.key: o.name for o in f.orgs}
    return {orgs.get(r.org) if r.org else None for r in f.roles if people[r.person] == person}


def test_an_age_between_the_name_and_the_title_leaves_the_name_the_holders() -> None:
    f = facts_text("Marta Lind, 54, Director General of the Baltic Design Office, signed.")
    assert ("Marta Lind", "Director General", "Baltic Design Office") in roles(f)


def test_a_deputy_of_a_body_in_capitals_serves_no_other_body() -> None:
    f = facts_text(
        "The Gulf Brand Owners Association (GBOA) signed a memorandum with QR-IG. It was "
        "signed by Dr. Samir Haddad, Chairman of the GBOA, and Mr. Kenji Arai, Vice Chairman "
        "of QR-IG, a group of trading firms. Mr. Daisuke Ono, Director of Trade Rights, "
        "ZETRO Lima, said the deal was welcome."
    )
    assert ("Samir Haddad", "Chairman", "Gulf Brand Owners Association") in roles(f)
    assert "Gulf Brand Owners Association" not in _bodies(f, "Kenji Arai")
    assert "Gulf Brand Owners Association" not in _bodies(f, "Daisuke Ono")
