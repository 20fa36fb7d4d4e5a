"""Countries and places as English texts name them: "Thailand", "the Philippines", "Thai".

Organisations are told apart by the country that qualifies them ("Thailand's Ministry of
Commerce" is not Jordan's), and two governments are one when they govern one country however
it is written ("China", "the People's Republic of China", "Chinese"). The words are read
against the one countries table (`COUNTRY_OF`); this module gives a country back in the form
English writes it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from importers.en.words import COUNTRIES, COUNTRIES_WITH_THE, COUNTRY_OF
from store.text import fold

_POSSESSIVE_BEFORE = re.compile(r"\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+$")


def possessive_before(text: str, pos: int) -> re.Match[str] | None:
    """A possessive of one or two capitalised words ending at `pos` ("Thailand's ",
    "South Africa's "), matched in the 40 characters before it: the caller decides whether
    its group 1 is a country."""
    return _POSSESSIVE_BEFORE.search(text[max(0, pos - 40) : pos])


#: One capitalised word right before a position ("British ", "Chilean ").
_WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][a-z]+)\s+$")


def demonym_before(text: str, pos: int) -> str | None:
    """'the British Ambassador to X': the country's adjective (or name) that qualifies the
    title starting at `pos`, as written."""
    m = _WORD_BEFORE.search(text, max(0, pos - 30), pos)
    return m.group(1) if m and m.group(1).casefold() in COUNTRY_OF else None


def demonym_start(text: str, pos: int) -> int:
    """Where a title starting at `pos` starts with the country's adjective before it."""
    word = demonym_before(text, pos)
    return pos if word is None else text.rindex(word, 0, pos)


def country_name(code: str) -> str:
    """A country's short English name, with "the" where English uses it."""
    name = COUNTRIES[code][0]
    return f"the {name}" if code in COUNTRIES_WITH_THE else name


def country_in(name: str) -> str | None:
    """The country one of a name's capitalised words names ("Japan Patent Office": JP)."""
    for word in re.findall(r"[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?", name):
        for cand in (word, word.split()[0]):
            code = COUNTRY_OF.get(cand.casefold())
            if code:
                return code
    return None


_IN_THE = re.compile(r"[ \t]+in[ \t]+(?:the[ \t]+)?")


def past_country_in(text: str, pos: int) -> int | None:
    """Where " in <Country>" that starts at `pos` ends ("the X Board in Ghana Mr NAME": the
    body's country between it and what follows); None when no country is named there."""
    m = _IN_THE.match(text, pos)
    return past_country(text, m.end()) if m is not None else None


def past_country(text: str, pos: int) -> int | None:
    """Where the country's name that starts at `pos` ends; None when none starts there."""
    words = re.match(r"[^\n,.;:()]{0,40}", text[pos:])
    name = country_prefix(words.group().split()) if words else None
    if name is None:
        return None
    written = re.match(r"[ \t]+".join(map(re.escape, name.split())), text[pos:])
    return pos + written.end() if written else None


def country_prefix(words: list[str]) -> str | None:
    """The longest country name the words open with, joined by single spaces ("Viet Nam"
    of "Viet Nam and Singapore"); None if they open with none."""
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        if name.casefold() in COUNTRY_OF:
            return name
    return None


def only_countries(name: str) -> bool:
    """Whether a name is nothing but countries ("Russian Federation", "Kazakhstan and
    Russian Federation"): a state's style that ends in a body's head names no body."""
    parts = re.split(r"\s*,\s*|\s+(?:and|&)\s+", name.strip())
    return all(_STYLE.sub("", p).casefold() in COUNTRY_OF for p in parts)


#: What a state's style adds to its name: "the Republic of X", "the X Republic".
_STYLE = re.compile(r"^(?:the\s+)?(?:Republic\s+of\s+(?:the\s+)?)?|\s+Republic$", re.I)


def same_place(a: str, b: str) -> bool:
    """Two places a government governs are one: one country however written, or one name."""
    ca, cb = COUNTRY_OF.get(a.casefold()), COUNTRY_OF.get(b.casefold())
    return (ca is not None and ca == cb) or fold(a) == fold(b)


#: Country names and demonyms the context count uses, as word tuples (case-folded).
_COUNTRY_GRAMS = {
    tuple(w.split()): code
    for w, code in COUNTRY_OF.items()
    if len(w) >= 3 and w not in ("usa", "u.s.")
}


_GRAM_MAX = max(len(k) for k in _COUNTRY_GRAMS)


def country_words(text: str) -> list[str]:
    """The country codes of the country names and demonyms in a text, one per mention
    (longest name first: "South Africa" is not also "Africa")."""
    return list(_country_words(text))


@lru_cache(maxsize=4)
def _country_words(text: str) -> tuple[str, ...]:
    """`country_words`, counted once per text (the subject rules ask more than once)."""
    words = [w.casefold() for w in re.findall(r"[^\W\d_][\w’'-]*", text)]
    out: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(_GRAM_MAX, len(words) - i), 0, -1):
            code = _COUNTRY_GRAMS.get(tuple(words[i : i + n]))
            if code:
                out.append(code)
                i += n
                break
        else:
            i += 1
    return tuple(out)
