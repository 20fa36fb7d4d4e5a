"""An office named again by its generic name alone, or by its acronym without its place.

A text that names "the Patent Office of the X Union (X Patent Office)" may go on with "the
Patent Office building", and one about "the UK IPO" may open with "The Intellectual Property
Office has signed" and say "the IPO" later: when exactly one body the text names carries
that generic name with its owner or place, the bare name is that body, not a second one.
The generic names are the words for a country's IP office (resolve.txt,
[national_office_heads_en]) and the IP subject with any office head ("Intellectual Property
Centre", [for_heads_en]), compared in one spelling ([spellings_en]) and past a state's
adjective before the full name ("National ... of Xland"); where two named bodies carry one,
the bare name stays apart.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import ACRONYM, OrgEntry, Orgs, merge
from importers.en.words import COUNTRY_OF
from store.text import lexicon, spelling_pairs

#: Generic names of an IP office ("Patent Office", "Intellectual Property Office"), folded.
IP_OFFICE_NAMES = frozenset(
    n.casefold() for n in lexicon.words("resolve.txt", "national_office_heads_en")
)


def join_bare_offices(orgs: Orgs) -> None:
    """Merge a body named only by a generic office name into the one named body whose name
    is that generic name with an owner before it or after "of"."""
    for bare in list(orgs.entries):
        if bare.ref is not None or bare.country is not None or bare not in orgs.entries:
            continue
        keys = {one_spelling(name_key(f)) for f in bare.forms}
        if not keys or not all(_generic(k) for k in keys):
            continue
        fulls = [
            e
            for e in orgs.entries
            if e is not bare
            and not e.described
            and any(_owned(k, one_spelling(name_key(n))) for n in e.all_names() for k in keys)
        ]
        if len(fulls) == 1:
            merge(orgs, fulls[0], bare)


#: The head words of an IP office's name, whatever its kind ("Agency", "Centre"), folded.
_IP_HEADS = frozenset(w.casefold() for w in lexicon.words("resolve.txt", "for_heads_en"))
#: The subjects an IP office is named by, folded ("intellectual property").
_IP_SUBJECTS = frozenset(
    w.casefold() for w in [*lexicon.words("resolve.txt", "for_subjects_en"), "IP"]
)
#: An adjective a state's office puts before its generic name ("National X Office").
_NATIONAL = re.compile(r"^(?:national|state|federal) ")


def _generic(key: str) -> bool:
    """Whether a folded name is a generic name of an IP office: a listed one, or the
    subject and one head word of an office ("intellectual property centre")."""
    subject, _, head = key.rpartition(" ")
    return key in IP_OFFICE_NAMES or (subject in _IP_SUBJECTS and head in _IP_HEADS)


#: Words American and British English spell apart, each with the one spelling compared.
_SPELLINGS = tuple(
    (re.compile(rf"\b{other.casefold()}\b"), first.casefold()) for first, other in spelling_pairs()
)


def one_spelling(name: str) -> str:
    """A folded name with each word American and British English spell apart in one
    spelling ("centre" for "center"), so that two writers' forms of a name compare."""
    for rx, first in _SPELLINGS:
        name = rx.sub(first, name)
    return name


def _owned(generic: str, name: str) -> bool:
    """Whether `name` is `generic` with its owner: "GCC Patent Office", "Patent Office of
    the GCC", "Intellectual Property Office (United Kingdom)", and with a state's adjective
    before it ("National Intellectual Property Centre of Xland")."""
    return any(
        n != generic
        and (n.endswith(f" {generic}") or n.startswith((f"{generic} of ", f"{generic} (")))
        for n in {name, _NATIONAL.sub("", name)}
    )


def find_unplaced_acronyms(text: str, orgs: Orgs) -> None:
    """'the IPO' in a text that names "the UK IPO": an acronym written alone that one named
    body carries after a country's word, in the text or in the reference data, is that body."""
    tails: dict[str, list[OrgEntry]] = {}
    for e in orgs.entries:
        for acr in {a for n in e.all_names() if (a := _placed_tail(n)) is not None}:
            tails.setdefault(acr, []).append(e)
    for acr, owners in tails.items():
        if len(owners) != 1 or (orgs.lookup(acr) not in (None, owners[0])):
            continue
        for m in re.finditer(rf"(?<![\w-]){re.escape(acr)}(?![\w-])", text):
            if orgs.covered(m.start(), m.end()) or _placed_before(text, m.start()):
                continue
            orgs.add(acr, m.start(), m.end(), into=owners[0])


def _placed_tail(name: str) -> str | None:
    """'UK IPO' → "IPO": the acronym of a name of two words whose first is a country's."""
    words = name.split()
    if len(words) == 2 and COUNTRY_OF.get(words[0].casefold()) and ACRONYM.match(words[1]):
        return words[1]
    return None


def _placed_before(text: str, start: int) -> bool:
    """Whether a country's word stands right before the acronym ("UK IPO")."""
    m = re.search(r"([A-Z][\w.]*)\s+$", text[max(0, start - 30) : start])
    return m is not None and COUNTRY_OF.get(m.group(1).casefold()) is not None


def name_key(name: str) -> str:
    """A name with its spacing, case and leading "the" aside (short.py compares so too)."""
    return " ".join(name.split()).casefold().removeprefix("the ")
