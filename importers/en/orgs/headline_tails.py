"""A body's name run on into the verb of a headline in title case: "Offices of the Andean
Community Meet in Lima" where the story writes "the Andean Community" with a lower-case word
after it.

In a title-case headline the verb after the subject is capitalised too, so the run of
capitalised words goes on past the name. The name is the longest part of the run, ending in
its head or its complement, that the story writes on its own; the words after it are the
headline's.

A headline may also open with a titled person and a verb before the body ("Director NAME
Toured X Office"): the name starts after the verb, a capitalised word the story writes in
lower case. Or with an untitled subject and its verb ("NAME Visited X Office"): the name
starts after the verb when the story writes the subject and the body each on its own.

What a headline's verb launches or opens ("X Board Launches Licensing Service For Y") is
capitalised as the headline's words are, and is a body only if the story names it too.
"""

from __future__ import annotations

import re

from importers.en.headlines import title_case_line, written_outside
from importers.en.orgs.chunks import Tok, has_head, is_head
from importers.en.orgs.run_breaks import headline_verb
from importers.en.titles import TITLE
from importers.en.words import NAME_CONNECTORS


def without_headline_tail(text: str, name: list[Tok]) -> list[Tok]:
    """`name` less one or two capitalised words at its end, when it stands in a title-case
    headline and the story writes the rest alone (followed by no capitalised word)."""
    line = title_case_line(text, name[0].start) if len(name) >= 3 else None
    if line is None:
        return name
    for n in (1, 2):
        tail, rest = name[-n:], name[:-n]
        if len(rest) < 2 or not all(t.text[:1].isupper() and t.text[1:].islower() for t in tail):
            continue  # "Meet", not "IP" or "(OTS)"
        if any(is_head(t) for t in tail) or rest[-1].low in NAME_CONNECTORS or not has_head(rest):
            continue
        words = r"\s+".join(re.escape(t.text) for t in rest)
        alone = re.compile(rf"(?<![\w’'-]){words}(?![\w’'-])(?![ \t]+[A-Z])")
        if any(written_outside(text, alone, line)):
            return rest
    return name


def without_headline_lead(text: str, name: list[Tok]) -> list[Tok]:
    """`name` less a titled person and a verb at its start ("Director NAME Toured"), when it
    stands in a title-case headline, opens with a title and the story writes the verb in
    lower case: the body's name is the words after the verb."""
    line = title_case_line(text, name[0].start) if len(name) >= 4 else None
    if line is None:
        return name
    if not TITLE.fullmatch(name[0].text):
        return _without_named_subject(text, name, line)
    for k in range(len(name) - 2, 1, -1):
        word = name[k]
        if word.low in NAME_CONNECTORS or is_head(word) or not word.text[1:].islower():
            continue
        lower = re.compile(rf"(?<![\w’'-]){re.escape(word.low)}(?![\w’'-])")
        if any(written_outside(text, lower, line)):
            rest = name[k + 1 :]
            return rest if has_head(rest) else name
    return name


def _without_named_subject(text: str, name: list[Tok], line: tuple[int, int]) -> list[Tok]:
    """`name` less a subject and its verb ("Ana Ruiz Visited Andean Seed Office"), when the
    story writes both the words before the verb and the body's words after it on their own:
    two names the headline ran together with a capitalised verb between them."""
    for k in range(2, len(name) - 2):
        word = name[k]
        if word.low in NAME_CONNECTORS or is_head(word) or not word.text[1:].islower():
            continue
        lead, rest = name[:k], name[k + 1 :]
        if any(is_head(t) for t in lead) or not has_head(rest):
            continue
        if _written_alone(text, lead, line) and _written_alone(text, rest, line):
            return rest
    return name


def _written_alone(text: str, words: list[Tok], line: tuple[int, int]) -> bool:
    """Whether the story, outside the headline, writes `words` with no capitalised word
    run on before or after them."""
    joined = r"\s+".join(re.escape(t.text) for t in words)
    alone = re.compile(rf"(?<![\w’'-]){joined}(?![\w’'-])(?![ \t]+[A-Z])")
    return any(
        not re.search(r"[A-Z][\w’'-]*[ \t]+$", text[max(0, m.start() - 40) : m.start()])
        for m in written_outside(text, alone, line)
    )


def headline_object(text: str, name: list[Tok]) -> bool:
    """Whether `name` is the object of a title-case headline's verb ("... Launches Licensing
    Service For Musicians", "... Opens Regional Centre") that the story never writes
    outside the headline: a thing the headline tells of in capitals, no body it names."""
    line = title_case_line(text, name[0].start)
    if line is None:
        return False
    verb = re.search(r"([A-Z][\w’'-]*)[ \t]+$", text[line[0] : name[0].start])
    if verb is None or not headline_verb(text, line[0] + verb.start(1), verb.group(1).casefold()):
        return False
    words = r"\s+".join(re.escape(t.text) for t in name if t.text not in "()")
    return not any(written_outside(text, re.compile(words), line))
