"""People and their posts in a text written all in lower case, read through a cased view
(importers/en/cased.py): the two words after a title that no word list knows, before a
verb, "and" or a stop, are the holder's name. Sentences written for these tests."""

from __future__ import annotations

from importers.en.cased import cased_view
from importers.resolve.reference import load_reference
from tests.extract.en.helpers import facts_text, org_set, people_names, roles

_TEXT = (
    "accra, 4 may 2031. the european patent office (epo) and the ghanaian ministry of trade "
    "and industry signed a memorandum of understanding on patent data.\n\n"
    "epo vice-president anna lindqvist and ghanaian deputy minister of trade and industry "
    "kwesi mensah signed the document.\n\n"
    '"we welcome the support," ghanaian minister of trade and industry ama owusu said. '
    "mensah said the ghanaian government will train examiners. the ghanaian government "
    "will also fund the course.\n"
)


def test_a_title_and_two_unknown_words_before_a_verb_name_the_holder() -> None:
    facts = facts_text(_TEXT, "2031-05-04")
    assert {"Anna Lindqvist", "Kwesi Mensah", "Ama Owusu"} <= people_names(facts)
    got = roles(facts)
    assert ("Anna Lindqvist", "Vice-President", "European Patent Office") in got
    assert any(p == "Ama Owusu" and t == "Minister of Trade and Industry" for p, t, _o in got)


def test_a_country_s_ministry_and_government_are_bodies_kept_as_written() -> None:
    names = {n.casefold() for n in org_set(facts_text(_TEXT, "2031-05-04"))}
    assert "ghanaian ministry of trade and industry" in names
    assert "ghanaian government" in names


def test_a_title_before_ordinary_words_names_no_one() -> None:
    text = (
        "the commissioner also said that the minister of trade will visit the office soon; "
        "the director general later thanked all staff.\n"
    )
    assert people_names(facts_text(text)) == set()


def test_the_cased_view_keeps_every_offset_and_capitalises_only_names() -> None:
    text = (
        'the ghanaian government welcomed it. "we agree," said minister of trade ama owusu, '
        "who met the european patent office (epo) on monday.\n"
    )
    view = cased_view(text, load_reference())
    assert len(view) == len(text)
    assert view == (
        'The Ghanaian Government welcomed it. "We agree," said Minister of Trade Ama Owusu, '
        "who met the European Patent Office (EPO) on monday.\n"
    )
