"""Names a Chinese text leaves in Latin letters and addresses with an honorific.

A Chinese report keeps a foreign guest's name as written in Latin letters and addresses the
guest with 先生 or 女士 (某某班学员代表 + Maria Lopes Sousa + 女士). After a title the name is
read with the title (`people.PeopleFinder.titled`); with no title, or with a description the
lexicon holds no title for, the honorific alone says the words are a person's name: no
organisation, company or place is written "X 先生". A profession used as a form of address
(Jane Doe 律师) says so too, unless it opens a body's name (律师事务所).
"""

from __future__ import annotations

from importers.zh import lex as zh_lex
from importers.zh.latin_names import LATIN_NAME
from importers.zh.names import honorifics
from importers.zh.roles import PersonHit

#: A space a converted text may leave between a Latin name and the honorific after it.
_GAP = " \u3000\xa0"


def latin_addressed(text: str, hits: list[PersonHit]) -> list[PersonHit]:
    """People whose Latin name the text writes right before an honorific (one space
    allowed), where no name read so far covers the name."""
    out: list[PersonHit] = []
    for m in LATIN_NAME.finditer(text):
        start, end = m.span(1)
        before = text[max(0, start - 8) : start].rstrip(_GAP)[-1:]
        if before.isascii() and before.isalnum():
            continue  # the end of a longer Latin run (ACME + Global Partners), not a name
        after = end + 1 if text[end : end + 1] in _GAP and end < len(text) else end
        if not (text.startswith(honorifics(), after) or _profession_after(text, after)):
            continue
        if any(h.start < end and start < h.end for h in hits + out):
            continue
        out.append(PersonHit(start, end, m.group(1), span_start=start))
    return out


def _profession_after(text: str, pos: int) -> bool:
    """Whether a profession that addresses a person (律师, data `latin_addresses`) stands at
    `pos`, not opening a body's name (律师事务所)."""
    for word in zh_lex.people_lexicon("latin_addresses"):
        if text.startswith(word, pos):
            rest = pos + len(word)
            return not text.startswith(zh_lex.people_lexicon("latin_address_bodies"), rest)
    return False
