"""Acronyms: the ones a text defines after a name, and the ones it only uses.

"Korean Intellectual Property Office (KIPO)" makes "KIPO" a form of that office, and every
later "KIPO" a mention of it; "Patent Prosecution Highway (PPH)" defines an acronym of
something that is not an organisation, which must then never become one; an acronym used
on its own at least twice ("ASEAN") names a body even when the text never spells it out.
"""

from __future__ import annotations

import re
from functools import lru_cache

from importers.en.chrome import ADDRESSED_LABEL, SPEAKER_LABEL
from importers.en.name_shapes import family_name_first
from importers.en.names import caps_surname_at
from importers.en.orgs.country_acronyms import acronym_of_countrys_office
from importers.en.orgs.legal_forms import without_legal_form
from importers.en.orgs.model import ACRONYM, OrgEntry, Orgs
from importers.en.orgs.numerals import is_ordinal_numeral, numbering_code
from importers.en.orgs.run_breaks import OCCASION_ENDS
from importers.en.words import (
    COUNTRIES,
    COUNTRY_OF,
    NAME_CONNECTORS,
    NON_ORG_ACRONYMS,
    ROMANCE_CONNECTORS,
    TITLE_CORE,
)
from importers.guarded import guarded
from store.text import fold, in_order, lexicon
from store.text.titles import title_abbreviated

#: "(Valstybinis patentų biuras, VPB)": the name in the native language, then the acronym.
_NATIVE_THEN_ACRONYM = re.compile(
    r"\s*\(\s*(?P<name>[^\W\d_][^(),;]{2,80}),\s*(?:or\s+)?([A-Z]{2,10})\s*\)"
)


#: "Office's (XO)": an acronym in capitals after the name's possessive.
_POSSESSED_ACRONYM = re.compile(r"['’]s[ \t]*\([ \t]*([A-Z]{2,10})[ \t]*\)")


def definition_after(text: str, end: int, entry: OrgEntry, orgs: Orgs) -> None:
    """The acronym defined right after a name: "(KIPO)", or after a native-language form
    of it: "(Valstybinis patentų biuras, VPB)"; also past the name's possessive, as news
    writes it ("the X Office's (XO) chief executive"), there only in capitals."""
    m = re.match(r"\s*\(\s*([A-Z][A-Za-z0-9&\-]{1,14}(?: [A-Z]{2,10})?)\s*\)", text[end:])
    if m and (m.group(1).isupper() or ACRONYM.match(m.group(1)) or m.group(1)[0].isupper()):
        first, _, numeral = m.group(1).partition(" ")
        # "(XYZG XXXII)": the acronym and the Roman numeral of one of its meetings
        orgs.add(first if is_ordinal_numeral(numeral) else m.group(1), into=entry)
        return
    owned = _POSSESSED_ACRONYM.match(text, end)
    if owned is not None:
        orgs.add(owned.group(1), into=entry)
        return
    numbered = _NUMBERED_MEETING.match(text, end)
    if numbered and initials_in_order(entry.name, numbered.group(1)):
        orgs.add(numbered.group(1), into=entry)  # "(XYZG 12)": its twelfth meeting
        return
    both = _ACRONYM_THEN_SHORT.match(text, end)
    if both is not None:  # '(NIIP, "Kazpatent")': an acronym and a short name, both its own
        orgs.add(both.group(1), into=entry)
        orgs.add(both.group(2), into=entry)
        return
    native = _NATIVE_THEN_ACRONYM.match(text, end)
    if native and not orgs.lookup(native.group(2)):
        orgs.add(native.group(2), into=entry)
    if native and _spells(native.group("name"), native.group(2)):
        # "(Institut national de la propriété industrielle, INPI)": the body's own name, a
        # second name of it; the English one the text uses stays its name
        english = entry.name
        orgs.add(" ".join(native.group("name").split()), *native.span("name"), into=entry)
        entry.name = english


#: "DIPP – Department of ...": an acronym glossed by the name after a dash
_GLOSSED_BEFORE = re.compile(r"(?<![\w-])([A-Z]{2,10})[ \t]+[–—-][ \t]+$")


def definition_before(text: str, start: int, entry: OrgEntry, orgs: Orgs) -> None:
    """'Secretary of DIPP – Department of Industrial Policy and Promotion': an acronym
    written before a dash and the name its initials spell is that body's, as one in
    brackets after the name is."""
    m = _GLOSSED_BEFORE.search(text[max(0, start - 16) : start])
    if m is None or not initials_in_order(entry.name, m.group(1)):
        return
    other = orgs.lookup(m.group(1))
    if other is None or other is entry:
        s = start - (len(m.group(0)))
        orgs.add(m.group(1), s, s + len(m.group(1)), into=entry)


#: "(APEG 12)": a group's acronym and the number of one of its meetings.
_NUMBERED_MEETING = re.compile(r"\s*\(\s*([A-Z]{2,10})\s+\d{1,3}\s*\)")


#: A name's own acronym in brackets right after it ("... on the Law of Patents (SCP)").
ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Z0-9]{1,9})\)")


def initials_in_order(name: str, acronym: str) -> bool:
    """Whether the acronym's letters are initials of the name's capitalised words, in order,
    from its first word to its last ("Small Business Policy Experts' Group", SBPEG or SBEG)."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    if not initials or acronym[0] != initials[0] or acronym[-1] != initials[-1]:
        return False
    return in_order(acronym, initials)


#: '(NIIP, "Kazpatent")': the acronym, then a short name in quotation marks.
_ACRONYM_THEN_SHORT = re.compile(r"\s*\(\s*([A-Z]{2,10}),\s*[\"“]([A-Z][\w-]{2,30})[\"”]\s*\)")


def _spells(name: str, acronym: str) -> bool:
    """Whether the words of a name, less the connectors of its language, spell `acronym`."""
    content = [w for w in name.split() if w.casefold() not in ROMANCE_CONNECTORS]
    return "".join(w[:1] for w in content).upper() == acronym


#: The rest of a name cut at a comma, up to its acronym; a stop before the bracket only
#: after a legal form (", Inc. (XYZ)").
_CONTINUED = re.compile(
    r"((?:(?:,\s*|\s+and\s+|\s+)[A-Z][\w’'-]*(?:\s+(?:and|of|the|[A-Z][\w’'-]*))*)+)"
    r"(?P<stop>\.)?\s*\(([A-Z][A-Z0-9]{1,9})\)"
)

#: A name whose complement may go on as a list: "Ministry of Industry", and a remit after
#: "on" or "for" of up to three words ("Federal Service on Intellectual Property", then ",
#: Patents and Trade Marks"; "Directorate-General for Internal Market", then ", Industry and
#: Y"): "on" and "for" after a head open a topic, never an owner.
_LISTED_FIELD = re.compile(
    r"\bof\s+(?:the\s+)?[A-Z][\w’'-]*$"
    r"|\b(?:on|for)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}$"
)


def _names_a_country(rest: str) -> bool:
    """', Singapore and Malaysia': items of a list that are countries are the sentence's
    other parties, not fields of the name."""
    items = re.split(r",\s*|\s+(?:and|&)\s+", rest.strip(" ,"))
    return any(item.casefold() in COUNTRY_OF for item in items if item)


#: The rest of a coordinated portfolio cut at its first comma: ", Trade and Supply", and the
#: country after it (", Science, Technology and Innovation of Cambodia").
_LIST_REST = re.compile(
    r"((?:,\s*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)*,?\s+(?:and|&)\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*"
    r"(?:\s+and\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*(?=[\s.,;:)]))?)"
    r"(?P<country>\s+of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?"
    r"(?:\s*\(([A-Z][A-Z0-9]{1,9})\))?"
)


def continued_name(
    text: str, span: tuple[int, int], plain: str, entry: OrgEntry, orgs: Orgs
) -> str | None:
    """A name cut at a comma but completed before its acronym: "Standing Committee on the
    Law of Trademarks, Industrial Designs and Geographical Indications (SCT)", or a
    portfolio list "Ministry of Industry, Trade and Supply". Returns the full name, whose
    whole span becomes the mention (so that "Sports" in it is no list member)."""
    start, end = span
    m = _CONTINUED.match(text, end)
    initials = {w[:1] for w in plain.split() if w[:1].isupper()}
    if m and m.group("stop") and without_legal_form(plain + m.group(1)) is None:
        m = None  # "X Office, Geneva. (XO)": the stop ends a sentence
    if m and _spells(re.split(r",\s*|\s+(?:and|&)\s+", m.group(1))[-1], m.group(3)):
        m = None  # "X Office of R and Y Department (YD)": the acronym is the second body's
    if m and m.group(3)[0] in initials and not orgs.lookup(m.group(3)) and "\n" not in m.group(1):
        rest, acr, rest_end = m.group(1) + (m.group("stop") or ""), m.group(3), m.end(1)
        rest_end = m.end("stop") if m.group("stop") else rest_end
    else:
        lm = _LIST_REST.match(text, end)
        if not lm or text[end : end + 1] != "," or "\n" in lm.group(1):
            return None
        if re.match(r",\s*(?:and|&)\s", lm.group(1)):
            return None  # "the Ministry of Commerce, and Mr NAME": a list of two, not a portfolio
        if not _LISTED_FIELD.search(plain) or _names_a_country(lm.group(1)):
            return None
        rest, acr, rest_end = lm.group(1), lm.group(3), lm.end(1)
        country = lm.group("country")
        if country and COUNTRY_OF.get(re.sub(r"^\s+of\s+(?:the\s+)?", "", country).casefold()):
            rest, rest_end = rest + country, lm.end("country")
        if acr and orgs.lookup(acr):
            acr = None
        if orgs.lookup(plain) is entry and entry.forms == [plain]:
            # "Ministry of Industry" was only the list cut at its comma: no name of its own
            entry.forms.remove(plain)
            del orgs.by_name[fold(plain)]
    full = re.sub(r"\s+", " ", plain + rest).strip()
    orgs.add_span(entry, start, rest_end)
    entry.add_form(full)
    orgs.by_name.setdefault(fold(full), entry)
    if acr:
        orgs.add(acr, into=entry)
        orgs.non_org_acronyms.discard(acr)
    elif not re.match(r"\s*\(\s*[A-Z][A-Z0-9]{1,9}\s*\)", text[rest_end:]):
        definition_after(text, rest_end, entry, orgs)  # "..., Patents and Trade Marks (Rospat)"
    return full


def find_acronym_uses(text: str, orgs: Orgs, entries: list[OrgEntry] | None = None) -> None:
    """Every later use of a defined acronym ("SIPO"), also inside "China-ASEAN", or of a
    one-word short name the text defines in brackets ("(Tajikpatent)"); of `entries` only,
    when given (bodies a later finder named)."""
    acr = {
        f: e
        for e in (orgs.entries if entries is None else entries)
        for f in e.forms
        if ACRONYM.match(f) or f.isupper() or _bracketed_short_name(f, text)
    }
    if not acr:
        return
    rx = re.compile(
        r"(?<![\w])(" + "|".join(map(re.escape, sorted(acr, key=len)[::-1])) + r")(?!\w)"
    )
    for m in rx.finditer(text):
        if not orgs.covered(m.start(), m.end()):
            orgs.add_span(acr[m.group(1)], m.start(), m.end())


def _bracketed_short_name(form: str, text: str) -> bool:
    """A capitalised word of one piece written in brackets after a name ("... Republic
    (Kazpatent)"): the body's short name, used alone later like an acronym."""
    return form[:1].isupper() and form.isalpha() and f"({form})" in text


def find_definitions_of_non_orgs(text: str, orgs: Orgs) -> None:
    """Acronyms the text defines for things that are not organisations ("Patent Prosecution
    Highway (PPH)") must not become organisations by frequency; nor must one defined in the
    plural ("Close Corporations (CCs)", "(SME's)"), which names a class of things."""
    for m in re.finditer(r"\(([A-Z][A-Z0-9]{1,9})(['’]?s)?\)", text):
        if m.group(2) or not (
            orgs.lookup(m.group(1)) or acronym_of_countrys_office(text, m.start())
        ):
            orgs.non_org_acronyms.add(m.group(1))


def find_bare_acronyms(text: str, orgs: Orgs) -> None:
    """Acronyms used on their own at least twice ("ASEAN member states", "China-ASEAN") name
    organisations or groupings even when the text never spells them out."""
    counts: dict[str, list[tuple[int, int]]] = {}
    alone: set[str] = set()
    for m in re.finditer(r"(?<![\w])([A-Z][A-Z0-9]{1,9})(?![\w])", text):
        word = m.group(1)
        if not any(c.isalpha() for c in word) or sum(c.isalpha() for c in word) < 2:
            continue
        if _in_speaker_label(text, m.start()) or numbering_code(text, m.start(), m.end()):
            continue
        counts.setdefault(word, []).append(m.span())
        before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 2]
        if before != "-" and after[:1] != "-" and not re.match(r" [A-Z]", after):
            alone.add(word)
    for word, all_spans in counts.items():
        spans = [
            sp
            for sp in all_spans
            if not _owned_by_country(text, sp, word, orgs)
            and not _in_country_name(text, sp)
            and not _in_placed_form(sp, orgs)
            and not _beside_amount(text, sp, word)
        ]
        if (
            len(spans) < 2
            or word not in alone
            or word in NON_ORG_ACRONYMS
            or is_ordinal_numeral(word)
            or word in orgs.non_org_acronyms
            or title_abbreviated(word)
            or _spelt_in_lower_case(text, word)
            or word.casefold() in COUNTRY_OF
            or word in COUNTRIES  # "IP Week @ SG": a country's code
            or orgs.lookup(word)
            or _all_caps_context(text, spans)
            or any(caps_surname_at(text, s) for s, _ in spans)
            or all(_after_a_title(text, s) for s, _ in spans)
            or (family_name_first(word) and any(_given_names_after(text, e) for _, e in spans))
            or all(_after_a_body(text, s, orgs) for s, _ in spans)
            or all(_before_a_member(text, e) for _, e in spans)
            or any(_after_a_media_word(text, s) for s, _ in spans)
        ):
            continue
        entry = orgs.add(word)
        for s, e in spans:
            orgs.add_span(entry, s, e)


@lru_cache(maxsize=1)
def _title_before() -> re.Pattern[str]:
    return re.compile(rf"(?:\b(?:{TITLE_CORE})|(?<![\w-])(?P<abbr>[A-Z]{{2,4}}))[ \t]+$")


def _after_a_title(text: str, start: int) -> bool:
    """'Secretary-General OU Li ... SG OU said': capitals only ever written right after a
    title, or a title's abbreviation, are the holder's family name, no body."""
    m = _title_before().search(text, max(0, start - 60), start)
    return m is not None and (not m.group("abbr") or title_abbreviated(m.group("abbr")) is not None)


#: " Van An": Title-case given names after a family name written first in capitals.
_GIVEN_NAMES_AFTER = re.compile(r"[ \t]+[A-Z][a-z]+[ \t]+[A-Z][a-z]")


def _given_names_after(text: str, end: int) -> bool:
    """'NGUYEN Van An ... NGUYEN said': a Vietnamese family name the text once writes before
    given names is that person's name when it stands alone, never an acronym."""
    return _GIVEN_NAMES_AFTER.match(text, end) is not None


#: "officer", "cadre": after an acronym the text never spells out, its member
SERVICE_MEMBER_WORDS = lexicon.wordset("en_orgs.txt", "service_member_words")


def _before_a_member(text: str, end: int) -> bool:
    """'an IAS officer', 'the third IAS officer': an acronym written only before a word for a
    member of a service names the civil service its people belong to, no body that acts."""
    m = re.match(r"[ \t]+([a-z]+)\b", text[end : end + 20])
    return m is not None and m.group(1) in SERVICE_MEMBER_WORDS


@lru_cache(maxsize=1)
def _media_word_before() -> re.Pattern[str]:
    words = "|".join(re.escape(w) for w in lexicon.words("en_orgs.txt", "media_appositives"))
    return re.compile(rf"\b(?:{words})\s+(?:[“\"‘'](?:[\w’'-]+\s+){{0,6}})?$", re.IGNORECASE)


def _after_a_media_word(text: str, start: int) -> bool:
    """'the news agency ABC reports', 'the radio “Voice of the ABC”': an outlet the text cites
    (or the end of its quoted name), however often it credits it, no body of the news."""
    return _media_word_before().search(text[max(0, start - 60) : start]) is not None


#: ISO 4217 codes: beside an amount ("USD 5 million") a code is money, no body.
CURRENCY_CODES = lexicon.wordset("en_orgs.txt", "currency_codes")


def _beside_amount(text: str, span: tuple[int, int], word: str) -> bool:
    """'USD 5.7 billion', '300 EUR': a currency's code next to a figure is money, however
    often the text quotes sums in it."""
    if word not in CURRENCY_CODES:
        return False
    s, e = span
    return bool(
        re.match(r"\s?\$?\d", text[e : e + 3]) or re.search(r"\d\s?$", text[max(0, s - 2) : s])
    )


def _in_placed_form(span: tuple[int, int], orgs: Orgs) -> bool:
    """'the Shanghai IPA': an acronym at the end of a body's placed short form is no use of
    its own (find_placed_acronyms)."""
    return orgs.ends_at(span[0], span[1])


def _spelt_in_lower_case(text: str, word: str) -> bool:
    """'GI applications' in a text about "geographical indications": an acronym whose letters
    begin the words of a lower-case phrase the text uses shortens a common noun, and a
    body's name is never written in lower case (nor as a table's label in sentence case,
    alone in its cell). Words of four letters or more only, so that chance pairs ("until
    now") spell nothing."""
    letters = word.casefold()
    if not letters.isalpha():
        return False
    phrase, label_first, label = _spelt_patterns(letters)
    return (
        phrase.search(text) is not None
        or label_first.match(text) is not None
        or label.search(text) is not None
    )


@lru_cache(maxsize=1024)
def _spelt_patterns(letters: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The lower-case phrase the letters begin the words of, and a table's label in sentence
    case opening the text, or a later line or cell ("Key performance indicator |": the whole
    cell is the phrase, so words of three letters count), compiled once per acronym: built
    anew each time, they crowded the re module's cache of 512 patterns.

    Each search pattern opens with a character to look for (the phrase's first letter, whose
    edge is checked behind it; a line break or a bar), so that the re module skips to where
    it stands instead of trying the pattern at every place of a long text."""
    c0 = letters[0]
    rest = "".join(rf"\s+{c}[a-z]{{3,}}" for c in letters[1:])
    head = r"\s+".join([rf"{c0.upper()}[a-z]{{2,}}", *(rf"{c}[a-z]{{2,}}" for c in letters[1:])])
    label = rf"[ \t]*{head}[ \t]*(?:\||\n|$)"
    return (
        re.compile(rf"{c0}(?<![\w-]{c0})[a-z]{{3,}}{rest}(?![\w-])"),
        re.compile(label),
        re.compile(rf"[\n|]{label}"),
    )


#: A transcript's speaker label: a name in capitals at the start of a line, then a colon and
#: the words spoken ("ANNA: Welcome back.", "JOHN SMITH: Thanks.", "Senator KOVAC: Yes.").
def _in_speaker_label(text: str, start: int) -> bool:
    """A capitalised word in a speaker label names the person who speaks, not a body: the
    label is no use of an acronym."""
    line_start = text.rfind("\n", 0, start) + 1
    m = SPEAKER_LABEL.match(text, line_start) or ADDRESSED_LABEL.match(text, line_start)
    return m is not None and start < m.end() - 1


_WORD_BEFORE = re.compile(r"([A-Z][\w-]*)\s+$")
_WORD_AFTER = re.compile(r"\s+([A-Z][\w-]*)")


def _in_country_name(text: str, span: tuple[int, int]) -> bool:
    """'Lao PDR', 'DPR Korea': capitals that end or open a country's name with the word
    beside them are that country, not a body's acronym."""
    word = text[span[0] : span[1]]
    before = _WORD_BEFORE.search(text, max(0, span[0] - 30), span[0])
    after = _WORD_AFTER.match(text, span[1])
    return (before is not None and f"{before.group(1)} {word}".casefold() in COUNTRY_OF) or (
        after is not None and f"{word} {after.group(1)}".casefold() in COUNTRY_OF
    )


_POSSESSIVE_BEFORE = re.compile(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s+$")


def _owned_by_country(text: str, span: tuple[int, int], word: str, orgs: Orgs) -> bool:
    """'Brazil's INPI', when the text knows "INPI Brazil": a use of that country's body's
    acronym (recorded as its mention), not of a body of its own."""
    m = _POSSESSIVE_BEFORE.search(text, max(0, span[0] - 30), span[0])
    code = COUNTRY_OF.get(m.group(1).casefold()) if m else None
    if code is None:
        return False
    fits = [
        e for e in orgs.entries if e.country == code and any(word in f.split() for f in e.forms)
    ]
    if len(fits) != 1:
        return False
    orgs.add_span(fits[0], *span)
    return True


def _after_a_body(text: str, start: int, orgs: Orgs) -> bool:
    """'WIPO SHIELD': a word in capitals right after a body's acronym is a thing that body
    runs (a programme, a database), written so every time; it names no body of its own."""
    m = re.search(r"(?<![\w-])([A-Z][A-Za-z]*[A-Z])[ \t]+$", text[max(0, start - 12) : start])
    return m is not None and orgs.lookup(m.group(1)) is not None


def _all_caps_context(text: str, spans: list[tuple[int, int]]) -> bool:
    """A word in an all-capitals headline or dateline ("BEIJING, Feb. 25", "MEETINGS WITH
    DIALOGUE PARTNERS") is not an acronym: its first use, or every use, is in such a line."""
    return caps_around(text, *spans[0]) or all(caps_around(text, s, e) for s, e in spans)


def caps_around(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] stands among words in capitals: a headline's or a dateline's."""
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    around = text[max(ls, s - 20) : min(le if le >= 0 else len(text), e + 20)]
    around = re.sub(r"\([^()]*\)?", "", around)  # "USER SESSION (open)": a note on the heading
    letters = [c for c in around if c.isalpha()]
    return len(letters) > len(text[s:e]) and sum(c.isupper() for c in letters) / len(letters) > 0.8


#: A name in French, Spanish or Portuguese, in sentence case, then its acronym: "the Office
#: marocain de la propriété industrielle et commerciale (OMPIC)".
_NATIVE_NAME = guarded(
    r"(?<![\w’'-])([A-Z][^\W\d_]+(?:[ \t]+[^\W\d_’'-]+(?:['’][^\W\d_]+)?){1,9})"
    r"[ \t]*\(([A-Z]{3,8})\)"
)


def find_native_names(text: str, orgs: Orgs) -> None:
    """A name whose lower-case words spell its acronym, once the connectors of the language
    ("de", "la", "et") are left out, names an organisation even though it is not written in
    title case: English texts quote French and Portuguese bodies as the bodies write them.
    One that ends as a named day does ("World intellectual Property Day (WIPD)") names an
    occasion miscased, no body."""
    for m in _NATIVE_NAME.finditer(text):
        acr = m.group(2)
        if acr in NON_ORG_ACRONYMS or orgs.overlapped(m.start(), m.end()):
            continue
        words = list(re.finditer(r"\S+", m.group(1)))
        for k in range(len(words) - len(acr) + 1):
            tail = [w.group() for w in words[k:]]
            content = [w for w in tail if w.casefold() not in ROMANCE_CONNECTORS]
            if (
                tail[0][:1].isupper()
                and any(w[:1].islower() and w not in NAME_CONNECTORS for w in content)
                and not any(w in NAME_CONNECTORS and w not in ROMANCE_CONNECTORS for w in tail)
                and tail[-1].casefold() not in ROMANCE_CONNECTORS | OCCASION_ENDS
                and "".join(w[:1] for w in content).upper() == acr
            ):
                start = m.start(1) + words[k].start()
                name = re.sub(r"\s+", " ", text[start : m.end(1)])
                entry = orgs.lookup(acr) or orgs.add(name, start, m.end(1))
                orgs.add(name, start, m.end(1), into=entry)
                orgs.add(acr, into=entry)
                break
