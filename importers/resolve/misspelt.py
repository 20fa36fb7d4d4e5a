"""A Latin name written with one slip of the keyboard: "Tlevelssova" for "Tlevlessova".

A press release may spell one person's long family name two ways, even in one paragraph.
Two letters swapped, or one letter doubled or left single, in a word of
`MIN_LETTERS` or more, with every other word the same, is such a slip; two people whose
names differ so little and who hold the same post at the same body are one (people.py asks
for that role before it links them, and records the link as a merge that can be split).
A letter replaced by another is not a slip here: Andersen and Anderson are two families.

Arabic names are romanised loosely: one text writes "Abdul Karim Bin Nasser Al Harbi", the
next "Abdulkarim Al-Haribi". So the particles written apart, hyphenated or joined ("Al",
"Abdul": words/resolve.txt) are compared joined to the next word, an inner patronymic ("bin
Nasser" with a family name after it) is left out when only one of the two names gives one
(two different fathers still tell two people apart), and one vowel added inside a long word
(Harbi / Haribi, Swailem / Suwailem) counts as a slip too. A Malay "Aminah binti Yusof" ends
with the father's name, which is then the family name and stays.
"""

from __future__ import annotations

from store.text import fold, has_han, lexicon

MIN_LETTERS = 6
VOWELS = frozenset("aeiou")


def one_slip(a: str, b: str) -> bool:
    """Whether two Latin names are one name with one slip in one long word, or one name
    spelt two ways as Arabic names are (particles apart or joined, a patronymic left out)."""
    if has_han(a) or has_han(b):
        return False
    wa, wb = _words(a), _words(b)
    wa, wb = _without_patronymic(wa, wb), _without_patronymic(wb, wa)
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    differ = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if not differ:
        return True  # only the particles or a patronymic told them apart
    if len(differ) != 1:
        return False
    x, y = differ[0]
    return min(len(x), len(y)) >= MIN_LETTERS and (
        _swapped(x, y) or _doubled(x, y) or _vowel_added(x, y)
    )


def _words(name: str) -> list[str]:
    """The folded words of a name, each joinable particle joined to the word after it
    ("Al Harbi" and "Al-Harbi" are both "alharbi")."""
    joined = lexicon.wordset("resolve.txt", "joined_name_particles")
    out: list[str] = []
    carry = ""
    for word in (fold(w) for w in name.split()):
        if word in joined:
            carry += word
            continue
        if word:
            out.append(carry + word)
            carry = ""
    return [*out, carry] if carry else out


def _without_patronymic(words: list[str], other: list[str]) -> list[str]:
    """The words without each inner "bin X" (a family name still follows), when the other
    name gives no patronymic to compare it with."""
    links = lexicon.wordset("en_rules.txt", "patronymic_particles")
    if any(w in links for w in other):
        return words
    out: list[str] = []
    i = 0
    while i < len(words):
        if 0 < i < len(words) - 2 and words[i] in links:
            i += 2
            continue
        out.append(words[i])
        i += 1
    return out


def _swapped(x: str, y: str) -> bool:
    """Two neighbouring letters the other way round."""
    if len(x) != len(y):
        return False
    at = [i for i, (p, q) in enumerate(zip(x, y, strict=True)) if p != q]
    return len(at) == 2 and at[1] == at[0] + 1 and x[at[0]] == y[at[1]] and x[at[1]] == y[at[0]]


def _doubled(x: str, y: str) -> bool:
    """One letter written twice in one and once in the other (Tlevlesova, Tlevlessova)."""
    added = _one_letter_added(x, y)
    return added is not None and added[1] > 0 and added[0][added[1]] == added[0][added[1] - 1]


def _vowel_added(x: str, y: str) -> bool:
    """One vowel inside the longer word that the shorter leaves out (Swailem, Suwailem); a
    vowel added at either end (Brown, Browne) is another name."""
    added = _one_letter_added(x, y)
    return added is not None and 0 < added[1] < len(added[0]) - 1 and added[0][added[1]] in VOWELS


def _one_letter_added(x: str, y: str) -> tuple[str, int] | None:
    """The longer word and where its one extra letter stands, when taking that letter out
    gives the shorter word; None otherwise."""
    short, long = sorted((x, y), key=len)
    if len(long) != len(short) + 1:
        return None
    i = next((k for k, (p, q) in enumerate(zip(short, long, strict=False)) if p != q), len(short))
    return (long, i) if long[:i] + long[i + 1 :] == short else None
