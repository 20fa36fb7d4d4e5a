"""Word lists and the jieba segmenter of the Chinese extractor.

The lists live in `store/text/words/zh.txt` (read through `store.text.lexicon`) so that they
can be extended without touching code. jieba is imported inside functions, initialised once
(about half a second) and primed with the reference gazetteer, so that `ipx search` never
pays for it and the extractor pays once.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from importers.gazetteer import alternation, longest_first
from store.text import dates, has_han, lexicon

if TYPE_CHECKING:
    from importers.gazetteer import Reference


def words(section: str) -> tuple[str, ...]:
    return lexicon.words("zh.txt", section)


@cache
def wordset(section: str) -> frozenset[str]:
    return lexicon.wordset("zh.txt", section)


@cache
def people_lexicon(section: str) -> tuple[str, ...]:
    """A section of `zh_people.txt`: the words of officials' sides, boards and kinds."""
    return lexicon.words("zh_people.txt", section)


@cache
def posts_lexicon(section: str) -> tuple[str, ...]:
    """A section of `zh_posts.txt`: the words of posts, cabinets and the clauses around them."""
    return lexicon.words("zh_posts.txt", section)


@cache
def chars(section: str) -> str:
    """A section of single characters as one string, for `c in chars(...)` and classes."""
    return "".join(words(section))


@cache
def pairs(section: str) -> dict[str, str]:
    """A section of "key:value" entries as a dict, in the order written."""
    return dict(w.split(":", 1) for w in words(section))


@cache
def numerals() -> str:
    """The Chinese numerals that count (一 … 九, 十), as a character-class body: the shared
    date numerals without zero."""
    digits = "".join(c for c in dates.ZH_DIGITS if dates.zh_number(c))
    return digits + dates.ZH_TEN


@cache
def surnames() -> tuple[frozenset[str], frozenset[str]]:
    """(single-character, two-character) family names that may start a person's name."""
    found = {row["surname"] for row in lexicon.table("surnames.tsv") if row["names"] == "yes"}
    return (
        frozenset(w for w in found if len(w) == 1),
        frozenset(w for w in found if len(w) == 2),
    )


@cache
def countries() -> dict[str, str]:
    """Chinese country name -> ISO 3166 alpha-2."""
    return {name: row["code"] for row in lexicon.table("countries.tsv") for name in row["zh"]}


@cache
def countries_longest() -> tuple[str, ...]:
    """Every Chinese name of a place, longest first (澳门特别行政区 before 澳门)."""
    return tuple(sorted(countries(), key=len, reverse=True))


@cache
def titles() -> frozenset[str]:
    return frozenset(words("titles"))


@cache
def title_regex() -> re.Pattern[str]:
    return re.compile(alternation(titles()))


def spaced_labels(labels: Iterable[str]) -> str:
    """Labels as an alternation, longest first, each allowed spaces between its characters:
    a form's field names are padded to a column's width (简　称, 日　　期)."""
    return "|".join(r"[ \t\u3000]*".join(map(re.escape, w)) for w in longest_first(labels))


@cache
def title_at_end_regex() -> re.Pattern[str]:
    """A title ending where the search ends (its `endpos`): the post a bracket or a clause
    closes on, or one written right before a name."""
    return re.compile(f"(?:{alternation(titles())})$")


@cache
def company_ends_regex() -> re.Pattern[str]:
    """A company's or firm's ending (data `company_ends`: 公司, 律师事务所), longest first."""
    return re.compile(alternation(longest_first(words("company_ends"))))


@cache
def ui_words() -> frozenset[str]:
    return frozenset(words("ui_words"))


def common_word(word: str) -> bool:
    """A word of jieba's dictionary that is not a person's name (会议, 单位); jieba must be
    initialised (`prime`)."""
    import jieba.posseg as pseg

    tag = pseg.dt.word_tag_tab.get(word)
    return tag is not None and not tag.startswith("nr")


def known_word(word: str) -> bool:
    """A word of jieba's dictionary, whatever its tag; a word that is none was made up by
    jieba's character model from a run of unknown characters (a rare given name glued to its
    family name), so its tag says nothing of what it is. jieba must be initialised (`prime`)."""
    import jieba.posseg as pseg

    return word in pseg.dt.word_tag_tab


def proper_noun(word: str, tags: tuple[str, ...] = ("nz",)) -> bool:
    """A word jieba's dictionary tags as a proper noun of no listed kind (nz), or of one of
    `tags`: some foreign family names (穆勒) stand there beside brands, others among places
    (伊萨科夫, nrt); jieba must be initialised (`prime`)."""
    import jieba.posseg as pseg

    return pseg.dt.word_tag_tab.get(word) in tags


def glued_follower(tok: Token | None, followers: tuple[str, ...]) -> bool:
    """李家 + 超在: jieba reads a family name and the first given character as one word and
    glues the last given character to a one-character word that follows names (在), making
    a word its dictionary does not hold; that character ends the name. jieba must be
    initialised (`prime`)."""
    import jieba.posseg as pseg

    if tok is None or len(tok.word) != 2:
        return False
    ones = {f for f in followers if len(f) == 1}
    return tok.word[1] in ones and tok.word not in pseg.dt.word_tag_tab


_jieba_lock = threading.Lock()
_jieba_ready = False
_primed: set[int] = set()


@dataclass(frozen=True)
class Token:
    """One jieba word with its part of speech and its offsets in the searched text."""

    word: str
    pos: str
    start: int
    end: int


def token_at(toks: list[Token], pos: int) -> Token | None:
    """The word of `toks` (in text order) that begins at `pos`, or None."""
    for t in toks:
        if t.start == pos:
            return t
        if t.start > pos:
            return None
    return None


def _init_jieba() -> None:
    """Load jieba's dictionary once and add the general word lists (titles, suffixes)."""
    global _jieba_ready
    if _jieba_ready:
        return
    import jieba

    jieba.setLogLevel(logging.WARNING)
    logging.getLogger("jieba").setLevel(logging.WARNING)
    jieba.initialize()
    for title in titles():
        jieba.add_word(title, None, "nnt")
    for suffix in _suffixes_after_titles():
        jieba.add_word(suffix, None, "n")
    for word in words("courtesy_verbs"):
        jieba.add_word(word, None, "v")  # 谢谢 + 主席: thanks, not a name
    for word in words("mistagged_nouns"):
        jieba.add_word(word, None, "n")  # 主席 + 贺信: a letter, not a name
    _jieba_ready = True


def _suffixes_after_titles() -> list[str]:
    """Organisation suffixes that begin with a title (律师 + 事务所): kept whole, so that the
    title inside does not cut the name (新加坡德尊律师事务所)."""
    return [
        s
        for s in words("org_suffixes")
        if len(s) >= 3 and any(s.startswith(t) and s != t for t in titles())
    ]


def prime(reference: Reference) -> None:
    """Add the reference names to jieba so that it keeps them whole (钟梓坚, 新加坡知识产权局).

    Done once per reference object: jieba's dictionary is process-global, so what is added
    here holds for every later import in the process. A name the knowledge base learned from
    stored documents never overrides a word jieba already knows (腾讯 stays jieba's word);
    an unknown one is added as a plain noun, a tag that starts no organisation's name.
    """
    with _jieba_lock:
        _init_jieba()
        if id(reference) in _primed:
            return
        import jieba

        for name, org in reference.org_names():
            if not has_han(name) or " " in name:
                continue
            if not org.learned:
                jieba.add_word(name, 5000, "nt")
            elif not jieba.dt.FREQ.get(name):
                jieba.add_word(name, 5000, "n")  # learned: kept whole, opening no name
        for name, _person in reference.person_names():
            if has_han(name) and " " not in name and "·" not in name:
                jieba.add_word(name, 5000, "nr")
        _primed.add(id(reference))


def tokens(text: str) -> list[Token]:
    """jieba words with parts of speech and offsets; lines are cut separately."""
    import jieba.posseg as pseg

    out: list[Token] = []
    pos = 0
    for line in text.split("\n"):
        at = pos
        for pair in pseg.cut(line):
            word, flag = pair.word, pair.flag
            glued = _suffix_title().match(word) if len(word) >= 3 else None
            stem = _honoured_stem(word, flag)
            if stem:  # 穆勒先生: a name, then the honorific
                out.append(Token(stem, _stem_tag(stem), at, at + len(stem)))
                out.append(Token(word[len(stem) :], "n", at + len(stem), at + len(word)))
            elif glued:  # 总局局长: the end of a name, then a title
                head = glued.group(1)
                out.append(Token(head, "n", at, at + len(head)))
                out.append(Token(word[len(head) :], "nnt", at + len(head), at + len(word)))
            else:
                out.append(Token(word, flag, at, at + len(word)))
            at += len(word)
        pos += len(line) + 1
    return _titles_before_places(out)


def _honoured_stem(word: str, flag: str) -> str:
    """穆勒先生, 张健先生: jieba's dictionary holds some names with their honorific as one
    person's word, so the name alone would be found nowhere; such a word is the name (two
    characters or more) and the honorific. Not when the honorific is the end of a longer
    word (陈 + 老先生), nor for a word that is no person's (好好先生). '' if not split."""
    if flag != "nr":
        return ""
    import jieba

    for honorific in words("honorifics"):
        stem = word[: -len(honorific)]
        if not word.endswith(honorific) or len(stem) < 2:
            continue
        longer = any(jieba.dt.FREQ.get(word[k:]) for k in range(1, len(stem)))
        return "" if longer else stem
    return ""


def _stem_tag(stem: str) -> str:
    """The name's own tag in jieba's dictionary (穆勒 nz, 洛克 ns), a person's if it has none."""
    import jieba.posseg as pseg

    return pseg.dt.word_tag_tab.get(stem) or "nr"


def _titles_before_places(toks: list[Token]) -> list[Token]:
    """局 / 长沙 / 罗夫: jieba reads the second character of a title (局长, 部长) together with
    what follows as a place (长沙, 长春) when a name follows the title. A one-character word and
    a place that together open with a title are that title and the rest of the place word."""
    out: list[Token] = []
    for tok in toks:
        prev = out[-1] if out else None
        if (
            prev is not None
            and len(prev.word) == 1
            and tok.pos == "ns"
            and len(tok.word) >= 2
            and prev.end == tok.start
            and prev.word + tok.word[0] in titles()
        ):
            out[-1] = Token(prev.word + tok.word[0], "nnt", prev.start, tok.start + 1)
            out.append(Token(tok.word[1:], "n", tok.start + 1, tok.end))
            continue
        out.append(tok)
    return out


@cache
def _suffix_title() -> re.Pattern[str]:
    """A word jieba made of an organisation suffix and a title (总局局长, 办公室主任)."""
    suffixes = "|".join(sorted(map(re.escape, words("org_suffixes")), key=len, reverse=True))
    names = "|".join(sorted(map(re.escape, titles()), key=len, reverse=True))
    return re.compile(rf"^(.*?(?:{suffixes}))(?:{names})$")
