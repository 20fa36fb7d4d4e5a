"""The people of one document and the roles the text gives them.

One `PersonEntry` per person however often and however fully the text names them ("Daren
Tang", "Daren Tang Heng Shim"); a `RoleEntry` per title the text gives a person, with the
organisation it is held at, or none yet (`bare`) when the text gives only the title.
"""

from __future__ import annotations

import re
from dataclasses import KW_ONLY, dataclass, field

from importers.en.orgs.model import OrgEntry
from importers.en.word_patterns import honorific_alternation
from importers.en.words import HONORIFICS
from store.text import fold, lexicon


@dataclass(eq=False)
class PersonEntry:
    key: str
    name: str
    forms: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    ref_id: str | None = None


@dataclass
class RoleEntry:
    person: PersonEntry
    org: OrgEntry | None
    title: str
    span: tuple[int, int]
    place: str | None = None  # a city or country named with the title ("Shanghai vice mayor")
    _: KW_ONLY
    bare: bool = False  # the text gave no organisation


@dataclass
class People:
    entries: list[PersonEntry] = field(default_factory=list)
    roles: list[RoleEntry] = field(default_factory=list)
    mentions: list[tuple[int, int, PersonEntry]] = field(default_factory=list)

    def add(self, name: str, start: int, end: int) -> PersonEntry:
        """One entry per person: "Daren Tang" and "Daren Tang Heng Shim" are one."""
        f = fold(name)
        initialled = _initialled_match(name, self.entries)
        for e in self.entries:
            ef = [fold(x) for x in e.forms]
            if (
                e is initialled
                or f in ef
                or any(_prefix_name(f, x) or _prefix_name(x, f) for x in ef)
            ):
                if name not in e.forms:
                    e.forms.append(name)
                if len(name) > len(e.name) or _cased_again(name, e.name):
                    e.name = name
                break
        else:
            used = {x.key for x in self.entries}  # an entry joined away leaves a gap
            n = len(self.entries) + 1
            while f"p{n}" in used:
                n += 1
            e = PersonEntry(key=f"p{n}", name=name, forms=[name])
            self.entries.append(e)
        e.spans.append((start, end))
        self.mentions.append((start, end, e))
        return e

    def record(
        self,
        text: str,
        nm: tuple[int, int],
        title: str,
        *,
        org: OrgEntry | None,
        span: tuple[int, int],
        place: str | None,
        person: PersonEntry | None = None,
    ) -> None:
        """The person named at `nm` holds `title` (at `org`, or bare when None); `person` when
        `nm` is a later mention of one named before ("Ms Roe" after "Jane Roe")."""
        name = re.sub(r"\s+", " ", text[nm[0] : nm[1]])
        if person is not None:
            person.spans.append(nm)
            self.mentions.append((*nm, person))
            self.roles.append(RoleEntry(person, org, title, span, place, bare=org is None))
            return
        person = self.add(name, nm[0], nm[1])
        addressed = _ADDRESSED.search(text, max(0, nm[0] - 30), nm[0])
        if addressed is not None and f"{addressed.group(1)} {name}" not in person.forms:
            # "Dr Jane Roe": the name as the text addresses her is one of hers too
            person.forms.append(f"{addressed.group(1)} {name}")
        self.roles.append(RoleEntry(person, org, title, span, place, bare=org is None))


def _cased_again(name: str, shown: str) -> bool:
    """'Jane M. Roe' after 'JANE M. ROE' (a signature block in capitals): the same name in
    mixed case is the one to show."""
    return len(name) == len(shown) and shown.isupper() and not name.isupper()


def _prefix_name(a: str, b: str) -> bool:
    return len(a) >= 6 and b.startswith(a) and len(b) > len(a)


#: A name whose given names are initials: "S. Surname", "J. R. Surname".
_INITIALLED = re.compile(r"((?:[A-Z]\.[ \t]*){1,3})[ \t]*([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?)")


def _initialled_match(name: str, entries: list[PersonEntry]) -> PersonEntry | None:
    """'S. Surname' after 'Saule Surname': a name written again with its given names cut to
    their initials is the one person of the text whose full name has that family name and
    given names with those initials (two such people: neither)."""
    m = _INITIALLED.fullmatch(name.strip())
    if m is None:
        return None
    initials = re.findall(r"[A-Z]", m.group(1))
    family = m.group(2).split()
    found = [e for e in entries if any(_spells(x, initials, family) for x in e.forms)]
    return found[0] if len(found) == 1 else None


def _spells(form: str, initials: list[str], family: list[str]) -> bool:
    """Whether a full name has that family name last and given names with those initials."""
    words = form.split()
    given, last = words[: -len(family)], words[-len(family) :]
    if fold(" ".join(last)) != fold(" ".join(family)) or len(given) != len(initials):
        return False
    return all(w[:1] == i and not w.endswith(".") for w, i in zip(given, initials, strict=True))


#: Royal styles that a person is also named by, with the name: "Prince NAME".
_ROYAL_STYLES = honorific_alternation(lexicon.words("en_people.txt", "royal_styles"))
#: Malay, Myanmar, Arabic and Indian honours before a name ("Datuk ", "Tan Sri ", "Hajah "):
#: not part of the name, but a form the person is named by, as "Dr NAME" is.
_HONOURS = honorific_alternation(lexicon.words("en_people.txt", "other_honorifics")) + r"\.?"
#: A form of address right before a full name: "Dr ", "Ms. ", a royal style ("Princess "),
#: an honour ("Dato' Sri ").
_ADDRESSED = re.compile(rf"(?<![\w.'’-])({HONORIFICS}|{_ROYAL_STYLES}|{_HONOURS})[ \t]+$")
