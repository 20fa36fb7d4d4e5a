"""Roles (importers/en/roles/, importers/en/orgs/): a minister's portfolio and name run on into
the next body and its titled holder, an envoy's lower-case title with its posting, a second
minister's post after "and", the titled people a body is "represented by", and a union's
delegation named in full with no posting."""

from __future__ import annotations

from importers.facts import DocumentFacts
from tests.extract.en.helpers import facts_text, org_set, people_names, roles


def _bare_roles(f: DocumentFacts) -> set[tuple[str, str]]:
    people = {p.key: p.name for p in f.people}
    return {(people[r.person], r.title) for r in f.roles if not r.org}


def test_a_portfolio_and_its_holder_end_where_and_opens_the_next_body_and_its_title() -> None:
    f = facts_text(
        "The accord was signed by Minister of Mines and Quarries Sok Vannara and Korean "
        "Intellectual Property Office Commissioner Lee Dong-hwan in Seoul."
    )
    assert ("Sok Vannara", "Minister of Mines and Quarries") in _bare_roles(f)
    assert ("Lee Dong-hwan", "Commissioner", "Korean Intellectual Property Office") in roles(f)
    assert not any("Sok Vannara" in name for name in org_set(f))


def test_a_portfolio_listed_with_commas_ends_at_its_holder_before_the_next_body() -> None:
    f = facts_text(
        "Signing for the two sides were Minister of Energy, Mines, Water and Forests Dara Mey "
        "and US Patent and Trademark Office (USPTO) director Alan Burke, by video link."
    )
    assert ("Dara Mey", "Minister of Energy, Mines, Water and Forests") in _bare_roles(f)
    assert ("Alan Burke", "director", "US Patent and Trademark Office") in roles(f)


def test_an_envoy_in_lower_case_with_his_posting_before_a_full_name_holds_the_post() -> None:
    f = facts_text("The ceremony was presided over by Canadian ambassador to Peru John Ellery.")
    assert "John Ellery" in people_names(f)
    assert ("John Ellery", "ambassador to Peru") in _bare_roles(f)


def test_a_lower_case_title_with_no_posting_gives_no_one_a_post() -> None:
    f = facts_text("The ceremony was presided over by ambassador John Ellery.")
    assert "John Ellery" not in people_names(f)


def test_a_second_ministers_post_after_and_is_held_at_the_ministry_the_text_names() -> None:
    f = facts_text(
        "Tom Baker, Thai Minister of Commerce and Minister of Mines and Crafts of the Kingdom "
        "of Thailand (MMC), led the delegation. The Patent Office signed a memorandum with "
        "the Ministry of Mines and Crafts of the Kingdom of Thailand."
    )
    assert (
        "Tom Baker",
        "Minister of Mines and Crafts",
        "Ministry of Mines and Crafts of the Kingdom of Thailand",
    ) in roles(f)


def test_the_titled_people_a_body_is_represented_by_hold_their_posts_at_that_body() -> None:
    f = facts_text(
        "The Patent Office of Ruritania signed an agreement with the Acme Trade Board. The "
        "Acme Trade Board, represented by Director Jane Roe, Deputy Director Tom Baker and "
        "Budget Division Chief Ana Ruiz, thanked the Patent Office of Ruritania for its "
        "support."
    )
    assert ("Jane Roe", "Director", "Acme Trade Board") in roles(f)
    assert ("Tom Baker", "Deputy Director", "Acme Trade Board") in roles(f)
    assert not any(org == "Patent Office of Ruritania" for _, _, org in roles(f))


def test_a_title_after_a_represented_body_and_a_full_stop_is_no_part_of_its_list() -> None:
    f = facts_text(
        "The Acme Trade Board was represented by its staff. Director Jane Roe of the Zeta "
        "Council spoke first."
    )
    assert ("Jane Roe", "Director", "Acme Trade Board") not in roles(f)


def test_a_unions_delegation_named_in_full_without_a_posting_is_the_officers_body() -> None:
    f = facts_text(
        "Deputy Commissioner Li Wen of the Patent Office met with Minister Counsellor of the "
        "Delegation of the European Union Anna Berg in Beijing on May 6."
    )
    assert ("Anna Berg", "Minister Counsellor", "Delegation of the European Union") in roles(f)
