"""A body named with its state's or region's long form (大韩民国特许厅, 澳门特别行政区经济及
科技发展局, 中华民国经济部) is the body the reference names with the short form (韩国特许厅,
澳门经济及科技发展局) or, for a body of that place, with no place at all (经济部).

Official texts open a name with the full form of the state or region the body is of, while
reference data and other texts use the short one; the countries table lists every Chinese
form of a place, so one place's forms stand for each other."""

from __future__ import annotations

from functools import cache

from importers.gazetteer import Reference, RefOrg
from importers.zh import lex as zh_lex
from store.text import to_traditional


def known_as(name: str, reference: Reference) -> RefOrg | None:
    """The reference body `name` names with another form of its place, or None."""
    place = next((p for p in zh_lex.countries_longest() if name.startswith(p)), None)
    if place is None:
        return None
    code, rest = zh_lex.countries()[place], name[len(place) :]
    if len(rest) < 2:
        return None
    tries = [other + rest for other in _forms()[code] if other != place]
    if len(rest) >= 4:
        tries.append(rest)  # 经济及科技发展局: the body of that place, named without it
    for candidate in tries:
        for form in (candidate, to_traditional(candidate)):
            ref = reference.org_named(form)
            if ref is not None and ref.country == code and ref.kind != "programme":
                return ref
    return None


@cache
def _forms() -> dict[str, tuple[str, ...]]:
    """ISO code -> every Chinese name of that place."""
    out: dict[str, list[str]] = {}
    for name, code in zh_lex.countries().items():
        out.setdefault(code, []).append(name)
    return {code: tuple(names) for code, names in out.items()}
