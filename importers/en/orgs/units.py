"""Units and organs of a body, which are not organisations of their own.

"Legal Affairs Division of KIPO", "the Executive Council of ARIPO", "Press Office", "Office of
the Director General": a person who works there holds a role at the body, with the unit in
the title. These rules say when a name is such a part, and where a name that runs on into its
parent ("Design Examination Department of the Japan Patent Office") stops.
"""

from __future__ import annotations

import re

from importers.en.orgs.chunks import (
    FIELD_UNIT_HEADS,
    NAMED_ORGAN_HEADS,
    Tok,
    has_head,
    is_head,
)
from importers.en.orgs.courts import court_division
from importers.en.orgs.model import ACRONYM, Orgs
from importers.en.words import (
    COUNTRY_OF,
    GOVERNING_BODIES,
    NON_ORG_ACRONYMS,
    ORG_HEADS,
    ORGAN_HEADS,
    ORGAN_MODIFIERS,
    TITLE_CORE,
    UNIT_FUNCTION_WORDS,
    UNIT_HEADS,
)
from store.text import lexicon

_NATIONAL_GROUP_HEADS = lexicon.wordset("en_orgs.txt", "national_group_heads")
#: "the Anti-Piracy Office of the XPO" goes by "Anti-Piracy Office" too, as a board does.
_SUB_BODY_HEADS = lexicon.wordset("en_orgs.txt", "sub_body_heads")

_UNIT_OF = re.compile(
    r"(?:[A-Z][\w’'-]*\s+(?:(?:and|&)\s+)?){1,5}"
    r"(?:Department|Division|Unit|Section|Directorate|Branch|Team|Sector)\s+of\s+(?:the\s+)?(.+)"
)

_ORGAN_OF = re.compile(r"\s+of\s+(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,6})")


def _parent_known(name: str, orgs: Orgs) -> bool:
    """`name` is an organisation already found, or starts with an acronym ("INPI France")."""
    first = name.split()[0]
    return orgs.lookup(name) is not None or bool(
        re.fullmatch(r"[A-Z]{2,10}", first) and first not in NON_ORG_ACRONYMS
    )


def unit_of_parent(name: str, orgs: Orgs, text: str = "") -> bool:
    """A department of a named body ("Legal Affairs Division of KIPO"): a unit, whose holders
    are recorded at the body with the unit in their title."""
    m = _UNIT_OF.fullmatch(name)
    return (
        m is not None
        and (_parent_known(m.group(1), orgs) or _short_name_in_text(m.group(1), text))
        and not court_division(name.casefold().split())
        and not _party_committee(m.group(1))
    )


_PARTY_COMMITTEES = lexicon.wordset("en_orgs.txt", "party_committees")


def _party_committee(owner: str) -> bool:
    """'... Department of the X Central Committee': a party's central committee works through
    departments that are bodies of their own, ranked with ministries, whose heads are
    officials of the department, not of the committee."""
    low = owner.casefold()
    return any(low == c or low.endswith(f" {c}") for c in _PARTY_COMMITTEES)


#: "the JPO's Director-General of the ": a post at a body named in the possessive, then "of".
_POSSESSED_TITLE_OF = re.compile(rf"\b[A-Z][\w’'-]*['’]s\s+{TITLE_CORE}\s+of\s+(?:the\s+)?$")


_OWNER_HEADS = (
    UNIT_HEADS | FIELD_UNIT_HEADS | lexicon.wordset("en_orgs.txt", "described_owner_heads")
)
_DESCRIBED_OWNER = re.compile(
    rf"\s+of\s+the\s+(?:{'|'.join(lexicon.words('en_orgs.txt', 'described_owners'))})(?![\w-])"
)


def unit_of_described_owner(text: str, end: int, name: str) -> bool:
    """'the Andean Regional Office of the agency': a part whose owner the
    text only refers back to, in lower case, is a unit of a body it names elsewhere, whose
    holders are that body's; no organisation of its own."""
    return (
        len(name.split()) >= 2
        and name.split()[-1].casefold() in _OWNER_HEADS
        and _DESCRIBED_OWNER.match(text, end) is not None
    )


def unit_in_possessed_title(text: str, start: int, name: str) -> bool:
    """'the JPO's Director-General of the Design Examination Department': the department a
    post heads at the body named in the possessive is a unit of that body, no body of its own."""
    return (
        name.split()[-1].casefold() in UNIT_HEADS
        and _POSSESSED_TITLE_OF.search(text, max(0, start - 80), start) is not None
    )


def _short_name_in_text(parent: str, text: str) -> bool:
    """A one-word parent the text gives in brackets after a long name ("... of the Republic
    (Kyrgyzpatent)"): a body's short name, though the long name may not be read yet."""
    return " " not in parent and re.search(rf"\(\s*{re.escape(parent)}\s*\)", text) is not None


def organ_of_parent(text: str, end: int, name: str, orgs: Orgs) -> bool:
    """A governing organ named apart from its body ("the Executive Council of ARIPO"): an
    organ, not an organisation of its own."""
    words = name.split()
    if _after_acronym(text, end, words, orgs) or _after_owner(text, end, name, orgs):
        return True
    if _fields_listed_before(text, end, name):
        return True
    board = re.fullmatch(rf"(?:the\s+)?{GOVERNING_BODIES}\s+of\s+(?:the\s+)?(\S.*)", name)
    if board and _parent_known(board.group(1), orgs):
        return True  # "Board of Directors of INPI Portugal": its body's organ
    own = re.fullmatch(r"(.+?) of (?:the )?(\S.*)", name)
    if own and own.group(1).split()[-1].casefold() in ORGAN_HEADS:
        # "Executive Council of ARIPO" read as one name: an organ of the body after "of";
        # "Supervisory Board of the Academy": of the body named before by its head noun
        anaphoric = own.group(2).casefold() in ORG_HEADS and " the " in f" {name} "
        return governing(own.group(1).split()) and (anaphoric or _parent_known(own.group(2), orgs))
    start = end - len(name)
    if (
        words[-1].casefold() in ORGAN_HEADS
        and governing(words)
        and _POSSESSOR.search(text, max(0, start - 8), start)
    ):
        return True  # "its Administrative Council": the organ of the body the text is about
    if len(words) > 3 or words[-1].casefold() not in ORGAN_HEADS or not governing(words):
        return False
    m = _ORGAN_OF.match(text, end)
    if m is None:
        return False
    parent = m.group(1)
    return _parent_known(parent, orgs) or any(
        orgs.lookup(" ".join(parent.split()[:k])) for k in range(1, len(parent.split()) + 1)
    )


def _after_acronym(text: str, end: int, words: list[str], orgs: Orgs) -> bool:
    """'the APAA Council', 'the APAA Newsletter Committee': an organ written after the
    acronym of a body the text names is that body's organ, unless it has an acronym of its
    own ("APEC Business Advisory Council (ABAC)"), as bodies do."""
    return (
        len(words) >= 2
        and words[-1].casefold() in NAMED_ORGAN_HEADS
        and ACRONYM.fullmatch(words[0]) is not None
        and words[0] not in NON_ORG_ACRONYMS
        and orgs.lookup(words[0]) is not None
        and not re.match(r"\s*\(", text[end:])
    )


def _after_owner(text: str, end: int, name: str, orgs: Orgs) -> bool:
    """'the Bar Council of Ireland's Ethics Committee': a committee or council written
    after the possessive of a body the text names is that body's organ, as after its
    acronym; its members meet as the body's own, so the body is the one the text speaks of."""
    start = end - len(name)
    owner = _OWNER_BEFORE.search(text, max(0, start - 40), start)
    if owner is None or name.split()[-1].casefold() not in NAMED_ORGAN_HEADS:
        return False
    if re.match(r"\s*\(", text[end:]):
        return False
    word = owner.group(1)
    # "INTA’s X Committee", "the Organization’s X Council": an acronym or a head noun owns it
    # too, though the acronym is found only later and the head refers back to a body
    return (
        (ACRONYM.fullmatch(word) is not None and word not in NON_ORG_ACRONYMS)
        or word.casefold() in ORG_HEADS
        or any(x == owner.start(1) + len(word) for _, x, _ in orgs.mentions)
    )


#: The last word of an owner and its possessive, right before a name.
_OWNER_BEFORE = re.compile(r"([\w-]+)['’]s[ \t]+$")


def _fields_listed_before(text: str, end: int, name: str) -> bool:
    """'the Senate Finance, Budget, Audit and Pensions Committee': a
    committee whose fields the text lists with commas was cut at the last comma; the
    committee is a chamber's organ, named in full only with all its fields and its owner,
    and the tail after the comma names no body."""
    start = end - len(name)
    return name.split()[-1].casefold() in NAMED_ORGAN_HEADS and (
        re.search(r"[A-Z][a-z][\w’'-]*,[ \t]+$", text[max(0, start - 40) : start]) is not None
    )


_POSSESSOR = re.compile(r"(?<![\w-])(?:[Ii]ts|[Tt]heir|[Oo]ur)\s+$")

_TITLED_OFFICE = re.compile(rf"Office of the (?:{TITLE_CORE})", re.IGNORECASE)
#: "IP Attaché Office for Southeast Asia": the office of one post, named by its title.
_POST_OFFICE = re.compile(
    rf"(?P<title>{TITLE_CORE})['’]?s?\s+Office(?:\s+(?:for|in)\s+\S.*)?", re.IGNORECASE
)
#: Posts that cover an area ("Attaché", "Envoy"): their offices are the post's own desk.
_AREA_TITLES = lexicon.wordset("en_titles.txt", "area_titles")


def is_unit_name(name: str) -> bool:
    """A unit of a body rather than a body: "Communications Office", "Press Office", "Office
    of the Director General"."""
    words = name.casefold().split()
    if len(words) == 3 and re.fullmatch(r"[A-Z]{2,}", name.split()[0]):
        words = words[1:]  # "EAPO Press Service": the acronym names the owner of the unit
    if len(words) == 2 and words[0] in UNIT_FUNCTION_WORDS:
        return words[1] in ("office", "unit", "department", "division", "section", "service")
    post = _POST_OFFICE.fullmatch(name)
    if post is not None and post.group("title").split()[-1].casefold() in _AREA_TITLES:
        return True  # the office of an attaché at a mission: a desk of the agency posting him
    return _TITLED_OFFICE.fullmatch(name) is not None


def national_group(name: str) -> bool:
    """'the Philippine Group of APAA': a body's national sub-body, with officers of its own;
    a title before it is held there, not at the body after "of"."""
    *place, head = name.removeprefix("the ").casefold().split()
    return head in _NATIONAL_GROUP_HEADS and " ".join(place) in COUNTRY_OF


def governing(words: list[str]) -> bool:
    """An organ that governs its body ("Executive Council", "General Assembly"), not a
    sub-body with a function of its own ("Patent Reexamination Board")."""
    return len(words) == 1 or all(w.casefold() in ORGAN_MODIFIERS for w in words[:-1])


def without_owner(text: str, name: list[Tok], orgs: Orgs) -> list[Tok]:
    """'the Industrial Property Protection Directorate of MITS': a unit of a body the text
    has named already ends before "of" + that body's acronym. A functional board keeps its
    parent: "Patent Reexamination Board of SIPO" is one body."""
    if len(name) >= 4 and name[-2].low == "of" and ACRONYM.match(name[-1].text):
        owner = orgs.lookup(name[-1].text)
        organ = name[-3].low in ORGAN_HEADS
        sub_body = organ and not governing([t.text for t in name[:-2] if t.text not in "()"])
        if owner is not None and is_head(name[-3]) and not sub_body:
            return name[:-2]
    if court_division([t.low for t in name]):
        return name  # "General Division of the High Court" is a court
    governed = governed_by(name, orgs)
    if governed is not None:
        return governed
    for k in range(2, len(name) - 2):
        # "Design Examination Department of the Japan Patent Office": a unit, then its owner
        if name[k].low == "of" and _unit_end(name, k) and has_head(name[k + 1 :]):
            if _party_committee(" ".join(t.text for t in name[k + 1 :])):
                break  # "Organization Department of the X Central Committee": one body
            return name[:k]
    field = field_unit_end(name)
    return name[:field] if field else name


def _unit_end(name: list[Tok], k: int) -> bool:
    """Whether a unit's name can end before the "of" at `k`: at a unit's head ("X Department
    of the Y Office"), or at the acronym the text gives that name in brackets when it has a
    head of its own and "of the" a body follows ("the X Directorate of Y (XDY) of the
    Ministry of Z"): a name the text abbreviates is whole there, the rest is its owner."""
    if name[k - 1].low in UNIT_HEADS:
        return True
    if k < 4 or name[k - 1].text != ")" or name[k - 3].text != "(":
        return False
    owner = [t for t in name[k + 1 :] if t.low != "the"]
    return has_head(name[: k - 3]) and bool(owner) and is_head(owner[0]) and k + 1 < len(name)


#: "Patent Reexamination Board of SIPO": a name, "of", then an acronym.
_OF_ACRONYM = re.compile(r"(?P<own>.+?)\s+of\s+(?:the\s+)?(?P<owner>[A-Z][A-Za-z]{1,9})")


def sub_body_own_name(name: str, orgs: Orgs) -> str | None:
    """'Intellectual Property Trial and Appeal Board of KIPO', 'the Anti-Piracy Office of the
    XPO': a sub-body with a function of its own, named with the acronym of a body
    (`_parent_known`), is that body's, and goes by its own name too ("Intellectual Property
    Trial and Appeal Board"). None for any other name, an organ that governs its body
    ("Executive Council of X") among them."""
    m = _OF_ACRONYM.fullmatch(name)
    if m is None or not ACRONYM.match(m.group("owner")) or not _parent_known(m["owner"], orgs):
        return None
    words = m.group("own").split()
    heads = ORGAN_HEADS | _SUB_BODY_HEADS
    if len(words) < 2 or words[-1].casefold() not in heads or governing(words):
        return None
    return m.group("own")


def field_unit_end(name: list[Tok]) -> int:
    """'Directorate-General for Trade and Investment of the European Commission', 'Department
    of Science and Technology of the Ministry of Health': a unit named by its head and its
    field (no head noun in the field) ends before the "of" that names the body owning it.
    0 when the name is no such unit."""
    k = 1 if name[0].low in FIELD_UNIT_HEADS else 0
    if k and name[k].text == "General":
        k += 1  # "Directorate General for ..."
    if not k or k >= len(name) or name[k].low not in ("of", "for"):
        return 0
    for m in range(k + 2, len(name) - 1):
        if name[m].low == "of" and has_head(name[m + 1 :]) and not has_head(name[k:m]):
            return m
    return 0


def governed_by(name: list[Tok], orgs: Orgs) -> list[Tok] | None:
    """'the X Department (XD) of the Hong Kong SAR Government': a body named with the
    government it belongs to ends before "of": the rest is the government the text has
    already found, an organisation of its own."""
    for k in range(2, len(name) - 1):
        if name[k].low != "of":
            continue
        rest = name[k + 1 :]
        while rest and rest[0].low == "the":
            rest = rest[1:]
        hit = orgs.at(rest[0].start) if rest else None
        if hit is not None and hit[1] == name[-1].end and hit[2].kind == "government":
            return name[:k] if has_head(name[:k]) else None
    return None


def drop_unit_fields(orgs: Orgs) -> None:
    """'Directorate of Inventions and New Technologies' and then 'Director of Inventions and
    New Technologies': a name that is exactly the field of a unit the text names ("<unit
    head> of/for <name>") is that unit's field seen through a title, not a body of its own."""
    fields: set[str] = set()
    for e in orgs.entries:
        for form in e.forms:
            m = re.match(r"(\S+)\s+(?:of|for)\s+(?:the\s+)?(.+)$", form)
            if m and m.group(1).casefold() in FIELD_UNIT_HEADS:
                fields.add(m.group(2).casefold())
    for e in list(orgs.entries):
        if e.ref is None and e.name.casefold() in fields:
            orgs.drop(e)
