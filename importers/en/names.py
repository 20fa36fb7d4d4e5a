"""Personal names in English text: "Daren Tang", "Rowel S. Barba", "Mister Bemanya TWEBAZE".

A name is two to four capitalised words, read forwards from where a title ends
(`name_after`) or backwards from where it starts (`name_before`). What may be a word of a
name is decided here: not a title, a head noun, a country or a stop word; a middle initial
between the first two words; particles ("van", "bin"); forms of address before it ("Mr.",
"Hon.", "Datuk") that are not part of it. French, African and UN usage writes the surname in
capitals, before or after the given names ("Mr. Denis L. BOHOUSSOU", "FUH Calistus GENTRY"):
such a word is a surname, not an acronym, when it stands in a name next to a Title-case given
name or right after a form of address; acronyms of organisations ("OAPI", "ARIPO") stay
acronyms.
"""

from __future__ import annotations

import re

from importers.en.name_shapes import (
    CAPS_WORD,
    east_asian_given,
    family_name_first,
    glued_initials,
    is_caps_word,
    particles_end,
    vietnamese_middle,
)
from importers.en.name_shapes import LOWER as _LO
from importers.en.name_shapes import UPPER as _UP
from importers.en.titles import TITLE
from importers.en.words import (
    COUNTRY_OF,
    HONORIFIC_WORDS,
    HONORIFICS,
    MONTH_SURNAMES,
    NAME_HONORIFIC_WORDS,
    NAME_PREFIXES,
    NOT_NAME_WORDS,
    ORG_HEADS,
    POST_NOMINALS,
    TITLE_CASE_NAMES,
)
from importers.guarded import guarded
from store.text import lexicon

#: Given names written as abbreviations, without their full stop: "Ma." (Maria), "Md.".
ABBREVIATED_GIVEN_NAMES = lexicon.wordset("en_people.txt", "abbreviated_given_names")
_TITLE_CASE_WORD = re.compile(rf"[{_UP}][{_LO}’']+(?:-[{_UP}]?[{_LO}’']+)*")
_INITIAL = re.compile(rf"[{_UP}]\.")
#: A form of address just before a position: "Mister ", "Mr. ", "His Excellency ".
_ADDRESS_BEFORE = guarded(rf"(?:(?<![\w-]){HONORIFICS}|Excellency)[ \t]+$")


def addressed(text: str, pos: int) -> bool:
    """A form of address ("Mister", "Mr.", "His Excellency") ends right before `pos`."""
    return bool(_ADDRESS_BEFORE.search(text[max(0, pos - 30) : pos]))


def addressed_elsewhere(text: str, word: str, at: int) -> bool:
    """Whether the text writes `word` right after a form of address ("Mr Roe") anywhere but
    where it starts at `at`: the word is a person's family name."""
    rx = re.compile(rf"(?<![\w-]){HONORIFICS}[ \t]+({re.escape(word)})(?![\w’'-])")
    return any(m.start(1) != at for m in rx.finditer(text))


def caps_allowed(
    words: list[str], honorific: bool, *, titled: bool = False, alone: bool = False
) -> bool:
    """Whether the capitalised words of a name may include all-capitals surnames: always after a
    form of address; otherwise only as a family name after a Title-case given name ("Bemanya
    TWEBAZE"), so that "CNIPA Shen Changyu" is not one name; right after a title, also as a
    family name written first, before one given name (Japanese usage: "Commissioner
    KASUTANI Toshihide"). `alone` says the two words are the whole capitalised run (a comma or
    a lower-case word on both sides): a family name in capitals then also opens a Chinese or
    Korean name whose given name shows it ("LIU Jianmin, Director of X", "PARK Min-ho, ..."),
    as Chinese and Korean offices write their officials in English; an acronym before a name
    is never alone ("said WIPO Wang Lin" runs on to the name after it); anywhere, a Vietnamese
    family name written first ("NGUYEN Van An")."""
    caps = [is_caps_word(w) and not (i == 0 and glued_initials(w)) for i, w in enumerate(words)]
    if not any(caps):
        return True
    if not any(_TITLE_CASE_WORD.fullmatch(w) for w in words):
        return False  # "WIPO OAPI": acronyms only
    caps_first = len(words) == 2 and caps[0] and not caps[1]
    if caps_first and (titled or (alone and east_asian_given(words))):
        return True
    if caps[0] and not any(caps[1:]) and family_name_first(words[0]):
        return True  # "NGUYEN Van An": the family name written first, in capitals
    return honorific or (caps[-1] and not caps[0])


def caps_surname_at(text: str, start: int) -> bool:
    """The all-capitals word at `start` is a surname: a form of address precedes it, directly
    or across at most three words of the same name, particles among them ("Mister Denis L.
    BOHOUSSOU", "Mr. da COSTA")."""
    pos = start
    for _ in range(4):
        if addressed(text, pos):
            return True
        m = re.search(r"(\S+)[ \t]+$", text[max(0, pos - 40) : pos])
        if m is None:
            return False
        tok = m.group(1)
        if not (
            _TITLE_CASE_WORD.fullmatch(tok)
            or _INITIAL.fullmatch(tok)
            or is_caps_word(tok)
            or tok in _PARTICLES  # "Mr. dos SANTOS", "Ms. van der BERG"
        ):
            return False
        pos = max(0, pos - 40) + m.start(1)
    return False


#: A sentence's first word glued to a name by a lost line break ("Jane DoeLast month"):
#: after four lower-case letters, it ends the name word instead of running on in it.
_GLUED_OPENER = (
    rf"(?<=[{_LO}]{{4}})(?:"
    + "|".join(lexicon.words("en_people.txt", "glued_openers"))
    + rf")(?![{_LO}’'])"
)
#: One word of a name: "Moreira", "Al-Masri", "In-sil", "O'Connell", "McKinley".
NAME_TOKEN = re.compile(
    rf"[{_UP}][{_LO}’']+(?:-[{_UP}][{_LO}’']+|(?!{_GLUED_OPENER})[{_UP}][{_LO}’']+|-[{_LO}]+)*-?"
)

#: Lower-case words inside a name: "Ursula von der Leyen", "Kamarul Ariffin bin Yusof".
_PARTICLES = lexicon.wordset("en_rules.txt", "name_particles")
#: "al-Sabah": a later word of a name with its article joined by a hyphen.
_ARTICLED = re.compile(
    rf"(?:{'|'.join(lexicon.words('en_rules.txt', 'article_prefixes'))})-(?={NAME_TOKEN.pattern})"
)
#: The particles that link a name to a father's ("bin", "bint"): such names run longer.
_PATRONYMICS = lexicon.wordset("en_rules.txt", "patronymic_particles")
#: "Maria De Los Angeles Perez Soto": the capitalised links of a compound name.
_LINKS = lexicon.wordset("en_rules.txt", "capitalised_name_links")


def _counted(words: list[str]) -> int:
    """The words of a name that count toward its length: a capitalised link of a compound
    name ("De", "Los") is part of the name but no word of its own, so "Maria De Los Angeles
    Perez Soto" is as long as "Maria Angeles Perez Soto"."""
    return sum(w not in _LINKS for w in words)


#: A possessive ending ("Kenya's", "Philippines'"): the word is the country's.
_POSSESSIVE_END = re.compile(r"['’]s?$")


def valid_token(tok: str) -> bool:
    """A word that may be part of a person's name: no word no name holds, no head of a
    body, no country nor a country's possessive. Only the possessive's ending is taken off
    ("France's"), never a plain final "s": "Frances" is a given name, not France."""
    low = tok.casefold()
    return not (
        (low in NOT_NAME_WORDS and not (low in TITLE_CASE_NAMES and tok == tok.capitalize()))
        or low in ORG_HEADS
        or low in COUNTRY_OF
        or _POSSESSIVE_END.sub("", low) in COUNTRY_OF
        or tok.endswith(("'s", "’s"))
    )


def name_after(text: str, pos: int, *, titled: bool = False) -> tuple[int, int] | None:
    """A personal name of 2-4 capitalised words starting at `pos` (after spaces); a surname
    may be written in capitals ("Mister Bemanya TWEBAZE", "FUH Calistus GENTRY"). `titled`
    says the caller knows a title governs the name though none ends right before it ("the
    Commissioner of X, KIM Yong-rae"), so a family name may come first in capitals."""
    m = re.match(r"[ \t]+", text[pos:])
    i = pos + (m.end() if m else 0)
    if m is None and pos < len(text) and text[pos] not in " \t":
        return None
    if m is not None and ("\t" in m.group() or len(m.group()) > 2):
        return None  # a gap of a table's columns: "Partner     Instrument     Date"
    prefix = re.match(rf"(?:{NAME_PREFIXES})+", text[i:])
    if prefix:
        i += prefix.end()  # "Hon. Ziyambi Ziyambi", "His Excellency Mister FUH ..."
    styled = _STYLE_TITLE.match(text, i)
    if styled and TITLE.fullmatch(styled.group(1)):
        # "Vice President Professor NAME": a form of address that is also a title, before a
        # full name, is neither the name nor its first word
        full = name_after(text, styled.end())
        if full is not None:
            return full
    start = i
    given = abbreviated_given(text, i) or _initials_first(text, start, i)
    i = given or i
    ends: list[int] = []
    words: list[str] = []
    patronymic = False  # "Faisal bin Thani bin Faisal Al Thani": a chain of fathers' names
    honoured = _honoured(prefix.group() if prefix else "")
    while _counted(words) < (_LONGEST if patronymic or honoured else 4):
        article = _ARTICLED.match(text, i) if words else None  # "Fatima bint Ali al-Sabah"
        t = _name_word(text, article.end() if article else i)
        t = t or (_month_surname(text, i) if words else None) or _middle(text, i, words)
        owned = None if t is not None or not words else _possessed_last(text, i)
        if owned is not None and " ".join([*words, text[i:owned]]).casefold() in COUNTRY_OF:
            break  # "Viet Nam's": a country's possessive, no name
        if owned is not None:  # "President Ali Hassan's letter": the name ends before "'s"
            words.append(text[i:owned])
            ends.append(owned)
            break
        if t is None:
            break
        words.append(text[i : t.end()])
        ends.append(t.end())
        end = t.end()
        # "Khalid Bin Saeed Al Marri": the link to a father's name written with a capital
        patronymic = patronymic or (len(words) > 1 and words[-1].casefold() in _PATRONYMICS)
        nxt = re.match(r"[ \t]+", text[end:])
        if not nxt or nxt.group() != " ":
            break  # two spaces or a tab: a table's next column, not the same name
        i = end + nxt.end()
        past = particles_end(text, i)  # "van", "bin", or two: "van der", "de la"
        if past is not None and _name_word(text, past):
            patronymic = patronymic or text[i:past].split()[0] in _PATRONYMICS
            i = past
        ini = re.match(rf"([{_UP}]\.?)[ \t]+", text[i:])
        if (
            ini
            and len(words) == 1
            and middle_initial(ini.group(1))
            and _name_word(text, i + ini.end())
        ):
            i += ini.end()
    if honoured and not patronymic and len(words) > 4 and not _NAME_CLOSED.match(text, ends[-1]):
        del words[4:], ends[4:]  # a long name only where the sentence goes on in lower case
    honorific = addressed(text, start)
    titled = titled or bool(_TITLE_BEFORE.search(text[max(0, start - 40) : start]))
    alone = len(words) == 2 and not given and bool(_NAME_CLOSED.match(text, ends[-1]))
    while words and not caps_allowed(words, honorific, titled=titled, alone=alone):
        words.pop()  # "Commissioner Shen Changyu SIPO": the acronym is not a surname
        ends.pop()
    return (start, ends[-1]) if len(words) + bool(given) >= 2 else None


#: What closes a long name: punctuation, or a lower-case word.
_NAME_CLOSED = re.compile(r"[ \t]*[,.;:)]|[ \t]+[a-z]")


def _middle(text: str, i: int, words: list[str]) -> re.Match[str] | None:
    """'The' of "Bui The Duy" before a name word: a Vietnamese middle name (name_shapes.py)."""
    m = vietnamese_middle(text, i, words)
    return m if m is not None and _name_word(text, m.end() + 1) else None


def _honoured(prefix: str) -> bool:
    """Whether the forms of address before a name include an honour of the usages whose
    names run long ("Datuk", "Afioga"): up to seven words of the name follow it."""
    return any(w.casefold().rstrip(".") in NAME_HONORIFIC_WORDS for w in prefix.split())


def abbreviated_given(text: str, i: int) -> int | None:
    """Where the name goes on after a given name written as an abbreviation at `i` ("Ma.
    Teresa B. Santos", "Md. Karim"); None when there is none. Only with its full stop and a
    name word after it: "Ma Kai" is a family name."""
    m = re.match(r"([A-Z][a-z]{1,3})\.[ \t]+", text[i : i + 12])
    if m is None or m.group(1) not in ABBREVIATED_GIVEN_NAMES:
        return None
    return i + m.end() if _name_word(text, i + m.end()) else None


#: Given names written as initials only: "A. M. ", "J. "; at most three.
_LEADING_INITIALS = re.compile(rf"(?:[{_UP}]\.[ \t]?){{1,3}}[ \t]")


#: "S.Batbold": a father's initial glued to the name by its full stop, as Mongolian usage
#: writes a name; no sentence ends at a stop with no space after it.
_GLUED_INITIAL = re.compile(rf"[{_UP}]\.(?=[{_UP}][{_LO}]{{2,}}(?![\w.]))")


def _initials_first(text: str, start: int, i: int) -> int | None:
    """Where the family name begins after given names written as initials ("Minister A. M.
    NAME"); only right after a title, a form of address or a comma ("of X, K. NAME,"), where
    no sentence can end at the full stop, or glued to the name ("S.Batbold")."""
    glued = _GLUED_INITIAL.match(text, i)
    if glued is not None and (i == 0 or not text[i - 1].isalnum() and text[i - 1] != "."):
        return glued.end()
    m = _LEADING_INITIALS.match(text, i)
    if m is None or _name_word(text, m.end()) is None:
        return None
    titled = _TITLE_BEFORE.search(text[max(0, start - 40) : start]) is not None
    titled = titled or re.search(r"\w,[ \t]+$", text[max(0, start - 4) : start]) is not None
    return m.end() if titled or addressed(text, start) or _joined_initials(m.group()) else None


#: "A.D. ", "I.G. ": two or three initials with no space between them, as Russian and
#: Central Asian usage writes the given name and the patronymic before a family name.
_JOINED_INITIALS = re.compile(rf"(?:[{_UP}]\.){{2,3}}[ \t]")


def _joined_initials(initials: str) -> bool:
    """Whether initials written together ("A.D.") open a name wherever one is read: no
    sentence ends inside them; an abbreviation of a country ("U.S.") is no name's."""
    return bool(_JOINED_INITIALS.fullmatch(initials)) and (
        initials.strip().casefold() not in COUNTRY_OF
    )


#: A title that ends right before a name: "Commissioner ", "Director General ".
_TITLE_BEFORE = guarded(rf"(?:{TITLE.pattern})[ \t]+$", re.IGNORECASE)

#: "Professor ", "Professor, " ("the President Professor, Dr. NAME"): a form of address.
_STYLE_TITLE = re.compile(rf"({'|'.join(map(re.escape, HONORIFIC_WORDS))}),?(?=[ \t])")


def name_at(text: str, start: int) -> tuple[int, int] | None:
    """A personal name that starts exactly at `start`, also at the start of a line."""
    if text[start - 1 : start] in (" ", "\t"):
        return name_after(text, start - 1)
    nm = name_after(" " + text[start : start + 120], 0)
    return (nm[0] + start - 1, nm[1] + start - 1) if nm else None


def _name_word(text: str, i: int) -> re.Match[str] | None:
    """One word of a name at `i`: Title-case, or a surname in capitals."""
    t = NAME_TOKEN.match(text, i) or CAPS_WORD.match(text, i)
    if t is None or not valid_token(t.group()):
        return None
    if t.re is CAPS_WORD and not is_caps_word(t.group()):
        return None
    return t


#: A day or a year after a month's name: "May 2019", "June 5".
_DATE_AFTER = re.compile(r"[ \t]*,?[ \t]*\d")


def _possessed_last(text: str, i: int) -> int | None:
    """Where the last word of a name at `i` ends before a possessive "'s" ("Ali Hassan's
    letter"), or None: a name word (never an organisation's head or a country) with the
    possessive after it."""
    t = NAME_TOKEN.match(text, i)
    if t is None or not t.group().endswith(("'s", "’s")):
        return None
    stem = t.group()[:-2]
    return (
        i + len(stem)
        if len(stem) > 1 and valid_token(stem) and _name_word(text, i) is None
        else None
    )


def _month_surname(text: str, i: int) -> re.Match[str] | None:
    """'May' of "Theresa May": a month's name in Title case after a given name is the family
    name, unless a day or a year follows it."""
    t = NAME_TOKEN.match(text, i)
    if t is None or t.group().casefold() not in MONTH_SURNAMES or not t.group().istitle():
        return None
    return None if _DATE_AFTER.match(text, t.end()) else t


def middle_initial(tok: str) -> bool:
    """'S.' in "Rowel S. Barba", and 'W' in "Keith W Sendwe" (a style that drops the
    initial's full stop); never "I", the pronoun."""
    return bool(_INITIAL.fullmatch(tok)) or (len(tok) == 1 and tok.isupper() and tok != "I")


def _leading_initial(text: str, base: int, window: str, w: re.Match[str]) -> bool:
    """'J.' of "Mr. J. Robert Roe", "Atty. J. Robert Roe" or of a line that opens "J. Robert
    Roe, Title": an initial before the given name, where a form of address or the line's
    start stands before it (so never the end of a sentence, "Plan B. Robert Roe")."""
    before = window[: w.start()].split()
    honoured = bool(before) and before[-1].casefold().rstrip(".") in NAME_HONORIFIC_WORDS
    return bool(_INITIAL.fullmatch(w.group())) and (
        not before or honoured or addressed(text, base + w.start())
    )


#: The most words a name read backwards may have: Malay and Arabic names after an honorific
#: ("Datuk Sikh Shamsul Ibrahim Sikh Abdul Majid"); four otherwise.
_LONGEST = 7

#: " (left)", " (second from right)" right before a position: where a photograph shows the
#: person named before it.
_PHOTO_POSITION = re.compile(
    r"[ \t]*\((?:"
    + "|".join(
        re.escape(w).replace(r"\ ", r"[ \t]+")
        for w in lexicon.words("en_people.txt", "photo_positions")
    )
    + r")\)[ \t]*$",
    re.IGNORECASE,
)


def name_before(text: str, pos: int) -> tuple[int, int] | None:
    """A personal name of 2-4 capitalised words ending at `pos`, or before a photograph's
    position in brackets there ("NAME (left), Title")."""
    shown = _PHOTO_POSITION.search(text, max(0, pos - 30), pos)
    pos = shown.start() if shown else pos
    base = max(0, pos - 80)
    window = text[base:pos]
    nl = window.rfind("\n")
    if nl >= 0:
        base += nl + 1
        window = window[nl + 1 :]
    words = list(re.finditer(r"[^\s,;:()]+", window))
    picked: list[re.Match[str]] = []
    initials = 0
    skipped: re.Match[str] | None = None
    for w in reversed(words):
        tok = w.group()
        gap = window[w.end() : picked[0].start()] if picked else ""
        if gap == "," and len(picked) == 2 and addressed(text, base + w.start()):
            picked.insert(0, w)  # "Mr. Kang,Min Ho": the family name glued by a comma
            break
        if picked and re.search(r"[,;:()]", gap):
            break  # "of the CNIPA, Lan Quang Le": a name never runs back across a comma
        if not picked and tok in POST_NOMINALS:
            continue  # "Ed Husic MP"
        word = tok[a.end() :] if (a := _ARTICLED.match(tok)) else tok  # "al-Sabah"
        if (
            (NAME_TOKEN.fullmatch(word) or is_caps_word(tok))
            and valid_token(word)
            and _counted([p.group() for p in picked]) < _LONGEST
        ):
            picked.insert(0, w)
            continue
        if tok in _PARTICLES and picked:
            continue
        if middle_initial(tok) and len(picked) == 1 and not initials:
            initials += 1  # "Rowel S. Barba", "Keith W Sendwe": an initial between two words
            skipped = w
            continue
        if picked and tok.endswith(".") and tok[:-1] in ABBREVIATED_GIVEN_NAMES:
            picked.insert(0, w)  # "Ma. Teresa B. Santos": the abbreviated given name opens it
        elif len(picked) >= 2 and _leading_initial(text, base, window, w):
            picked.insert(0, w)  # "Mr. J. Robert Roe": the first given name as an initial
        break
    if len(picked) == 1 and skipped is not None and addressed(text, base + skipped.start()):
        picked.insert(0, skipped)  # "Mr. D. Roe": the given name an initial after the address
    honoured = False
    while len(picked) > 2:
        two = f"{picked[0].group()} {picked[1].group()}".casefold()
        three = " ".join(p.group() for p in picked[:3]).casefold()
        if len(picked) > 4 and three in NAME_HONORIFIC_WORDS:
            del picked[:3]  # "Datuk Seri Utama Rais Yatim": an honour of three words
            honoured = True
        elif len(picked) > 3 and two in NAME_HONORIFIC_WORDS:
            del picked[:2]  # "Dato' Seri Anwar Ibrahim"
            honoured = True
        elif (
            TITLE.fullmatch(picked[0].group())
            or picked[0].group().casefold().rstrip(".") in NAME_HONORIFIC_WORDS
        ):
            honoured = honoured or not TITLE.fullmatch(picked[0].group())
            picked.pop(0)  # "Ambassador Esteban Moctezuma Barragán": the title is not the name
        else:
            break
    if picked and addressed(text, base + picked[0].start()):
        honoured = True  # "Mr Júlio César Castelo Branco Reis Moreira": the whole name
    given = _given_before_father(window, picked)
    if given is not None:  # "Haji Khalid bin Saeed": the given names, then the father's
        del picked[: max(0, given - _GIVEN_NAMES)]
        given = min(given, _GIVEN_NAMES)
        while given > 1 and picked[0].group().casefold() in NAME_HONORIFIC_WORDS:
            del picked[0]  # "Awang Haji Khalid bin Saeed": the honours are not the name
            given -= 1
        honoured = True
    while not honoured and _counted([p.group() for p in picked]) > 4:
        del picked[0]  # a long name only after an honorific that long names follow
    while len(picked) > 2 and picked[0].group() in _LINKS:
        del picked[0]  # a compound name cut after its link: "Los Angeles" opens no name
    if picked and re.search(
        r"(?i)\bthe\s+$", text[max(0, base + picked[0].start() - 5) : base + picked[0].start()]
    ):
        return None  # "the United States": a place, not a person
    alone = len(picked) == 2 and not re.search(r"[A-Z]\S*[ \t]+$", window[: picked[0].start()])
    while picked and not caps_allowed(
        [w.group() for w in picked], addressed(text, base + picked[0].start()), alone=alone
    ):
        picked.pop(0)  # "by CNIPA Shen Changyu": the acronym is not part of the name
    if len(picked) < 2 or " ".join(w.group() for w in picked).casefold() in COUNTRY_OF:
        return None  # "... of South Africa, Title": a country of two words is no one's name
    start, end = base + picked[0].start(), base + picked[-1].end()
    if any(w not in POST_NOMINALS for w in text[end:pos].split()):
        return None
    if "\n" in text[start:end] or re.search(r"[,;:()]", _GLUED_COMMA.sub("", text[start:end])):
        return None
    return start, end


#: The given names written before the link to a father's name: "Khalid Omar bin Saeed".
_GIVEN_NAMES = 2


def _given_before_father(window: str, picked: list[re.Match[str]]) -> int | None:
    """How many words of a name read backwards stand before its first link to a father's
    name ("Khalid Omar Bin Saeed Al Marri", "Omar bin Saeed"; in any case), or None when it
    has none: such a name runs to seven words, up to two given names before the link."""
    for i in range(1, len(picked)):
        gap = window[picked[i - 1].end() : picked[i].start()].split()
        capital = i < len(picked) - 1 and picked[i].group().casefold() in _PATRONYMICS
        if capital or any(w in _PATRONYMICS for w in gap):
            return i
    return None


#: "Kang,Min": a family name glued to the given name by a comma, with no space.
_GLUED_COMMA = re.compile(r"^[^\s,]+,(?=\S)")
