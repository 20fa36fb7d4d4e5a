"""More mentions of the people already found: by surname, as predecessors, with a profession.

Later references by surname ("Chen said", "Mr. Tang") are the same person; "SURNAME, who
succeeds NAME" gives the predecessor the person's post; "Dr. NAME, an independent
consultant" is a person with a function but no organisation, recorded without a role.
"""

from __future__ import annotations

import re

from importers.en.names import name_after, name_at
from importers.en.roles.model import People, PersonEntry
from importers.en.words import (
    HONORIFIC_WORDS,
    HONORIFICS,
    PROFESSION_NOUNS,
    honorific_alternation,
)
from store.text import lexicon

#: The honorifics that introduce a later mention by the surname alone: "Mr. Tang", "Dr Chen".
_BEFORE_SURNAME = honorific_alternation(
    w
    for w in HONORIFIC_WORDS
    if w not in lexicon.wordset("en_rules.txt", "honorifics_not_before_surnames")
)


def find_surname_mentions(text: str, people: People) -> None:
    """Later references by surname ("Chen said", "Mr. Tang", "according to Rui") are the same
    person; they become aliases and mentions of the full name."""
    by_part: dict[str, PersonEntry | None] = {}
    for e in people.entries:
        toks = e.name.split()
        for t in {toks[0], toks[-1]}:
            by_part[t] = None if t in by_part and by_part[t] is not e else e
    if not by_part:
        return
    alt = "|".join(re.escape(k) for k, v in by_part.items() if v is not None)
    if not alt:
        return
    rx = re.compile(
        rf"(?:{_BEFORE_SURNAME}\.?\s+({alt})\b|\b({alt})\s+(?:said|says|noted|added|told|"
        rf"stressed|explained|stated)\b|according to ({alt})\b)"
    )
    for m in rx.finditer(text):
        word = m.group(1) or m.group(2) or m.group(3)
        found = by_part.get(word)
        ws = m.start(1) if m.group(1) else m.start(2) if m.group(2) else m.start(3)
        if found is None or any(s <= ws < x for s, x, _ in people.mentions):
            continue
        e = found
        form = m.group(0) if m.group(1) else word
        form = re.sub(r"\s+", " ", form)
        if form not in e.forms:
            e.forms.append(form)
        s = m.start(1) if m.group(1) else m.start(2) if m.group(2) else m.start(3)
        e.spans.append((s, s + len(word)))


_SUCCEEDS = re.compile(
    r"\b(?P<who>[A-Z][\w’'-]+),?\s+who\s+(?:succeeds|succeeded|replaces|replaced|takes\s+over\s+"
    r"from|took\s+over\s+from)\s+"
)


def find_predecessors(text: str, people: People) -> None:
    """'SURNAME, who succeeds NAME': the predecessor held the post the person took up, the
    person's first role with an organisation."""
    for m in _SUCCEEDS.finditer(text):
        person = next((e for e in people.entries if m.group("who") in e.name.split()), None)
        role = next(
            (r for r in people.roles if person is not None and r.person is person and r.org),
            None,
        )
        nm = name_after(text, m.end() - 1)
        if role is None or nm is None or any(s <= nm[0] < e for s, e, _ in people.mentions):
            continue
        people.record(text, nm, role.title, org=role.org, span=(m.start(), nm[1]), place=None)


#: "NAME, a patent agent who ...": a sentence that opens with a name and its profession.
_UNTITLED_OPENING = re.compile(
    r"(?:^|(?<=[.!?\"”]\s)|(?<=\n)|(?<=\band\s))(?P<rest>[A-Z][^\n,]{3,50}),[ \t]+(?:a|an)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,4}?(?P<noun>[a-z]+)(?=[ \t]*[,.;)]|[ \t]+(?:who|whose|with|at|based)\b)",
    re.MULTILINE,
)

_UNTITLED = re.compile(
    rf"(?<![\w-]){HONORIFICS}[ \t]+(?P<rest>[^\n,]{{3,60}}),[ \t]+(?:a|an)[ \t]+"
    rf"(?:[\w-]+[ \t]+){{0,4}}(?P<noun>[a-z]+)(?=[ \t]*[,.;)])"
)


def find_untitled(text: str, people: People) -> None:
    """'Dr. NAME, an independent consultant': a person with a function but no organisation
    (no role is recorded)."""
    matches = [*_UNTITLED.finditer(text), *_UNTITLED_OPENING.finditer(text)]
    for m in matches:
        if m.group("noun") not in PROFESSION_NOUNS:
            continue
        start = m.start("rest")
        nm = name_at(text, start)
        if nm is None or nm[1] != m.end("rest"):
            continue
        if any(s <= nm[0] < e for s, e, _ in people.mentions):
            continue
        people.add(re.sub(r"\s+", " ", text[nm[0] : nm[1]]), nm[0], nm[1])
