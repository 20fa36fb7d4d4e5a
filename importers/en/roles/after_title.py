"""The name right after a title, or set off after it by a comma.

"Director General NAME", "Vice-President Patent Granting Process NAME" (the unit or function
the title covers runs on before the name), "Minister of X, NAME," and "..., the Hon NAME MP,
today announced": where the holder's name is when it follows the title. Kept apart from the
patterns that choose the organisation (patterns.py), which all ask this one question.
"""

from __future__ import annotations

import re

from importers.en.headlines import title_case_line, written_outside
from importers.en.names import addressed, name_after, valid_token
from importers.en.orgs.model import Orgs
from importers.en.places import past_country, past_country_in
from importers.en.roles.anchors import CAP
from importers.en.roles.odd_names import bracketed_name, one_word_appositive, one_word_name
from importers.en.roles.portfolio import Title
from importers.en.words import (
    HONORIFICS,
    MEETING_VERBS,
    NOT_NAME_WORDS,
    POST_NOMINALS,
    TITLE_UNIT_WORDS,
)
from store.text import lexicon


def addressed_past_country(text: str, pos: int) -> tuple[int, int] | None:
    """'the Minister of X in Ghana Mr NAME': the name after the country a post's body is
    in, only after a form of address (nothing else tells a name from the next words)."""
    placed = past_country_in(text, pos)
    nm = name_after(text, placed) if placed is not None else None
    return nm if nm is not None and addressed(text, nm[0]) else None


#: " of the " before a post's country: "Minister of Trade| of the Republic of X".
_OF_THE = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")


def name_past_country_of(text: str, start: int, end: int) -> tuple[tuple[int, int], int] | None:
    """'Minister of Culture of Xland Jane Roe': a title read up to `end` that runs on past
    its post's country, after a second "of", into the holder's full name, which a clause's
    verb, a stop or "and" closes; the name and where the title ends (after the country). A
    country tells where the title ends as the form of address does in
    `addressed_past_country`."""
    for of in _OF_THE.finditer(text, start, end):
        country = past_country(text, of.end())
        nm = name_after(text, country) if country is not None and country < end else None
        if nm is None or nm[1] <= end or len(text[nm[0] : nm[1]].split()) < 2:
            continue
        closed = re.match(r"[ \t]*(?:[,.;]|and\b)", text[nm[1] :]) or _verb_follows(text, nm[1])
        if closed and country is not None:
            return nm, country
    return None


def name_past_apposed_country(text: str, pos: int) -> tuple[int, int] | None:
    """'Undersecretary of the X Ministry, UAE Jane Roe agreed': the body's country set off by
    a comma, then the holder's full name; the clause's verb or a stop after the name says it
    is the subject, not the next item of a list of places."""
    m = re.match(r",[ \t]+", text[pos:])
    if m is None:
        return None
    end = past_country(text, pos + m.end())
    if end is None:
        return None
    nm = name_after(text, end) or appositive(text, end)
    if nm is None or len(text[nm[0] : nm[1]].split()) < 2:
        return None
    return nm if _verb_follows(text, nm[1]) or re.match(r"[ \t]*[,.;]", text[nm[1] :]) else None


def name_after_title(text: str, t: Title, orgs: Orgs) -> tuple[tuple[int, int] | None, str]:
    """The name right after a title, or after a title that goes on with the unit or function
    it covers ("Vice-President Patent Granting Process Steve Rowan")."""
    nm = name_after(text, t.end) or bracketed_name(text, t.end)
    initials = past_own_initials(text, t.end, t.text)
    nm = nm or (name_after(text, initials) if initials > t.end else None)  # "Title (T) NAME"
    if nm is not None and headline_words(text, nm):
        return None, t.text  # "Director General Wraps Up Official Visit": a headline's verb
    if nm is not None:
        nm = _before_headline_verb(text, nm)  # "Ambassador Roe Stresses the ...": "Roe"
    if nm is not None and _opens_body(nm, orgs):
        return None, t.text  # "Chairman Textile Export Board of X": the body's first words
    nm = nm or addressed_past_country(text, t.end)  # "Minister of X in Ghana Mr NAME"
    if nm is None and (own := name_past_country_of(text, t.start, t.end)) is not None:
        return own[0], re.sub(r"\s+", " ", text[t.start : own[1]])  # "Minister of X of Ghana NAME"
    if nm is None:
        field = _FIELD_BEFORE_ADDRESSED.match(text, t.end)  # " for Asia Pacific Mr. NAME"
        nm = name_after(text, field.end()) if field is not None else None
        if nm is not None and field is not None:
            return nm, re.sub(r"\s+", " ", text[t.start : field.end()])
        one = one_word_name(text, t.end, orgs)
        if one is not None:
            return one, re.sub(r"\s+", " ", text[t.start : one[0]]).strip()
    if nm or t.function:
        return nm, t.text
    words = list(re.finditer(r"[ \t]+([A-Z][\w’'-]*|and|&)", text[t.end : t.end + 120]))
    run: list[re.Match[str]] = []
    for w in words:
        if run and w.start() != run[-1].end():
            break
        if not run and w.start() != 0:
            break
        run.append(w)
    while run and run[-1].group(1) in ("and", "&"):
        run.pop()
    if run and run[0].group(1) in ("and", "&"):
        return None, t.text  # "our Chief Executive and NAME, Director of X": two people
    last_unit = -1
    for k, w in enumerate(run[:8]):
        low = w.group(1).casefold()
        if low in TITLE_UNIT_WORDS or not valid_token(w.group(1)):
            last_unit = k
    if last_unit < 0:
        return None, t.text
    first = run[0].group(1).casefold()
    if first not in TITLE_UNIT_WORDS and valid_token(run[0].group(1)):
        return None, t.text
    unit_end = t.end + run[last_unit].end()
    # "Vice-President Legal Affairs, NAME": the title's function closes the run, the name
    # follows it after a comma
    nm = name_after(text, unit_end) if last_unit + 1 < len(run) else None
    if nm is None and last_unit + 1 == len(run):
        nm = appositive(text, unit_end)
    if nm is None or headline_words(text, nm):
        return None, t.text  # "Commissioner Holds Bilateral Talks": a headline's verb, no unit
    return nm, re.sub(r"\s+", " ", text[t.start : unit_end])


#: A headline's verb in the third person after its subject, then a lower-case function
#: word ("Stresses the", "Highlights a", "Calls for").
_VERB_THEN_WORD = re.compile(
    r"[ \t]+[A-Z][a-z]+s[ \t]+(?:"
    + "|".join(lexicon.words("en_roles.txt", "headline_verb_objects"))
    + r")[ \t]"
)


def _before_headline_verb(text: str, nm: tuple[int, int]) -> tuple[int, int]:
    """A titled person's name in a title-case headline that runs into the headline's verb
    ("Ambassador Roe Stresses the Role of IP"): the verb, ending in "s" and followed by a
    lower-case function word, is no word of the name when the story writes the rest of the
    name alone, before a lower-case word ("Ambassador Roe said")."""
    words = list(re.finditer(r"\S+", text[nm[0] : nm[1]]))
    line = title_case_line(text, nm[0]) if len(words) >= 2 else None
    if line is None:
        return nm
    last = words[-1]
    if not _VERB_THEN_WORD.match(text, nm[0] + words[-2].end()):
        return nm
    rest = (nm[0], nm[0] + words[-2].end())
    alone = re.compile(rf"(?<![\w’'-]){re.escape(text[rest[0] : rest[1]])}[ \t]+[a-z]")
    if any(written_outside(text, alone, line)) and last.group()[0].isupper():
        return rest
    return nm


def _opens_body(nm: tuple[int, int], orgs: Orgs) -> bool:
    """Words right after a title that open a body's name running on past them: the title
    is glued to the body with no "of", and no name follows."""
    at = orgs.at(nm[0])
    return at is not None and at[1] > nm[1]


#: " for the Asia Pacific Region" after a title, right before a form of address: the field
#: the title covers, then its holder ("Director for the Division for Central Europe Mr. NAME");
#: also with no "for" ("Secretary Commerce Mr. NAME", "Joint Secretary Finance Ms NAME": South
#: Asian usage names a secretary's ministry by its field right after the title).
_FIELD_BEFORE_ADDRESSED = re.compile(
    rf"[ \t]+(?:for[ \t]+(?:the[ \t]+)?)?{CAP}(?:[ \t]+(?:and[ \t]+)?{CAP}){{0,3}}"
    rf"(?=[ \t]+(?:{HONORIFICS})[ \t])"
)


def appositive(text: str, pos: int, *, family_first: bool = False) -> tuple[int, int] | None:
    """', NAME,' or ', NAME.' right after a title or its organisation, or ', Mr. NAME' with
    any words after it; `family_first` lets
    the name open with a family name in capitals ("KIM Yong-rae"), as right after a title."""
    m = re.match(r",[ \t]*", text[pos:])
    if not m:
        return None
    nm = name_after(text, pos + m.end() - 1, titled=family_first)
    if nm is None:
        return one_word_appositive(text, pos)  # ", Razilu, and": a person of one name
    after = nm[1] + _post_nominals(text, nm[1])  # "the Hon NAME MP, today announced"
    if re.match(r"\s*(?:[,.;)]|$|\s(?:and|who|signed|said)\b)", text[after:]):
        return nm
    if _BRACKET_CLOSED.match(text, after):
        return nm  # ", NAME (Venstre),": a party or a country in brackets, then the comma
    if _verb_follows(text, after):
        return nm
    if _ADDRESS_OPENS.match(text, pos + m.end()):
        return nm  # "Minister for X, Engr. NAME in a meeting": the form says a person follows
    if len(text[nm[0] : nm[1]].split()) >= 2 and _PLACE_FOLLOWS.match(text, after):
        return nm  # "by Rector of X, Jane Roe at the city hall": where the holder acted
    return None


#: " (Venstre),", " (Chile)." after a name: the party or country in brackets, then the close.
_BRACKET_CLOSED = re.compile(r"[ \t]*\([A-Z][\w .’'-]{1,30}\)[ \t]*[,.;]")

#: " at the ...", " in Room 4": a place right after a name of two words or more, as where
#: the holder signed or spoke (a body's name would go on with its own capitals, not "at").
_PLACE_FOLLOWS = re.compile(r"[ \t]+(?:at|in)[ \t]+(?:the[ \t]+)?[A-Z]")


#: A form of address at the start of an apposition: a person's name follows, whatever
#: words come after it.
_ADDRESS_OPENS = re.compile(rf"(?-i:{HONORIFICS})[ \t]*(?=[A-Z])")


def family_first_appositive(text: str, pos: int, orgs: Orgs) -> tuple[int, int] | None:
    """', KIM Yong-rae,' after "the Commissioner of X": a Korean or Japanese name written
    family name first in capitals, as right after a title; not a body named there ("IP
    Australia", two words of the same shape)."""
    nm = appositive(text, pos, family_first=True)
    return None if nm is None or orgs.at(nm[0]) is not None else nm


def _post_nominals(text: str, pos: int) -> int:
    """How many characters of letters after a name ("MP", "SC", "QC") follow `pos`."""
    m = re.match(r"(?:[ \t]+[A-Z]{2,4}\b)+", text[pos:])
    if m is None or any(w not in POST_NOMINALS for w in m.group().split()):
        return 0
    return m.end()


def _verb_follows(text: str, pos: int) -> bool:
    """A lower-case word that is not a preposition follows `pos`: the name is the subject of
    a clause ("..., Rowel S. Barba still describes himself ..."). A verb of meeting is one
    though no name holds it ("Title of X, NAME met in Lima with ..."): the apposition that
    the second comma would close ends at the clause's verb instead."""
    m = re.match(r" ([a-z]+)\b", text[pos:])
    return m is not None and (m.group(1) not in NOT_NAME_WORDS or m.group(1) in MEETING_VERBS)


def headline_words(text: str, nm: tuple[int, int]) -> bool:
    """Whether a name read in a headline set in title case is only its capitalised words:
    the body never writes any of the name's words with a capital again, as it would the
    family name of a person the headline names."""
    line = title_case_line(text, nm[0])
    if line is None or re.search(r"[.;:()]", text[line[0] : line[1]]):
        return False  # a byline or sentence ("Delivered by Title NAME, Office"), no headline
    for word in text[nm[0] : nm[1]].split():
        said = re.compile(rf"(?<![\w-]){re.escape(word)}(?![\w-])")
        if any(written_outside(text, said, line)):
            return False  # "Kim" of "Commissioner Kim Wan-ki", written again as "Commissioner Kim"
    return True


#: " in Geneva", " in New Delhi": the town a body or a post sits in, before the comma.
_SEAT = re.compile(r"[ \t]+in[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?(?=,)")


def seated_appositive(text: str, pos: int) -> tuple[int, int] | None:
    """'the Director of the X Office in Geneva, Dr. NAME,': the town the body sits in
    stands between the title's body and the name set off by a comma; the name is the
    holder's as in "Director of the X Office, Dr. NAME,"."""
    m = _SEAT.match(text, pos)
    return appositive(text, m.end()) if m is not None else None


#: " (DG)" right after a title: an abbreviation in brackets.
_BRACKETED_INITIALS = re.compile(r"[ \t]*\(([A-Z]{2,5})\)")


def past_own_initials(text: str, pos: int, title: str) -> int:
    """Where the title's own initials in brackets end after `pos` ("Director General (DG),
    Mr NAME": the holder follows the abbreviation as he would the title), else `pos`. Only
    the initials of the title's capitalised words count, not a body's acronym."""
    m = _BRACKETED_INITIALS.match(text, pos)
    if m is None:
        return pos
    initials = "".join(w[0] for w in re.split(r"[\s-]+", title) if w[:1].isupper())
    return m.end() if m.group(1) == initials else pos
