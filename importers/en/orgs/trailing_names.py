"""A body's name run into the name of the person after it: "Director General of the X
Office for Inventions and Trademarks Jane Roe" where the text also writes "Jane Roe" alone.

Capitalised words run on from a body's name into its head's name when no comma stands
between them. Two or three capitalised words at the end of the run that the text writes
again on their own, with no capitalised word beside them, or whose last word it writes
after a form of address ("Mr Roe"), are the person's name, not words of the body's; so are
they when the text writes the body's name elsewhere whole, with no capitalised word after it,
when the body's name ends in a field's word after "of" or "for" and they are no field's
words ("of Intellectual Property Jane Roe", but "of Intellectual Property Rights Protection"),
or when the words before them are a body the reference data knows by that name ("Director
General of the Mexican Institute of Industrial Property Jane Ann Roe": "Property" ends no
name by its shape, as "Office" does, but it ends that known body's).
"""

from __future__ import annotations

import re

from importers.en.names import addressed_elsewhere
from importers.en.orgs.chunks import Tok, has_head, is_head
from importers.en.places import country_in
from importers.en.titles import TITLE
from importers.en.words import NAME_CONNECTORS, NOT_NAME_WORDS, PORTFOLIO_WORDS
from importers.gazetteer import Reference
from store.text.occurrences import whole_word_spans

#: Words after which capitalised words go on naming a body ("of Industrial Property"); "and"
#: may open a second name ("A and Jane Roe").
_JOINING = NAME_CONNECTORS - {"and", "&"}


def without_trailing_person(
    text: str, name: list[Tok], reference: Reference | None = None
) -> list[Tok]:
    """`name` less a person's name at its end that the text also writes alone (or after a
    body `reference` knows), when the name is the body of a title written before it
    ("Director General of X")."""
    if not name or not _after_title(text, name[0].start):
        return name
    for n in (3, 2):
        if len(name) <= n + 1:
            continue
        tail, rest = name[-n:], name[:-n]
        initial = _initial(text, tail[-1])
        if not all(t.text[:1].isupper() and t.text[1:].islower() for t in tail[: n - initial]):
            continue  # a name's words: "Varga", not "IP" or "of"
        if not rest[-1].cap or any(is_head(t) for t in tail) or not has_head(rest):
            continue  # "Institute of Industrial Property": a complement after "of"
        if country_in(" ".join(t.text for t in tail)) is not None:
            continue  # "... Chamber of Commerce Hong Kong": a place, written alone too
        if initial:
            return rest  # "... of Trade Jane R. Roe": a field holds no person's initial
        if _field_then_name(rest, tail):
            return rest  # "... of Intellectual Property Jane Roe": the field ends the name
        words = r"\s+".join(re.escape(t.text) for t in tail)
        alone = re.compile(rf"(?<![\w’'-]){words}(?!\s+[A-Z])(?![\w-])")
        if any(m.start() != tail[0].start for m in _alone(alone, text)):
            return rest
        if _addressed_elsewhere(text, tail[-1]):
            return rest  # "... Property Jane Ann Roe" and later "Ms Roe": her family name
        if _body_written_whole(text, rest, tail[0].start):
            return rest  # "... Office of Ruritania Jane Roe", and "Office of Ruritania" alone
        if reference is not None and reference.org_named(" ".join(t.text for t in rest)):
            return rest  # a known body's whole name, then the person's
    return _without_one_word_name(text, name)


def _field_then_name(rest: list[Tok], tail: list[Tok]) -> bool:
    """Whether the body's name ends in a field's word after "of", "for" or "on" ("Department
    of Intellectual Property", "Ministry of Trade", "Agency on Intellectual Property") and the
    words after it are none of a field's, a title's or any word no person's name holds: a
    field goes on with another field's word ("Property Rights"), never with a person's name."""
    if rest[-1].low not in PORTFOLIO_WORDS or not any(t.low in ("of", "for", "on") for t in rest):
        return False
    return not any(
        t.low in PORTFOLIO_WORDS or t.low in NOT_NAME_WORDS or TITLE.fullmatch(t.text) for t in tail
    )


def _without_one_word_name(text: str, name: list[Tok]) -> list[Tok]:
    """'Head of X Office of Ruritania XOR Boldbaatar' with "Mr. Boldbaatar" later: a person
    of one name, and before it the body's initials, which are its acronym, not its name."""
    if len(name) < 3 or not (name[-1].text[:1].isupper() and name[-1].text[1:].islower()):
        return name
    if is_head(name[-1]) or not _addressed_elsewhere(text, name[-1]):
        return name
    rest = name[:-1]
    initials = "".join(t.text[0] for t in rest[:-1] if t.text[:1].isupper())
    if rest[-1].text.isupper() and rest[-1].text == initials:
        rest = rest[:-1]  # "X Office of Ruritania XOR": the acronym after the name
    return rest if has_head(rest) else name


def _body_written_whole(text: str, rest: list[Tok], at: int) -> bool:
    """Whether the text writes the body's words elsewhere with no capitalised word after
    them ("the Patent Office of Ruritania about ..."): there the body's name ends where
    `rest` ends, so the words after it at `at` are not part of it."""
    body = text[rest[0].start : rest[-1].end]
    for s, e in whole_word_spans(text, body):
        if s == rest[0].start:
            continue
        after = text[e : e + 40].split(maxsplit=1)
        if not after or not after[0][:1].isupper():
            return True
    return False


def _initial(text: str, tok: Tok) -> bool:
    """Whether the token is a person's middle initial: one capital letter, then a full stop
    and the next capitalised word ("Jane R. Roe")."""
    return len(tok.text) == 1 and tok.text.isupper() and bool(_INITIAL_NEXT.match(text, tok.end))


_INITIAL_NEXT = re.compile(r"\.[ \t]+[A-Z][a-z]")


def _addressed_elsewhere(text: str, last: Tok) -> bool:
    """Whether the text writes the word again right after a form of address ("Mr Roe")."""
    return addressed_elsewhere(text, last.text, last.start)


def _after_title(text: str, start: int) -> bool:
    """Whether a title and "of" (or "to") stand right before `start` ("the Director General
    of ", "Secretary to the ")."""
    m = re.search(
        r"([A-Z][\w-]*(?:[ -][A-Z][\w-]*)*)\s+(?:of|to)\s+(?:the\s+)?$",
        text[max(0, start - 60) : start],
    )
    title = TITLE.search(m.group(1)) if m else None
    return m is not None and title is not None and title.end() == len(m.group(1))


def _alone(rx: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """The places the words stand outside any capitalised run: after a sentence's end or a
    lower-case word, or after "of" that follows one ("the visit of Jane Roe"), never
    right after a capitalised word or after "of" that continues one ("Office of Jane")."""
    out = []
    for m in rx.finditer(text):
        words = text[max(0, m.start() - 60) : m.start()].split()
        if words and words[-1].casefold() in _JOINING:
            words = words[:-1]
        last = words[-1] if words else "."
        if last[-1] in '.!?:;,"“”' or not last[:1].isupper():
            out.append(m)
    return out
