"""A title given to a name through a verb: "NAME was appointed Commissioner of X".

Pattern D of the title patterns (patterns.py): the name is the subject of a copula or of a
verb of taking office ("was", "has been named", "that NAME be appointed", "took office as",
"served ... as", "was most recently", "leaving X to take up appointment as") before the
title, or is known from earlier in the text ("Ms Lee was", "She was"). A predecessor named
after the title ("succeeding NAME") held the same post. Kept apart because the subject is
found before the verb, not next to the title as the other patterns find it.
"""

from __future__ import annotations

import re

from importers.en.names import name_after, name_before
from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.places import demonym_start
from importers.en.roles.advisers import advised_body
from importers.en.roles.anchors import CAP, org_after, org_after_unit, org_of_pronoun
from importers.en.roles.described import described_subject
from importers.en.roles.mentions import known_surname, pronoun_subject
from importers.en.roles.model import People, PersonEntry, RoleEntry
from importers.en.roles.owned_units import unit_owner
from importers.en.roles.portfolio import Title
from importers.en.word_patterns import alternation
from importers.en.words import ORDINAL_MODIFIERS, TITLE_CORE
from store.text import lexicon

_COPULA = re.compile(
    r"(?:\b(?:was|is|ha(?:s|ve|d)\s+been|will\s+be|(?:is|was)\s+(?:set\s+)?to\s+be|"
    # "resolved that NAME be appointed": the subjunctive of a decision
    r"(?:should\s+)?be(?=\s+(?:re-?)?(?:appointed|elected|nominated|named|designated)\b)|"
    r"has\s+become|became|becomes|"
    r"(?:has\s+)?(?:taken|took|takes|assumed|assumes)\s+(?:up\s+)?office|"
    r"(?:has\s+)?(?:taken|took|takes|assumed|assumes)\s+up\s+(?:his|her|their)\s+(?:new\s+)?"
    r"(?:position|post|duties|role)(?:\s+[\w-]+){0,2}?\s+as|"
    r"(?:has\s+|had\s+)?served(?:\s+[\w-]+){0,5}?\s+as|(?:took|takes|has\s+taken)\s+over\s+as|"
    r"(?:(?:is|was|will\s+be)\s+(?:leaving\s+[^,.;\n]{1,60}?\s+)?|(?:leaves|left)\s+[^,.;\n]{1,60}?\s+)"
    r"to\s+take\s+up\s+(?:(?:his|her|their|an?|the)\s+)?(?:new\s+)?appointment\s+as)\s+)"
    r"(?:(?:(?:re-?)?(?:appointed|elected|nominated)|named|made|designated|promoted|previously|formerly|also|now|currently|officially|formally|"
    r"(?:most|until)\s+recently)\s+)*"
    r"(?:for\s+(?:a|an|his|her|the)\s+(?:[\w-]+\s+){0,2}terms?\s+)?(?:(?:as|to)\s+)?(?:(?:the|a|an)\s+)?"
    # "was the first Director of X": an ordinal counts the holders (en_titles.txt)
    rf"(?:(?:new|next|{ORDINAL_MODIFIERS})\s+)?$"
)


def copula_name(text: str, m: re.Match[str], t: Title, orgs: Orgs, people: People) -> bool:
    """Pattern D: "NAME was appointed Commissioner of X, succeeding NAME2" and "Ms NAME was
    previously General Manager, Business Services at ORG"."""
    cop = _COPULA.search(text, max(0, m.start() - 60), demonym_start(text, m.start()))
    before = _body_between(text, m.start(), orgs) if cop is None else None
    if before is not None:  # "NAME has been X chief of staff since 2009": at X
        cop = before[1]
    object_ = None if cop is not None else _congratulated(text, m.start(), people)
    if object_ is not None:  # "congratulates NAME, ..., on being appointed as Title"
        cop = object_[0]
    if cop is None:
        return False
    title, end = t.text, t.end
    joined = _JOINED_TITLE.match(text, end)
    if joined and lower_org_after(text, joined.end(), orgs) is not None:
        title += " and " + re.sub(r"\s+", " ", joined.group(1))  # "director and party secretary"
        end = joined.end()
    if not title[:1].isupper() and before is None and lower_org_after(text, end, orgs) is None:
        return False  # "was president of X": a lower-case title only with its body
    nm = (
        None
        if object_
        else name_before(text, cop.start()) or _name_before_apposition(text, cop.start())
    )
    if nm is None and _MADE.search(cop.group(0)):
        return False  # "He ..., and was made Director of X in 2002": a biography's past step
    known = None if nm or object_ else known_surname(text, cop.start(), people)
    if known:  # "Ms Roe is": a mention a later "She was" may go back to
        people.mentions.append((*known[0], known[1]))
    known = known or ((object_[1], object_[2]) if object_ else None)
    known = known or (None if nm else described_subject(text, cop.start(), people))
    known = known or (None if nm else pronoun_subject(text, cop.start(), people))  # "She was"
    if known:
        nm, person = known
        if not object_:  # the congratulated person's mention is recorded already
            person.spans.append(nm)
    if nm is None:
        return False
    unit = re.match(
        rf",\s+({CAP}(?:\s+(?:and\s+|&\s+)?{CAP}){{0,4}})(?=\s+(?:at|of)\s)", text[end:]
    )
    if unit and org_after(text, end + unit.end(), orgs):
        title += f", {unit.group(1)}"
        end += unit.end()
    org = t.ministry or (before[0] if before is not None else None)
    if org is None and not t.function:
        found = org_after_unit(text, end, orgs)
        if found:
            org, _, extra = found
            title += extra
    if org is None and not title[:1].isupper():
        org = lower_org_after(text, end, orgs)
    owner = unit_owner(text, t.start, orgs) if org is None else None
    if owner is not None:  # "was made Chair of the Boards of Review": the Office's boards
        org, title, end = owner
    if org is None:
        advised = advised_body(text, end, orgs, title)  # "Senior Adviser to the X"
        org = advised[0] if advised else None
    if known:
        people.roles.append(
            RoleEntry(known[1], org, title, (t.start, t.end), t.country, bare=org is None)
        )
    else:
        people.record(text, nm, title, org=org, span=(t.start, t.end), place=t.country)
    successor(text, t.end, people, title, org)
    return True


#: "was made": an appointment news reports of the person they name right before it
_MADE = re.compile(r"\bmade\b")


#: "on being appointed as the new", "for his appointment as": the post a person named before
#: is congratulated or thanked for
_APPOINTED_FOR = re.compile(
    r"\b(?:for|on|upon)\s+(?:being|having\s+been|(?:his|her|their)\s+appointment)\s+"
    r"(?:(?:appointed|elected|named|promoted)\s+)?(?:as\s+|to\s+)?(?:(?:the|a|an)\s+(?:new\s+)?)?$"
)


def _congratulated(
    text: str, pos: int, people: People
) -> tuple[re.Match[str], tuple[int, int], PersonEntry] | None:
    """'Acme congratulates NAME, Title of X, on being appointed as Title2': the person the
    sentence named last before "on being appointed as" takes the post; returns the phrase,
    that mention and the person."""
    m = _APPOINTED_FOR.search(text, max(0, pos - 60), pos)
    if m is None:
        return None
    named = [
        (s, e, p)
        for s, e, p in people.mentions
        if e <= m.start() and not re.search(r"[.!?]\s+[A-Z]|\n", text[e : m.start()])
    ]
    if not named:
        return None
    s, e, person = max(named, key=lambda x: x[1])
    return m, (s, e), person


#: "appointed NAME": a verb that gives the name after it the title after the name.
_APPOINTS = re.compile(
    rf"(?<![\w-])(?:{alternation(lexicon.words('en_careers.txt', 'object_appointing_verbs'))})"
    r"[ \t]+$"
)


def appointed_object(text: str, t: Title, orgs: Orgs, people: People) -> bool:
    """'The board appointed NAME Director of X', 'took a year to name NAME head of X': the
    name an appointing verb takes as its object holds the title written right after it, at
    the body after the title (with no body the title may be the name's next word by chance:
    "named NAME Chair" is read by the other patterns or not at all). "X has named NAME as
    its new chief executive": after "as its", the post is at the body the sentence named
    before the name, the subject that appoints, in whatever case the title is written; after
    "to be" ("has named NAME to be Title") the title is the post, with or without a body."""
    as_its = _AS_ITS.search(text, max(0, t.start - 24), t.start)
    to_be = _TO_BE.search(text, max(0, t.start - 24), t.start) if as_its is None else None
    link = as_its or to_be
    nm = name_before(text, link.start() if link else t.start)
    if nm is None or text[nm[1] : link.start() if link else t.start].strip():
        return False
    if _APPOINTS.search(text, max(0, nm[0] - 16), nm[0]) is None:
        return False
    org = t.ministry or lower_org_after(text, t.end, orgs)
    if org is None and as_its is not None:
        org = org_of_pronoun(text, as_its.end("pronoun"), orgs, upto=nm[0])
    if org is None and to_be is None:
        return False  # "named NAME to be Title": the title is the post even with no body
    people.record(text, nm, t.text, org=org, span=(t.start, t.end), place=None)
    return True


#: "named NAME as its new Title": the object's post, given through the appointer's pronoun
_AS_ITS = re.compile(r"[ \t]+as[ \t]+(?P<pronoun>(?:its|their)[ \t]+)(?:new[ \t]+)?$")
#: "named NAME to be Title": the object's post, said as what the object is to be
_TO_BE = re.compile(r"[ \t]+to[ \t]+be[ \t]+(?:(?:the|its|their)[ \t]+)?(?:new[ \t]+)?$")


def _body_between(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, re.Match[str]] | None:
    """'NAME has been X chief of staff': a body the text names, written between the copula
    and the title at `pos`, holds the post (as "X chief of staff NAME" does). Returns the
    body and the copula before it."""
    # a mention ending in the blank run right before `pos`: the run's start is found once,
    # not each mention's gap cut out and stripped (this runs for every title of a text)
    gap = pos
    while gap > 0 and text[gap - 1].isspace():
        gap -= 1
    hit: tuple[int, OrgEntry] | None = None
    if gap < pos:
        for s, x, e in orgs.mentions:
            if gap <= x < pos and s < x:
                hit = (s, e)
                break
    if hit is None:
        return None
    cop = _COPULA.search(text, max(0, hit[0] - 60), hit[0])
    return (hit[1], cop) if cop is not None else None


#: A second title joined to the first, both held at the body after it: "was named director|
#: and party secretary| of X" (one word may qualify it).
_JOINED_TITLE = re.compile(rf"[ \t]+and[ \t]+((?:[\w-]+[ \t]+)?(?i:{TITLE_CORE}))(?![\w-])")

_APPOSITION = re.compile(
    r",[ \t]+(?:previously|formerly|until\s+now|most\s+recently)\b[^,;.\n]{3,100},\s*$"
    r"|[ \t]+(?:--|–|—)[ \t]+[^\n–—]{3,100}?[ \t]+(?:--|–|—)[ \t]*$"
    r"|,[ \t]+(?:aged[ \t]+)?\d{2,3},[ \t]*$"
    r"|,[ \t]+who[ \t]+$"
)


def _name_before_apposition(text: str, pos: int) -> tuple[int, int] | None:
    """'NAME, previously Director of X, was appointed ...': the name before an apposition
    that gives a former post, before an aside between dashes ("NAME -- who now chairs
    X -- is to be ..."), before the age news reports put after a name ("NAME, 58, was"), or
    before the "who" of a relative clause ("NAME, who was appointed Director of X in May")."""
    m = _APPOSITION.search(text, max(0, pos - 130), pos)
    return name_before(text, m.start()) if m else None


_THEN = re.compile(r"\s+of\s+what\s+(?:was|is)\s+(?:then|now)\s+(?:called\s+)?(?:the\s+)?")


def lower_org_after(text: str, pos: int, orgs: Orgs) -> OrgEntry | None:
    """The body after a lower-case title: "of the X Office", or under an older name, "of
    what was then OHIM"."""
    then = _THEN.match(text, pos)
    if then:
        hit = orgs.at(then.end())
        return hit[2] if hit else None
    found = org_after(text, pos, orgs)
    return found[0] if found else None


def successor(text: str, end: int, people: People, title: str, org: OrgEntry | None) -> None:
    """'..., succeeding NAME': the predecessor held the same title at the same body."""
    m = re.match(
        r"(?:\s+(?:of|at|in|on|from)\s+[^,.;\n]{1,80}?)?\s*,?\s*"
        r"(?:succeeding|replacing|who\s+succeeds|who\s+replaces)\s+",
        text[end:],
    )
    if not m:
        return
    nm = name_after(text, end + m.end() - 1)
    if nm:
        people.record(text, nm, title, org=org, span=(end, nm[1]), place=None)
