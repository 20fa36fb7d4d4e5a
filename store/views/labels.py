"""How stored values read on screen and in `ipx show`: agreement kinds, dates and spans.

Values are stored as codes (`work_plan`, `2015-04`); a reader sees words ("work plan",
"2015-04 – now"). JSON output keeps the codes.
"""

from __future__ import annotations

#: agreement kinds as a reader says them, at most 11 cells (the width of a list column)
AGREEMENT_KIND = {
    "mou": "MoU",
    "agreement": "agreement",
    "work_plan": "work plan",
    "pph": "PPH",
    "joint_statement": "joint stmt",
    "record_of_discussion": "record",
    "letter_of_intent": "LoI",
    "declaration": "declaration",
    "programme": "programme",
    "other": "other",
}
UNDATED = "undated"


def agreement_kind(kind: str | None) -> str:
    """'work plan' for work_plan; an unknown code with its underscores as spaces."""
    return AGREEMENT_KIND.get(kind or "other", (kind or "other").replace("_", " "))


def date_or_undated(date: str | None) -> str:
    return date or UNDATED


def span(start: str | None, end: str | None) -> str:
    """A role's time: '2015-04 – 2020-09', '2020-10 – now', '… – 2018', or 'undated'."""
    if not start and not end:
        return UNDATED
    return f"{start or '…'} – {end or 'now'}"


def validity(kind: str, valid_from: str | None, valid_to: str | None) -> str:
    """A name's kind and when it held: 'previous until 2018-03', 'acronym since 2018-03'."""
    if valid_from and valid_to:
        return f"{kind} {valid_from} – {valid_to}"
    if valid_from:
        return f"{kind} since {valid_from}"
    if valid_to:
        return f"{kind} until {valid_to}"
    return kind
