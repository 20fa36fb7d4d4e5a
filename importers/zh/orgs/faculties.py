"""A university's faculty named with its university right before its representative.

与甲大学法学院代表签署: one who signs or speaks for a faculty acts for the university (the
university signs for its faculties), so the body named is the university. A faculty named as a
body in its own right (its dean, its professors, 由甲大学法学院协办) stays a body.
"""

from __future__ import annotations

from functools import cache

from importers.gazetteer import longest_first
from importers.zh import lex as zh_lex
from importers.zh.orgs.mention import Mention
from importers.zh.orgs.shape import org_suffix
from store.text import lexicon


def at_university(text: str, m: Mention) -> Mention | None:
    """The university's mention when `m` is its faculty before its representative, else None."""
    if m.source != "pattern" or m.end - m.start != len(m.name):
        return None
    title = next((t for t in _titles() if text.startswith(t, m.end)), None)
    if title is None or org_suffix(text[m.end : m.end + len(title) + 1]):
        return None  # 代表团, 代表处: the faculty's delegation or office, a body of its own
    university = university_of(m.name, least=2)
    return Mention(m.start, m.start + len(university), university) if university else None


def university_of(name: str, least: int = 1) -> str | None:
    """甲大学法学院 -> 甲大学: the university a faculty's name opens with, else None; at least
    `least` characters before the university's head and after it."""
    for head in lexicon.words("zh_agreements.txt", "university_heads"):
        k = name.find(head)
        rest = name[k + len(head) :] if k >= least else ""
        if len(rest) >= least and rest.endswith(
            lexicon.words("zh_agreements.txt", "faculty_units")
        ):
            return name[: k + len(head)]
    return None


@cache
def _titles() -> list[str]:
    return longest_first(zh_lex.words("faculty_envoy_titles"))
