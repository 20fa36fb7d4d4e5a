"""A stored form of address ("Mr. Roe", 邓先生: Name.kind "address") links no person across
documents by any route the resolver has: by name, by sound, by romanisation, by a slip, by
initials, by a longer Latin form, nor by counting as the person's Chinese name
(importers/resolve/people.py, lookup.py). Every matcher is made to accept any pair, so only
the names read decide."""

from __future__ import annotations

import pytest

from importers.resolve import people
from importers.resolve.lookup import by_names
from store import writer
from store.db import Database
from store.search.index import index_entity


def test_a_form_of_address_is_matched_by_no_route(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    for matcher in ("sounds_like", "_romanises", "one_slip", "initials_fit"):
        monkeypatch.setattr(people, matcher, lambda *_: True)
    with db.session() as s:
        org = writer.new_organisation(s, "Baltic Patent Board").id
        roe = writer.new_person(s, "Mr. Ostrander", name_kind=people.ADDRESS).id
        assert org is not None and roe is not None
        writer.add_name(s, "person", roe, "邓先生", kind=people.ADDRESS)
        writer.add_role(s, roe, org, "President")
        index_entity(s, "person", roe)  # found by a search for a longer form
        s.commit()
        names = ["Mr. Karl Ostrander", "奥斯特兰德", "邓鸿森"]
        assert by_names(s, "person", ["Mr. Ostrander", "邓先生"]) == []
        assert people._other_form(s, names, {org}, {org: ["President"]}, besides=None) is None
        assert not people._han_names_differ(s, roe, ["邓鸿森"])
