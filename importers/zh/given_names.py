"""A family name that jieba reads as a preposition right after a title (副省长向某某出席).

向, 于, 对 are family names and prepositions both. After a title, 局长向记者表示 is a phrase
(向 + its object + the verb), but the object of a preposition is a noun, a pronoun, a place
or a time word; when jieba tags the two characters after it as something no preposition
takes (a proper noun it only guesses, an adverb, an adjective: 春华, 立新) and a verb that
follows names comes right after them (出席, 表示, 致辞), the three characters are a name.
"""

from __future__ import annotations

from functools import cache

from importers.zh import lex as zh_lex
from importers.zh.lex import Token

#: jieba's tags of a two-character word that is no preposition's object (nz: a proper
#: noun it guesses; d: an adverb; a: an adjective).
_GIVEN_NAME_TAGS = ("nz", "d", "a")


@cache
def _verbs_after_names() -> tuple[str, ...]:
    """出席, 表示, 致辞 …: the words of two characters or more that follow names."""
    return tuple(w for w in zh_lex.words("name_followers") if len(w) >= 2)


def given_name_after_preposition(text: str, word: Token) -> bool:
    """Whether `word`, the two characters after a one-character preposition, is a given name
    (that preposition its family name): tagged as nothing a preposition governs and followed
    at once by a verb that follows names."""
    return (
        word.end - word.start == 2
        and word.pos in _GIVEN_NAME_TAGS
        and text.startswith(_verbs_after_names(), word.end)
    )
