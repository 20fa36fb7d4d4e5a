"""Posts that news style writes in lower case: the object of "named NAME as its new Title"
holds the post at the body that names them (importers/en/roles/copula.py), and "the (outgoing)
chairman of X board of directors, NAME," chairs X's board (importers/en/roles/patterns.py,
lower_apposed.py, anchors.py), the name addressed by an envoy's rank too.
Sentences written for these tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, people_names, roles

_OFFICE = "The Patent and Design Office of Ruritania (PDOR)"


def test_named_as_its_new_post_is_held_at_the_body_that_names() -> None:
    text = f"{_OFFICE} has named Carla Mendes as its new chief executive.\n"
    got = roles(facts_text(text))
    assert ("Carla Mendes", "chief executive", "Patent and Design Office of Ruritania") in got


def test_named_as_its_post_reads_the_same_capitalised() -> None:
    text = f"{_OFFICE} appointed Carla Mendes as its Registrar.\n"
    got = roles(facts_text(text))
    assert ("Carla Mendes", "Registrar", "Patent and Design Office of Ruritania") in got


def test_named_as_a_post_without_a_pronoun_gives_no_body() -> None:
    text = f"{_OFFICE} held talks. The minister named Carla Mendes as a new adviser.\n"
    assert not any(p == "Carla Mendes" for p, _t, _o in roles(facts_text(text)))


def test_the_lower_case_chairman_of_a_body_s_board_is_the_name_set_off_by_commas() -> None:
    text = (
        f"{_OFFICE} opened a branch. The chairman of PDOR board of directors, Omar Haddad, "
        "said the branch would serve inventors.\n"
    )
    got = roles(facts_text(text))
    assert any(
        p == "Omar Haddad" and t.startswith("chairman") and o.startswith("Patent and Design")
        for p, t, o in got
    )


def test_the_capitalised_chairman_of_a_body_s_board_reads_the_same() -> None:
    text = (
        f"{_OFFICE} opened a branch. The Chairman of PDOR board of directors, Omar Haddad, "
        "said the branch would serve inventors.\n"
    )
    got = roles(facts_text(text))
    assert any(p == "Omar Haddad" and t.startswith("Chairman") for p, t, _o in got)


def test_the_lower_case_head_of_a_body_is_the_name_set_off_by_commas() -> None:
    text = (
        f"{_OFFICE} opened a branch. The chief executive of the PDOR, Omar Haddad, said it "
        "would serve inventors.\n"
    )
    got = roles(facts_text(text))
    assert ("Omar Haddad", "chief executive", "Patent and Design Office of Ruritania") in got


def test_a_lower_case_title_of_a_body_before_places_names_no_one() -> None:
    text = f"{_OFFICE} wrote to the director of the PDOR, Paris and Rome about it.\n"
    assert people_names(facts_text(text)) == set()


def test_an_outgoing_chairman_addressed_by_his_rank_with_his_country_in_brackets() -> None:
    text = (
        f"{_OFFICE} met in Geneva. The outgoing chairman of the PDOR, Ambassador Omar Haddad "
        "(Jordan), reported on the talks.\n"
    )
    facts = facts_text(text)
    assert people_names(facts) == {"Omar Haddad"}
    assert ("Omar Haddad", "chairman", "Patent and Design Office of Ruritania") in roles(facts)


def test_an_envoy_s_country_in_brackets_closes_his_apposition() -> None:
    text = (
        "The Permanent Representative of Jordan to the United Nations Office at Geneva, "
        "Ambassador Omar Haddad (Jordan), opened the session.\n"
    )
    assert "Omar Haddad" in people_names(facts_text(text))
