"""Names written after a title in ways the usual patterns do not read.

Parliaments print who answers as "The Minister for X (Mr NAME):", the name in brackets after
the title (`bracketed_name`), or after the department ("The Minister of State, Department for
X (Lord NAME of PLACE)", `speaker_after_body`); and many Indonesians, and some others, have
one name only, "Director General of X Razilu" (`one_word_name`), "the Director General of X,
Razilu," (`one_word_appositive`), "Razilu, Director General of X" (`one_word_before`), which
also reads a name whose two words a site set apart with a comma after a form of address
("Mr. Given, Family, the Title").
"""

from __future__ import annotations

import re

from importers.en.names import addressed_elsewhere, name_at, valid_token
from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.titles import TITLE
from importers.en.words import HONORIFICS, TITLE_UNIT_WORDS
from store.text import lexicon

_RANKS = "|".join(lexicon.words("en_people.txt", "peerage_ranks"))
#: "Lord NAME of PLACE", "Baroness NAME": a peer as a parliament's record names them.
_PEER = re.compile(
    rf"(?:{_RANKS})[ \t]+[A-Z][\w’'-]+(?:[ \t]+of[ \t]+[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?)?"
)


def bracketed_name(text: str, pos: int) -> tuple[int, int] | None:
    """'The Minister for X (Mr NAME):' as parliaments print who answers: the name in
    brackets right after the title."""
    m = re.match(r"[ \t]*\([ \t]*", text[pos:])
    if m is None:
        return None
    peer = _PEER.match(text, pos + m.end())
    nm = peer.span() if peer is not None else name_at(text, pos + m.end())
    if nm is None or not re.match(r"[ \t]*\)", text[nm[1] :]):
        return None
    return nm


def speaker_after_body(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, tuple[int, int]] | None:
    """'The Minister of State, Department for X (Lord NAME of PLACE)': a parliament's record
    names who answers by the title, the department it is held in, then the name in
    brackets. Returns the department and the name."""
    m = re.match(r",[ \t]*(?:the[ \t]+)?", text[pos:])
    hit = orgs.at(pos + m.end()) if m else None
    nm = bracketed_name(text, hit[1]) if hit is not None else None
    return (hit[2], nm) if hit is not None and nm is not None else None


_ONE_WORD = re.compile(
    r"(?: of(?: [A-Z][\w-]*| and){1,5}?)? ([A-Z][a-z]{2,})"
    r"(?=[ \t]+(?:and|said|says|told|signed|signs|signing)\b|[,.;]|[ \t]+of[ \t])"
)
_REPORTING = r"(?:said|says|told|added|noted|stressed|explained|announced)"
#: "Minister of X Razilu signed the agreement": the one word after the title signs, with an
#: object; "the Memorandum on Examiner Exchange signed in X" is a participle of a document.
#: A photo's caption writes the signer with "signing" ("Commissioner Sato signing the MOC").
_SIGNS = re.compile(r"[ \t]+(?:signed|signs|signing)[ \t]+(?:the|a|an|this|on[ \t]+behalf)\b")
#: " of the X Office" after the one word: the body the title is held at, before the verb.
_OF = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")


def one_word_name(text: str, pos: int, orgs: Orgs) -> tuple[int, int] | None:
    """'Director General of X Razilu and ...': many Indonesians, and some others, have one
    name. A single capitalised word after a title is one when the text also makes it the
    subject of a reporting verb ("Razilu told reporters"), or when it signs right there
    ("Minister of X Razilu signed the agreement"): only a person signs. Not when a body
    the text names ends after "of" before capitalised words that run up to the word
    ("Director of Acmepatent Aliya Omarova signed"): those words open a longer name."""
    m = _ONE_WORD.match(text, pos)
    if m is not None and _given_name_between(text, pos, m.start(1), orgs):
        return None
    if m is not None and _SIGNS.match(text, _past_body(text, m.end(1), orgs)):
        # the signatory a title introduces, also with the body after the name ("Director
        # General Tran of the X Office signing the MOC")
        return _one_word(text, m.start(1), m.end(1))
    if m is not None and _held_at_named_body(text, m.start(1), m.end(1), orgs):
        return _one_word(text, m.start(1), m.end(1))
    return _spoken_one_word(text, m.start(1), m.end(1)) if m is not None else None


#: What follows "Title Word of the X Office" when Word is its holder: the clause's verb (a
#: lower-case word), the next item of a list ("and"), or a comma or stop.
_AFTER_HOLDER = re.compile(r"[ \t]*[,.;]|[ \t]+[a-z]")


def _held_at_named_body(text: str, start: int, end: int, orgs: Orgs) -> bool:
    """'Commissioner Sato of the X Office thanked ...': one capitalised word between a title
    and " of " a body the text names is the holder's name, whatever the clause goes on
    with; a word that names a unit or a field of the title ("Director Operations of X")
    is none."""
    if text[start:end].casefold() in TITLE_UNIT_WORDS or not text.startswith(" of ", end):
        return False
    past = _past_body(text, end, orgs)
    return past > end and _AFTER_HOLDER.match(text, past) is not None


def _past_body(text: str, pos: int, orgs: Orgs) -> int:
    """Where " of the X Office" after `pos` ends when a body the text names follows "of",
    else `pos`."""
    of = _OF.match(text, pos)
    hit = orgs.at(of.end()) if of is not None else None
    return hit[1] if hit is not None else pos


def _given_name_between(text: str, pos: int, word: int, orgs: Orgs) -> bool:
    """Whether a body named right after " of " at `pos` ends before capitalised words that
    run up to `word`: the holder's given names, the body's name being over."""
    hit = orgs.at(pos + len(" of ")) if text.startswith(" of ", pos) else None
    return (
        hit is not None
        and hit[1] < word
        and re.fullmatch(r"(?:[ \t]+[A-Z][a-z][\w’'-]*)+[ \t]+", text[hit[1] : word]) is not None
    )


#: ", Razilu, and" / ", Razilu." right after a title or its body: the name set off by commas,
#: perhaps after a form of address (", Mr. Razilu,"; group 1).
_ONE_WORD_APPOSITIVE = re.compile(
    rf",[ \t]+({HONORIFICS}[ \t]+)?([A-Z][a-z]{{2,}})"
    r"(?=[ \t]*[,.;)]|[ \t]+(?:and|said|says|told)\b)"
)


def one_word_appositive(text: str, pos: int) -> tuple[int, int] | None:
    """'the Director General of X, Razilu, and ...': a one-word name set off by commas after
    a title or its body, on the same evidence as `one_word_name`; after a form of address
    (", Mr. Razilu,") the form is evidence enough, as in `one_word_before`."""
    m = _ONE_WORD_APPOSITIVE.match(text, pos)
    if m is not None and m.group(1):
        return _one_word(text, m.start(2), m.end(2))
    return _spoken_one_word(text, m.start(2), m.end(2)) if m is not None else None


#: A single capitalised word right before a comma, at the start of a sentence, a line or a
#: clause ("Razilu, Director General of X, said"): no other capitalised word before it.
_ONE_WORD_BEFORE = re.compile(r"(?:^|[.!?\n]\s*|\b(?:by|and|with|from)[ \t]+)([A-Z][a-z]{2,})$")


def one_word_before(text: str, comma: int) -> tuple[int, int] | None:
    """'Razilu, Director General of X, said': a one-word name before a title set off by a
    comma, on the same evidence as `one_word_name`; 'Mr. Tanaka, President, and': one after
    a form of address, which is evidence enough that the word names a person; '; NAME,
    Director General of X;' as an item of a list of people and their posts set apart by
    semicolons, whose item before is a full name and its post."""
    pair = _ADDRESSED_COMMA_PAIR.search(text, max(0, comma - 50), comma)
    if pair is not None and all(_name_not_post(w) for w in pair.group(2, 3)):
        return pair.start(1), pair.end(1)
    addressed = _ADDRESSED_ONE_WORD.search(text, max(0, comma - 40), comma)
    if addressed is not None:
        return _one_word(text, addressed.start(1), addressed.end(1))
    listed = _ONE_WORD_LISTED.search(text, max(0, comma - 40), comma)
    if listed is not None and _TITLED_ITEM_BEFORE.search(
        text, max(0, listed.start() - 300), listed.start()
    ):
        return _one_word(text, listed.start(1), listed.end(1))
    m = _ONE_WORD_BEFORE.search(text, max(0, comma - 40), comma)
    return _spoken_one_word(text, m.start(1), m.end(1)) if m is not None else None


#: "; NAME" right before a comma: a single capitalised word opening an item of a list
#: whose items are set apart by semicolons.
_ONE_WORD_LISTED = re.compile(r";[ \t]+([A-Z][a-z]{2,})$")
#: The item before it, "Given Family, Title ..." up to its semicolon: a list of people and
#: their posts, in which a one-word item before ", Title" is a person named by one name.
_TITLED_ITEM_BEFORE = re.compile(
    r"(?:^|[;:]|\b(?:were|was|included|including))[ \t]+"
    r"(?:[A-Z][\w’'-]+[ \t]+){1,3}[A-Z][\w’'-]+,[ \t]+[^;\n]*$"
)


#: "Mr. Tanaka" right before a comma: a single capitalised word after a form of address,
#: or a Chinese name whose syllables a site ran together, each capitalised ("Mr. LiuMingHua").
_ADDRESSED_ONE_WORD = re.compile(
    rf"(?<![\w-]){HONORIFICS}[ \t]+([A-Z][a-z]{{2,}}|[A-Z][a-z]+(?:[A-Z][a-z]+){{1,2}})$"
)


#: "Mr. Given, Family" right before a comma: a form of address, then the two words of
#: one name that a site wrote with a comma between them.
_ADDRESSED_COMMA_PAIR = re.compile(
    rf"(?<![\w-]){HONORIFICS}[ \t]+(([A-Z][a-z]{{2,}}),[ \t]([A-Z][a-z]{{2,}}))$"
)


def _name_not_post(word: str) -> bool:
    """A word of a name, not a title: "Mr. Smith, Chairman, said" names Smith alone."""
    return valid_token(word) and not TITLE.fullmatch(word)


def _spoken_one_word(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The capitalised word at start..end is a whole name (`_one_word`) that the text also
    makes the subject of a reporting verb elsewhere."""
    word = text[start:end]
    said = re.compile(rf"(?<![\w-]){re.escape(word)}[ \t]+{_REPORTING}\b")
    if not any(h.start() != start for h in said.finditer(text)):
        return None
    return _one_word(text, start, end)


def _one_word(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The capitalised word at start..end is a whole name: no stop word, title, country or
    head noun, and never written next to another capitalised word that would make it part
    of a longer name."""
    word = text[start:end]
    if not valid_token(word) or TITLE.fullmatch(word):
        return None
    before = rf"([A-Z][\w’'-]+)[ \t]+{word}(?![\w-])"
    after = rf"(?<![\w-]){word}[ \t]+([A-Z][a-z][\w’'-]*)"
    for h in [*re.finditer(before, text), *re.finditer(after, text)]:
        other = h.group(1)
        if h.start() <= start < h.end() or TITLE.fullmatch(other) or not valid_token(other):
            continue
        return None  # "Kim" of "Kim Wan-ki", "Husic" of "Ed Husic": a surname, not a name
    return start, end


def bracketed_title(text: str, start: int, end: int) -> re.Match[str] | None:
    """A title alone in brackets after a name ("NAME (Deputy CEO for Operations)") reads
    as "NAME, Title" does, and so does one with its body ("NAME (President of the X
    Office)", as signatories are listed): the match ends at the bracket, its empty group
    the title's prefix."""
    if _BRACKET_CLOSE.match(text, end) is None:
        return None
    return re.search(r"[ \t]\(()$", text[max(0, start - 90) : start])


#: The rest of a bracketed title: the bracket closing now or after the title's body, which
#: may be an acronym written bare after the title ("NAME (Director General XO)").
_BRACKET_CLOSE = re.compile(
    r"(?:[ \t]+(?:of|at)[ \t]+[^()\n,;]{2,90}|,?[ \t]+[A-Z]{2,10}|,[ \t]+[A-Z][^()\n;]{1,90})?\)"
)


#: " XOR Boldbaatar" after a body's name: its acronym written bare, then one capitalised word.
_AFTER_BODY = re.compile(r"(?:[ \t]+[A-Z]{2,8})?[ \t]+([A-Z][a-z]{2,})(?![\w’'-])")


def one_word_after_body(text: str, pos: int) -> tuple[int, int] | None:
    """'Head of X Office XO Boldbaatar delivered ...': a one-word name after a title's body
    (and the body's acronym), when the text also addresses that word as a person's name
    ("Mr. Boldbaatar") elsewhere."""
    m = _AFTER_BODY.match(text, pos)
    if m is None:
        return None
    if not addressed_elsewhere(text, m.group(1), m.start(1)):
        return None
    return _one_word(text, m.start(1), m.end(1))
