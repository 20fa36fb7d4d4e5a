"""A person written with their country between the name and the apposition that gives the
post: "Ana Costa of Portugal, deputy secretary general, finance sector". Lists of candidates,
panels and delegations write people so; the country says where the person comes from (it
is no body's and no post's), and the name is the words before its "of". A country is never
the name itself ("... of South Africa, deputy registrar" names no "South Africa").
"""

from __future__ import annotations

import re

from importers.en.names import name_before
from importers.en.words import COUNTRY_OF

#: " of [the] <capitalised words>" ending where the apposition's comma stands.
_OF_COUNTRY = re.compile(
    r"[ \t]+of[ \t]+(?:the[ \t]+)?([A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,3})[ \t]*$"
)


def name_before_country(text: str, comma: int) -> tuple[int, int] | None:
    """The personal name before " of <Country>" that ends at `comma`; None when the words
    after "of" are no country or no name stands before them."""
    m = _OF_COUNTRY.search(text, max(0, comma - 60), comma)
    if m is None or m.group(1).casefold() not in COUNTRY_OF:
        return None
    return name_before(text, m.start())
