"""Fragments and run-on names the queue raises, and names it leaves alone: a unit a Chinese
text names once under its parent body and then alone, a body a description ran on into and
the same body alone, a body named with and without a
bracketed place at its end, a Chinese "person" that kept the conjunction before it; a verb
or a dash that is a Chinese name's own, a title that is a portfolio. Every name here is our
own."""

from __future__ import annotations

from pathlib import Path

from store.db import open_database
from store.review.pairs import duplicate_pairs
from store.review.signals import organisation_signs, person_doubt, person_signs
from store.writer import add_mention, add_name, new_organisation
from tests.store.review_kb import add_documents

#: one notice naming a college in full and then alone, another body's office in full, a
#: province's office in full and then by its level, and an association after a description
#: that ran on into its name, then alone
NOTICE = (
    "北境大学海港法学院与南岛组织北境办事处合办讲座。海港法学院院长致辞。"
    "临川省种子管理中心派员出席，省种子管理中心主任发言。"
    "海港著名商界社团北境工商协会举办酒会，北境工商协会会长讲话。"
)
#: a second notice: a different body's office of the same place
OTHER = "山谷联盟北境办事处发布通知。"


def _pairs(
    tmp_path: Path, made: dict[str, tuple[str, str]], also: dict[str, str] | None = None
) -> tuple[dict[str, int], set[frozenset[str]]]:
    """The organisations MADE (key: name, the document it is stated in) and the pairs of
    them the queue proposes, as pairs of keys."""
    db = open_database(f"sqlite:///{tmp_path / 'units.db'}")
    texts = {"notice.txt": NOTICE, "other.txt": OTHER}
    ids: dict[str, int] = {}
    with db.session() as s:
        docs = add_documents(s, texts)
        for key, (name, path) in made.items():
            org = new_organisation(s, name)
            assert org.id is not None
            ids[key] = org.id
            text = texts[path]
            start = max(text.find(name), 0)
            add_mention(
                s,
                docs[path],
                "organisation",
                org.id,
                start=start,
                end=start + len(name),
                surface=name,
                extractor="zh/1",
                confidence=0.9,
            )
        for key, other_name in (also or {}).items():  # a name in the other script
            add_name(s, "organisation", ids[key], other_name)
        s.commit()
        by_id = {v: k for k, v in ids.items()}
        found = {frozenset((by_id[p.a], by_id[p.b])) for p in duplicate_pairs(s, "organisation")}
    db.engine.dispose()
    return ids, found


def test_a_unit_named_under_its_parent_and_then_alone_in_one_text_is_proposed_as_one(
    tmp_path: Path,
) -> None:
    _, found = _pairs(
        tmp_path,
        {
            "college_full": ("北境大学海港法学院", "notice.txt"),
            "college": ("海港法学院", "notice.txt"),
            "office_full": ("南岛组织北境办事处", "notice.txt"),
        },
    )
    assert frozenset(("college_full", "college")) in found
    assert frozenset(("office_full", "college")) not in found


def test_an_office_named_with_its_province_and_then_by_its_level_is_proposed_as_one(
    tmp_path: Path,
) -> None:
    _, found = _pairs(
        tmp_path,
        {
            "centre_full": ("临川省种子管理中心", "notice.txt"),
            "centre": ("省种子管理中心", "notice.txt"),
            "college": ("海港法学院", "notice.txt"),
        },
    )
    assert frozenset(("centre_full", "centre")) in found
    assert frozenset(("centre_full", "college")) not in found


def test_a_body_named_after_a_description_run_on_and_then_alone_is_proposed_as_one(
    tmp_path: Path,
) -> None:
    _, found = _pairs(
        tmp_path,
        {
            "run_on": ("海港著名商界社团北境工商协会", "notice.txt"),
            "association": ("北境工商协会", "notice.txt"),
            "college": ("海港法学院", "notice.txt"),
        },
    )
    assert frozenset(("run_on", "association")) in found
    assert frozenset(("run_on", "college")) not in found


def test_two_bodies_offices_of_one_place_in_two_texts_are_not_proposed_as_one(
    tmp_path: Path,
) -> None:
    _, found = _pairs(
        tmp_path,
        {
            "office_full": ("南岛组织北境办事处", "notice.txt"),
            "other_office": ("北境办事处", "other.txt"),
            "other_full": ("山谷联盟北境办事处", "other.txt"),
        },
    )
    assert frozenset(("other_full", "other_office")) in found
    assert frozenset(("office_full", "other_office")) not in found
    assert frozenset(("office_full", "other_full")) not in found


def test_a_body_named_with_a_place_in_brackets_and_without_it_is_proposed_as_one(
    tmp_path: Path,
) -> None:
    _, found = _pairs(
        tmp_path,
        {
            "placed": ("Seed Varieties Department (Port Ellery)", "notice.txt"),
            "bare": ("Seed Varieties Department", "other.txt"),
            "acronym": ("Seed Varieties Department (SVD)", "other.txt"),
        },
    )
    assert frozenset(("placed", "bare")) in found


def test_a_unit_named_after_its_body_in_each_language_is_proposed_as_one(
    tmp_path: Path,
) -> None:
    _, found = _pairs(
        tmp_path,
        {
            "union": ("Borealia Seed Union", "other.txt"),
            "academy_zh": ("北境种子联盟学院", "notice.txt"),
            "academy_en": ("Borealia Seed Union Academy", "other.txt"),
            "office_en": ("Borealia Seed Union Office", "other.txt"),
        },
        also={"union": "北境种子联盟"},
    )
    assert frozenset(("academy_zh", "academy_en")) in found
    assert frozenset(("academy_zh", "office_en")) not in found


def test_a_chinese_name_that_starts_with_a_conjunction_kept_the_word_before_it() -> None:
    for name in ("和林海峰", "与北境联盟", "及南岛"):
        assert "zh_joined" in {s.key for s in person_signs(name)}, name
        assert person_doubt(name)[0] >= 0.5, name
    for name in ("林海峰", "和平", "何与安"):
        assert "zh_joined" not in {s.key for s in person_signs(name)}, name


def _org_keys(name: str) -> set[str]:
    return {s.key for s in organisation_signs(name)}


def test_a_verb_before_a_bodys_head_is_a_word_of_the_name_not_a_run_on() -> None:
    for name in (
        "北境河谷合作组织",
        "南岛海港合作秘书处",
        "北境联合国协会",
        "南岛经济共同体",
        "北境工商联合会",
    ):
        assert "zh_breaks" not in _org_keys(name), name
    for name in ("北境种子局与南岛合作签署", "北境种子局举办"):
        assert "zh_breaks" in _org_keys(name), name


def test_a_dash_between_two_places_names_one_body_and_after_a_body_joins_two() -> None:
    assert "zh_dash" not in _org_keys("北境—南岛贸易委员会")
    assert "zh_dash" in _org_keys("北境种子局—南岛专利局")


def test_a_title_that_is_also_a_portfolio_names_the_portfolio_inside_a_body() -> None:
    assert "title_inside" not in _org_keys("Ministry of Justice of Borealia")
    assert "title_inside" in _org_keys("Borealian Seed Office and Minister Ellery")
