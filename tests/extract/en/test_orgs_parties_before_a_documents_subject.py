"""After a signed document's "between", an "on" after a party's head opens the document's
subject (importers/en/orgs/parties.before_subject): the party's name ends before it, while
a body named with an "on" complement elsewhere keeps it."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles


def _names(f: object) -> set[str]:
    return {n for o in f.orgs for n in (o.name, *o.aliases)}  # type: ignore[attr-defined]


def test_a_quoted_title_with_a_dash_between_the_parties() -> None:
    f = facts_text(
        "On May 3, 2012, the “Memorandum of Understanding between the Freedonia Patent "
        "Office—Ruritanian Patent and Trademark Office on the Joint Aim of Improving the "
        "Examination of Design Applications” was signed by FPO Director General Ann Kowalski "
        "and Ruritanian PTO Director General Marco Bellini in Rome."
    )
    names = _names(f)
    assert "Ruritanian Patent and Trademark Office" in names
    assert not any(" on the " in n for n in names)
    assert (
        "Marco Bellini",
        "Director General",
        "Ruritanian Patent and Trademark Office",
    ) in roles(f)
    ((agreement),) = f.agreements
    assert len(agreement.parties) == 2


def test_an_agreement_between_two_agencies_on_a_capitalised_topic() -> None:
    f = facts_text(
        "The Agreement between the Lakeland Seed Agency and the Northland Variety Office on "
        "Exchange of Test Reports was signed in Oslo on 4 June 2019."
    )
    names = _names(f)
    assert {"Lakeland Seed Agency", "Northland Variety Office"} <= names
    assert not any("Exchange" in n for n in names)


def test_a_body_with_an_on_complement_outside_a_title_keeps_it() -> None:
    f = facts_text(
        "The Federal Service on Industrial Property hosted the Committee on Development "
        "and IP for two days."
    )
    assert "Federal Service on Industrial Property" in _names(f)


def test_a_body_named_after_an_agreements_between_and_other_words_keeps_its_on() -> None:
    f = facts_text(
        "The agreement between the two offices was welcomed by the Westland State Agency on "
        "Industrial Property."
    )
    assert "Westland State Agency on Industrial Property" in _names(f)
    assert "Westland State Agency" not in _names(f)


def test_the_sentence_of_a_between_starts_after_the_last_stop_not_after_an_abbreviation() -> None:
    f = facts_text(
        "The report of Dr. Ana Silva on the agreement between the two offices was welcomed by "
        "the Westland Federal Service on Industrial Property."
    )
    assert "Westland Federal Service on Industrial Property" in _names(f)
