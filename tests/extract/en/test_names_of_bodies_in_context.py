"""Names of bodies that English texts write in unusual ways: in the body's own language and
sentence case before its acronym, above a signer's name in a signature block, and before ", and
Mr NAME" in a list of guests. Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, roles


def test_a_name_in_its_own_language_is_a_body_when_its_words_spell_the_acronym() -> None:
    f = facts_text(
        "The Agency signed a memorandum with the Office national de la propriété "
        "industrielle (ONPI) and a plan with the Instituto regional de marcas (IRM)."
    )
    names = org_set(f)
    assert {"Office national de la propriété industrielle", "ONPI"} <= names
    assert {"Instituto regional de marcas", "IRM"} <= names


def test_an_english_phrase_before_an_acronym_is_not_read_as_a_foreign_name() -> None:
    f = facts_text(
        "The two offices signed a Memorandum of Cooperation (MOC) on examination in May."
    )
    assert "Memorandum of Cooperation" not in org_set(f)


def test_a_government_named_above_a_signer_ends_at_the_line_end() -> None:
    f = facts_text(
        "Adopted on 2 May 2025.\n\nFor the Government of Norland\nHon Kari Vesti, Minister for "
        "Trade\n"
    )
    names = org_set(f)
    assert "Government of Norland" in names
    assert not any("Kari" in n for n in names)


def test_a_ministry_followed_by_and_a_guest_is_not_a_portfolio_list() -> None:
    f = facts_text(
        "The dialogue drew H.E. Sok Dara, Secretary of State of the Ministry of Commerce "
        "of Cambodia, and Mr Lim Wei Jie, Singapore's Minister of State for Law, who chaired "
        "a session."
    )
    assert not any("Lim Wei Jie" in n for n in org_set(f))
    assert any(p == "Sok Dara" and "Ministry of Commerce" in o for p, _, o in roles(f))


def test_a_weekday_before_a_name_is_not_part_of_it() -> None:
    f = facts_text(
        "On Thursday the Nordic Design Office renewed its cooperation agreement with the "
        "Coastal Patent Office."
    )
    names = org_set(f)
    assert "Nordic Design Office" in names
    assert not any(n.startswith("Thursday") for n in names)


def test_a_countrys_acronym_names_that_countrys_body() -> None:
    f = facts_text(
        "In March we signed the renewal of our cooperation agreement with Chile's INAPI."
    )
    inapi = [o for o in f.orgs if o.name == "INAPI" or "INAPI" in o.aliases]
    assert inapi and inapi[0].country == "CL"
