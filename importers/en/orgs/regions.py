"""The governments of Hong Kong and Macao as their own releases name them: "the Macao SAR
Government", "the HKSAR Government".

A special administrative region's government is one organisation however it is written; it is
recorded with the place it governs spelled out ("Macao Special Administrative Region"), the
place "Government of the Macao Special Administrative Region" gives, so that every form joins
one entry. Its Secretaries ("Secretary for Economy and Finance") hold their posts there.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import Orgs
from importers.guarded import guarded

_SAR_GOVERNMENT = guarded(
    r"(?<![\w-])(?P<place>Hong[ \t]+Kong|Macao|Macau|HK|M)[ \t]*"
    r"(?P<sar>SAR|Special[ \t]+Administrative[ \t]+Region)[ \t]+Government\b"
)


def find_region_governments(text: str, orgs: Orgs) -> None:
    """Each mention of a special administrative region's government."""
    for m in _SAR_GOVERNMENT.finditer(text):
        if orgs.covered(m.start(), m.end()):
            continue
        place = {"HK": "Hong Kong", "M": "Macao", "Macau": "Macao"}.get(
            m.group("place"), re.sub(r"\s+", " ", m.group("place"))
        )
        if len(m.group("place")) <= 2 and m.group("sar") != "SAR":
            continue  # "HK Special Administrative Region": not a form in use
        region = f"{place} Special Administrative Region"
        entry = orgs.add(f"Government of the {region}", kind="government", place=region)
        orgs.add(re.sub(r"\s+", " ", m.group()), m.start(), m.end(), into=entry)
