"""The two sides of a letter: 我 is the body that writes it, 您 the body it is addressed to.

A letter opens with a salutation line (尊敬的…局长：) and speaks in the first and second
person: 您与我一起签订的…, and 两局, 双方 for the two bodies. A signing so told, with no party
named in its clause, is between the writer's body (the one its heading speaks for) and the
addressee's (the first other body the letter names: 致X贺信, 向X全体同事致以祝贺).
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh.agreement_topics import pair_reference
from importers.zh.home import home_office
from importers.zh.orgs.mention import Mention
from store.text import lexicon


@cache
def _salutation() -> re.Pattern[str]:
    """A line that opens with a salutation and ends with a colon: the text is a letter."""
    words = alternation(lexicon.words("zh_agreements.txt", "letter_salutations"))
    return re.compile(rf"^\s*(?:{words})[^\n。]{{1,40}}[：:]\s*$", re.M)


def letter_sides(text: str, orgs: list[Mention], org_keys: dict[int, str]) -> list[str]:
    """[writer's body, addressee's body] as organisation keys when the text is a letter whose
    heading names the body it speaks for and another body; else []."""
    if not _salutation().search(text):
        return []
    home = home_office(text, orgs)
    mine = org_keys.get(id(home)) if home is not None else None
    if mine is None:
        return []
    other = next((org_keys[id(o)] for o in orgs if org_keys.get(id(o), mine) != mine), None)
    return [mine, other] if other is not None else []


def speaks_to_both(clause: str) -> bool:
    """您与我一起签订, 两局, 双方: a clause whose parties are the addressee and the writer."""
    you = lexicon.words("zh_agreements.txt", "letter_addressees")
    return any(w in clause for w in you) or pair_reference(clause)
