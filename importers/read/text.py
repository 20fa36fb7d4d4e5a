"""Plain text, the format every decodable file falls back to (.txt, .text, or any suffix
whose bytes decode as text that is not HTML).

Plain text states no title or date outside itself: both are found in the repaired text
(importers/read/meta.py), as for Markdown and for a PDF without usable properties.
"""

from __future__ import annotations

from importers.read.result import Draft

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ".markdown"})


def read_text(text: str) -> Draft:
    """A decoded text file, as it is: its repair (wraps, page furniture) comes after."""
    return Draft(text, "text")
