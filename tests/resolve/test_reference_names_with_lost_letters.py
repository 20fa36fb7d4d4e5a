"""A Latin name kept in a Chinese text through a conversion that drops the letters it cannot
write (Benoît -> Benot) is still the reference person's (importers/resolve/reference.py,
store/text/fold.py `without_lost_letters`), never where that form is another's name."""

from __future__ import annotations

from importers.resolve.reference import parse
from store.text import without_lost_letters


def _person(pid: str, name: str) -> dict:
    return {"id": pid, "name": name, "names": []}


def test_an_accented_letter_is_dropped_not_stripped() -> None:
    assert without_lost_letters("Hélène Dubois") == "Hlne Dubois"
    assert without_lost_letters("Karl Weber") is None


def test_a_name_with_its_accented_letter_lost_is_the_reference_person() -> None:
    ref = parse([], [_person("jd", "Jérôme Lefèvre")])
    found = ref.person_named("Jrme·Lefvre")
    assert found is not None and found.id == "jd"


def test_a_lost_form_that_is_another_persons_name_stays_that_persons() -> None:
    ref = parse([], [_person("jose", "José Soto"), _person("jos", "Jos Soto")])
    found = ref.person_named("Jos Soto")
    assert found is not None and found.id == "jos"
