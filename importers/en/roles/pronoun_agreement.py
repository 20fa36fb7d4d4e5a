"""Whether "She" or "He" may go back to a person: not to one the text addresses as the other.

A sentence that opens with a pronoun is about the person its paragraph, or the text, named
last; a paragraph quoting a man ("said Mr NAME") between a woman's career notes would
otherwise give her next post to him. The form of address written right before a mention of
the person ("Mr", "Mrs", "Ms") is the only cue read: a person with none agrees with both.
"""

from __future__ import annotations

import re

from importers.en.roles.model import PersonEntry
from store.text import lexicon

_MASCULINE = frozenset(
    w.casefold() for w in lexicon.words("en_people.txt", "masculine_forms_of_address")
)
_FEMININE = frozenset(
    w.casefold() for w in lexicon.words("en_people.txt", "feminine_forms_of_address")
)
#: The word right before a mention, and the space after it: "Mrs ", "Mr. ".
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\.?[ \t]+$")
#: The first word of a mention that holds its form of address ("Mr NAME").
_FIRST_WORD = re.compile(r"([A-Za-z]+)\.?[ \t]+")


def disagrees(text: str, pronoun: str, person: PersonEntry) -> bool:
    """Whether the text addresses `person` with a form that does not fit `pronoun` ("she" and
    "Mr NAME", "he" and "Mrs NAME")."""
    other = _MASCULINE if pronoun.casefold() == "she" else _FEMININE
    for start, _ in person.spans:
        for m in (
            _FIRST_WORD.match(text, start),
            _WORD_BEFORE.search(text, max(0, start - 12), start),
        ):
            if m is not None and m.group(1).casefold() in other:
                return True
    return False
