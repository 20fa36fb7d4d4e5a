"""An acronym bracketed after a minister's country names the ministry.

"Minister of Mines and Quarries of the Kingdom of Lesotho (MMQ)": the writer defines
the acronym of the ministry the minister heads after the title's country, as after the
portfolio ("Minister of X (MX) of Y"); it is the ministry's when its letters are the initials
of "Ministry" and the portfolio's capitalised words, in order.
"""

from __future__ import annotations

import re

from importers.en.orgs.acronyms import initials_in_order

_BRACKETED = re.compile(r"\s*\(([A-Z]{2,8})\)")


def acronym_after(rest: str, portfolio: str) -> str | None:
    """The ministry's acronym bracketed at the start of `rest`, else None."""
    m = _BRACKETED.match(rest)
    if m is None or not initials_in_order(f"Ministry of {portfolio}", m.group(1)):
        return None
    return m.group(1)
