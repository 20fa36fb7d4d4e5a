"""A person written with their country between the name and the apposition that gives the
post: "Ana Costa of Portugal, deputy secretary general, finance sector", or the country in
brackets, "Mr. Ivo Marek (Slovakia), Director, Legal Division". Lists of candidates, panels,
delegations and appointed teams write people so; the country says where the person comes
from (it is no body's and no post's), and the name is the words before its "of" or its
bracket. A country is never the name itself ("... of South Africa, deputy registrar" names
no "South Africa"). News reports put the person's age there the same way ("Ana Costa, 54,
Director of X"): the name is the words before it.
"""

from __future__ import annotations

import re

from importers.en.names import name_before
from importers.en.words import COUNTRY_OF

#: " of [the] <capitalised words>" or " (<words>)" ending where the apposition's comma stands.
_OF_COUNTRY = re.compile(
    r"[ \t]+(?:of[ \t]+(?:the[ \t]+)?([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3})"
    r"|\((?:the[ \t]+)?([A-Z][\w’'.-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w’'.-]*){0,4})\))[ \t]*$"
)


#: ", 54" or ", aged 54" ending where the apposition's comma stands.
_AGE = re.compile(r",[ \t]+(?:aged[ \t]+)?\d{2,3}[ \t]*$")


def name_before_aside(text: str, comma: int) -> tuple[int, int] | None:
    """The personal name before the country or the age that ends at `comma`."""
    age = _AGE.search(text, max(0, comma - 20), comma)
    return name_before(text, age.start()) if age else name_before_country(text, comma)


def name_before_country(text: str, comma: int) -> tuple[int, int] | None:
    """The personal name before " of <Country>" or " (<Country>)" that ends at `comma`; None
    when the words there are no country or no name stands before them."""
    m = _OF_COUNTRY.search(text, max(0, comma - 60), comma)
    if m is None or (m.group(1) or m.group(2)).casefold() not in COUNTRY_OF:
        return None
    return name_before(text, m.start())
