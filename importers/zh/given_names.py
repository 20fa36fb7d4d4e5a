"""A family name that jieba reads as a preposition right after a title (副省长向某某出席).

向, 于, 对 are family names and prepositions both. After a title, 局长向记者表示 is a phrase
(向 + its object + the verb), but the object of a preposition is a noun, a pronoun, a place
or a time word; when jieba tags the two characters after it as something no preposition
takes (a proper noun it only guesses, an adverb, an adjective: 春华, 立新) and a verb that
follows names comes right after them (出席, 表示, 致辞), the three characters are a name.
"""

from __future__ import annotations

import re
from functools import cache

from importers.zh import lex as zh_lex
from importers.zh.lex import Token, token_at
from store.text import HAN, is_han

#: jieba's tags of a two-character word that is no preposition's object (nz: a proper
#: noun it guesses; d: an adverb; a: an adjective).
_GIVEN_NAME_TAGS = ("nz", "d", "a")


@cache
def _verbs_after_names() -> tuple[str, ...]:
    """出席, 表示, 致辞 …: the words of two characters or more that follow names."""
    return tuple(w for w in zh_lex.words("name_followers") if len(w) >= 2)


def verb_after_title(toks: list[Token], pos: int) -> bool:
    """副局长代表国家知识产权局致辞: a word that follows names (代表, 陪同, 出席), read whole by
    jieba right after a title, is that title holder's verb (the name stood before the title),
    not a family name (代) and its given characters."""
    tok = token_at(toks, pos)
    return tok is not None and tok.start == pos and tok.word in _verbs_after_names()


def given_name_after_preposition(text: str, word: Token) -> bool:
    """Whether `word`, the two characters after a one-character preposition, is a given name
    (that preposition its family name): tagged as nothing a preposition governs and followed
    at once by a verb that follows names."""
    return (
        word.end - word.start == 2
        and word.pos in _GIVEN_NAME_TAGS
        and text.startswith(_verbs_after_names(), word.end)
    )


def ends_given(text: str, toks: list[Token], k: int, followers: tuple[str, ...]) -> bool:
    """Whether a given name of one character ends before `k`: a word that follows names
    (`followers`) stands there, and it is no given character read as a preposition."""
    return text.startswith(followers, k) and not given_preposition(text, toks, k)


def given_preposition(text: str, toks: list[Token], k: int) -> bool:
    """张文于出席: 于 at `k`, after a family name and one given character, is the name's last
    character when a verb that follows names (one jieba reads as a verb: not 会上) comes right
    after it, since as a preposition it takes a noun; 于出席仪式时 (a time clause closed by
    时) keeps it a preposition."""
    if text[k : k + 1] not in zh_lex.posts_lexicon("given_prepositions"):
        return False
    verb = next((w for w in _verbs_after_names() if text.startswith(w, k + 1)), None)
    tok = token_at(toks, k + 1)
    if verb is None or tok is None or not tok.pos.startswith("v"):
        return False
    clause = re.match(rf"[{HAN}]*", text[k + 1 + len(verb) :])
    closers = zh_lex.posts_lexicon("clause_closers")
    return not any(c in clause.group(0) for c in closers) if clause else True


def closes_clause(toks: list[Token], pos: int) -> bool:
    """会见某局长时谈到: 时 right after a title, before a verb jieba reads as one, closes a
    time clause; it opens no name (时 is a family name too)."""
    tok = token_at(toks, pos)
    if tok is None or tok.word not in zh_lex.posts_lexicon("clause_closers"):
        return False
    nxt = token_at(toks, tok.end)
    return nxt is not None and nxt.pos.startswith("v") and nxt.end - nxt.start >= 2


def place_as_given(name: str) -> bool:
    """宁校区 of 长宁校区: a word that ends a place's name (a campus, a district) read as
    the given name after a family name's character; it is never a given name."""
    return len(name) > 2 and name.endswith(zh_lex.people_lexicon("place_name_ends"))


def place_read_as_given(toks: list[Token], k: int) -> bool:
    """徐 + 南平 + 副省长: jieba reads a given name that is also a place's name (南平, 长江)
    apart from the family name before it, so no token is the person; a family name of one
    character, a place of two and a title right after them, nothing between, are a name
    written before its title."""
    if k + 2 >= len(toks):
        return False
    family, given, title = toks[k : k + 3]
    return (
        family.pos in ("nr", "nrfg")
        and family.end - family.start == 1
        and given.pos == "ns"
        and given.end - given.start == 2
        and title.pos == "nnt"
        and given.start == family.end
        and title.start == given.end
    )


def written_whole_elsewhere(text: str, pos: int, end: int, followers: tuple[str, ...]) -> bool:
    """局长马宪民主持 where jieba reads 民主 as a word: the third character at `end - 1` still
    ends the name when the text writes the same three characters elsewhere with a word that
    follows names after them (马宪民表示, 马宪民对): the name's own form, told again."""
    three = text[pos:end]
    k = text.find(three)
    while k >= 0:
        after = k + len(three)
        ends = after >= len(text) or not is_han(text[after]) or text.startswith(followers, after)
        if k != pos and text[after : after + 1] != text[end : end + 1] and ends:
            return True
        k = text.find(three, k + 1)
    return False


#: The marks that close a name in a list of titled names: 、 between two, then a comma or a stop.
_LIST_CLOSES = "、，,。；;"


def titled_given(text: str, pos: int, end: int, titles: frozenset[str]) -> bool:
    """会长廖了以、: two given characters after a title's family name at `pos`, up to a
    list's mark at `end`, are the given name even when the first is a character that
    follows names elsewhere (了 of 来了): right after a title and closed by the mark, no
    clause runs between them."""
    if end >= len(text) or text[end] not in _LIST_CLOSES or end - pos != 3:
        return False
    return any(text[max(0, pos - k) : pos] in titles for k in range(2, 6))
