"""An apposition after a name that says the holder is new to the post, or has held it long
("NAME, the newly appointed Director General of X", "NAME, the incoming President of X"),
and a relative clause after a name that gives the post ("NAME, who was appointed Director of
X in May", "NAME, who is President of X") give the person the post at the body named.
"Undersecretary" written as one word with a portfolio says its post as "Under Secretary"
does, a role with no body named."""

from __future__ import annotations

from importers.facts import DocumentFacts
from tests.extract.en.helpers import facts_text, roles


def _titles(f: DocumentFacts) -> set[tuple[str, str]]:
    people = {p.key: p.name for p in f.people}
    return {(people[r.person], r.title) for r in f.roles}


def test_a_newly_appointed_holder_holds_the_post_at_the_body() -> None:
    f = facts_text(
        "Lena Varga, the newly appointed Director General of the Pannonia Patent Office, "
        "met Ivo Marek, the incoming President of the Carpathian Inventors Union."
    )
    got = roles(f)
    assert ("Lena Varga", "Director General", "Pannonia Patent Office") in got
    assert ("Ivo Marek", "President", "Carpathian Inventors Union") in got


def test_a_long_serving_holder_holds_the_post_at_the_body() -> None:
    f = facts_text(
        "Ivo Marek, the long-serving Registrar of the Carpathian Design Registry, spoke."
    )
    assert ("Ivo Marek", "Registrar", "Carpathian Design Registry") in roles(f)


def test_a_who_clause_gives_the_post_to_the_name_before_it() -> None:
    f = facts_text(
        "The plan was presented by Lena Varga, who was appointed Director General of the "
        "Pannonia Patent Office in May. Ivo Marek, who is President of the Carpathian "
        "Inventors Union, welcomed it."
    )
    got = roles(f)
    assert ("Lena Varga", "Director General", "Pannonia Patent Office") in got
    assert ("Ivo Marek", "President", "Carpathian Inventors Union") in got


def test_an_undersecretary_with_a_portfolio_says_the_post() -> None:
    f = facts_text("The forum was opened by Undersecretary for Industry Marta Salcedo.")
    assert ("Marta Salcedo", "Undersecretary for Industry") in _titles(f)
