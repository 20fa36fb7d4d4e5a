"""Names that are two names, or a piece of one (store/review/joined.py): two bodies or two
people run together across a conjunction, a name cut inside a bracket, a region's body of
some kind. Every name here is our own."""

from __future__ import annotations

from store.review.signals import organisation_signs, person_signs


def _org(name: str) -> set[str]:
    return {s.key for s in organisation_signs(name)}


def _person(name: str) -> set[str]:
    return {s.key for s in person_signs(name)}


def test_two_chinese_bodies_joined_by_a_conjunction_are_a_group_not_one_body() -> None:
    assert "group" in _org("北地种子会与南岛苗木协会")
    assert "group" in _org("北地国种子局和南岛农业部")
    # a field joined by 和 inside one ministry's name is the name's own
    assert "group" not in _org("北地国种子和苗木部")
    assert "group" not in _org("北地国种子局")


def test_two_english_bodies_joined_by_and_are_a_group_not_one_body() -> None:
    assert "group" in _org("Borealian Seed Office and the Kestrel Plant Agency")
    assert "group" not in _org("Ministry of Seeds and Saplings")
    assert "group" not in _org("Institute and Faculty of Seed Growers")


def test_two_chinese_people_joined_by_a_conjunction_run_on() -> None:
    assert "zh_runs_on" in _person("孟北川与卡尔·维斯特")
    assert "zh_runs_on" in _person("孟北川及韩南山")
    # 和 is a given name's character: no doubt from it
    assert "zh_runs_on" not in _person("孟和平")


def test_a_name_cut_inside_its_bracket_is_cut_from_the_sentence() -> None:
    assert "edge" in _org("北地國種子促進局(種促局")
    assert "edge" in _org("Borealian Seed Office (BSO")
    assert "edge" not in _org("北地國種子促進局(種促局)")
    assert "phrase" in _person("Karl Vester (Deputy")


def test_a_region_and_a_generic_head_name_a_kind_of_body_not_one() -> None:
    assert "generic" in _org("亞太地區機構")
    assert "generic" in _org("非洲国家主管部门")
    assert "generic" not in _org("非洲知识产权组织")


def test_a_transliteration_dotted_with_any_middle_dot_reads_as_its_parts() -> None:
    from store.review.scripts import _could_transliterate

    for dot in "·•‧・∙":
        assert _could_transliterate(f"马丁{dot}格伯", "Martin Gerber"), dot
    assert {s.key for s in person_signs("马丁‧格伯")} == set()


def test_a_name_whose_shape_shows_no_doubt_is_weighed_as_a_plain_name() -> None:
    from store.review.calibration import Profile, p_wrong, sign_p, structure_signs

    once = Profile(documents=1, mentions=1, pattern=0.9)
    assert "shape:none" in structure_signs("organisation", once, plain=True)
    assert "shape:none" not in structure_signs("organisation", once)
    # weighed by its own row of review_signals.tsv once counted there (bench/calibrate_review.py
    # counts it); it never makes a plain name more doubtful than its bare structure
    plain = p_wrong("organisation", structure_signs("organisation", once, plain=True))
    bare = p_wrong("organisation", structure_signs("organisation", once))
    assert sign_p("organisation", "shape:none") <= sign_p("organisation", "*")
    assert plain <= bare


def test_two_bodies_whose_acronyms_stand_either_side_of_and_are_a_group() -> None:
    assert "group" in _org("KVPO and BSA Training Centre")
    assert "group" in _org("NorIPO and SEEDNET")
    # a field's two-letter acronym before "and" joins the fields of one unit's name
    assert "group" not in _org("IP and Seed Law Division")
    assert "group" not in _org("ICT and Plant Data Unit")
