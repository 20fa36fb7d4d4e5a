"""The English extractor's words (importers/en/words.py): read from the data files of
store/text/words/, with the patterns built from them behaving as the rules expect."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from importers.en import words
from store.text import dates, lexicon

SOURCE = Path(words.__file__)


def test_no_word_list_is_written_in_python() -> None:
    """Word lists are data: the module holds no literal list, set, tuple or dict of words."""
    tree = ast.parse(SOURCE.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.List | ast.Set | ast.Tuple | ast.Dict):
            elts = node.keys if isinstance(node, ast.Dict) else node.elts
            strings = [e for e in elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
            assert len(strings) < 2, f"a word list at line {node.lineno}"


def test_the_module_is_thin() -> None:
    assert len(SOURCE.read_text(encoding="utf-8").splitlines()) < 250


def test_lists_are_read_as_written() -> None:
    assert {"office", "ministry", "directorate-general", "gmbh", "co."} <= words.ORG_HEADS
    assert {"IP", "PCT", "R&D", "PhD"} <= words.NON_ORG_ACRONYMS
    assert {"de", "et", "bin", "ibn"} <= words.ROMANCE_CONNECTORS
    assert "chargé d'affaires" in words.DIPLOMATIC_TITLES


def test_mappings_are_key_value_lines_in_order() -> None:
    assert words.COUNTRY_ABBREVIATIONS == {"U.S.": "United States", "U.K.": "United Kingdom"}
    assert list(words.EXAMPLE_NOUNS)[:2] == ["companies", "firms"]
    assert words.EXAMPLE_NOUNS["universities"] == "university"
    assert words.EXAMPLE_NOUNS["banks"] == "company"


def test_months_and_weekdays_are_the_date_modules() -> None:
    assert words.MONTHS is dates.MONTHS and words.WEEKDAYS is dates.WEEKDAYS
    assert words.MONTH_RE == dates.MONTH_RE
    assert re.fullmatch(words.MONTH_RE, "Sept.") and not re.fullmatch(words.MONTH_RE, "may")


def test_countries_come_from_the_one_table() -> None:
    assert "PH" in words.COUNTRIES_WITH_THE
    assert words.COUNTRY_OF["mexican"] == "MX"
    assert words.STATE_LONG_NAMES and all(words.STATE_LONG_NAMES.values())


# Honorifics: one list in en_people.txt [honorifics].


def test_every_english_honorific_pattern_is_built_from_the_one_list() -> None:
    listed = lexicon.words("en_people.txt", "honorifics")
    assert listed == words.HONORIFIC_WORDS
    assert words.honorific_alternation(listed) + r"\.?" == words.HONORIFICS
    for form in listed:
        assert re.fullmatch(words.HONORIFICS, form)
        assert re.fullmatch(words.HONORIFICS, form + ".")


@pytest.mark.parametrize("text", ["H.E.", "H. E.", "H.E", "HE", "Mr.", "Dr", "Madam"])
def test_honorifics_match_with_their_stops(text: str) -> None:
    assert re.fullmatch(words.HONORIFICS, text)


@pytest.mark.parametrize(
    ("text", "prefix"),
    [
        ("Hon. Ziyambi Ziyambi", "Hon. "),
        ("the Rt Hon Jane Doe", "the Rt Hon "),
        ("His Excellency Mister FUH Calistus", "His Excellency Mister "),
        # Ambassador is a form of address before a name (en_people.txt other_honorifics);
        # the envoy's post still comes from the title patterns (test_names.py).
        ("H.E. Ambassador Li", "H.E. Ambassador "),
        ("H. E. Ambassador Li", "H. E. Ambassador "),
        ("Datuk Seri Haji Ahmad Ali", "Datuk Seri Haji "),
        ("Dato' Sri Abdul Rahman", "Dato' Sri "),
        ("Dato’ Nor Azlina", "Dato’ "),
        ("Tan Sri Abu Bakar", "Tan Sri "),
        ("Atty. Ramon Santos", "Atty. "),
        ("Mrs Smith", "Mrs "),
        ("Madam Awa NDIAYE", "Madam "),
    ],
)
def test_name_prefixes_strip_forms_of_address(text: str, prefix: str) -> None:
    m = re.match(rf"(?:{words.NAME_PREFIXES})+", text)
    assert m is not None and m.group() == prefix


@pytest.mark.parametrize(
    "text", ["Sir Richard Arnold", "Professor Li Wei", "Dame Jane Doe", "H.E Li", "Sheikh Ali"]
)
def test_honorifics_kept_in_names_are_not_stripped(text: str) -> None:
    assert re.match(rf"(?:{words.NAME_PREFIXES})+", text) is None


def test_other_honorifics_are_dropped_from_names_read_backwards() -> None:
    assert {"datuk", "dato'", "dato’", "tun", "sheikh", "atty", "hajjah"} <= (
        words.NAME_HONORIFIC_WORDS
    )
    assert "mr" not in words.NAME_HONORIFIC_WORDS


# Titles, agreements and page furniture: patterns built from lists.


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Deputy Director General of WIPO", "Deputy Director General"),
        ("Chief Executive Officer Jane", "Chief Executive Officer"),
        ("Under-Secretary-General for", "Under-Secretary-General"),
        ("Vice-Chairwoman of", "Vice-Chairwoman"),
        ("Counselor at", "Counselor"),
        ("attaché for", "attaché"),
        ("Spokeswoman said", "Spokeswoman"),
    ],
)
def test_title_core_takes_the_longest_title(text: str, title: str) -> None:
    m = re.match(rf"(?:{words.TITLE_CORE})(?![\w-])", text, re.IGNORECASE)
    assert m is not None and m.group() == title


def test_governing_bodies_allow_any_white_space() -> None:
    m = re.match(words.GOVERNING_BODIES, "Board\nof  Directors")
    assert m is not None and m.group().endswith("Directors")
    assert re.fullmatch(words.GOVERNING_BODIES, "Board")


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        ("The offices signed an MoU", "signed"),
        ("They INKED a deal", "INKED"),
        ("the parties entered into an agreement", "entered into"),
        ("the MoU was initialled", "initialled"),
        ("a signatory", None),
    ],
)
def test_sign_verbs(text: str, verb: str | None) -> None:
    m = words.SIGN_VERBS.search(text)
    assert (m.group(1) if m else None) == verb


@pytest.mark.parametrize(
    ("text", "talked"),
    [
        ("negotiations on an MoU", True),
        ("there is no trade deal yet", True),
        ("no deal", True),
        ("they discussed about cooperation", True),
        ("the agreement will be considered", True),
        ("the offices signed an agreement", False),
        ("nodeal", False),
    ],
)
def test_not_signed_contexts(text: str, talked: bool) -> None:
    assert bool(words.NOT_SIGNED_RE.search(text)) is talked


def test_witness_phrases() -> None:
    m = words.WITNESS_RE.search("signed in the presence of the Minister")
    assert m is not None and m.group(1) == "in the presence of"
    assert words.WITNESS_RE.search("Witnessed by") and not words.WITNESS_RE.search("witty")


@pytest.mark.parametrize(
    ("line", "teaser"),
    [
        ("More from Reuters", True),
        ("Related:", True),
        ("  related articles  ", True),
        ("Related articles about IP", False),
        ("See also", True),
        ("See also: WIPO", False),
        ("You may also like", True),
        ("Gift this article", True),
        ("Most read", True),
        ("Recommended for you", True),
        ("Read more about the MoU", True),
        ("Readers said", False),
    ],
)
def test_teaser_headings(line: str, teaser: bool) -> None:
    assert bool(words.TEASER_HEADINGS.search(line)) is teaser


@pytest.mark.parametrize(
    ("whole", "part"),
    [
        ("honorifics", "honorifics_kept_in_names"),
        ("honorifics", "honorifics_not_in_reference_forms"),
        ("other_honorifics", "other_honorifics_kept_in_names"),
    ],
)
def test_exception_sections_name_only_listed_honorifics(whole: str, part: str) -> None:
    """A use that leaves some honorifics out names them in a section of its own: a typo there
    would silently leave nothing out."""
    listed = lexicon.wordset("en_people.txt", whole)
    assert lexicon.wordset("en_people.txt", part) <= listed
