"""Finance ministries named by a common noun: "senior posts at the Treasury".

Several states call their finance ministry "the Treasury" (Australia, the United Kingdom,
New Zealand, the United States). Written with "the" and a capital, alone, it names the
treasury of the country the text is clearly about; with no such country it names nothing.
"""

from __future__ import annotations

from importers.en.orgs.model import Orgs
from importers.en.subject import clear_country
from importers.guarded import guarded

_TREASURY = guarded(r"(?<=\bthe )Treasury(?![\w-]| [A-Z])")


def find_treasury(text: str, orgs: Orgs) -> None:
    """'the Treasury' as the finance ministry of the country the text is about."""
    hits = [m for m in _TREASURY.finditer(text) if not orgs.covered(m.start(), m.end())]
    if not hits:
        return
    code = clear_country(text, orgs)
    if code is None:
        return
    for m in hits:
        orgs.add("Treasury", m.start(), m.end(), kind="government", country=code)
