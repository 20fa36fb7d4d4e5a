"""Names of what is not a body of its own, or of no whole name (store/review/misnamed.py): a
venue, a team sent to a meeting, an organ of the body it names, a doubled ending, a verb or
a clause word at the start, a person's name running into the clause after it. Every name
here is our own."""

from __future__ import annotations

from store.review.calibration import p_wrong
from store.review.signals import organisation_signs, person_signs


def _keys(name: str) -> set[str]:
    return {s.key for s in organisation_signs(name)}


def test_a_hotel_or_a_convention_hall_is_a_venue_not_a_body() -> None:
    for name in ("Harbourside Grand Hotel", "Lakeview Exhibition and Convention Centre"):
        assert "venue" in _keys(name), name
    for name in ("萍乡国际会议中心", "滨江大酒店", "北境湾宴会厅"):
        assert "venue" in _keys(name), name
    for name in ("Regional Arbitration Centre", "Borealia Patent Information Centre"):
        assert "venue" not in _keys(name), name
    assert "venue" not in _keys("萍乡知识产权保护中心")


def test_a_delegation_of_a_country_is_a_team_unless_stationed_somewhere() -> None:
    assert "team" in _keys("Delegation of Borealia")
    assert "team" in _keys("the Delegation of the Republic of Kestrel")
    assert "team" not in _keys("Delegation of the Union of Borealia to Kestrel")
    assert "team" not in _keys("Permanent Delegation of Borealia")
    assert "team" in _keys("北地国代表团")
    assert "team" not in _keys("北地联盟驻南岛代表团")


def test_a_secretariat_of_a_named_body_is_an_organ_of_it() -> None:
    assert "organ_of" in _keys("Secretariat of the Borealian Seed Union")
    assert "organ_of" not in _keys("Borealian Seed Union Secretariat")


def test_a_last_character_or_word_said_twice_is_a_run_together_name() -> None:
    assert "doubled" in _keys("北地国农业部种子局局")
    assert "doubled" in _keys("Seed Office Office")
    assert "doubled" not in _keys("北地国农业部种子局")


def test_a_name_that_keeps_the_verb_or_clause_word_before_it_was_cut_badly() -> None:
    assert "edge" in _keys("Welcomed the Borealian Seed Office")
    assert "edge" in _keys("根据北地国种子局")
    assert "edge" not in _keys("Borealian Seed Office")
    assert "edge" not in _keys("北地国种子局")


def test_a_byline_unit_of_a_company_says_not_whose_it_is() -> None:
    assert "unit_words" in _keys("Corporate Communications Office")


def test_a_chinese_name_ending_with_a_clause_word_ran_into_the_sentence() -> None:
    assert "zh_runs_on" in {s.key for s in person_signs("林晓上")}
    assert "zh_runs_on" not in {s.key for s in person_signs("林晓")}
    assert "zh_runs_on" not in {s.key for s in person_signs("林志和")}


def test_each_new_sign_raises_a_name_once_seen_above_the_doubt_of_being_seen_once() -> None:
    structure = ["documents:1", "mentions:1", "links:0", "other_names:no", "country:no"]
    plain = p_wrong("organisation", structure)
    for key in ("venue", "team", "organ_of", "doubled"):
        assert p_wrong("organisation", [*structure, key]) > plain, key


def test_a_unit_ending_or_a_preposition_before_a_surname_was_kept_with_the_name() -> None:
    for name in ("司钟立平", "局孙晓", "向钱明远", "对赵一"):
        keys = {s.key for s in person_signs(name)}
        assert "zh_joined" in keys, name
    for name in ("司马长风", "向晓东", "钟立平", "司钟"):
        assert "zh_joined" not in {s.key for s in person_signs(name)}, name
