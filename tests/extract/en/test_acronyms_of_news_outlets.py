"""An acronym the text introduces as a news outlet ("the state news agency XNA reports") is
the source it cites, however often it credits it, and no body of the news
(importers/en/orgs/acronyms.py, [media_appositives] of en_orgs.txt)."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set

_TEXT = (
    "The Ruritanian Patent Office signed a cooperation plan with the Intellectual Property "
    "Office of Singapore on Tuesday, the national news agency {acronym} said. The office will "
    "train examiners, {acronym} added."
)


def test_an_acronym_introduced_as_a_news_agency_is_no_body() -> None:
    assert "RNA" not in org_set(facts_text(_TEXT.format(acronym="RNA")))


def test_an_acronym_used_twice_with_no_media_word_stays_a_body() -> None:
    text = _TEXT.replace("the national news agency ", "").format(acronym="RPA")
    assert "RPA" in org_set(facts_text(text))
