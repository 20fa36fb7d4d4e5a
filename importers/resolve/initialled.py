"""A person named by initials and a family name ("K. M. Lindqvist") and the same person named
in full, a patronymic or a middle name perhaps among the given names ("Karin Maria
Lindqvist", "Karin Lindqvist"): one text writes the short form, another the long one.

The family names must be one (case aside: "LINDQVIST"), and every initial must open a given
name of the full form, in order (the first initial the first given name). The key is review's
(`store.review.initials.initial_key`), so the resolver and the review queue read an
initialled name alike; people.py links the two only when both hold one post at one body and
no one else there does, and records the link as a merge that can be split.
"""

from __future__ import annotations

from store.review.initials import initial_key, without_honorifics
from store.text import fold


def initials_fit(short: str, full: str) -> bool:
    """Whether SHORT, initials and a family name, can be FULL written short."""
    a, b = initial_key(short), initial_key(full)
    if a is None or b is None or not a[2] or b[2] or a[:2] != b[:2]:
        return False
    initials = _given(short)
    given = [w[:1] for w in _given(full)]
    return len(initials) <= len(given) and _in_order(initials, given)


def _given(name: str) -> list[str]:
    """The folded given names (or initials) before the family name, honorifics left out."""
    words = [fold(w) for w in without_honorifics(name.replace(".", ". ").split())]
    return [w for w in words[:-1] if w]


def _in_order(initials: list[str], firsts: list[str]) -> bool:
    """Each initial opens a given name after the one the previous initial opened, the first
    initial the first given name."""
    if not initials or initials[0] != firsts[0]:
        return False
    at = 0
    for i in initials[1:]:
        nxt = next((k for k in range(at + 1, len(firsts)) if firsts[k] == i), None)
        if nxt is None:
            return False
        at = nxt
    return True
