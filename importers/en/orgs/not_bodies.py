"""Capitalised names that hold a body's name without naming a body: periodicals and old names.

"the Law Society Journal", "the Patent Office Gazette", "Journal of the Design Society": the
text speaks of a publication, and neither the phrase nor the body inside it is a mention of
an organisation. "back when it was still called the Trade Marks Registry": an earlier name of
a body the text names by its present one, not a second body; given right after the present
name ("X, formerly known as Y") it is kept as one of X's forms. "the Secretariat of X" is X at
work, and "the Delegation of Kenya" with no posting is a country's team at a meeting, as "the
Delegation of the X Office" is the office's, posted or not.
"Meeting of the ACME Intellectual Property Office Heads": a grouping's acronym and a generic
office name before the plural of a title are the kind of office each member's head leads,
no body called so.
"""

from __future__ import annotations

import re

from importers.en.orgs.bare_offices import IP_OFFICE_NAMES
from importers.en.orgs.chunks import Tok, has_head, is_head
from importers.en.orgs.model import Orgs
from importers.en.titles import TITLE
from importers.en.words import COMPANY_HEADS, DOCUMENT_NOUNS, TITLE_CORE
from importers.guarded import guarded
from store.text import lexicon

PUBLICATION_NOUNS = lexicon.wordset("en_orgs.txt", "publication_nouns")
LAW_NOUNS = lexicon.wordset("en_orgs.txt", "law_nouns")


def is_publication(seg: list[Tok], name: list[Tok]) -> bool:
    """Whether `name`, cut from the capitalised segment `seg`, is part of a periodical's title:
    the name ends in a publication noun ("... of Law Journal"), the capitalised words after it
    do ("... Office Gazette"), or it follows "Journal of (the)"."""
    words = [t for t in name if t.text not in "()"]
    if len(words) >= 2 and words[-1].low in PUBLICATION_NOUNS and words[-2].low != "of":
        return True  # "Board of Review" is a body: the noun after "of" is its function
    at = seg.index(name[-1]) + 1
    rest: list[Tok] = []
    while at < len(seg) and seg[at].cap and seg[at].text not in "()":
        rest.append(seg[at])
        at += 1
    if rest and rest[-1].low in PUBLICATION_NOUNS:
        return True
    before = [t.low for t in seg[: seg.index(name[0])] if t.low != "the"]
    return len(before) >= 2 and before[-1] == "of" and before[-2] in PUBLICATION_NOUNS


def is_law(seg: list[Tok], name: list[Tok]) -> bool:
    """Whether `name`, cut from the capitalised segment `seg`, is part of a law's name: the
    name, or the capitalised words right after it, ends in a law noun ("the Seed Board of
    Xland Act, 2009", "the X Office Ordinance"), not one that is the field after "of" or
    "for" ("Faculty of Law")."""
    words = [t for t in name if t.text not in "()"]
    at = seg.index(name[-1]) + 1
    while at < len(seg) and seg[at].cap and seg[at].text not in "()":
        words.append(seg[at])
        at += 1
    while words and words[-1].text[:1].isdigit():
        words.pop()  # "the X Act 1998": the year of the law
    if _field_of_law(seg, at, words):
        return False  # "X Institute for Research of Trade Law (XIRTL)": the body's field
    return len(words) >= 2 and words[-1].low in LAW_NOUNS and words[-2].low not in ("of", "for")


def _field_of_law(seg: list[Tok], at: int, words: list[Tok]) -> bool:
    """'... Organization for Cooperation in Africa of Trade Law (OCATL)': "Law" closing the
    "of" or "for" complement of a body whose acronym follows in brackets is the body's
    field ("Business Law"), no law named after the body."""
    return (
        bool(words)
        and words[-1].low == "law"
        and any(t.low in ("of", "for") for t in words[:-1])
        and at + 2 < len(seg)
        and seg[at].text == "("
        and seg[at + 1].text.isupper()
    )


def is_document(name: list[Tok]) -> bool:
    """Whether `name` is a signed document's title: its last word before an acronym in
    brackets is a document noun ("a new Service Level Agreement (SLA)": "Service" is a
    body's head word too, but the name ends as an agreement's does, and no body's does)."""
    words = [t.low for t in name]
    words = words[: words.index("(")] if "(" in words else words
    return bool(words) and words[-1] in DOCUMENT_NOUNS


_FORMER_NAME = guarded(
    r"\b(?:"
    + "|".join(
        r"\s+".join(map(re.escape, p.split()))
        for p in lexicon.words("en_orgs.txt", "former_name_phrases")
    )
    + r")\s+(?:the\s+)?$",
    re.IGNORECASE,
)


#: ", as the federation was then known": the same phrases told after the name.
_FORMER_NAME_AFTER = re.compile(
    r",?\s+as\s+(?:the\s+|it\s+|they\s+)?(?:[a-z][\w-]*\s+){0,2}?(?:was|were)\s+(?:"
    + "|".join(
        r"\s+".join(map(re.escape, p.removesuffix(" as").split()))
        for p in lexicon.words("en_orgs.txt", "former_name_phrases")
    )
    + r")\b(?!\s+as\b)",
    re.IGNORECASE,
)


def is_former_name(text: str, start: int, end: int | None = None) -> bool:
    """Whether the name at `start` follows "still called", "formerly known as", or the name
    ending at `end` is followed by ", as the federation was then known": an earlier name of
    a body the text names by its present one, not a body of its own."""
    if end is not None and _FORMER_NAME_AFTER.match(text, end):
        return True
    return _FORMER_NAME.search(text, max(0, start - 40), start) is not None


#: what stands between a body's name and the phrase that gives its earlier one: "X, formerly
#: known as Y", "X (formerly known as Y)"
_BEFORE_FORMER = re.compile(r"[ \t]*[,(][ \t]*")


def keep_former_name(text: str, start: int, end: int, orgs: Orgs) -> None:
    """ "the X Office, formerly known as the Y Board": Y is the earlier name of the body
    named right before the phrase, and is kept as one of that body's forms (never its name),
    so a text that names the body by its old name names the same body."""
    m = _FORMER_NAME.search(text, max(0, start - 40), start)
    if m is None:
        return
    for _, me, entry in orgs.mentions:
        if _BEFORE_FORMER.fullmatch(text, me, m.start()):
            form = re.sub(r"\s+", " ", text[start:end]).strip()
            if form not in entry.forms:
                entry.forms.append(form)
            return


def secretariat_of_body(name: list[Tok]) -> list[Tok] | None:
    """'the Secretariat of the World Intellectual Property Organization': the secretariat of
    a named body is that body at work (its staff), so the name is the body's. Only when what
    follows "of" is itself a body's name (it has a head noun: "Secretariat of the Pacific
    Community" stays whole)."""
    if len(name) < 3 or name[0].low != "secretariat" or name[1].low != "of":
        return None
    rest = name[2:]
    while rest and rest[0].low == "the":
        rest = rest[1:]
    return rest if len(rest) >= 2 and has_head(rest) else None


def team_of_country(name: str) -> bool:
    """'the Delegation of Kenya', a name that does not go on with "to ..." or "in ...": a
    country's team at a meeting, not a diplomatic mission ("Delegation of the European Union
    to China"). Called only for names that a posting did not extend."""
    return re.match(r"Delegation\s+of\s", name) is not None


def office_delegation(text: str, name: list[Tok]) -> list[Tok] | None:
    """'the Delegation of the Nordic Patent Office', 'the Delegation of NPO in Oslo' (NPO
    glossing an "... Office" in the text): an office's visiting team, not a mission (states
    and unions keep delegations posted abroad, offices do not). Returns the office's name to
    read on its own, empty for an acronym (a use of it, which the acronym rules find); None
    for any other name."""
    if len(name) < 3 or name[0].low != "delegation" or name[1].low != "of":
        return None
    rest = name[3:] if name[2].low == "the" else name[2:]
    if len(rest) >= 2 and rest[-1].low == "office":
        return rest
    if len(rest) == 1 and rest[0].text.isupper() and len(rest[0].text) > 1:
        at = text.find(f"({rest[0].text})")
        return [] if at > 0 and text[:at].rstrip().endswith("Office") else None
    return None


#: An address's part before and after a name: "the X Hall, " ... ", City".
_ADDRESS_BEFORE = re.compile(r"[A-Z][\w’'-]*,[ \t]+$")
_ADDRESS_AFTER = re.compile(r",[ \t]+[A-Z]")


def is_premises(text: str, name: list[Tok], owner_named: bool) -> bool:
    """'the X Hall, DGIP Office, Jakarta': the acronym of a body the text names
    (`owner_named`) and "Office", between the commas of an address, is the body's building,
    not an office of its own."""
    if len(name) != 2 or name[1].low != "office" or not name[0].text.isupper() or not owner_named:
        return False
    before = text[max(0, name[0].start - 40) : name[0].start]
    return bool(_ADDRESS_BEFORE.search(before) and _ADDRESS_AFTER.match(text, name[-1].end))


#: "Director of ", "Head of the ", "Secretary of State for ": a post's title and the "of"
#: or "for" of its remit right before a name.
_POST_OF = guarded(rf"(?i)\b(?:{TITLE_CORE})\s+(?:of|for)\s+(?:the\s+)?$")


#: "Minister of Industry, ": a post's title, "of" and the first field of a listed remit.
_POST_OF_LISTED = guarded(rf"(?i)\b(?:{TITLE_CORE})\s+of\s+(?:the\s+)?(?-i:[A-Z][a-z]+),\s+$")


def is_post_field(text: str, name: list[Tok]) -> bool:
    """'Director of Patents and Emerging Technologies, X Office', 'Secretary of State for
    Energy and Food Industries': after a post's "of" or "for", words joined by "and" whose
    only head is a company word at their end ("Technologies", "Industries") are the field
    the post covers, not a firm. So are the last fields of a
    remit listed with a comma ("Minister of Mining, Energy and Water Service"): the words
    after the comma and up to "and" go on with the post's fields, no body called so."""
    words = [t for t in name if t.text not in "()"]
    listed = _POST_OF_LISTED.search(text, max(0, name[0].start - 80), name[0].start)
    if listed is not None and "and" in {t.low for t in words[1:-1]}:
        # "Minister of State, Department for Business and Trade": a body opened by its head
        return not any(is_head(t) for t in words[:-1])
    if len(words) < 3 or words[-1].low not in COMPANY_HEADS or "and" not in {t.low for t in words}:
        return False
    if any(is_head(t) for t in words[:-1]):
        return False
    return _POST_OF.search(text, max(0, name[0].start - 80), name[0].start) is not None


def is_heads_kind(seg: list[Tok], name: list[Tok]) -> bool:
    """Whether `name` is an acronym and a generic office name ("BRICS Intellectual Property
    Office") before the plural of a title in `seg` ("Presidents", "Heads"): the heads of the
    group's several offices, not one body."""
    if len(name) < 3 or not (name[0].text.isupper() and len(name[0].text) > 1):
        return False
    if " ".join(t.low for t in name[1:]) not in IP_OFFICE_NAMES:
        return False
    at = seg.index(name[-1]) + 1
    rest = [t.text for t in seg[at : at + 2] if t.cap and t.text not in "()"]
    for k in range(len(rest), 0, -1):
        words = rest[:k]
        plural = [i for i, w in enumerate(words) if w.endswith("s")]
        for i in plural:
            one = " ".join([*words[:i], words[i][:-1], *words[i + 1 :]])
            if TITLE.fullmatch(one) or one == "Head":
                return True
    return False
