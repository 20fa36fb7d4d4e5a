"""Language helpers every layer shares, each defined once: what a Han character is
(`script`), Traditional/Simplified conversion (`chinese`), folding names to a key (`fold`),
dates in English and Chinese (`dates`), sentences (`sentences`), and the word lists with
their strict loader (`lexicon`, data in `words/`).

They sit at the bottom of the store because the search index needs them as much as the
importers do; they touch no database.
"""

from store.text.chinese import to_simplified, to_traditional
from store.text.fold import (
    clean_spaces,
    fold,
    in_order,
    spelling_pairs,
    strip_accents,
    without_lost_letters,
)
from store.text.script import HAN, has_han, is_han, lang_of, script_of

__all__ = [
    "HAN",
    "clean_spaces",
    "fold",
    "has_han",
    "in_order",
    "is_han",
    "lang_of",
    "script_of",
    "spelling_pairs",
    "strip_accents",
    "to_simplified",
    "to_traditional",
    "without_lost_letters",
]
