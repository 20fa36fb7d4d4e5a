"""A person who holds two titles at once, written as one run ("Registrar and Chief
Executive of X"), holds two posts: one role per title, each at the body the run names (the
benchmark's convention: a person with two titles gets two roles). A post whose remit has
"and" in it, or one written in lower case, stays one title."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, roles


def test_two_titles_joined_by_and_are_two_roles_at_the_body() -> None:
    f = facts_text(
        "Marta Oyelaran, Registrar and Chief Executive of the Lakeland Trade Marks Office, "
        "opened the workshop on Monday."
    )
    got = roles(f)
    assert ("Marta Oyelaran", "Registrar", "Lakeland Trade Marks Office") in got
    assert ("Marta Oyelaran", "Chief Executive", "Lakeland Trade Marks Office") in got
    assert not any(" and " in t for _p, t, _o in got)


def test_three_titles_listed_with_commas_are_three_roles() -> None:
    f = facts_text(
        "The talks were led by Tomas Wrede, Commissioner of Patents, Registrar of Designs and "
        "CEO of the Northmark Intellectual Property Agency."
    )
    got = {t for p, t, _o in roles(f) if p == "Tomas Wrede"}
    assert got == {"Commissioner of Patents", "Registrar of Designs", "CEO"}


def test_a_remit_with_and_in_it_stays_one_title_beside_a_run() -> None:
    f = facts_text(
        "Ines Varga, Director of Trade Marks, Designs and Geographical Indications at the "
        "Lakeland Trade Marks Office, welcomed the guests with Omar Tell, Deputy Registrar and "
        "Head of the Lakeland Trade Marks Office."
    )
    got = roles(f)
    assert {t for p, t, _o in got if p == "Ines Varga"} == {
        "Director of Trade Marks, Designs and Geographical Indications"
    }
    assert {t for p, t, _o in got if p == "Omar Tell"} == {"Deputy Registrar", "Head"}


def test_a_lawyers_post_in_lower_case_stays_one_title_beside_a_run() -> None:
    f = facts_text(
        "Anders Holt, a founding partner and chair of the trade marks practice at Holt & Varga, "
        "spoke after Lena Roos, Chief Executive and Comptroller-General of the Lakeland Trade "
        "Marks Office."
    )
    got = roles(f)
    assert {t for p, t, _o in got if p == "Anders Holt"} == {
        "founding partner and chair of the trade marks practice"
    }
    assert {t for p, t, _o in got if p == "Lena Roos"} == {"Chief Executive", "Comptroller-General"}


def test_an_acting_run_and_a_rank_before_its_post_stay_whole_beside_a_run() -> None:
    f = facts_text(
        "The Lakeland Trade Marks Office hosted the talks. Kofi Mensah, Acting Registrar and "
        "Chief Executive of the Lakeland Trade Marks Office, opened them with Ruth Amadi, "
        "Registrar and Chief Executive of the Westmark Patent Office. The Ministry of Mines of "
        "Ruritania (MOM) sent a delegation. Sok Dara, Senior Minister and Minister of Mines of "
        "Ruritania, led it."
    )
    got = roles(f)
    assert {t for p, t, _o in got if p == "Kofi Mensah"} == {"Acting Registrar and Chief Executive"}
    assert {t for p, t, _o in got if p == "Ruth Amadi"} == {"Registrar", "Chief Executive"}
    (minister,) = [t for p, t, _o in got if p == "Sok Dara"]
    assert minister.startswith("Senior Minister and Minister of Mines")
