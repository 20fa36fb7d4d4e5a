"""Latin names after a Chinese title (主席Ana Bandeira, 局長 Jean DUPONT): a record that
keeps a foreign official's name in Latin letters writes it whole after the title."""

from __future__ import annotations

import re

#: A Latin name after a Chinese title: 2-4 capitalised words (Al-Amin), initials, particles;
#: the last may be a family name in capitals, as official records write it (Jean DUPONT).
_LATIN_WORD = r"[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž']+(?:-[A-ZÀ-ÖØ-ÞĀ-Ž]?[a-zà-öø-ÿā-ž']+)*"
_CAPITALS = r"[A-ZÀ-ÖØ-ÞĀ-Ž]{2,}(?:-[A-ZÀ-ÖØ-ÞĀ-Ž]{2,})*"
_PARTICLES = r"(?:(?:de|da|do|dos|das|del|van|von|bin|binti|bint|ibn|al) )?"
LATIN_NAME = re.compile(
    rf" ?({_LATIN_WORD}(?: (?:[A-ZÀ-ÖØ-Þ]\. )?{_PARTICLES}{_LATIN_WORD}){{0,2}}"
    rf"(?: (?:[A-ZÀ-ÖØ-Þ]\. )?{_PARTICLES}(?:{_LATIN_WORD}|{_CAPITALS})))(?![A-Za-zÀ-ÖØ-öø-ž])"
)
