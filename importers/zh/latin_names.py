"""Latin names after a Chinese title (主席Ana Bandeira, 局長 Jean DUPONT): a record that
keeps a foreign official's name in Latin letters writes it whole after the title; a report
writes it between the body and the title too (某局Jean Dupont局長), and glosses a
transliterated name with it in brackets before the title (某某(Jean Dupont)代表)."""

from __future__ import annotations

import re

from importers.zh import lex as zh_lex
from importers.zh.glossed import LATIN_ALIAS
from store.text.script import HAN, NAME_DOTS

#: A Latin name after a Chinese title: 2-4 capitalised words (Al-Amin), initials, particles;
#: the last may be a family name in capitals, as official records write it (Jean DUPONT).
#: A Chinese text may join the words with the middle dot of its transliterations
#: (Jean·Dupont), as it would join 让·杜邦.
_GAP = f"[ {NAME_DOTS}]"
#: A word may open with an elided particle (O'Brien, D'Angelo) or hold a second capital
#: (McDonald, LeBlanc).
_LATIN_WORD = (
    r"(?:[A-Z]['’](?=[A-Z]))?[A-ZÀ-ÖØ-ÞĀ-Ž][a-zà-öø-ÿā-ž']+(?:[A-Z][a-zà-öø-ÿā-ž']+)?"
    r"(?:-[A-ZÀ-ÖØ-ÞĀ-Ž]?[a-zà-öø-ÿā-ž']+)*"
)
_CAPITALS = r"[A-ZÀ-ÖØ-ÞĀ-Ž]{2,}(?:-[A-ZÀ-ÖØ-ÞĀ-Ž]{2,})*"
_PARTICLES = r"(?:(?:de|da|do|dos|das|del|van|von|bin|binti|bint|ibn|al) )?"
LATIN_NAME = re.compile(
    rf" ?({_LATIN_WORD}(?:{_GAP}(?:[A-ZÀ-ÖØ-Þ]\. )?{_PARTICLES}{_LATIN_WORD}){{0,2}}"
    rf"(?:{_GAP}(?:[A-ZÀ-ÖØ-Þ]\. )?{_PARTICLES}(?:{_LATIN_WORD}|{_CAPITALS})))"
    r"(?![A-Za-zÀ-ÖØ-öø-ž])"
)

#: One Latin word (a family name) and an honorific after it, a space allowed between them.
_ADDRESSED_WORD = re.compile(rf" ?({_LATIN_WORD}) ?(?=[{HAN}])")


def addressed_surname(text: str, pos: int) -> re.Match[str] | None:
    """主席Battistelli先生: a single Latin word after a title is its holder's family name when
    an honorific (先生, 女士) follows it, as a Chinese text addresses a foreign guest by family
    name alone; the match has the name as its group 1, as LATIN_NAME's has."""
    word = _ADDRESSED_WORD.match(text, pos)
    if word is None or not text.startswith(zh_lex.words("honorifics"), word.end()):
        return None
    return word


def latin_before_title(text: str, pos: int) -> tuple[int, str] | None:
    """(end, title) of a Latin name written right after a body and before its holder's
    title (某局Jean Dupont局長): the name whole, then the title, a space allowed before it."""
    name = LATIN_NAME.match(text, pos)
    if name is None or name.start(1) != pos:
        return None
    spaced = name.end() + (text[name.end() : name.end() + 1] == " ")
    title = zh_lex.title_regex().match(text, spaced)
    return (name.end(), title.group(0)) if title is not None else None


def past_gloss(text: str, end: int) -> int:
    """Where a name's bracketed Latin form after `end` closes (某某(Jean Dupont)代表: the
    title follows the gloss), or `end` when none follows."""
    gloss = LATIN_ALIAS.match(text, end)
    return gloss.end() if gloss is not None else end
