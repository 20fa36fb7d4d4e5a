"""A form of address between a title (or a title and its body) and a name: "Chairman X
Authority (XA) of Y Mr. Jane Roe", "Secretary Finance Ms. Jane Roe", "Minister for Trade,
Engr. Jane Roe in a meeting". The form opens a person's name, so no body's name runs on into
it, the body written between the title and the form is where the post is held, and a name
set off by a comma after a form is the holder's whatever words follow it."""

from __future__ import annotations

from importers.facts import DocumentFacts
from tests.extract.en.helpers import facts_text, org_set, people_names, roles


def _bare_roles(f: DocumentFacts) -> set[tuple[str, str]]:
    people = {p.key: p.name for p in f.people}
    return {(people[r.person], r.title) for r in f.roles if r.org is None}


def test_a_body_between_a_title_and_an_addressed_name_holds_the_post() -> None:
    f = facts_text(
        "Chairman Seed Certification Authority (SCA) of Ruritania Mr. Omar Farid Lodhi was "
        "also present at the talks.",
        "2021-05-10",
    )
    assert ("Omar Farid Lodhi", "Chairman", "Seed Certification Authority of Ruritania") in roles(f)


def test_no_body_runs_on_into_a_form_of_address_or_the_name_before_it() -> None:
    f = facts_text(
        "Secretary Industries Mr. Tariq Mehmood Qureshi and Chairman Seed Certification "
        "Authority (SCA) of Ruritania Mr. Omar Farid Lodhi attended the talks.",
        "2021-05-10",
    )
    assert "Seed Certification Authority of Ruritania" in org_set(f)
    assert not any("Mr" in n.split() or "Qureshi" in n for n in org_set(f))
    assert not any(n.startswith("Chairman") for n in org_set(f))


def test_a_secretary_named_with_the_portfolio_after_the_title_holds_a_post() -> None:
    f = facts_text(
        "Secretary Finance Ms. Sadia Noor Baig briefed the visitors on the budget.",
        "2021-05-10",
    )
    assert ("Sadia Noor Baig", "Secretary Finance") in _bare_roles(f)


def test_an_addressed_name_after_a_title_and_a_comma_need_not_close_the_apposition() -> None:
    f = facts_text(
        "The plan was welcomed by Minister for Industries, Engr. Bilal Aslam Chaudhry in a "
        "meeting with a visiting delegation.",
        "2021-05-10",
    )
    assert "Bilal Aslam Chaudhry" in people_names(f)
    assert ("Bilal Aslam Chaudhry", "Minister for Industries") in _bare_roles(f)


def test_a_body_opening_with_a_title_word_keeps_it_with_no_addressed_name_after() -> None:
    f = facts_text(
        "President University of Ruritania signed a memorandum with the Seed Certification "
        "Authority on Monday.",
        "2021-05-10",
    )
    assert not any(n.startswith("University") for n in org_set(f))
