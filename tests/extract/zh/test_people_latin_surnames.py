"""A person a Chinese text names in Latin letters (Clara Wendtholt) and later by the surname
alone (Wendtholt女士) is one person; a longer Latin word that only begins with it is not a
mention."""

from __future__ import annotations

from importers.extract import extract
from importers.resolve.reference import load_reference

REF = load_reference()


def test_a_latin_surname_alone_is_the_person_named_in_full() -> None:
    text = (
        "上月，Wendtholt女士率团来访。奥地利专利局局长Clara Wendtholt在座谈会上介绍了"
        "数字化审查的进展，双方同意明年继续交流。"
    )
    facts = extract(text, "zh", reference=REF)
    people = [p for p in facts.people if "Wendtholt" in p.name]
    assert [p.name for p in people] == ["Clara Wendtholt"]
    assert "Wendtholt" in people[0].aliases


def test_a_longer_latin_word_is_no_mention_of_the_surname() -> None:
    text = "奥地利专利局局长Clara Wendtholt在座谈会上致辞。会后，代表团参观了Wendtholtsaal展览馆。"
    facts = extract(text, "zh", reference=REF)
    clara = next(p for p in facts.people if p.name == "Clara Wendtholt")
    assert "Wendtholt" not in clara.aliases
