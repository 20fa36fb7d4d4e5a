"""A name inside the quoted title of a report, a study or a book ("a study titled “The
Patent Office (PO) of Tomorrow”") is the work's, no body's; a body named in quotes after
"called" keeps its name (importers/en/orgs/work_titles.py). Sentences written for these
tests."""

from __future__ import annotations

from tests.extract.en.helpers import facts_text, org_set


def test_an_office_in_a_studys_quoted_title_with_its_acronym_is_no_body() -> None:
    names = org_set(
        facts_text(
            "A new study titled “The Patent Office (PO) of Tomorrow” was released by the Xland "
            "Bar Association. It says POs must share their tools.\n"
        )
    )
    assert "Xland Bar Association" in names
    assert not any("Tomorrow" in n for n in names)
    assert "PO" not in names


def test_an_institute_in_a_books_title_in_straight_quotes_is_no_body() -> None:
    names = org_set(
        facts_text(
            'The Yland Design Council published a book entitled "The Design Institute of the '
            'Future" on Monday.\n'
        )
    )
    assert names == {"Yland Design Council"}


def test_a_known_body_inside_a_papers_title_stays_and_a_called_name_stays() -> None:
    names = org_set(
        facts_text(
            "In a paper titled ‘Working with the European Patent Office’, the EPO was praised. "
            "The new agency, called “Bureau of Seeds”, opened in Oslo.\n"
        )
    )
    assert {"European Patent Office", "Bureau of Seeds"} <= names


def test_the_parties_in_a_signed_documents_quoted_title_stay() -> None:
    names = org_set(
        facts_text(
            "The two sides signed a document titled “Memorandum of Understanding between the "
            "Westland Patent Office and the Eastland Trademark Office on Cooperation in "
            "Examination”.\n"
        )
    )
    assert {"Westland Patent Office", "Eastland Trademark Office"} <= names


def test_a_name_in_a_quoted_title_after_a_word_that_is_no_publication_stays() -> None:
    names = org_set(
        facts_text('The delegation visited a centre titled "Northland Innovation Agency".\n')
    )
    assert "Northland Innovation Agency" in names
