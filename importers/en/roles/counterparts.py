"""The party a bare title's holder signs for, when a co-signatory speaks for the other party.

"The X Office and the Y Agency concluded a plan; Director General NAME and I signed it",
"X and Y renewed their MoU. It was signed by NAME2 and by Director General NAME": two
parties sign, one signatory is the text's own speaker or a person whose body the text has
already given, so the bare title belongs to the party that is left. Only a signing with a
second signatory counts: "the MoU with X was signed by Director General NAME" alone says
nothing of which side NAME is on.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.roles.model import People, PersonEntry, RoleEntry
from importers.en.subject import definite_mentions
from importers.en.words import SIGN_VERBS
from store.text.occurrences import has_whole_word

_SENTENCE_END = re.compile(r"[.!?](?=\s)|\n")
#: "Director General NAME and I signed it": the speaker signs; a quoted "we" is no signatory.
_FIRST_PERSON = re.compile(r"(?<![\w-])I(?![\w'’-])")


def _sentence(text: str, pos: int) -> tuple[int, int]:
    start = max((m.end() for m in _SENTENCE_END.finditer(text, 0, pos)), default=0)
    end = _SENTENCE_END.search(text, pos)
    return start, end.end() if end else len(text)


def _named_in(person: PersonEntry, sentence: str) -> bool:
    """Whether the sentence names the person, in full or by one of the name's outer words
    ("Datuk Kamal", "Mr Tan")."""
    words = person.name.split()
    probes = {person.name, words[0], words[-1]} if len(words) > 1 else {person.name}
    return any(has_whole_word(sentence, w, "-") for w in probes if len(w) > 2)


def _parties(text: str, orgs: Orgs, start: int, upto: int) -> list[OrgEntry]:
    """The bodies named between `start` and `upto`, in order, "the Board" for the body the
    text calls so."""
    named: dict[str, OrgEntry] = {}
    found = [(s, org) for s, e, org in orgs.mentions if start <= s and e <= upto]
    for _, org in sorted([*found, *definite_mentions(text, start, upto, orgs)], key=_first):
        named.setdefault(org.key, org)
    return list(named.values())


def _first(hit: tuple[int, OrgEntry]) -> int:
    return hit[0]


def signing_counterpart(
    text: str, r: RoleEntry, people: People, orgs: Orgs, home: OrgEntry | None
) -> OrgEntry | None:
    """The one party of the signing around `r` that no co-signatory speaks for."""
    start, end = _sentence(text, r.span[0])
    sentence = text[start:end]
    if not SIGN_VERBS.search(sentence):
        return None
    others = {
        x.org.key
        for x in people.roles
        if x.org is not None
        and not x.bare
        and x.person is not r.person
        and _named_in(x.person, sentence)
    }
    speaker = _FIRST_PERSON.search(sentence) is not None
    if not others and not speaker:
        return None
    parties = _parties(text, orgs, start, r.span[0])
    if not parties and start > 0:
        before = _sentence(text, start - 1)[0]
        if "\n\n" not in text[before:start]:
            parties = _parties(text, orgs, before, start)
    left = [
        p
        for p in parties
        if p.key not in others and not (speaker and home is not None and p is home)
    ]
    if not speaker and len(parties) - len(left) < 1:
        return None  # a co-signatory of none of the parties named: a witness, not a side
    return left[0] if len(left) == 1 else None
