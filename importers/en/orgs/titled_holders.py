"""A title and its holder's name inside a run of capitalised words.

"X Deputy Director General Jane Roe and Y Bank Vice President John Doe met": a headline or a
list of guests runs a body, a title, a person's name and the next body together in capitals.
A person named after a title is no word of a body's name, so "and" after them starts a new
name; a title with no name after it ("Office of the President and Cabinet") is the body's.
"""

from __future__ import annotations

import re

from importers.en.names import NAME_TOKEN, addressed
from importers.en.orgs.tokens import Tok, is_head
from importers.en.places import country_prefix
from importers.en.titles import TITLE
from importers.en.words import (
    HONORIFICS,
    NAME_CONNECTORS,
    NAME_PREFIXES,
    NOT_NAME_WORDS,
    ORG_HEADS,
)
from importers.guarded import guarded
from store.text import lexicon

#: A person's name is one to three words after the title ("Jane Roe", "Ban Ki-moon").
_LONGEST_NAME = 3

_ARTICLES = frozenset({"the", "a", "an"})
_POSS = ("'s", "’s")

#: Heads of bodies, connectors and words no person's name holds ("Programme").
_NO_NAME_WORDS = ORG_HEADS | NOT_NAME_WORDS | NAME_CONNECTORS

_ENDS_IN_TITLE = re.compile(rf"(?:{TITLE.pattern})$", re.IGNORECASE)

#: Heads that go on with "General" ("Consulate General"): a body, never a title.
_GENERAL_HEADS = lexicon.wordset("en_orgs.txt", "general_heads")
#: "Auditor-General", "Attorney General": an office's title made with "General".
_GENERAL_TITLE = re.compile(r"([A-Z][a-z]+)(?:-| )General")


#: "and Mr. Kim", "& Dr Lee": "and", a form of address and one capitalised word after it.
_ADDRESSED_AFTER_AND = re.compile(rf"(?:and|&)\s+{HONORIFICS}\s*([A-Z][\w’'-]*)")


def addressed_after_and(text: str, pos: int) -> bool:
    """Whether "and" at `pos` goes on with a person addressed by name ("the X Authority and
    Mr. Kim"): no body's name holds a form of address, so the name ends before "and". A
    capitalised head after the form ("Science and Eng. Department") is the body's word."""
    m = _ADDRESSED_AFTER_AND.match(text, pos)
    return m is not None and m.group(1).casefold() not in _NO_NAME_WORDS


#: "Mr. Kim", "Engr. Lee": a form of address stripped from names and the capitalised word
#: after it (the forms kept in names, "Sir", "Professor", "HE", are left out: they open the
#: names of bodies and Chinese family names written in capitals too).
_ADDRESSED = guarded(rf"(?-i:{NAME_PREFIXES})([A-Z][\w’'-]*)")


def addressed_at(text: str, pos: int) -> bool:
    """Whether a person addressed by name starts at `pos` ("the X Organization of Y Mr. Kim
    was present", "Chairman X Authority Mr Lee"): no body's name goes on with a form of
    address, so the run of capitals ends before it, as "and Mr. Kim" ends it."""
    m = _ADDRESSED.match(text, pos)
    return m is not None and m.group(1).casefold() not in _NO_NAME_WORDS


def ends_in_titled_person(words: list[str]) -> bool:
    """Whether the words end in a title and a person's name after it."""
    for n in range(min(_LONGEST_NAME, len(words) - 1), 0, -1):
        name, before = words[-n:], " ".join(words[:-n])
        if all(_name_word(w) for w in name) and _ENDS_IN_TITLE.search(before):
            return True
    return False


def opens_titled_person(seg: list[Tok], m: int, first: int) -> bool:
    """Whether a field after "of" (opening at `first`) ends before `m`, where a capitalised
    title and one to three words of its holder's name end the run ("Institute of Industrial
    Property Director General Jane Roe"): a field never goes on with a title and a name,
    which may be of four words here ("María Fernanda López García"), the run ending with it."""
    words = [t.text for t in seg[m:]]
    if m <= first or not words[0][:1].isupper():
        return False
    for n in range(min(_LONGEST_NAME + 1, len(words) - 1), 0, -1):
        title = " ".join(words[:-n])
        if TITLE.fullmatch(title) and all(_name_word(w) for w in words[-n:]):
            return True
    return False


def _name_word(word: str) -> bool:
    """A word that may be part of a person's name: capitalised, no head noun, connector or
    other word no name holds ("Programme"), no title, no place."""
    low = word.casefold()
    if NAME_TOKEN.fullmatch(word) is None or low in _NO_NAME_WORDS:
        return False
    return TITLE.fullmatch(word) is None and country_prefix([word]) is None


def titled_owner_start(words: list[str], first: int) -> int | None:
    """Where a name opens whose head follows a title's possessive ("the Registrar-General's
    Department of X", "Prime Minister's Office"): the office is named after its head, so the
    possessive is part of the name, unlike an owner's ("X's Ministry of Y"). A body's name
    before the title ("the X President's Office") makes it that body's unit, no name of its
    own. None otherwise.
    """
    if first < 1 or not words[first - 1].endswith(_POSS):
        return None
    before = [*words[: first - 1], words[first - 1][:-2]]
    for n in range(min(4, len(before)), 0, -1):
        title = " ".join(before[-n:])
        if (
            title[:1].isupper()
            and (TITLE.fullmatch(title) or _general_title(title))
            and not _ENDS_IN_TITLE.search(" ".join(before[:-n]))
        ):
            start = first - n
            if start and country_prefix([words[start - 1]]) is not None:
                return start - 1  # "the Kenyan Attorney General's Office": Kenya's
            return None if _owner_before(words[:start]) else start
    return None


def past_title_before_country(words: list[str], start: int, first: int) -> int:
    """Where a name opens that a title runs into with no "of" ("NAME, Commissioner Japan
    Patent Office", "Director General Korea Customs Service"): a body named with its own
    country first never holds a title before the country, so the title is its holder's and the
    name opens at the country. `start` otherwise."""
    n = _title_at(words, start, min(3, first - start))
    if n and country_prefix(words[start + n : first + 1]) is not None:
        return start + n
    return start


def past_glued_title(name: list[Tok]) -> list[Tok]:
    """'charge of Chairman Textile Export Board of X': a body never holds a title before the
    words that qualify its head, so the title is its holder's and the name opens after it.
    A title right before the head stays ("Prime Minister Office", "Chancellor College": the
    office's name). Read once a headline's lead ("Director NAME Toured X Office") is cut."""
    first = next((k for k, t in enumerate(name) if is_head(t)), 0)
    n = _title_at([t.text for t in name], 0, min(3, first))
    rest = name[n : first + 1]
    return name[n:] if n and len(rest) > 1 and rest[0].cap else name


def past_head_title(words: list[str], start: int, first: int) -> int:
    """Where a name opens in a run that a head and a title open ("Agency Director NAME of the
    X Agency", "Police Chief NAME of the Y Police"): the head says the holder's field, no
    body, and the body is named after the "of" that follows the holder. `start` otherwise."""
    if first != start:
        return start
    n = _title_at(words, first + 1, 3)
    of = (
        next((k for k in range(first + 1 + n, len(words)) if words[k] == "of"), None) if n else None
    )
    if of is None:
        return start
    return of + 2 if words[of + 1 : of + 2] == ["the"] else of + 1


#: Heads that open a title before a base title ("Mission Director"), listed in en_orgs.txt.
_TITLE_OPENING_HEADS = lexicon.wordset("en_orgs.txt", "title_opening_heads")


def head_opens_title(words: list[str], at: int) -> bool:
    """Whether the head at `at` is the first word of a title in capitals with the words after
    it ("the X Agency Mission Director NAME"): a word of the holder's title, no body's head."""
    return words[at].casefold() in _TITLE_OPENING_HEADS and _title_at(words, at, 3) > 1


def _title_at(words: list[str], at: int, most: int) -> int:
    """How many words from `at` (at most `most`) make the longest title in capitals, 0 if none."""
    for n in range(most, 0, -1):
        title = " ".join(words[at : at + n])
        if title[:1].isupper() and TITLE.fullmatch(title):
            return n
    return 0


def _general_title(title: str) -> bool:
    """'Auditor-General', 'Solicitor General': an officer's word joined to "General" is a
    title whatever the officer (Attorney, Surveyor, Accountant ...), unless the word is a
    body's head ("Consulate General", "Directorate-General")."""
    m = _GENERAL_TITLE.fullmatch(title)
    return m is not None and m.group(1).casefold() not in _GENERAL_HEADS | ORG_HEADS


def _owner_before(words: list[str]) -> bool:
    """A capitalised word (a body's name) right before the title, not an article or a
    country's possessive."""
    last = words[-1] if words else ""
    return last[:1].isupper() and last.casefold() not in _ARTICLES and not last.endswith(_POSS)


#: A title written in lower case and one space, right before a run: "... president ".
_LOWER_TITLE_BEFORE = guarded(rf"\b(?:{TITLE.pattern}) $", re.IGNORECASE)


def past_lower_titled_holder(text: str, run: list[Tok]) -> list[Tok]:
    """'X president Jane Roe and Y Office (YO) director general John Doe signed': a title in
    lower case ends a run of capitals, so the next run opens with its holder's name and goes
    on with "and" and the next body. So does a run right after a form of address ("Secretary
    X Mr. Jane Roe and Chairman Y Office"). The holder's one to three name words and the
    "and" are no words of that body: the run starts after them. A run with no "and" after the name,
    or words a name never holds, is left whole."""
    start = run[0].start if run else 0
    if run and _portfolio_opens(text, run):
        return _past_portfolio_holder(run)
    if not addressed(text, start) and not _lower_title_before(text, start):
        return run
    for n in range(2, _LONGEST_NAME + 1):
        if n + 1 < len(run) and run[n].low in ("and", "&"):
            return run[n + 1 :] if all(_name_word(t.text) for t in run[:n]) else run
    return run


#: A capitalised title, "of" and the field's words and commas before it, right before a run:
#: "Minister of ", "Minister of Industry, Science, ".
_PORTFOLIO_BEFORE = re.compile(
    rf"(?-i:\b(?:{TITLE.pattern}))[ \t]+of[ \t]+(?:the[ \t]+)?(?:[A-Z][\w’'-]*,[ \t]+)*$"
)
_TITLE_OF = re.compile(rf"(?-i:(?:{TITLE.pattern}))")


def _portfolio_opens(text: str, run: list[Tok]) -> bool:
    """Whether the run is a title's field: it opens with a capitalised title and "of"
    ("Minister of Industry ..."), or such a title and "of" stand right before it."""
    start = run[0].start
    before = text[max(0, start - 80) : start]
    # "of" first: the pattern tries every title at each of the 80 places, and most runs
    # have no "of" before them
    if "of" in before and _PORTFOLIO_BEFORE.search(before):
        return True
    ofs = [k for k, t in enumerate(run[:4]) if t.low == "of"]
    return bool(ofs) and _TITLE_OF.fullmatch(" ".join(t.text for t in run[: ofs[0]])) is not None


def _past_portfolio_holder(run: list[Tok]) -> list[Tok]:
    """'Minister of Industry and Trade Jane Roe and X Office Commissioner John Doe': the run
    holds a title's field, its holder's two name words and, after "and", the next body; the
    body's name starts after that "and". A run with no body after the "and", or a body
    before it, is left whole."""
    for k in range(3, len(run) - 1):
        if run[k].low not in ("and", "&"):
            continue
        name, rest = run[k - 2 : k], run[k + 1 :]
        if any(is_head(t) for t in run[:k]):
            return run
        if all(_name_word(t.text) for t in name) and any(is_head(t) for t in rest):
            return rest
    return run


def _lower_title_before(text: str, start: int) -> bool:
    """Whether a title in lower case and one space end right before `start`."""
    if start < 2 or not text[start - 2].islower() or text[start - 1] != " ":
        return False  # no lower-case word right before: a capitalised title is the run's own
    return _LOWER_TITLE_BEFORE.search(text[max(0, start - 40) : start]) is not None


def past_title_of_addressed(text: str, run: list[Tok]) -> list[Tok]:
    """'Chairman X Authority Mr. Jane Roe': a title opens a run of capitals that ends right
    before a person addressed by name; the title is that person's, held at the body named
    between, so the body's name starts after it ("Director General Y Office Dr. Roe"). A run
    with no form of address after it keeps its words ("President University")."""
    if len(run) < 3:
        return run
    gap = re.match(r"[ \t]+", text[run[-1].end :])
    if gap is None or not addressed_at(text, run[-1].end + gap.end()):
        return run
    for n in range(min(3, len(run) - 2), 0, -1):
        words = " ".join(t.text for t in run[:n])
        if words[:1].isupper() and TITLE.fullmatch(words) and run[n].cap:
            return run[n:]
    return run
