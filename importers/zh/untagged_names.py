"""A Chinese name written right before its title that jieba does not tag as a name.

林振华局长表示, 由何建平副局长主持: jieba reads some names as a family name and a word of
its own (林 + 振华, 何 + 建平), so the name-before-title reading, which starts from a word
tagged as a person, misses them. A family name and one or two characters that open a clause
(or follow a preposition or conjunction of one character) and run right up to a title are the
name, when the given characters are a noun-like word and not a common word.
"""

from __future__ import annotations

from importers.zh import lex as zh_lex
from importers.zh.lex import Token
from importers.zh.names import NAME_TAGS, boundary, name_openers, plausible_name, surname_length
from importers.zh.sides import is_side
from store.text import is_han

#: jieba's tags a given name may be read with (a noun, a proper noun, an adjective)
_GIVEN_TAGS = frozenset({"n", "nz", "ng", "a", "ag", "an", "j"})


def untagged_before_titles(text: str, toks: list[Token]) -> list[tuple[int, int, str]]:
    """(start, end, title) of the names no word tagged as a person covers, right before a
    title (a word jieba tags as a title, nnt)."""
    out = []
    for t in toks:
        if t.pos != "nnt":
            continue
        for n in (3, 2):
            s = t.start - n
            if s >= 0 and _name(text, toks, s, t.start):
                out.append((s, t.start, t.word))
                break
    return out


def _name(text: str, toks: list[Token], s: int, e: int) -> bool:
    name = text[s:e]
    sl = surname_length(text, s)
    if not sl or len(name) - sl not in (1, 2) or not all(is_han(c) for c in name):
        return False
    if not _opens(text, toks, s) or is_side(name) or not plausible_name(name):
        return False
    inside = [x for x in toks if x.start < e and s < x.end]
    if not inside or inside[0].start != s or any(x.pos in NAME_TAGS for x in inside):
        return False  # a word runs in from before, or the tagged reading takes the name
    if inside[0].end != s + sl:
        return False  # 高级 + 局长: the family name's character opens a word of its own
    given = inside[1:]
    return bool(given) and all(x.pos in _GIVEN_TAGS for x in given) and given[-1].end == e


def _opens(text: str, toks: list[Token], s: int) -> bool:
    """Whether a name may begin at `s`: the text or a clause begins there, or a preposition
    or conjunction of one character stands right before it (由, 与)."""
    if s == 0 or text[s - 1] in boundary():
        return True
    single = name_openers() + zh_lex.chars("conjunctions")
    return text[s - 1] in single and any(x.start == s - 1 and x.end == s for x in toks)
