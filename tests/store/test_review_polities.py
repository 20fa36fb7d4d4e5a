"""A government or a legislature the reference data names, stated once by one document:
mostly the state a text speaks of, so it waits at the queue's tail as a name to confirm.
Every name and text is our own."""

from __future__ import annotations

from pathlib import Path

from store.db import open_database
from store.review.polities import is_polity
from store.review.queue import review_queue
from store.writer import add_mention, new_organisation
from tests.store.review_kb import add_documents

TEXTS = {
    "a.txt": "With the support of the Government of Freedonia, the Freedonia Patent Office met"
    " the Sylvanian Trade Mark Office. The Government of Ruritania spoke; the Government of"
    " Ruritania agreed.",
}


def test_a_polity_is_a_government_or_a_legislature_in_either_script() -> None:
    assert is_polity("Government of Freedonia")
    assert is_polity("Northern Province People's Government")
    assert is_polity("National People's Congress")
    assert is_polity("北境省人民政府") and is_polity("北境省人民代表大會")
    assert not is_polity("Freedonia Patent Office")
    assert not is_polity("Ministry of Law (Freedonia)")
    assert not is_polity("北境省知识产权局")


def test_a_government_or_a_congress_inside_another_body_s_or_an_event_s_name_is_no_polity() -> None:
    assert not is_polity("Ministry of Local Government and Rural Affairs")
    assert not is_polity("Local Government Association")
    assert not is_polity("World Congress on Patent Information")
    assert not is_polity("Student Congress of Freedonia University")
    assert not is_polity("Government Office for Science")
    assert is_polity("Royal Government of Freedonia") and is_polity("the Freedonian Parliament")


def test_a_reference_government_named_once_waits_at_the_tail(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    with db.session() as s:
        doc = add_documents(s, TEXTS, lang="en")["a.txt"]
        text = TEXTS["a.txt"]
        made: dict[str, int] = {}
        for name, ref_id in (
            ("Government of Freedonia", "fr-gov"),
            ("Freedonia Patent Office", "fr-po"),
            ("Government of Ruritania", "ru-gov"),
            ("Sylvanian Trade Mark Office", None),
        ):
            org = new_organisation(s, name, kind="government", ref_id=ref_id)
            assert org.id
            made[name] = org.id
            start = -1
            while (start := text.find(name, start + 1)) >= 0:
                add_mention(
                    s,
                    doc,
                    "organisation",
                    org.id,
                    start=start,
                    end=start + len(name),
                    surface=name,
                    extractor="en/1",
                    confidence=0.9,
                )
        s.commit()
        items = {
            i.subjects[0].id: i for i in review_queue(s, with_sources=False) if i.kind == "entity"
        }
    freedonia = items[made["Government of Freedonia"]]
    assert freedonia.to_confirm and "government" in freedonia.reason
    assert made["Freedonia Patent Office"] not in items  # an office the reference vouches for
    assert made["Government of Ruritania"] not in items  # named twice: a body of the text
    # ranked below the name nothing confirms: the reference still speaks for it
    assert freedonia.score <= items[made["Sylvanian Trade Mark Office"]].score
    db.engine.dispose()
