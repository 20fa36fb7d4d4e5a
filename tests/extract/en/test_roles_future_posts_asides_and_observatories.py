"""A post a person is to take ("NAME is to be the new Director of X") or was nominated to,
at a unit the text wrote as a body's own ("X's Boards of Review"), the person named
before an aside between dashes, a body the title's holder serves named after "its" and a
few words that describe it, and observatories as bodies: named short by a union's acronym
and the head ("the AU Observatory"), or with a remit in the sentence's words after "on"
(importers/en/roles/copula.py, anchors.py, owned_units.py, importers/en/orgs/union_forms.py,
run_breaks.py, en_orgs.txt [org_heads], [union_adjectives]). Sentences written for these
tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set, people_names, roles

_NEWS = (
    "The Baltic Seed Office (BSO) said on Monday that Ilse Varga -- who now leads the BSO's "
    "plant registry -- is set to be the new Director of its recently founded Regional Observatory "
    "on Seed Fraud.\n"
)


def test_an_observatory_is_a_body() -> None:
    assert "Regional Observatory on Seed Fraud" in org_set(facts_text(_NEWS))


def test_the_person_before_an_aside_between_dashes_takes_the_post_after_is_to_be() -> None:
    facts = facts_text(_NEWS)
    assert "Ilse Varga" in people_names(facts)
    assert ("Ilse Varga", "Director", "Regional Observatory on Seed Fraud") in roles(facts)


def test_a_person_set_to_be_a_body_s_chair_holds_that_post() -> None:
    facts = facts_text(
        "Tomas Kral is set to be the Chair of the Danube Water Council from March.\n"
    )
    assert ("Tomas Kral", "Chair", "Danube Water Council") in roles(facts)


_UNION_NEWS = (
    "AU Observatory names its first head\n\n"
    "The African Observatory on Counterfeit Medicines will be led by Grace Okafor, the "
    "union said. The new unit takes over the AU Observatory on IP counterfeiting work "
    "from the African Union Commission (AUC).\n"
)


def test_a_union_s_acronym_and_a_head_name_the_one_body_of_the_union_named_in_full() -> None:
    f = facts_text(_UNION_NEWS)
    full = next(o for o in f.orgs if o.name == "African Observatory on Counterfeit Medicines")
    assert "AU Observatory" in full.aliases
    assert not any(o.name == "AU Observatory" for o in f.orgs)


def test_an_acronym_before_a_lower_case_noun_after_on_is_no_field_of_the_name() -> None:
    assert not any(n.startswith("AU Observatory on") for n in org_set(facts_text(_UNION_NEWS)))


def test_a_post_at_a_unit_the_text_wrote_as_a_body_s_own_is_held_at_that_body() -> None:
    facts = facts_text(
        "The Nordic Seed Office (NSO) announced that Lena Holm -- who now runs the NSO's "
        "Boards of Review -- is set to be the new Director of its Regional Observatory on Seed "
        "Fraud.\nShe joined the Office in 1998. She was nominated Chair of the Boards of Review "
        "by the Council in 2006.\n"
    )
    assert ("Lena Holm", "Chair of the Boards of Review", "Nordic Seed Office") in roles(facts)
    assert not any(t.startswith("Chair") and o.startswith("Regional") for _, t, o in roles(facts))
