"""Person names in Chinese text: Chinese names, transliterated foreign names, Japanese names.

A Chinese name is a family name (from the surname table) and one or two given characters,
cut before the words that follow names (在, 表示, 先生). A transliterated name joins its parts
with a middle dot in any of its forms (马丁·格伯, 马丁•格伯, 马丁・格伯), with a full stop, or
with the question mark a conversion leaves where the dot was lost (马丁?格伯); its last part
ends where the words that follow names begin (以视频方式, 在, 表示; name_ends.py). Written
with no mark at all, it is read as a run of the characters transliterations use
(马丁格伯表示). A Japanese name is a common family name of two or three characters (the
sourced list of japanese_surnames.tsv: 石黑, 长谷川) and a one- or two-character given
name (山田直子); the names read only right after a title (木原美武) are in titled_names.py.
A name with no listed family name (滨野幸一) is taken only when it runs up to a word that
follows names.
"""

from __future__ import annotations

import re
from functools import cache

from importers.zh import lex as zh_lex
from importers.zh.given_names import (
    closes_clause,
    ends_given,
    given_name_after_preposition,
    titled_given,
    verb_after_title,
    written_whole_elsewhere,
)
from importers.zh.lex import Token, token_at
from importers.zh.married_names import married_name
from importers.zh.name_ends import (
    DOTS,
    LOST,
    SEPARATORS,
    followers,
    foreign_ends,
    honorifics,
    runs_on,
    transliteration_chars,
    trim_followers,
)
from importers.zh.sides import is_side, side_initial
from importers.zh.unit_titles import unit_title_first
from store.text import HAN, is_han, lexicon

# The marks that join the two parts of a double-barrelled family name (鲁道夫-舍费尔).
DASHES = "-‐‑–—"
# A hyphenated given name (让-皮埃尔·马丁, 让-保罗·某某) opens a dotted name as one part.
FIRST_PART = rf"[{HAN}]{{1,8}}(?:[-‐‑－][{HAN}]{{1,8}})?"
FOREIGN = re.compile(
    rf"{FIRST_PART}(?:[{DOTS}][{HAN}]{{1,10}})+|[{HAN}]{{2,8}}(?:[{LOST}][{HAN}]{{2,10}})+"
)
NAME_TAGS = ("nr", "nrfg", "nrt")


@cache
def boundary() -> str:
    """Characters that end the text before a name or title: punctuation, a line break, a space."""
    return zh_lex.chars("name_boundaries") + "\n "


def name_openers() -> str:
    """Words that open the text before a title without being part of a name (由X局局长)."""
    return zh_lex.chars("name_openers")


def surname_length(text: str, pos: int) -> int:
    """Length of the family name at text[pos] (2 for 欧阳), or 0 if none."""
    single, double = zh_lex.surnames()
    if text[pos : pos + 2] in double:
        return 2
    return 1 if text[pos : pos + 1] in single else 0


def name_at(text: str, pos: int, toks: list[Token]) -> str | None:
    """The person's name that begins at `pos` (just after a title), or None."""
    if _conjunction_at(toks, pos) or _preposition_phrase(text, toks, pos):
        return None
    if verb_after_title(toks, pos) or _joiner_before_name(text, pos):
        return None
    if text.startswith(zh_lex.words("event_joiners"), pos):
        return None  # 大使 + 暨 + 某代表团团长: the holder's next post, no family name 暨
    if (foreign := FOREIGN.match(text, pos)) and unit_title_first(foreign.group(0), SEPARATORS):
        return None  # 总干事 + 办公室主任某某·某某: the title goes on
    if foreign and _title_inside(foreign.group(0)):
        return None  # 总管 of 总管理局 + 局长某某·某某: a later title is the name's
    if foreign:
        first = before_conjunction(foreign.group(0))
        barrel = second_barrel(text, foreign.end())
        if first is None and barrel:
            return foreign.group(0) + barrel
        return first if first is not None else trim_followers(foreign.group(0))
    plain = transliterated_run(text, pos)
    if plain:
        return plain
    japanese = _japanese_name(text, pos)
    if japanese:
        return japanese
    sl = surname_length(text, pos)
    vietnamese = _vietnamese_name(text, pos, sl)
    if vietnamese:
        return vietnamese
    if not sl:
        name = _unlisted_name(text, pos)
        if name and any(t.start < pos < t.end for t in toks):
            return None  # 主管 + 部门间: the "title" starts a word (主管部门), no name follows
        return name if name and _not_words(toks, pos, pos + len(name)) else None
    named = married_name(text, pos, toks, _ends_name) or _surnamed(text, pos, sl, toks)
    if named and _cuts_country(text, pos, pos + len(named)):
        return None
    return None if named and _cuts_side(text, pos + len(named)) else named


def _title_inside(run: str) -> bool:
    """Whether the first part of the dotted `run` holds a title of two characters or more
    with more of the part after it (理局 + 局长 + 某某·): no transliteration writes one."""
    head = re.split(f"[{SEPARATORS}]", run, maxsplit=1)[0]
    return any(
        len(m.group(0)) >= 2 and m.end() < len(head) for m in zh_lex.title_regex().finditer(head)
    )


def before_conjunction(run: str) -> str | None:
    """张某某与约翰·史密斯, 约翰·史密斯和玛丽·琼斯: the dotted-name pattern takes every Chinese
    character up to a dot, so two people joined by 与/和/及/同 run together; no transliteration
    writes those words, so the first person ends before one when what stands before it is a
    whole name: a Chinese name (the longer one first: 王同和与… is 王同和) or a dotted name.
    None when no joiner stands between two names."""
    joiners = zh_lex.people_lexicon("person_joiners")
    dots = [k for k, c in enumerate(run) if c in SEPARATORS]
    sl = surname_length(run, 0)
    for k in (sl + 2, sl + 1) if sl else ():
        if k < dots[0] and run[k] in joiners:
            return run[:k]
    for k in range(dots[0] + 2, dots[-1]):  # 某·某克博士和…: the honorific ends the first
        first = trim_followers(run[:k])
        if run[k] in joiners and run[k - 1] not in SEPARATORS and plausible_name(first):
            return first
    return None


def _joiner_before_name(text: str, pos: int) -> bool:
    """局长与约翰·史密斯局长, 处长和某某主任: a joiner (与, 和, 及, 同) right after a title,
    before a dotted name or a Chinese name that a title follows again, joins a second
    official to the one named before the title; no name begins with it (和 is a family name
    too, and jieba may read 与 as a preposition, not a conjunction)."""
    if text[pos : pos + 1] not in zh_lex.people_lexicon("person_joiners"):
        return False
    sl = surname_length(text, pos + 1)
    titled = sl and any(zh_lex.title_regex().match(text, pos + 1 + sl + k) for k in (1, 2))
    return FOREIGN.match(text, pos + 1) is not None or bool(titled)


def _conjunction_at(toks: list[Token], pos: int) -> bool:
    """申局长和邓某某总干事: 和 (also a family name) that jieba reads as a conjunction of its
    own right after a title joins the next official or body; no name begins with it."""
    tok = token_at(toks, pos)
    return (
        tok is not None
        and tok.pos == "c"
        and tok.end - tok.start == 1
        and tok.word in zh_lex.chars("conjunctions")
    )


def _preposition_phrase(text: str, toks: list[Token], pos: int) -> bool:
    """局长于仪式上: 于/在/向 (family names too) read as a preposition right after a title,
    before a word of two characters or more that is no name, open a phrase, not a name (于洪,
    read as a name, is one; so is 向春华出席, `given_name_after_preposition`); nor before a
    name jieba knows whole (向 + 田某某, 向 + a transliterated name)."""
    tok = token_at(toks, pos)
    if tok is None or tok.pos != "p" or tok.end - tok.start != 1:
        return closes_clause(toks, pos)  # 局长时谈到: a time clause, no name
    nxt = token_at(toks, tok.end)
    if nxt is not None and nxt.pos in NAME_TAGS:  # 向 + 田某某: a whole name of its own
        length, surnamed = nxt.end - nxt.start, surname_length(text, nxt.start) > 0
        # 向 + 特朗普: a transliterated name of three characters or more, no family name first
        return (length == 3 and surnamed) or (length >= 3 and not surnamed)
    if nxt is None or nxt.end - nxt.start < 2:
        return False
    return not given_name_after_preposition(text, nxt)


def _cuts_phrase(text: str, toks: list[Token], pos: int, end: int) -> bool:
    """校长高度评价, 司长高度重视: a name never ends inside a word of four characters or more
    that begins where it begins (an idiom or a verb phrase jieba knows, whatever its tag).
    A "name" jieba guessed that runs over a word that follows names (关长某某某与王 + 五会面,
    关长某某某也 + 出席: its guess took 与 or 也, and with 与 the next person's first
    character) is no phrase: the name ends where that word begins. Not before an honorific:
    jieba reads 陈老先生 whole, and 陈老 is no name."""
    tok = token_at(toks, pos)
    if tok is None or tok.end - tok.start < 4 or tok.end <= end:
        return False
    honoured = text.startswith(tuple(honorifics()), end)
    return not (tok.pos in NAME_TAGS and text.startswith(followers(), end) and not honoured)


def _cuts_country(text: str, start: int, end: int) -> bool:
    """和 + 菲律(宾): a name never ends inside a country's name; the characters read as a
    family name are a conjunction or a preposition before the country."""
    return any(
        text.startswith(country, k) and k + len(country) > end
        for k in range(start + 1, end)
        for country in zh_lex.countries_longest()
        if len(country) >= 2
    )


def _cuts_side(text: str, end: int) -> bool:
    """代表双 + 方签署: a name never ends inside a side (双方, 各方); the characters read as
    a given name are a verb and the side's opener. Only a determiner's side: 中 of 中方
    may well end a name."""
    return end > 0 and side_initial(text[end - 1 : end + 1]) == ""


def _surnamed(text: str, pos: int, sl: int, toks: list[Token]) -> str | None:
    """The name at `pos` that opens with a family name of `sl` characters."""
    given = 0
    limit = 2
    if _word_after_two(toks, pos, sl):
        limit = 2 if written_whole_elsewhere(text, pos, pos + sl + 2, followers()) else 1
    while given < limit and pos + sl + given < len(text) and is_han(text[pos + sl + given]):
        if given == 1 and ends_given(text, toks, pos + sl + given, followers()):
            break
        if given == 1 and zh_lex.title_regex().match(text, pos + sl + given):
            break
        given += 1
    tok = token_at(toks, pos)
    whole = tok is not None and tok.pos in NAME_TAGS and tok.end == pos + sl + given
    titled = sl == 1 and given == 2 and titled_given(text, pos, pos + 3, zh_lex.titles())
    if given == 0 or (text.startswith(followers(), pos + sl) and not whole and not titled):
        return None  # 在 of 李在勋 (a name jieba reads whole) begins a given name all the same
    name = text[pos : pos + sl + given]
    if _cuts_phrase(text, toks, pos, pos + len(name)):
        return None
    common = tok and tok.pos not in NAME_TAGS and tok.end - tok.start >= 2
    if common and tok and not zh_lex.known_word(tok.word):
        return name  # 市长严冬出席: jieba made the word up (no entry of its dictionary)
    if common and tok and tok.end - pos in (len(name), 2) and tok.pos not in ("nz", "ns", "nnt"):
        if _time_word_in_name(text, tok, name) or _word_in_honoured_name(text, tok, name):
            return name
        if _noun_then_given(text, toks, tok, name):
            return name
        return name if _noun_as_name(text, tok) else None  # a common word (单位), not a name
    return name


def _time_word_in_name(text: str, tok: Token, name: str) -> bool:
    """周一鸣与: jieba reads a family name and the first given character as a time word (周一,
    Monday); a name of three characters that runs past it up to where a name may end is a
    name all the same (周一上午 runs on, so it is none)."""
    end = tok.start + len(name)
    return tok.pos == "t" and len(name) == 3 and tok.end < end and _ends_name(text, end)


def _word_in_honoured_name(text: str, tok: Token, name: str) -> bool:
    """主任黄家乐博士: three characters jieba reads as a noun + one before an honorific
    are a name, so are two read as an adjective (高锐博士, 高锐。) or abbreviation (高远女士)."""
    end = tok.start + len(name)
    whole = len(name) == 2 and tok.end == end and tok.pos.startswith(("a", "j"))
    if whole and tok.pos.startswith("a") and text[end : end + 1] in ("。", ",", "、"):
        return True
    return (whole or len(name) == 3 and tok.end < end) and text.startswith(honorifics(), end)


def _noun_then_given(text: str, toks: list[Token], tok: Token, name: str) -> bool:
    """处长林家欣亦出席: jieba reads a family name and the first given character as a noun (林家)
    and the last given character as a word of its own (欣 as a name, 怡 or 豪 as a morpheme);
    three such characters are a name up to where a name may end (a name-tagged last
    character) or up to a word that follows names (any content character)."""
    end = tok.start + len(name)
    last = token_at(toks, tok.end)
    if len(name) != 3 or tok.end != end - 1 or last is None or last.end != end:
        return False
    if last.pos in NAME_TAGS:
        return _ends_name(text, end)
    return last.pos[:1] in ("n", "v", "a") and text.startswith(followers(), end)


def _noun_as_name(text: str, tok: Token) -> bool:
    """参赞方坤出席: a name jieba reads as a noun of two characters is still a name right
    after a title when a verb that follows names (出席, 表示) follows it."""
    after = [w for w in followers() if len(w) >= 2]
    return tok.pos == "n" and tok.end - tok.start == 2 and text.startswith(tuple(after), tok.end)


def _vietnamese_name(text: str, pos: int, sl: int) -> str | None:
    """阮氏秋恒: a family name, a Vietnamese middle name (氏; 文 only in a text that is about
    Viet Nam just before) and two given characters, up to where a name may end."""
    middle = pos + sl
    if sl != 1 or text[middle : middle + 1] not in zh_lex.people_lexicon("vietnamese_middles"):
        return None
    if text[middle] != zh_lex.people_lexicon("vietnamese_middles")[0]:
        before = text[max(0, pos - 40) : pos]
        if not any(w in before for w in zh_lex.people_lexicon("vietnamese_markers")):
            return None
    end = middle + 3
    if end > len(text) or not all(is_han(c) for c in text[pos:end]):
        return None
    if any(text.startswith(followers(), k) for k in range(middle + 1, end)):
        return None  # 阮氏秋在: three characters and a word that follows names
    return text[pos:end] if _ends_name(text, end) else None


def _word_after_two(toks: list[Token], pos: int, sl: int) -> bool:
    """王静 + 结合实际: jieba reads a name of one given character and then a word of its
    own that begins where a second given character would be; the name ends before it."""
    tok = token_at(toks, pos)
    if tok is None or tok.pos not in NAME_TAGS or tok.end != pos + sl + 1:
        return False
    nxt = token_at(toks, tok.end)
    long = nxt is not None and nxt.end - nxt.start >= 2 and nxt.pos not in NAME_TAGS
    return long and not zh_lex.glued_follower(nxt, followers())  # 李家 + 超在: 李家超


@cache
def _japanese_surnames() -> frozenset[str]:
    """The listed family names of Japan (zh.txt's few and the common ones of
    japanese_surnames.tsv), two or three characters each."""
    table = (row["surname"] for row in lexicon.table("japanese_surnames.tsv"))
    return frozenset((*zh_lex.words("japanese_surnames"), *table))


def japanese_surname_length(text: str, pos: int) -> int:
    """Length of the listed Japanese family name at text[pos] (3 for 长谷川, 2 for 滨野), or 0."""
    return next((sl for sl in (3, 2) if text[pos : pos + sl] in _japanese_surnames()), 0)


def japanese_whole(word: str) -> bool:
    """Whether `word` is a listed Japanese family name and a given name of one or two."""
    sl = japanese_surname_length(word, 0)
    return bool(sl) and 1 <= len(word) - sl <= 2 and all(is_han(c) for c in word)


def _japanese_name(text: str, pos: int) -> str | None:
    """山田直子, 石黑宪彦: a Japanese family name of two or three characters and a given name
    of one or two, ending where the text leaves Chinese characters or a word that follows
    names (or a transliterated name: 透过, 去年) begins; the longer given name first."""
    for sl in (3, 2):
        if text[pos : pos + sl] not in _japanese_surnames():
            continue
        for k in (pos + sl + 2, pos + sl + 1):
            if k > len(text) or not all(is_han(c) for c in text[pos:k]):
                continue
            if k == len(text) or not is_han(text[k]) or text.startswith(foreign_ends(), k):
                return text[pos:k]
    return None


def plausible_name(name: str, *, common_ok: bool = False) -> bool:
    """Not a web page button (关闭窗口) and, unless `common_ok`, not a common word (会议).
    A transliterated name (艾力·买买提) needs Chinese characters on both sides of the dot,
    and no part after its first runs over a word that follows names (萨勒曼会见了 + 代表团)."""
    if name in zh_lex.ui_words() or is_side(name):
        return False  # 关闭窗口 (a button), 巴方 (a side of a cooperation)
    if any(c in name for c in SEPARATORS):
        parts = re.split(f"[{SEPARATORS}]", name)
        barrels = [b for p in parts for b in re.split(f"[{DASHES}]", p)]  # 鲁道夫-舍费尔
        return all(b and all(is_han(c) for c in b) for b in barrels) and not any(
            runs_on(p) for p in parts[1:]
        )  # 某·某克博士和某·某尔: no part after the first runs over a word that follows names
    if _common_word_and_particle(name):
        return False  # 东盟国家的代表: 国家 + 的 before a title, no family name and given name
    if name[:1] in zh_lex.people_lexicon("person_joiners") and zh_lex.common_word(name[1:]):
        return False  # 某组织和商界代表: a conjunction and a common noun, no 和 family name
    return common_ok or not zh_lex.common_word(name)


def _common_word_and_particle(name: str) -> bool:
    """国家的, 各方的: a common word and the particle after it, read as a family name and
    given characters; no given name ends in a particle."""
    stem = name.rstrip(zh_lex.chars("particles"))
    return stem != name and len(stem) >= 2 and zh_lex.common_word(stem)


def display_name(name: str) -> str:
    """The name to show: a question mark a conversion left for a lost middle dot becomes the
    dot again (马丁?格伯 -> 马丁·格伯); every other name as written."""
    return re.sub(rf"(?<=[{HAN}])\?(?=[{HAN}])", "·", name)


def _ends_name(text: str, k: int) -> bool:
    """Whether a name may end at text[k]: the text ends, leaves Chinese characters or goes on
    with a word that follows names."""
    return k >= len(text) or not is_han(text[k]) or text.startswith(foreign_ends(), k)


def transliterated_run(text: str, pos: int, least: int | None = None) -> str | None:
    """A transliterated name written without a separator (格里戈里伊夫利耶夫表示): a run of
    the characters transliterations use, up to where a name may end; at least five
    characters when it begins with a Chinese family name (Chinese names are shorter), at
    least three otherwise (坎皮诺斯), unless the caller knows the name is foreign (`least`)."""
    k = transliteration_end(text, pos)
    least = least or (5 if surname_length(text, pos) else 3)
    while k - pos >= least and not _ends_name(text, k):
        k -= 1  # 伊夫利耶夫希望: the run took the first character of the next word
    return text[pos:k] if k - pos >= least else None


def transliteration_end(text: str, pos: int) -> int:
    """Where the run of characters transliterations use that begins at `pos` ends (at most
    twelve of them), not before a country's name (哈萨克斯坦 is no name); `pos` if none."""
    if any(text.startswith(w, pos) for w in _places()):
        return pos
    allowed, k = transliteration_chars(), pos
    while k < len(text) and k - pos < 12 and text[k] in allowed:
        k += 1
    return k


def second_barrel(text: str, at: int) -> str:
    """玛丽亚·施密特-霍夫曼: a dotted name whose last part meets a single dash (a hyphen or
    a dash a converter wrote for one) and a run of at least two characters transliterations
    use is a double-barrelled family name: the dash and that run (up to where a name may
    end) are the name's too; '' when no such run follows."""
    if text[at : at + 1] not in DASHES or text[at + 1 : at + 2] in DASHES:
        return ""
    k = transliteration_end(text, at + 1)
    while k - at > 2 and not _ends_name(text, k):
        k -= 1
    return text[at:k] if k - at > 2 and _ends_name(text, k) else ""


def _unlisted_name(text: str, pos: int) -> str | None:
    """A name without a listed family name (Japanese 滨野幸一): accepted only when 2-4
    Chinese characters run from the title to a word that follows names (会见, 表示)."""
    if text.startswith(followers(), pos) or any(text.startswith(w, pos) for w in _places()):
        return None
    for k in range(pos + 2, min(pos + 5, len(text)) + 1):
        if not all(is_han(c) for c in text[pos:k]):
            return None
        if k < len(text) and text.startswith(followers(), k) and text[k] not in _word_ends():
            return without_particle(text[pos:k])
    return None


def _not_words(toks: list[Token], start: int, end: int) -> bool:
    """Whether text[start:end] is not made of ordinary words: a time word or an adverb
    (会议昨天, 还共同) never stands in a name, nor does it open with a common word (会议), nor
    hold a word that is a title (主管 + 机构负责人: the holder is unnamed)."""
    inside = [t for t in toks if t.start < end and start < t.end]
    if any(t.pos.startswith(("t", "d", "p", "c", "u", "m", "q", "r", "v")) for t in inside):
        return False
    if any(t.word in zh_lex.titles() for t in inside):
        return False
    first = inside[0] if inside else None
    if first is None or first.pos.startswith(NAME_TAGS):
        return True
    return not (first.start == start and len(first.word) >= 2 and zh_lex.common_word(first.word))


def without_particle(name: str) -> str | None:
    """托卡耶夫的 (before 共同见证) -> 托卡耶夫: a name does not end in a particle."""
    while name and name[-1] in zh_lex.chars("particles"):
        name = name[:-1]
    return name if len(name) >= 2 else None


@cache
def _word_ends() -> str:
    """Followers that may also end a word of a name: particles, 等, conjunctions."""
    return zh_lex.chars("particles") + "等" + zh_lex.chars("conjunctions")


@cache
def _places() -> tuple[str, ...]:
    return tuple(zh_lex.words("place_prefixes")) + tuple(zh_lex.countries())


def given_part(name: str, names: list[str]) -> str:
    """苏吉 of 苏吉·林披琼农: the first part of a transliterated name, by which Thai, Malay or
    Arab names are referred to again (苏吉署长); '' when the name has no dot or another
    dotted name of the text opens with the same part (约翰·史密斯 and 约翰·布朗)."""
    parts = re.split(f"[{SEPARATORS}]", name)
    if len(parts) < 2 or len(parts[0]) < 2:
        return ""
    others = [re.split(f"[{SEPARATORS}]", n) for n in names if n != name]
    return "" if any(len(o) > 1 and o[0] == parts[0] for o in others) else parts[0]
