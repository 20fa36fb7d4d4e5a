"""The countries table (store/text/words/countries.tsv) checked against CLDR, through Babel.

CLDR is the well-kept source of country names in English and Chinese; the table is typed
by hand because extraction depends on exactly which names it holds (a name added is a name
the extractors start to find). So the table is not generated: it is checked. For every
code, CLDR's English name (after the spelling normalisation below) must be one of the
table's English names and CLDR's Chinese name (locale `zh`) one of its Chinese names, except
for the differences listed here, each on purpose. The lists must stay exact: a row that
comes to agree with CLDR fails the test until it is taken off the list.
"""

from __future__ import annotations

import pytest
from babel import Locale

from store.text import lexicon

ROWS = {row["code"]: row for row in lexicon.table("countries.tsv")}
CLDR_EN = Locale("en").territories
CLDR_ZH = Locale("zh").territories

#: Codes whose English name in the table differs from CLDR's, with why.
ENGLISH_DIFFERENCES = {
    # CLDR adds the former name in brackets; texts and the table write "Myanmar".
    "MM": "Myanmar (Burma)",
    # CLDR tells the two Congos apart by their capitals; texts write "Congo".
    "CG": "Congo - Brazzaville",
    # Regions of China: the table names them in Chinese only, so English extraction never
    # qualifies a body by them as by a country (an English name would change that).
    "HK": "Hong Kong SAR China",
    "MO": "Macao SAR China",
    "TW": "Taiwan",
}

#: Codes whose Chinese name in the table differs from CLDR's, with why.
CHINESE_DIFFERENCES = {
    # CLDR gives the official long form; texts (and the table) use the short name.
    "HK": "中国香港特别行政区",
    "MO": "中国澳门特别行政区",
}

#: Countries the table gives no Chinese name, because CLDR's is also a common word or a
#: place in China (苏丹 "sultan", 黑山, 巴林) or carries a bracketed qualifier (刚果（布）):
#: the Chinese extractor would open organisation names with it where the text names no state.
NO_CHINESE_NAME = frozenset({"SD", "ME", "BH", "CG"})


def _spelled_as_texts_do(name: str) -> str:
    """CLDR writes "Trinidad & Tobago" and "Côte d’Ivoire"; texts, "and" and a straight quote."""
    return name.replace(" & ", " and ").replace("’", "'")


def test_every_code_is_a_territory_cldr_knows() -> None:
    unknown = sorted(code for code in ROWS if code not in CLDR_EN or code not in CLDR_ZH)
    assert not unknown


@pytest.mark.parametrize("code", sorted(ROWS))
def test_english_name_is_cldrs(code: str) -> None:
    cldr = CLDR_EN[code]
    if code in ENGLISH_DIFFERENCES:
        assert ENGLISH_DIFFERENCES[code] == cldr, "CLDR changed: review the listed difference"
        assert _spelled_as_texts_do(cldr) not in ROWS[code]["en"], "agrees now: unlist it"
    else:
        assert _spelled_as_texts_do(cldr) in ROWS[code]["en"]


@pytest.mark.parametrize("code", sorted(ROWS))
def test_chinese_name_is_cldrs(code: str) -> None:
    cldr, names = CLDR_ZH[code], ROWS[code]["zh"]
    if code in NO_CHINESE_NAME:
        assert not names, "the table has Chinese names now: take the code off NO_CHINESE_NAME"
    elif code in CHINESE_DIFFERENCES:
        assert CHINESE_DIFFERENCES[code] == cldr, "CLDR changed: review the listed difference"
        assert cldr not in names, "agrees now: unlist it"
    else:
        assert cldr in names


def test_no_name_belongs_to_two_countries() -> None:
    owner: dict[str, str] = {}
    for code, row in ROWS.items():
        for name in (*row["en"], *row["zh"]):
            assert owner.setdefault(name.casefold(), code) == code, (name, code)


def test_the_listed_differences_are_codes_of_the_table() -> None:
    listed = set(ENGLISH_DIFFERENCES) | set(CHINESE_DIFFERENCES) | NO_CHINESE_NAME
    assert listed <= set(ROWS)
