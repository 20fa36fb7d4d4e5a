"""More mentions of the people already found: by surname, as predecessors, with a profession.

Later references by surname ("Chen said", "Mr. Tang") are the same person; "SURNAME, who
succeeds NAME" and "NAME, SURNAME's predecessor" give the predecessor the person's post;
"Dr. NAME, an independent consultant" is a person with a function but no organisation,
recorded without a role.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from importers.en.name_shapes import (
    CAPS_WORD,
    family_first,
    family_name,
    is_caps_word,
    is_pinyin_name,
)
from importers.en.names import NAME_TOKEN, name_after, name_at, name_before, valid_token
from importers.en.roles.model import People, PersonEntry
from importers.en.roles.pronoun_agreement import disagrees
from importers.en.word_patterns import honorific_alternation
from importers.en.words import COUNTRY_OF, HONORIFIC_WORDS, HONORIFICS, PROFESSION_NOUNS, TITLE_CORE
from importers.guarded import guarded
from store.text import lexicon
from store.text.titles import title_key

#: The honorifics that introduce a later mention by the surname alone: "Mr. Tang", "Dr Chen".
_BEFORE_SURNAME = honorific_alternation(
    w
    for w in HONORIFIC_WORDS
    if w not in lexicon.wordset("en_rules.txt", "honorifics_not_before_surnames")
)


def find_surname_mentions(text: str, people: People) -> None:
    """Later references by surname ("Campinos praised", "Mr. Tang", "Director General Tang",
    "according to Rui", "Shen held talks") are the person named in full before; they become
    aliases and mentions of that person. A surname two people share refers to neither, and
    one followed or preceded by another capitalised word is part of a longer name."""
    by_part: dict[str, PersonEntry | None] = {}
    for e in people.entries:
        for t in _parts(e.name):
            by_part[t] = None if t in by_part and by_part[t] is not e else e
    for e in people.entries:  # "Kim" of "Daniel Kim" and of "Kim Yuna": neither's alone
        for t in e.name.split() if " " in e.name else []:  # a lone "Kim" is joined below
            if by_part.get(t) not in (None, e):
                by_part[t] = None
    _join_lone_surnames(people, by_part)
    parts = [k for k, v in sorted(by_part.items()) if v is not None]
    # a surname with its particle first ("Mr Dos Santos"), then the last word alone, which
    # is still found where the longer form was a longer name's end ("Pérez de Cuéllar noted")
    for alt in ([p for p in parts if " " in p], [p for p in parts if " " not in p]):
        if alt:
            _record_surnames(text, _surname_regex(alt), people, by_part)


def _surname_regex(parts: list[str]) -> re.Pattern[str]:
    """A surname after an honorific or a title, after "according to", before a verb, or
    after the initial of a given name ("M.Roe", "M. Roe": a wire's later mention)."""
    lone = rf"({'|'.join(re.escape(p) for p in parts)})(?![\w’'-]|[ \t]+[A-Z])"
    return re.compile(
        rf"(?:(?<![\w-]){_BEFORE_SURNAME}\.?[ \t]+{lone}"
        rf"|(?<![\w-])(?:{TITLE_CORE})[ \t]+{lone}"
        rf"|according to {lone}"
        rf"|(?<![\w’'-]){lone}(?=(?:[ \t]+(?:also|\w+ly))?"
        rf"[ \t]+(?:{_VERBS}|[a-z]+ed\b|and[ \t]+(?:his|her)\b)|['’]s\b)"
        rf"|(?<![\w.’'-])([A-Z])\.[ \t]?{lone})"
    )


def _record_surnames(
    text: str, rx: re.Pattern[str], people: People, by_part: dict[str, PersonEntry | None]
) -> None:
    """Each surname `rx` finds, as a form and a span of the one person it belongs to."""
    for m in rx.finditer(text):
        k = next(i for i in (1, 2, 3, 4, 6) if m.group(i))
        word, ws = m.group(k), m.start(k)
        found = by_part.get(word)
        if found is None or any(s <= ws < x for s, x, _ in people.mentions):
            continue
        if k == 6 and not _initial_of(m.group(5), word, found.name):
            continue  # "J. Roe" is not Mary Roe
        if any(s <= ws < x for s, x in found.spans):
            continue
        if k == 4 and _AFTER_NAME_WORD.search(text, max(0, ws - 40), ws):
            continue  # "Indranee Rajah highlighted": the end of a longer name, not a mention
        # "Mr. Tang" and "M.Tang" as written; "President Campinos" names the person
        # "Campinos", the title a post
        form = re.sub(r"\s+", " ", m.group(0) if k in (1, 6) else word)
        if form not in found.forms:
            found.forms.append(form)
        found.spans.append((ws, ws + len(word)))


def _initial_of(initial: str, surname: str, name: str) -> bool:
    """Whether `initial` opens one of the name's other words (its given name)."""
    return any(w[:1] == initial for w in name.split() if w != surname)


def _join_lone_surnames(people: People, by_part: dict[str, PersonEntry | None]) -> None:
    """'Commissioner KIM Wan-ki' and later 'Commissioner Kim': a titled name of one word that
    is the family name of one person named in full is that person, not a second one; its
    role, the same post again, goes with it."""
    for e in list(people.entries):
        whole = by_part.get(e.name) if " " not in e.name else None
        if whole is None or whole is e:
            continue
        whole.forms.extend(f for f in e.forms if f not in whole.forms)
        whole.spans.extend(e.spans)
        people.mentions = [(s, x, whole if p is e else p) for s, x, p in people.mentions]
        held = {
            (r.title.casefold(), r.org.key if r.org else None)
            for r in people.roles
            if r.person is whole
        }
        kept = []
        for r in people.roles:
            if r.person is e:
                if (r.title.casefold(), r.org.key if r.org else None) in held:
                    continue
                r.person = whole
            kept.append(r)
        people.roles = kept
        people.entries.remove(e)


_AFTER_NAME_WORD = re.compile(r"(?:[A-Z][\w’'-]*|\b[A-Z]\.)[ \t]+$")

_VERBS = "|".join(sorted(lexicon.wordset("en_rules.txt", "surname_verbs"), key=len, reverse=True))


#: particles that open a surname ("van Dijk"), not those linking a name to a father's ("bin")
_SURNAME_PARTICLES = lexicon.wordset("en_rules.txt", "name_particles") - lexicon.wordset(
    "en_rules.txt", "patronymic_particles"
)


def _parts(name: str) -> set[str]:
    """The words of a name a later mention may use alone: its last (a surname), and its first
    when that is a family name written first ("Shen Changyu"), and a surname that opens with
    a particle ("van Dijk"); never a short word, a particle alone or a word that is not a
    name."""
    toks = name.split()
    if len(toks) < 2:
        return set()
    out = {toks[-1]}
    if family_first(name) or len(toks) == 3:
        out.add(toks[0])
    # a family name written in capitals ("KASUTANI Toshihide") comes back in Title case
    out |= {t.capitalize() for t in out if is_caps_word(t)}
    kept = {t for t in out if len(t) >= 3 and valid_token(t) and t[:1].isupper()}
    if family_first(name) and is_pinyin_name(name) and _short_surname(toks[0]):
        kept.add(toks[0])  # "Li" of "Li Yuguang": a family name of two letters is one too
    if len(toks) >= 3 and toks[-2] in _SURNAME_PARTICLES and toks[-1] in kept:
        # "Mr Van Dijk" of "Anna van Dijk": the surname with its particle, either case
        kept |= {f"{toks[-2]} {toks[-1]}", f"{toks[-2].capitalize()} {toks[-1]}"}
    return kept


_SHORT_NOT_ALONE = lexicon.wordset("en_people.txt", "short_surnames_not_alone")


def _short_surname(word: str) -> bool:
    """Whether a pinyin family name of two letters ("Li", "Wu") may stand alone for its
    holder: not when it is an English word too ("He")."""
    return len(word) == 2 and word[:1].isupper() and word.casefold() not in _SHORT_NOT_ALONE


#: "SURNAME, who succeeds NAME", and "SURNAME, now at X, will succeed NAME": the subject
#: (with a comma-bounded aside on his present post) takes the predecessor's place.
_SUCCEEDS = re.compile(
    r"\b(?P<who>[A-Z][\w’'-]+)(?:,?\s+who|,[^,.;\n]{3,120}?,|(?=\s+(?:will|is\s+to)\s))\s+"
    r"(?:will\s+|is\s+to\s+)?(?:succeeds?|succeeded|replaces?|replaced|takes?\s+over\s+"
    r"from|took\s+over\s+from)\s+"
)


def find_predecessors(text: str, people: People) -> None:
    """'SURNAME, who succeeds NAME', 'SURNAME, now at X, will succeed NAME': the predecessor
    held the post the person took up, the person's first role with an organisation."""
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
    for m in _SUCCEEDED_AS.finditer(text):
        _successor_as(text, m, people)
    for m in _PREDECESSOR_OF.finditer(text):
        _named_predecessor(text, m, people)


#: "NAME, Roe's immediate predecessor, ...", "NAME, Roe's successor": one who held the post
#: before or after the person named by surname (group `who`).
_PREDECESSOR_OF = re.compile(
    r",[ \t]+(?:the[ \t]+)?(?P<who>[A-Z][\w’'-]+)(?:['’]s|['’](?!\w))[ \t]+"
    r"(?:(?:immediate|direct|former|eventual)[ \t]+)?(?:predecessor|successor)\b"
)


def _named_predecessor(text: str, m: re.Match[str], people: People) -> None:
    """'NAME, Roe's predecessor': NAME held the post the text gives Roe, at the same body
    (Roe's first role with an organisation); nothing when Roe holds none."""
    person = next((e for e in people.entries if m.group("who") in e.name.split()), None)
    role = next(
        (r for r in people.roles if person is not None and r.person is person and r.org), None
    )
    nm = name_before(text, m.start())
    if role is None or nm is None or m.group("who") in text[nm[0] : nm[1]].split():
        return
    people.record(text, nm, role.title, org=role.org, span=(nm[0], m.end()), place=None)


#: "She is succeeded as Chief Executive by NAME", "SURNAME was succeeded as X by".
_SUCCEEDED_AS = re.compile(
    r"\b(?P<who>[A-Z][\w’'-]+)\s+(?:is|was|has\s+been|will\s+be)\s+succeeded\s+as\s+"
    r"(?:the\s+)?(?P<title>[A-Z][\w’' -]{2,60}?)\s+by\s+"
)


def _successor_as(text: str, m: re.Match[str], people: People) -> None:
    """'He is succeeded as Title by NAME': the successor holds the title at the body where
    the person the text speaks of held it; the holder is the one named (by surname) or,
    after a pronoun, the only body at which the text has anyone hold that title."""
    who = m.group("who")
    pronoun = who.casefold() in ("he", "she", "they")
    key = title_key(m.group("title"))
    held = {
        id(r.org): r.org
        for r in people.roles
        if r.org is not None
        and title_key(r.title) == key
        and (pronoun or who in r.person.name.split())
    }
    nm = name_after(text, m.end() - 1)
    if len(held) != 1 or nm is None or any(s <= nm[0] < e for s, e, _ in people.mentions):
        return
    title = " ".join(m.group("title").split())
    people.record(text, nm, title, org=next(iter(held.values())), span=m.span(), place=None)


#: "NAME, a patent agent who ...": a sentence that opens with a name and its profession.
_UNTITLED_OPENING = guarded(
    r"(?:^|(?<=[.!?\"”]\s)|(?<=\n)|(?<=\band\s))(?P<rest>[A-Z][^\n,]{3,50}),[ \t]+(?:a|an)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,4}?(?P<noun>[a-z]+)(?=[ \t]*[,.;)]|[ \t]+(?:who|whose|with|at|based)\b)",
    re.MULTILINE,
)

_UNTITLED = guarded(
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


def known_surname(
    text: str, pos: int, people: People
) -> tuple[tuple[int, int], PersonEntry] | None:
    """'Ms Whitfield' before `pos`: the span of the surname and the person already named, or
    the one person the text names in full with that surname before, with no title there
    ("In memory of Jane Whitfield ... Whitfield was appointed Registrar"). After a form of
    address the surname may be in capitals, as the full name wrote it ("Ms WHITFIELD"); alone,
    a word in capitals is an acronym ("WIPO is")."""
    m = re.search(
        rf"(?:{HONORIFICS}\s+({CAPS_WORD.pattern})|"
        rf"(?:{HONORIFICS}\s+|(?<![\w-]))({NAME_TOKEN.pattern}))\s+$",
        text[max(0, pos - 40) : pos],
    )
    if not m:
        return None
    group = 1 if m.group(1) else 2
    word = m.group(group)
    person = next((e for e in people.entries if e.name.split()[-1] == word), None)
    if person is None:
        # "António is now president of X": the given name of the one person who has it
        given = [e for e in people.entries if e.name.split()[0] == word]
        person = given[0] if len(given) == 1 else None
    s = max(0, pos - 40) + m.start(group)
    if person is None:
        full = _named_in_full(text, word, s)
        person = people.add(re.sub(r"\s+", " ", text[full[0] : full[1]]), *full) if full else None
    return ((s, s + len(word)), person) if person is not None else None


#: "Ms Roe" right before a comma: a form of address and one capitalised word.
_ADDRESSED_SURNAME = re.compile(rf"(?<![\w-]){HONORIFICS}[ \t]+({NAME_TOKEN.pattern})[ \t]*$")


def addressed_surname(
    text: str, comma: int, people: People
) -> tuple[tuple[int, int], PersonEntry] | None:
    """'Ms Roe, the chief executive of X,': a form of address and a surname right before the
    comma of an apposition, the surname of one person the text has named in full before:
    that person and the surname's span (a one-word name alone is never taken for them)."""
    m = _ADDRESSED_SURNAME.search(text, max(0, comma - 40), comma)
    if m is None:
        return None
    word = m.group(1)
    named = [e for e in people.entries if len(e.name.split()) > 1 and e.name.split()[-1] == word]
    return (m.span(1), named[0]) if len(named) == 1 else None


#: "Roe, a lawyer at X, will take over": a surname opening the sentence, an apposition set off
#: by commas, then only the lower-case words of the verb.
_APPOSED_SURNAME = re.compile(
    rf"[ \t]*(?P<word>{NAME_TOKEN.pattern}),[^.;:\n]{{3,160}},(?:[ \t]+[a-z][\w’'-]*){{1,6}}[ \t]*"
)


def apposed_surname(
    text: str, start: int, end: int, people: People
) -> tuple[tuple[int, int], PersonEntry] | None:
    """The subject of a sentence from `start` to `end` that opens with a surname alone and
    an apposition ("Roe, a lawyer at X, will take over as"): the one person the text has
    named in full with that surname before."""
    m = _APPOSED_SURNAME.fullmatch(text, start, end)
    if m is None:
        return None
    s, word = m.start("word"), m.group("word")
    person = next((e for e in people.entries if family_name(e.name) == word), None)
    if person is None:
        full = _named_in_full(text, word, s)
        person = people.add(re.sub(r"\s+", " ", text[full[0] : full[1]]), *full) if full else None
    return ((s, s + len(word)), person) if person is not None else None


def _named_in_full(text: str, word: str, pos: int) -> tuple[int, int] | None:
    """The span of the one full name ("Given Surname") ending in `word` that the text writes
    before `pos`: who a later mention by the surname alone is."""
    spans = {
        nm
        for h in re.finditer(
            rf"(?<![\w’'-]){NAME_TOKEN.pattern}[ \t]+{re.escape(word)}(?![\w’'-])", text[:pos]
        )
        if (nm := name_at(text, h.start())) is not None and nm[1] == h.end()
    }
    names = {re.sub(r"\s+", " ", text[a:b]) for a, b in spans}
    if len(names) != 1 or next(iter(names)).casefold() in COUNTRY_OF:
        return None  # "New Zealand was elected Chair": a country, not a person
    return min(spans)


#: "She" or "He" opening a sentence, right before `pos` or before a first clause joined by
#: "and" ("She rose through the ranks and in 1998 was appointed"): the subject of both verbs.
_PRONOUN_OPENING = re.compile(
    r"(?:^|(?<=[.!?])[ \t]+|(?<=\n))(?:She|He|"
    # "Between 2008 and 2012 she was Y of X": a dated opening before the pronoun
    r"(?:From|In|Between|Since|Until|During|By)(?:[ \t]+(?:\d{1,4}|[A-Z][a-z]+|to|and|the|of|"
    r"early|late|mid|end)){1,6},?[ \t]+(?:she|he))[ \t]+"
    r"(?:[a-z][^.;:!?\n]{0,100}?[ \t]+and[ \t]+"
    r"(?:(?:in|on|by|from)[ \t]+[\w ]{1,20}?[ \t]+"
    r"|(?:later|then|subsequently|eventually)[ \t]+)?)?$"
)


def pronoun_subject(
    text: str, pos: int, people: People
) -> tuple[tuple[int, int], PersonEntry] | None:
    """'... named NAME as X. She was Deputy Head of Y': a sentence that opens with "She" or
    "He" is about the person its paragraph named last; returns that mention and the person."""
    m = _PRONOUN_OPENING.search(text, max(0, pos - 200), pos)
    if m is None:
        return None
    pronoun = _PRONOUN.search(m.group())
    word = pronoun.group() if pronoun is not None else None

    def fits(p: PersonEntry) -> bool:  # "She" never goes back to a "Mr NAME"
        return word is None or not disagrees(text, word, p)

    para = max(text.rfind("\n\n", 0, m.start()), text.rfind("\n", 0, m.start()), 0)
    before = [(s, e, p) for s, e, p in people.mentions if para <= s and e <= m.start() and fits(p)]
    if not before:
        # a paragraph that names no one goes on about the person the text named last
        return _surname_in_paragraph(text, para, m.start(), people) or named_last(
            para, people, fits
        )
    s, e, person = max(before, key=lambda x: x[0])
    return (s, e), person


#: The pronoun of a "She"/"He" opening.
_PRONOUN = re.compile(r"\b(?:[Ss]he|[Hh]e)\b")


def named_last(
    pos: int, people: People, fits: Callable[[PersonEntry], bool] = lambda p: True
) -> tuple[tuple[int, int], PersonEntry] | None:
    """The person the text named last before `pos` (of those that `fits`: one a pronoun
    may go back to), with that mention's span."""
    before = [(s, e, p) for s, e, p in people.mentions if e <= pos and fits(p)]
    if not before:
        return None
    s, e, person = max(before, key=lambda x: x[0])
    return (s, e), person


#: A verb right after a subject: "Hollis studied", "Hollis joins"; or a "who" clause that
#: describes the subject before its verb ("Hollis, who holds a law degree, has ...").
_SUBJECT_VERB = re.compile(r"[ \t]+(?:also[ \t]+)?[a-z]+(?:ed|s)\b|,[ \t]+who[ \t]")


def _surname_in_paragraph(
    text: str, para: int, pos: int, people: People
) -> tuple[tuple[int, int], PersonEntry] | None:
    """'Born in X, Hollis studied law ... She was appointed': the last subject of the
    paragraph before `pos` (a capitalised word before a verb in the past or present) that is
    the surname of one person the text names in full before it."""
    for hit in reversed(list(NAME_TOKEN.finditer(text, para, pos))):
        word = hit.group()
        if not valid_token(word) or word.casefold() in COUNTRY_OF:
            continue
        if not _SUBJECT_VERB.match(text, hit.end()):
            continue
        known = next((e for e in people.entries if e.name.split()[-1] == word), None)
        full = None if known else _named_in_full(text, word, hit.start())
        if known is None and full is not None:
            known = people.add(re.sub(r"\s+", " ", text[full[0] : full[1]]), *full)
        if known is not None:
            return hit.span(), known
    return None
