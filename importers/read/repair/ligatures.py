"""Words a PDF's text layer split after a ligature: "Offi ce", "Scientifi c", "Confl ict".

A font that draws "fi", "fl", "ff", "ffi" or "ffl" as one glyph often comes out of the
conversion with a space after that glyph. Only a capitalised word is joined (the words of a
body's name and of a title), and only with a tail from the data list (store/text/words/
repair.txt, section ligature_tails) that is no English word of its own, so two real words
("Cardiff city") are never glued together.
"""

from __future__ import annotations

import re

from store.text import lexicon

_TAILS = lexicon.words("repair.txt", "ligature_tails")

_SPLIT = re.compile(
    rf"\b([A-Z][a-z]*(?:ffi|ffl|fi|fl|ff)) ({'|'.join(sorted(_TAILS, key=len, reverse=True))})\b"
)


def join_ligature_splits(text: str) -> str:
    """The text with each capitalised word split after a ligature joined again."""
    if "fi " not in text and "fl " not in text and "ff " not in text:
        return text
    return _SPLIT.sub(r"\1\2", text)
