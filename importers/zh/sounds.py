"""Whether a foreign name transliterated into Chinese and a name in Latin letters can be one.

Chinese writes a foreign name by sound (特韦巴泽 for Twebaze, 莫雷拉 for Moreira), one
syllable per sound, so no reading of the characters spells the Latin name. What survives is
the order of the consonants: both names are reduced to classes of consonant (labials,
dentals, velars, sibilants, liquids, nasals, f/v/w), and the family part of the Chinese name
must match a word of the Latin one within one step. The conversions Chinese transliteration
makes are allowed for: l and r are one class, an r that closes a syllable is not written
(Gerber: 格伯), a syllable may end in n or ng where the Latin has none (本曼亚: Bemanya), and
j, q, x stand for a k before i as well as for a hissing sound (阿基诺: Aquino).

This is weak evidence: the resolver uses it only for two people who hold a role at the same
organisation, and records the link as a merge that can be split.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache

from store.text import is_han, lexicon, to_simplified
from store.text.script import NAME_MARKS

SEPARATORS = NAME_MARKS  # a full stop may stand for the dot

#: Pinyin initials by consonant class; "J" matches a velar or a sibilant.
_INITIALS = (
    ("zh", "S"), ("ch", "S"), ("sh", "S"), ("b", "P"), ("p", "P"), ("d", "T"), ("t", "T"),
    ("g", "K"), ("k", "K"), ("h", "H"), ("j", "J"), ("q", "J"), ("x", "J"), ("z", "S"),
    ("c", "S"), ("s", "S"), ("r", "R"), ("l", "L"), ("m", "M"), ("n", "N"), ("f", "F"),
    ("w", "F"), ("y", ""),
)  # fmt: skip

_LATIN = (
    ("sch", "S"), ("ph", "F"), ("th", "T"), ("sh", "S"), ("ch", "C"), ("ck", "K"), ("qu", "K"),
    ("gu", "K"), ("b", "P"), ("p", "P"), ("d", "T"), ("t", "T"), ("g", "K"), ("k", "K"),
    ("q", "K"), ("c", "K"), ("j", "J"), ("x", "S"), ("s", "S"), ("z", "S"), ("l", "L"),
    ("r", "R"), ("m", "M"), ("n", "N"), ("f", "F"), ("v", "F"), ("w", "F"), ("h", "H"),
)  # fmt: skip

VOWELS = "aeiouy"

#: Classes one Latin spelling can stand for: ch is a hiss in Richard and a k in Michael
#: (麦可), Christian (克里斯蒂安) or Zacharias.
_EITHER = {"C": ("S", "K", "J")}


@cache
def _surnames() -> frozenset[str]:
    return frozenset(
        row["surname"] for row in lexicon.table("surnames.tsv") if row["names"] == "yes"
    )


@cache
def transliterated(name: str) -> bool:
    """A Chinese-script name written by sound: with a name dot, or not opening with a
    Chinese family name (拉齐卢; 馮 is 冯, a family name in Traditional script)."""
    han = [c for c in name if is_han(c)]
    if len(han) < 2:
        return False
    if any(c in SEPARATORS for c in name):
        return True
    plain = to_simplified(name)
    return plain[0] not in _surnames() and plain[:2] not in _surnames()


@cache
def _pinyin_classes(part: str) -> str:
    """The consonant classes of a Chinese part: each syllable's initial, and n for a
    syllable ending in n or ng (lower case: a nasal the Latin name may not write)."""
    from pypinyin import Style, lazy_pinyin

    out = []
    # 麥可 is read as 麦可: a Traditional form is read as its Simplified one
    for syl in lazy_pinyin(to_simplified(part), style=Style.NORMAL, errors="ignore"):
        initial = next((c for p, c in _INITIALS if syl.startswith(p)), "")
        out.append(initial + ("n" if syl.endswith(("n", "ng")) and len(syl) >= 2 else ""))
    return "".join(out).replace("H", "")


@cache
def _latin_classes(word: str) -> str:
    """The consonant classes of a Latin word: c before e, i sounds like s; an r that closes
    a syllable is dropped; doubled letters count once, but one class in two syllables
    counts twice (Barba: 巴尔巴, two syllables opening with a b)."""
    w = unicodedata.normalize("NFKD", word.casefold())
    w = "".join(c for c in w if c.isalpha() and c.isascii())
    w = re.sub(r"c(?=[eiy])", "s", w)
    out: list[str] = []
    k = 0
    vowel_between = False
    while k < len(w):
        if w[k] in VOWELS:
            vowel_between = True
            k += 1
            continue
        pair = next(((p, c) for p, c in _LATIN if w.startswith(p, k)), None)
        if pair is None:
            k += 1
            continue
        p, c = pair
        nxt = w[k + len(p) : k + len(p) + 1]
        if c == "R" and (not nxt or nxt not in VOWELS):
            c = ""  # Gerber: the r closing a syllable is not written
        if c and (not out or out[-1] != c or vowel_between):
            out.append(c)
            vowel_between = False
        k += len(p)
    return "".join(out).replace("H", "").replace("R", "L")


def _same(a: str, b: str) -> bool:
    """One class, or a pinyin j/q/x for a k or s sound, or a pinyin r for an l or a j
    (若昂: João, 茹利奥: Júlio), or a Latin ch for a hiss or a k (`_EITHER`)."""
    if a == b or b in _EITHER.get(a, ()) or a in _EITHER.get(b, ()):
        return True
    pair = {a, b}
    return pair in ({"J", "K"}, {"J", "S"}, {"R", "L"}, {"R", "J"})


def _close(han: str, latin: str) -> bool:
    """Within one step (a letter more, less or different), nasals of the Chinese side free:
    those that close a syllable (安娜: Ana), or all of them."""
    if not han or not latin:
        return False
    for cand in {han.upper(), han.replace("n", ""), han.upper().replace("N", "")}:
        if _distance(cand, latin) <= (0 if min(len(cand), len(latin)) < 2 else 1):
            return True
    return False


def _distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (0 if _same(ca, cb) else 1)))
        prev = cur
    return prev[-1]


def sounds_like(han: str, latin: str) -> bool:
    """Whether the transliterated `han` (茹利奥·塞萨尔·莫雷拉) can be written for `latin`
    (Júlio César Moreira): its family part sounds like a word of the Latin name, and so
    does one of its other parts, if it has any, like another word."""
    if not transliterated(han) or any(is_han(c) for c in latin):
        return False
    parts = [_pinyin_classes(p) for p in re.split(f"[{re.escape(SEPARATORS)}]", han) if p]
    # a middle initial (Maria T. Santos) is never transliterated: only whole words count
    words = [_latin_classes(w) for w in re.split(r"[\s\-']+", latin) if len(w.rstrip(".")) > 1]
    # a given name of vowels and h alone (豪尔赫 for Spanish Jorge, whose j is an h) says
    # nothing either way: the family part decides
    family, given = parts[-1], [g for g in parts[:-1] if g]
    if len(family) < 2 and not given:
        return False  # 福尔 alone is one consonant: too little; 帕斯卡尔·福尔 has its given name
    if not given and _run_together(family, words):
        return True
    for k, w in enumerate(words):
        short = len(family) < 2 and bool(family) and _distance(family.upper(), w) <= 1
        if not (_close(family, w) or short):
            continue
        others = words[:k] + words[k + 1 :]
        if not given or any(_given_close(g, o) for g in given for o in others):
            return True
    return False


def _given_close(han: str, latin: str) -> bool:
    """A given part against a Latin word; an opening j may be the glide pinyin writes as y
    (约翰: John, 约瑟夫: Joseph, 扬: Jan), which leaves no consonant of its own."""
    return _close(han, latin) or (latin.startswith("J") and _close(han, latin[1:]))


def _run_together(han: str, words: list[str]) -> bool:
    """Whether a transliteration written without name dots (卡马尔希沙姆贾法尔) renders the
    whole Latin name (Kamal Hisham Jaafar), its words in their order: with no dot to tell
    where each word's sounds end, the consonants of all of them are compared at once, and
    only a name of two words or more with four consonants or more is read this way."""
    latin = "".join(words)
    return len(words) >= 2 and len(latin) >= 4 and _close(han, latin)


#: Initials that Cantonese and Hokkien spellings write for a Mandarin initial (Kin for
#: 建 jian, Hui for 许 xu, Wong for 黄 huang, Tse for 谢 xie): one class for this comparison.
_SOUTHERN = ({"J", "K"}, {"J", "S"}, {"J", "H"}, {"H", "F"}, {"H", "K"}, {"S", "T"})


def _pinyin_initial(char: str) -> str:
    """The consonant class a Chinese character's syllable begins with ("" for a vowel)."""
    from pypinyin import Style, lazy_pinyin

    syl = (lazy_pinyin(char, style=Style.NORMAL, errors="ignore") or [""])[0]
    return next((c for p, c in _INITIALS if syl.startswith(p)), "")


def _latin_initial(word: str) -> str:
    """The consonant class a romanised syllable begins with ("" for a vowel or a y)."""
    w = unicodedata.normalize("NFKD", word.casefold())
    w = "".join(c for c in w if c.isalpha() and c.isascii())
    if not w or w[0] in VOWELS:
        return ""
    if w.startswith(("ts", "tz", "ch")):
        return "S"  # Chan, Cheung: a southern ch is always a hiss
    return next((c for p, c in _LATIN if w.startswith(p)), "")


def _initials_close(a: str, b: str) -> bool:
    return a == b or {a, b} in _SOUTHERN or (_same(a, b) if a and b else False)


def romanised_like(han: str, latin: str) -> bool:
    """Whether a Chinese name (李伟明, 戴建业) can be the romanised one (Lei Wai Meng, Tai
    Kin Ip) as Hong Kong, Macao, Singapore and Malaysia write names, family name first or
    last: one Latin syllable per character, each beginning with a consonant of the class
    the character's Mandarin syllable begins with, allowing for the southern spellings; one
    given-name syllable of a three-character name may differ. Weak evidence, like
    `sounds_like`: used only for two people with a role at the same body in one text."""
    han = to_simplified(han)  # 陳 is read as 陈, whose family name the table lists
    chars = [c for c in han if is_han(c)]
    words = [w for w in re.split(r"[\s\-]+", latin) if w]
    if transliterated(han) or len(chars) != len(han) or not 2 <= len(chars) <= 4:
        return False
    if len(words) != len(chars) or any(is_han(c) for c in latin):
        return False
    for order in (words, [words[-1], *words[:-1]]):
        misses = [
            k
            for k, (c, w) in enumerate(zip(chars, order, strict=True))
            if not _initials_close(_pinyin_initial(c), _latin_initial(w))
        ]
        if not misses or (len(chars) >= 3 and misses != [0] and len(misses) == 1):
            return True
    return False
