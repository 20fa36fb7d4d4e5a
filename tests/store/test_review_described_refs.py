"""A reference body a text names only by a description (a lower-case alias the reference
lists, "five IP offices") may be other bodies the text counts: it waits at the queue's tail
as a name to confirm. Every name and text is our own."""

from __future__ import annotations

from pathlib import Path

from store.db import open_database
from store.review.described_refs import is_description
from store.review.queue import review_queue
from store.writer import add_mention, new_organisation
from tests.store.review_kb import add_documents

TEXTS = {
    "a.txt": "The heads of the four patent offices of the Northern Compact met in Freedonia;"
    " the Freedonia Patent Office chaired the meeting.",
    "b.txt": "The Northern Compact Patent Group and the four patent offices it joins met again.",
}


def test_a_description_opens_in_lower_case_or_with_a_digit() -> None:
    assert is_description("four patent offices")
    assert is_description("the 4 patent offices")
    assert not is_description("Northern Compact Patent Group")
    assert not is_description("NCPG")
    assert not is_description("北方四局")


def test_a_reference_body_named_only_by_a_description_waits_to_be_confirmed(
    tmp_path: Path,
) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'kb.db'}")
    with db.session() as s:
        docs = add_documents(s, TEXTS, lang="en")
        made: dict[str, int] = {}
        for key, ref_id, surfaces in (
            ("group", "ncpg", {"a.txt": "four patent offices"}),
            ("named", "ncpg2", {"b.txt": "Northern Compact Patent Group", "a.txt": None}),
            ("office", "fr-po", {"a.txt": "Freedonia Patent Office"}),
        ):
            org = new_organisation(s, key.title(), ref_id=ref_id)
            assert org.id
            made[key] = org.id
            for path, surface in surfaces.items():
                if surface is None:
                    continue
                start = TEXTS[path].find(surface)
                add_mention(
                    s,
                    docs[path],
                    "organisation",
                    org.id,
                    start=start,
                    end=start + len(surface),
                    surface=surface,
                    extractor="en/1",
                    confidence=0.9,
                )
        # the same reference group, named by its name in the second text as well
        start = TEXTS["b.txt"].find("four patent offices")
        add_mention(
            s,
            docs["b.txt"],
            "organisation",
            made["named"],
            start=start,
            end=start + len("four patent offices"),
            surface="four patent offices",
            extractor="en/1",
            confidence=0.9,
        )
        s.commit()
        items = {
            i.subjects[0].id: i for i in review_queue(s, with_sources=False) if i.kind == "entity"
        }
    db.engine.dispose()
    group = items[made["group"]]
    assert group.to_confirm and "description" in group.reason
    assert made["named"] not in items  # one mention names it: the text means it
    assert made["office"] not in items  # the reference vouches for a body named
