"""Documents of one series: 《…工作计划（2019—2022年）》 and 《…工作计划（2023—2026年）》.

A text that reports the new document of a series often recalls the one before it without
naming who signed it (前一份《…（2019—2022年）》于2019年5月签署): the same title with another
period is the same pair's earlier document, so it is between the parties of the new one.
"""

from __future__ import annotations

import re

from importers.zh.agreement_model import AgreementHit

#: A period a title ends with, in brackets: （2021—2024年）, (2025-2026).
_PERIOD = re.compile(r"[(（]\s*\d{4}\s*[^\d()（）]{1,2}\s*\d{2,4}\s*年?\s*[)）]\s*$")


def with_series_parties(hits: list[AgreementHit]) -> list[AgreementHit]:
    """Give a hit with no parties whose title differs from another's only by its period
    the other's parties (the first such hit that has parties)."""
    for h in hits:
        stem = _stem(h.title)
        if h.parties or stem is None:
            continue
        other = next((g for g in hits if g is not h and g.parties and _stem(g.title) == stem), None)
        if other is not None and other.title != h.title:
            h.parties = list(other.parties)
    return hits


def _stem(title: str) -> str | None:
    """The title less the period it ends with; None when it ends with none."""
    m = _PERIOD.search(title)
    return title[: m.start()].strip() if m and m.start() > 0 else None
