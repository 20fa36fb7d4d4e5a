"""What the words of a name look like, before any text around them: letters of names, a surname
in capitals ("TWEBAZE") as against given names' initials run together ("PH"), and names that
write the family name first: Chinese names in pinyin, Korean names with a hyphenated given name
("Lee In-sil"), a family name in capitals ("KASUTANI Toshihide"). Kept apart from names.py,
which reads names in running text, because these tests look at the words alone.
"""

from __future__ import annotations

import re

from importers.en.titles import TITLE
from importers.en.words import NON_ORG_ACRONYMS, POST_NOMINALS
from store.text import lexicon
from store.text.fold import strip_accents

#: Letters of names: Latin-1 and Latin Extended-A, and the letters Vietnamese adds (Ơ, Ư and
#: the tone-marked vowels of Latin Extended Additional: "Lưu", "Nguyễn", "Đặng"). Like
#: Ā-Ž, the Vietnamese ranges hold both cases in turn.
UPPER = "A-ZÀ-ÖØ-ÞĀ-ŽƠƯẠ-ỹ"
LOWER = "a-zß-öø-ÿā-žơưạ-ỹ"
#: A surname in capitals: "TWEBAZE", "BOHOUSSOU", "NDIAYE-DIOP".
CAPS_WORD = re.compile(rf"[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})?(?![\w’'])")


#: Given names written as initials run together without stops ("PH Roe", "VKS Rao", South
#: Asian usage): two or three capitals, none a vowel, so no syllable a surname in capitals is.
_GLUED_INITIALS = re.compile(r"[B-DF-HJ-NP-TV-Z]{2,3}")
_CONSONANT_SURNAMES = lexicon.wordset("en_people.txt", "consonant_surnames")


def glued_initials(tok: str) -> bool:
    """Whether `tok` is given names' initials run together ("PH"), not a surname in capitals
    ("NG"), a title ("DG") or an acronym."""
    return (
        bool(_GLUED_INITIALS.fullmatch(tok))
        and tok.casefold() not in _CONSONANT_SURNAMES
        and is_caps_word(tok)
        and not TITLE.fullmatch(tok)
    )


def is_caps_word(tok: str) -> bool:
    """An all-capitals word that may be a surname (not a post-nominal like "MP")."""
    return (
        bool(CAPS_WORD.fullmatch(tok)) and tok not in POST_NOMINALS and tok not in NON_ORG_ACRONYMS
    )


_SYLLABLE = (
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|"
    r"uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u|v))"
)
_PINYIN = re.compile(rf"^{_SYLLABLE}{{1,2}}$")
_PINYIN_TWO = re.compile(rf"{_SYLLABLE}{{2}}")


def is_pinyin_name(name: str) -> bool:
    toks = name.split()
    return 2 <= len(toks) <= 3 and all(_PINYIN.match(t.casefold()) for t in toks)


#: A given name of two syllables joined by a hyphen, the second in lower case ("In-sil",
#: "Yong-rae"): Korean usage, which writes the family name first.
_HYPHENATED_GIVEN = re.compile(rf"[{UPPER}][{LOWER}]+-[{LOWER}]+")


def family_first(name: str) -> bool:
    """Whether a name writes the family name first: "Shen Changyu", "Lee In-sil", "KASUTANI
    Toshihide" (the family name in capitals)."""
    toks = name.split()
    if is_pinyin_name(name):
        return True
    if len(toks) != 2:
        return False
    caps_first = is_caps_word(toks[0]) and not is_caps_word(toks[1]) and not glued_initials(toks[0])
    return caps_first or bool(_HYPHENATED_GIVEN.fullmatch(toks[1]))


def family_name(name: str) -> str:
    """The word of a name a later mention uses alone: "Lee" of "Lee In-sil", "Tang" of
    "Daren Tang"."""
    toks = name.split()
    return toks[0] if family_first(name) else toks[-1]


def east_asian_given(words: list[str]) -> bool:
    """A family name in capitals and a given name that is a Chinese name's (both pinyin, the
    given name of two syllables or more: one syllable is as often an English word) or a Korean
    name's two joined syllables ("Min-ho")."""
    return bool(_HYPHENATED_GIVEN.fullmatch(words[1])) or (
        is_pinyin_name(" ".join(words)) and bool(_PINYIN_TWO.fullmatch(words[1].casefold()))
    )


#: Family names that Vietnamese usage writes first, in capitals ("TRAN" of "TRAN Minh Duc"),
#: folded: without accents and case. names.py lets one open a name before Title-case given
#: names, and the acronym finder (orgs/acronyms.py) never takes one alone for a body's acronym.
_FAMILY_NAMES_FIRST = frozenset(
    strip_accents(w).casefold() for w in lexicon.words("en_people.txt", "family_names_first")
)


#: A word English reads as a function word but a Vietnamese name holds as a middle name when
#: written without its accents ("The" for Thế: "Bui The Duy"), then a capitalised word.
_FUNCTION_MIDDLE = re.compile(r"The(?=[ \t]+[A-Z][a-z])")


def vietnamese_middle(text: str, i: int, words: list[str]) -> re.Match[str] | None:
    """'The' at `i` in "Bui The Duy": after a Vietnamese family name that opens the name
    (Title case or capitals), a middle name written without its accent, not an article."""
    if len(words) != 1 or not family_name_first(words[0]):
        return None
    return _FUNCTION_MIDDLE.match(text, i)


def family_name_first(word: str) -> bool:
    """Whether an all-capitals word is a family name that Vietnamese usage writes before the
    given names ("TRAN" of "TRAN Minh Duc"), accents or none ("TRẦN")."""
    return strip_accents(word).casefold() in _FAMILY_NAMES_FIRST


_PARTICLES = lexicon.wordset("en_rules.txt", "name_particles")
_PARTICLE_RUN = re.compile(r"(\w+)[ \t]+(?:(\w+)[ \t]+)?")


def particles_end(text: str, i: int) -> int | None:
    """Where a name goes on past the particles at `i`: one ("van Berg", "bin Ali") or two
    in a row ("van der Berg", "de la Cruz"); None if no particle is there."""
    m = _PARTICLE_RUN.match(text, i)
    if m is None or m.group(1) not in _PARTICLES:
        return None
    return m.end() if m.group(2) in _PARTICLES else m.start(2) if m.group(2) else m.end()
