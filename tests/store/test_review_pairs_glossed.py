"""One body named in Chinese by one text and in English by another, which no text ties
together: the queue reads the Chinese name word by word (a place by its pinyin, Latin
letters as they are, a legal form the English may leave out) and proposes the English name
it translates. A country cut to its first character pairs a body's two Chinese names, and so
do two heads of one sender's mission in one country. A unit named with the university above
it is doubted. Two full names abbreviating alike pair only where no body states another
acronym. Every sentence is our own."""

from __future__ import annotations

from pathlib import Path

from store.db import open_database
from store.review.glossed import translates
from store.review.queue import review_queue
from store.review.signals import organisation_assurances, organisation_signs
from store.search import index_entity
from store.writer import add_mention, new_organisation
from tests.store.review_kb import add_documents

#: an English notice and a Chinese one, each naming its bodies once
ENGLISH = (
    "The Haigang Design Centre and KDX International ran a clinic with the Haigang "
    "Productivity Council."
)
CHINESE = "海港设计中心与KDX国际公司举办讲座。智利国家版权局与智版权局专家出席。"


def _kb(tmp_path: Path) -> tuple[dict[str, int], dict[str, str]]:
    db = open_database(f"sqlite:///{tmp_path / 'glossed.db'}")
    ids: dict[str, int] = {}
    with db.session() as s:
        docs = add_documents(s, {"notice.txt": ENGLISH}, lang="en")
        docs |= add_documents(s, {"tongzhi.txt": CHINESE})
        made = {
            "design_en": ("Haigang Design Centre", "notice.txt"),
            "kdx_en": ("KDX International", "notice.txt"),
            "council_en": ("Haigang Productivity Council", "notice.txt"),
            "design_zh": ("海港设计中心", "tongzhi.txt"),
            "kdx_zh": ("KDX国际公司", "tongzhi.txt"),
            "copyright_full": ("智利国家版权局", "tongzhi.txt"),
            "copyright_short": ("智版权局", "tongzhi.txt"),
        }
        for key, (name, path) in made.items():
            org = new_organisation(s, name)
            assert org.id is not None
            ids[key] = org.id
            text = ENGLISH if path == "notice.txt" else CHINESE
            start = text.index(name)
            add_mention(
                s,
                docs[path],
                "organisation",
                org.id,
                start=start,
                end=start + len(name),
                surface=name,
                extractor="zh/1" if path == "tongzhi.txt" else "en/1",
                confidence=0.9,
            )
            s.flush()
            index_entity(s, "organisation", org.id)
        s.commit()
        items = {i.id: i.reason for i in review_queue(s, with_sources=False)}
    db.engine.dispose()
    return ids, items


def _pair(ids: dict[str, int], a: str, b: str) -> str:
    return f"o{min(ids[a], ids[b])}+o{max(ids[a], ids[b])}"


def test_a_chinese_name_that_translates_an_english_one_word_by_word_is_proposed_as_one(
    tmp_path: Path,
) -> None:
    ids, items = _kb(tmp_path)
    pair = _pair(ids, "design_en", "design_zh")
    assert pair in items and "word for word" in items[pair]
    assert _pair(ids, "kdx_en", "kdx_zh") in items  # Latin letters kept, 公司 left out


def test_a_chinese_name_is_not_paired_with_an_english_name_it_does_not_translate(
    tmp_path: Path,
) -> None:
    ids, items = _kb(tmp_path)
    assert _pair(ids, "council_en", "design_zh") not in items
    assert not translates("海港设计中心", "Haigang Productivity Council")
    assert not translates("设计中心", "Design Centre Haigang")  # a word left over
    assert not translates("中心", "Centre")  # one part says nothing


def test_a_country_named_in_full_and_by_its_first_character_pairs_two_chinese_names(
    tmp_path: Path,
) -> None:
    ids, items = _kb(tmp_path)
    pair = _pair(ids, "copyright_full", "copyright_short")
    assert pair in items and "first character" in items[pair]


def test_a_unit_named_with_the_university_above_it_is_doubted_and_not_assured() -> None:
    name = "College of Marine Law of Kestrel University"
    assert "unit_of" in {s.key for s in organisation_signs(name)}
    assert not organisation_assurances(name)
    assert organisation_assurances("Kestrel University")
    for whole in ("Faculty of Law", "University of Kestrel", "Kestrel University"):
        assert "unit_of" not in {s.key for s in organisation_signs(whole)}


def test_one_senders_mission_in_one_country_named_by_two_heads_is_proposed_as_one(
    tmp_path: Path,
) -> None:
    names = {
        "office": "驻智利凯斯特尔经济文化办事处",
        "representation": "驻智利凯斯特尔代表处",
        "elsewhere": "驻秘鲁凯斯特尔代表处",
    }
    db = open_database(f"sqlite:///{tmp_path / 'missions.db'}")
    with db.session() as s:
        text = "。".join(names.values())
        doc = add_documents(s, {"missions.txt": text})["missions.txt"]
        ids = {}
        for key, name in names.items():
            org = new_organisation(s, name)
            assert org.id is not None
            ids[key] = org.id
            add_mention(s, doc, "organisation", org.id, surface=name, confidence=0.9)
        s.commit()
        items = {i.id: i.reason for i in review_queue(s, with_sources=False)}
    db.engine.dispose()
    pair = _pair(ids, "office", "representation")
    assert pair in items and "mission" in items[pair]
    assert _pair(ids, "representation", "elsewhere") not in items  # another country


def test_a_head_word_with_several_translations_finds_the_english_name_using_any_of_them() -> None:
    from store.review.glossed import glossed
    from store.review.pairs import _Entity

    names = [
        "海港专利局",
        "Haigang Patent Office",
        "Borealis Patent Agency",
        "Kestrel Trade Office",
    ]
    entities = {i: _Entity(i, n, names=[n]) for i, n in enumerate(names, 1)}
    assert [pair for pair, *_ in glossed(entities, 40)] == [(1, 2)]


def test_bodies_abbreviating_alike_pair_only_where_none_states_another_acronym() -> None:
    from store.review.pairs import _best_of, _Entity

    names = {
        1: ["Kestrel Marine Academy", "KMA"],
        2: ["Kestrel Marine Authority", "KeMA"],  # its own acronym, not KMA
        3: ["Kestrel Mining Association"],  # none stated: KMA may be its
    }
    entities = {i: _Entity(i, n[0], names=n) for i, n in names.items()}
    found = _best_of(entities, "organisation")
    assert (1, 2) not in found
    assert (1, 3) in found and found[(1, 3)][1][0] == "acronym"


def test_the_words_of_promotion_and_protection_bodies_and_ip_written_short_translate() -> None:
    """Inventors' and protection bodies' names, a regional union's name, a bare 会, and "IP"
    for 知识产权 in the English name are read word by word as any other."""
    assert translates("星海发明振兴会", "Xinghai Invention Promotion Association")
    assert translates("东盟版权保护协会", "ASEAN Copyright Protection Association")
    assert translates("星海知识产权协会", "Xinghai IP Association")
    assert not translates("星海发明振兴会", "Xinghai Design Promotion Association")
