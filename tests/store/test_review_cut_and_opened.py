"""Doubts unseen texts brought that no sign showed: a body's name cut at the "and" its own
name holds; a reference body resolved from words that open with another country; two
capitals alone taken for a body; a Chinese "name" that runs over a verb of going; and a
Chinese name of a ministry read word by word against its English name. Every sentence is
our own."""

from __future__ import annotations

from pathlib import Path

from store.db import open_database
from store.models import Document
from store.review.cut_short import runs_on
from store.review.glossed import translates
from store.review.misplaced import country_opening
from store.review.queue import review_queue
from store.review.signals import organisation_signs
from store.search import index_entity
from store.writer import add_mention, new_organisation

TEXT = (
    "Delegates of the Bureau for Fisheries and Coastal Affairs toured the harbour. "
    "The Lantern Foundation and Harbour Agency hosted them."
)


def test_a_name_running_on_over_and_into_more_field_words_was_cut_short() -> None:
    assert runs_on("Bureau for Fisheries", " and Coastal Affairs toured") == "Coastal Affairs"
    assert runs_on("Office of Mining", " and Energy.") == "Energy"


def test_two_bodies_a_person_or_a_country_after_and_are_no_cut() -> None:
    assert runs_on("Lantern Foundation", " and Harbour Agency hosted") is None
    assert runs_on("Office of Mining", " and the Treasury") is None
    assert runs_on("KDX", " and Brightwater Holdings") is None
    assert runs_on("Office of Mining", " and Ms Orla Quinn spoke") is None
    assert runs_on("Office of Mining", " and Norway's regulator") is None


def test_a_body_cut_short_before_and_is_proposed_for_review(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'cut.db'}")
    with db.session() as s:
        doc = Document(path="tour.txt", lang="en", sha256="c" * 64, text=TEXT)
        s.add(doc)
        s.flush()
        assert doc.id
        made = {}
        for surface in ("Bureau for Fisheries", "Lantern Foundation"):
            org = new_organisation(s, surface)
            assert org.id is not None
            start = TEXT.index(surface)
            add_mention(
                s,
                doc.id,
                "organisation",
                org.id,
                start=start,
                end=start + len(surface),
                surface=surface,
                extractor="en/1",
                confidence=0.9,
            )
            made[surface] = org.id
        s.flush()
        for eid in made.values():
            index_entity(s, "organisation", eid)
        s.commit()
        items = {i.id: i for i in review_queue(s, with_sources=False)}
    db.engine.dispose()
    cut = items.get(f"o{made['Bureau for Fisheries']}")
    assert cut is not None and "Coastal Affairs" in cut.reason
    whole = items.get(f"o{made['Lantern Foundation']}")
    assert whole is None or "cut short" not in whole.reason


def test_a_reference_body_read_from_words_opening_with_another_country_is_doubted() -> None:
    assert country_opening("挪威专利局", "DK") == ("NO", "挪威")
    assert country_opening("Norwegian Patent Office", "DK") == ("NO", "Norwegian")
    assert country_opening("挪威专利局", "NO") is None
    assert country_opening("中国香港知识产权署", "HK") is None  # Hong Kong, named in full
    assert country_opening("专利局", "DK") is None


def test_two_capitals_alone_are_doubted_as_a_body_and_an_acronym_of_more_is_not() -> None:
    assert "two_letters" in {s.key for s in organisation_signs("TK")}
    assert "two_letters" not in {s.key for s in organisation_signs("KDXO")}


def test_a_chinese_name_running_over_a_verb_of_going_is_doubted() -> None:
    assert "zh_breaks" in {s.key for s in organisation_signs("海港学院学生赴设计中心")}


def test_a_ministry_named_with_its_state_and_portfolio_translates_its_english_name() -> None:
    assert translates("挪威王国司法部", "Ministry of Justice of the Kingdom of Norway")
    assert translates("智利财政及经济部", "Ministry of Finance and Economy of Chile")
    assert not translates("挪威王国司法部", "Ministry of Finance of the Kingdom of Norway")


def test_one_body_named_with_another_head_word_in_another_order_is_proposed_as_one(
    tmp_path: Path,
) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'heads.db'}")
    names = ("Andean Seed Office", "Seed Bureau of the Andean")
    with db.session() as s:
        ids = []
        for n, name in enumerate(names):
            text = f"The {name} met growers."
            doc = Document(path=f"seed{n}.txt", lang="en", sha256=str(n) * 64, text=text)
            s.add(doc)
            s.flush()
            assert doc.id
            org = new_organisation(s, name)
            assert org.id is not None
            add_mention(
                s,
                doc.id,
                "organisation",
                org.id,
                start=4,
                end=4 + len(name),
                surface=name,
                extractor="en/1",
                confidence=0.9,
            )
            ids.append(org.id)
        s.flush()
        for eid in ids:
            index_entity(s, "organisation", eid)
        s.commit()
        items = {i.id for i in review_queue(s, with_sources=False)}
    db.engine.dispose()
    assert f"o{ids[0]}+o{ids[1]}" in items


def test_a_span_stopping_inside_a_hyphened_or_dotted_name_was_cut_short() -> None:
    from store.review.cut_short import joined_on

    assert joined_on("-Marlowe, the envoy") == "-Marlowe"
    assert joined_on("·伊万·彼得罗夫出席") == "·伊万"
    assert joined_on(", the envoy") is None
    assert joined_on(" - an aside") is None
    assert joined_on("-Marlowe代表出席") == "-Marlowe"  # the Latin name only


def test_a_company_before_and_another_company_is_no_cut() -> None:
    assert runs_on("Brightwater Motor", " and Kestrel said") is None
