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


def _names(text: str) -> set[str]:
    return {p.name for p in extract(text, "zh", reference=REF).people}


def test_a_latin_family_name_with_an_elided_particle_or_a_second_capital_is_whole() -> None:
    """O'Connor, D'Angelo and McLeod are one word of a name, not a break in it."""
    assert "Sean O'Connor" in _names("美中律师协会理事Sean O'Connor律师主持了研讨会。")
    assert "Brian McLeod" in _names("硅谷华人工程师协会顾问Brian McLeod先生发表了讲话。")


def test_a_latin_name_addressed_as_a_lawyer_is_a_person_but_a_law_firm_is_not() -> None:
    """Jane Doe律师 addresses a person as 先生 does; Doe Smith律师事务所 names a firm."""
    assert "Emily Carter" in _names("研讨会由来自多伦多的Emily Carter律师主持。")
    names = _names("双方与Baker Lindqvist律师事务所的合伙人进行了交流。")
    assert not any("Lindqvist" in n for n in names)
