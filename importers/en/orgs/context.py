"""Organisations known by the company they keep rather than by a head noun.

A lone capitalised word in a list of organisations ("..., AstraZeneca and Bosch"), examples
after "companies such as", a camel-case name described or coordinated as a body
("BusinessEurope, the European business federation") and a firm named after its partners
("a partner at Spoor & Fisher") are organisations only because of what surrounds them.
"""

from __future__ import annotations

import re

from importers.en.orgs.model import Orgs
from importers.en.titles import TITLE
from importers.en.words import (
    COUNTRY_OF,
    DESCRIPTION_FOLLOWERS,
    DIPLOMATIC_HEADS,
    EXAMPLE_NOUNS,
    LEADING_FUNCTION_WORDS,
    ORG_DESCRIPTION_HEADS,
    TITLE_GROUPS,
)
from importers.guarded import guarded
from store.text import lexicon


def find_list_members(text: str, orgs: Orgs) -> None:
    """In a comma list whose other members are organisations ("the Japan External Trade
    Organization, the German Engineering Federation, AstraZeneca and Bosch"), a lone
    capitalised word is an organisation too."""
    for sent in re.finditer(r"[^.;:\n]+", text):
        s0 = sent.start()
        parts = [(m.start() + s0, m.group()) for m in re.finditer(r"[^,]+", sent.group())]
        items: list[tuple[int, str]] = []
        joined: set[int] = set()  # items that close an "X and Y" inside one comma part
        for pos, part in parts:
            for sub in re.finditer(r"(?:^|\band\s+)((?:(?!\band\b).)+)", part):
                if sub.start() > 0:
                    joined.add(len(items))
                items.append((pos + sub.start(1), sub.group(1)))
        if len(items) < 3:
            continue
        is_org = [_item_is_org(orgs, pos, it) for pos, it in items]
        if sum(is_org) < 2:
            continue
        lone = [_LONE.fullmatch(it) for _, it in items]
        for k, (pos, _) in enumerate(items):
            m = lone[k]
            if not m or not _beside_org(is_org, lone, k):
                continue
            if k in joined and items[k - 1][1].strip() and not (is_org[k - 1] or lone[k - 1]):
                continue  # "International Policy and Cooperation": the end of a unit's name
            word = m.group(1)
            start = pos + m.start(1)
            if word.casefold() in COUNTRY_OF or orgs.covered(start, start + len(word)):
                continue
            if word.casefold() in ("etc", "others", "other") or TITLE.fullmatch(word):
                continue  # "NAME, Director, X Registry, Y": a title, not a member
            if k + 1 < len(items) and k + 1 not in joined and _titled(items[k + 1][1]):
                continue  # "... L. Okafor, Director General of X,": a holder's surname
            if k > 0 and k not in joined and _is_mission(orgs, *items[k - 1]):
                continue  # "the Permanent Mission of X, Geneva,": the city it sits in
            orgs.add(word, start, start + len(word), kind="company")


def _titled(item: str) -> bool:
    """Whether a list item opens with a title ("Director General of the X"): the item
    before it is then the name of the post's holder (its surname, where an initial's full
    stop cut the sentence), no member of a list of bodies."""
    m = TITLE.match(item.strip())
    return m is not None and item.strip()[:1].isupper()


def _is_mission(orgs: Orgs, pos: int, item: str) -> bool:
    """Whether a list item is a diplomatic mission ("the Embassy of X"), after which a lone
    word is the city it is posted to, written as in an address."""
    lead = len(item) - len(item.lstrip())
    hit = orgs.at(pos + lead) or orgs.at(pos + lead + 4 * item.lstrip().startswith("the "))
    words = hit[2].name.casefold().split() if hit else []
    return any(
        w in DIPLOMATIC_HEADS or " ".join(words[i : i + 2]) in DIPLOMATIC_HEADS
        for i, w in enumerate(words)
    )


_LONE = re.compile(r"\s*(?:the\s+)?([A-Z][A-Za-z]+[a-z][A-Za-z]*)(?:\s+etc)?\s*")


def _beside_org(is_org: list[bool], lone: list[re.Match[str] | None], k: int) -> bool:
    """Whether the k-th item belongs to the run of the list that holds organisations: lone
    words and organisations one after another ("Bangkok, 8 May 2024 - The Office ..., the
    Ministry ...": a dateline's place before a date is no member)."""
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(is_org) and (is_org[j] or lone[j]):
            if is_org[j]:
                return True
            j += step
    return False


def _item_is_org(orgs: Orgs, pos: int, item: str) -> bool:
    stripped = item.strip()
    if not stripped[:1].isupper() and not stripped.startswith("the "):
        return False
    lead = len(item) - len(item.lstrip())
    end = pos + lead + len(stripped)
    half = len(stripped) * 0.5
    # a loop, not any() over a generator (a third of the time): run for every item of every list
    for s, e, _ in orgs.mentions:  # noqa: SIM110
        if pos <= s and e <= end + 1 and e - s >= half:
            return True
    return False


_EXAMPLES = re.compile(
    r"\b(" + "|".join(EXAMPLE_NOUNS) + r")\s+(?:such\s+as|like|including)\s+"
    r"((?:[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3})(?:(?:,\s+|,?\s+and\s+)"
    r"[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3})*)"
)


def find_examples(text: str, orgs: Orgs) -> None:
    """Organisations given as examples: "companies such as Hyundai Motor and Sony",
    "universities including Tsinghua University"."""
    for m in _EXAMPLES.finditer(text):
        kind = EXAMPLE_NOUNS[m.group(1).casefold()]
        base = m.start(2)
        for item in re.finditer(r"[^,]+?(?=,|\s+and\s+|$)", m.group(2)):
            name = re.sub(r"^(?:and\s+)", "", item.group().strip())
            if not name or name.casefold() in COUNTRY_OF:
                continue
            start = base + item.start() + item.group().find(name)
            if not orgs.covered(start, start + len(name)):
                orgs.add(name, start, start + len(name), kind=kind)


_CAMEL = guarded(r"(?<![\w-])([A-Z][a-z]{2,}(?:[A-Z][a-z]+)+)(?![\w-])")


def find_camel_orgs(text: str, orgs: Orgs) -> None:
    """One-word names written in camel case ("BusinessEurope", "DigitalEurope") are
    organisations when the text describes them as one ("X, the European business federation")
    or coordinates them with one ("the China Trademark Association (CTA) and X")."""
    for m in _CAMEL.finditer(text):
        word, start, end = m.group(1), m.start(1), m.end(1)
        if orgs.covered(start, end) or word.casefold() in COUNTRY_OF:
            continue
        apposition = re.match(r",\s+(?:the|a|an)\s+([^,.;()]{1,60})", text[end : end + 80])
        described = apposition is not None and any(
            w in ORG_DESCRIPTION_HEADS for w in apposition.group(1).split()[:5]
        )
        if (
            described
            or _coordinated(text, start, end, orgs)
            or _closes_titled_item(text, start, end)
        ):
            orgs.add(word, start, end, kind="association" if described else None)


def _closes_titled_item(text: str, start: int, end: int) -> bool:
    """Whether a word closes a line of a speakers' list after a title: "NAME, Head of
    Policy, X" (a list item names the person, the title, then where the title is held)."""
    if not re.match(r"[ \t]*(?:\n|$)", text[end:]):
        return False
    line = text[text.rfind("\n", 0, start) + 1 : start]
    return line.rstrip().endswith(",") and any(
        t.group("title")[:1].isupper() and line.rfind(",", 0, t.start()) >= 0
        for t in TITLE.finditer(line)
    )


def _coordinated(text: str, start: int, end: int, orgs: Orgs) -> bool:
    """Whether a word is joined by "and" or a comma to an organisation's mention."""
    before = re.search(r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)$", text[max(0, start - 12) : start])
    if before:
        pos = start - len(before.group())
        if any(
            e == pos or re.fullmatch(r"\s*\([^()]{1,15}\)", text[e:pos])
            for _, e, _ in orgs.mentions
            if e <= pos
        ):
            return True
    after = re.match(r"(?:\s*,\s*|\s+and\s+)(?:the\s+)?", text[end:])
    return bool(after and orgs.at(end + after.end()))


_FIRM = re.compile(
    r"\b(?:partners?|associates?|counsel|lawyers?|attorneys?|solicitors?|law\s+firms?)"
    r"(?:\s+(?:at|with|of|from))?\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}(?:,\s+[A-Z][\w’'-]+)*\s+&\s+[A-Z][\w’'-]+"
    r"(?:\s+(?:LLP|LLC|Inc\.|Ltd\.?|GmbH|Attorneys))?)"
)


#: "a senior partner and head of litigation at Tan & Lim": an "&" name after "at" that ends
#: a lawyer's post written out at length.
_FIRM_AFTER_POST = re.compile(
    r"\b(?:partner|associate|counsel|lawyer|attorney|solicitor)s?\b[^.;:\n\"“”()]{0,80}?\s+at\s+"
    r"(?:the\s+)?(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3}\s+&\s+[A-Z][\w’'-]+)"
)


_FIRM_NAMED = re.compile(
    r"\b(?:an?|the)\s+(?:[a-z]+\s+)?(?:partner|associate|counsel|lawyer|attorney|solicitor)"
    r"\s+(?:at|with)\s+(?P<name>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
    r"(?=\s+in\s+[A-Z]|\s*[,.;)])"
)


#: "NAME, Partner, Deacons": a delegation list's line giving a partner's firm after the post.
_PARTNER_OF = re.compile(
    r"[a-z],[ \t]+(?:(?:Senior|Managing|Founding|Equity)[ \t]+)?Partner,[ \t]+"
    r"(?P<name>[A-Z][\w’'&-]+(?:[ \t]+[A-Z][\w’'&-]+){0,3})(?=[ \t]*(?:\n|$|[.;(]))"
)


def find_law_firms(text: str, orgs: Orgs) -> None:
    """Firms named by their partners' names, "a partner at Spoor & Fisher": an "&" name right
    after a lawyer's function or "law firm"; and any name a lawyer is "a partner at" or "an
    associate with" ("an associate at Vallmont in Madrid"), or a list gives after the
    partner's post ("NAME, Partner, Firm")."""
    for m in [*_FIRM.finditer(text), *_FIRM_AFTER_POST.finditer(text)]:
        s, e = m.span("name")
        if orgs.at(s) is None:
            orgs.add(m.group("name"), s, e, kind="law_firm")
    for m in [*_FIRM_NAMED.finditer(text), *_PARTNER_OF.finditer(text)]:
        s, e = m.span("name")
        name = m.group("name")
        if orgs.covered(s, e) or name.casefold() in COUNTRY_OF:
            continue
        if name.split()[0].casefold() in LEADING_FUNCTION_WORDS:
            continue
        orgs.add(name, s, e, kind="law_firm")


_DESCRIBED_NAME = re.compile(
    r"(?<![\w’'&.-])(?P<name>[A-Z][\w’'&-]*(?:[ \t]+[A-Z][\w’'&-]*){0,3}),[ \t]+"
    r"(?:a|an|the|(?P<owner>[A-Z][\w&-]*(?:[ \t]+[A-Z][\w&-]*){0,4})['’]s)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,3}?(?P<head>(?i:"
    + "|".join(sorted(ORG_DESCRIPTION_HEADS, key=len, reverse=True))
    + r"))\b(?=\s*[,.;]|\s+(?P<next>[a-z]+)\b)"
)

_COMPANY_WORDS = ("company", "firm", "manufacturer", "maker", "carmaker", "bank", "giant")


def find_described_names(text: str, orgs: Orgs) -> None:
    """A name the text describes as a body right after it: "MyB Innovation, a company
    dedicated to prosthetics", "Acme Labs, a firm based in Penang", or as a body's own
    ("Lumora, Leiden University's Technology Consultancy"). A job ("NAME, a company
    director") is no such description: the noun must end the phrase or open a clause; and
    an owner must be a body the text names, not a person ("Smith, Jane's firm")."""
    for m in _DESCRIBED_NAME.finditer(text):
        nxt = m.group("next")
        if nxt is not None and nxt not in DESCRIPTION_FOLLOWERS:
            continue
        owner = m.group("owner")
        if owner is None and m.group("head")[0].isupper():
            continue  # "Brussels, the European Commission": a second name, no description
        if owner is not None and not orgs.covered(*m.span("owner")):
            continue
        name, start, end = m.group("name"), m.start("name"), m.end("name")
        first = name.split()[0].casefold()
        if first in LEADING_FUNCTION_WORDS or first in ("the", "it", "this", "that", "its"):
            continue
        if name.casefold() in COUNTRY_OF or orgs.covered(start, end):
            continue
        kind = "company" if m.group("head").casefold() in _COMPANY_WORDS else "association"
        orgs.add(name, start, end, kind=kind)


_TITLE_GROUP = guarded(
    r"(?<![\w-])(?P<name>(?:[A-Z][\w-]*[ \t]+){1,4}(?P<plural>[A-Z][a-z]+))['’]?[ \t]*"
    r"\((?P<acr>[A-Z]{2,8})\)"
)


#: "the ASEAN Economic Ministers": a union of states, its holders' field and their plural
#: title, after "the" and before neither a possessive nor a capitalised word ("Meeting").
_UNION_GROUP = guarded(
    r"(?<![\w-])[Tt]he[ \t]+(?P<name>(?P<union>[A-Z]{2,8})[ \t]+(?:[A-Z][a-z]+[ \t]+){0,3}"
    r"(?P<plural>[A-Z][a-z]+))(?![\w'’-])(?![ \t]+[A-Z])"
)
_UNIONS_OF_STATES = lexicon.wordset("en_orgs.txt", "unions_of_states")


def find_title_groups(text: str, orgs: Orgs) -> None:
    """A standing body of office holders that the text names with an acronym: "the ASEAN
    Economic Ministers' (AEM) meeting" (the initials of the name make the acronym); so does
    a union of states with the plural title of its members' holders, as a noun of its own
    ("a session at the ASEAN Economic Ministers"): the body, not the union, is spoken of."""
    for m in _UNION_GROUP.finditer(text):
        if (
            m.group("plural").casefold() in TITLE_GROUPS
            and m.group("union").casefold() in _UNIONS_OF_STATES
        ):
            group = orgs.add(m.group("name"), m.start("name"), m.end("name"))
            for again in re.finditer(rf"(?<![\w-]){re.escape(m.group('name'))}(?![\w-])", text):
                orgs.add_span(group, *again.span())  # "the ASEAN Economic Ministers' Meeting"
    for m in _TITLE_GROUP.finditer(text):
        if m.group("plural").casefold() not in TITLE_GROUPS:
            continue
        name, acr = m.group("name"), m.group("acr")
        if "".join(w[0] for w in name.split()) != acr:
            continue
        entry = orgs.add(name, m.start("name"), m.end("name"))
        orgs.add(acr, into=entry)
        orgs.non_org_acronyms.discard(acr)
