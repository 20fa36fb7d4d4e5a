"""A Latin name written with one slip of the keyboard: "Tlevelssova" for "Tlevlessova".

A press release may spell one person's long family name two ways, even in one paragraph.
Two letters swapped, or one letter doubled or left single, in a word of
`MIN_LETTERS` or more, with every other word the same, is such a slip; two people whose
names differ so little and who hold the same post at the same body are one (people.py asks
for that role before it links them, and records the link as a merge that can be split).
A letter replaced by another is not a slip here: Andersen and Anderson are two families.
"""

from __future__ import annotations

from store.text import fold, has_han

MIN_LETTERS = 6


def one_slip(a: str, b: str) -> bool:
    """Whether two Latin names are one name with one slip in one long word."""
    if has_han(a) or has_han(b):
        return False
    wa, wb = [fold(w) for w in a.split()], [fold(w) for w in b.split()]
    if len(wa) != len(wb) or len(wa) < 2:
        return False
    differ = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    if len(differ) != 1:
        return False
    x, y = differ[0]
    return min(len(x), len(y)) >= MIN_LETTERS and (_swapped(x, y) or _doubled(x, y))


def _swapped(x: str, y: str) -> bool:
    """Two neighbouring letters the other way round."""
    if len(x) != len(y):
        return False
    at = [i for i, (p, q) in enumerate(zip(x, y, strict=True)) if p != q]
    return len(at) == 2 and at[1] == at[0] + 1 and x[at[0]] == y[at[1]] and x[at[1]] == y[at[0]]


def _doubled(x: str, y: str) -> bool:
    """One letter written twice in one and once in the other (Tlevlesova, Tlevlessova)."""
    short, long = sorted((x, y), key=len)
    if len(long) != len(short) + 1:
        return False
    i = next((k for k, (p, q) in enumerate(zip(short, long, strict=False)) if p != q), len(short))
    return long[:i] + long[i + 1 :] == short and i > 0 and long[i] == long[i - 1]
