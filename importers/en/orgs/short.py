"""A body named again by the first part of its name: "the Department of Industry" after "the
Department of Industry, Innovation and Science".

Ministries and departments whose names list several portfolios are shortened to the first
one; in one text the short form is the body named in full, not a second body. Only a name
that the full one continues with a comma is taken for it, so "Ministry of Trade" stays apart
from "Ministry of Trade and Industry".
"""

from __future__ import annotations

import re
from collections.abc import Callable

from importers.en.orgs.bare_offices import IP_OFFICE_NAMES, name_key
from importers.en.orgs.hosted import HOSTED_HEAD
from importers.en.orgs.model import ACRONYM, OrgEntry, Orgs, merge
from importers.en.words import COUNTRY_OF, ORG_HEADS


def join_short_forms(orgs: Orgs) -> None:
    """Merge each organisation whose name the name of another continues after a comma."""
    for short in list(orgs.entries):
        if short.ref is not None or short not in orgs.entries:
            continue
        forms = [name_key(f) for f in short.forms if "(" not in f and len(f.split()) >= 2]
        full = next(
            (
                e
                for e in orgs.entries
                if e is not short
                and (short.country is None or e.country in (None, short.country))
                and any(name_key(g).startswith(f + ",") for g in e.forms for f in forms)
            ),
            None,
        )
        if full is not None:
            merge(orgs, full, short)
    for short in list(orgs.entries):
        if short.ref is None and short in orgs.entries:
            fulls = _acronym_head_fulls(short, orgs) or _acronym_led_fulls(short, orgs)
            fulls = fulls or _head_of_acronym_fulls(short, orgs) or _owner_led_fulls(short, orgs)
            if len(fulls) == 1:
                merge(orgs, fulls[0], short)
    for short in list(orgs.entries):
        if short.ref is None and short in orgs.entries:
            fulls = _complemented_fulls(short, orgs)
            if len(fulls) == 1:
                _mention_of(orgs, fulls[0], short)


def join_national_heads(orgs: Orgs) -> None:
    """Fold "the Belarusian Centre" into the one Belarusian body with "Centre" in its name,
    and "the Ministry of Justice" into the one "Ministry of Justice of <country>" the text
    names; run once the forms of every body are joined, so that one body is one entry."""
    for short in list(orgs.entries):
        if short.ref is None and short in orgs.entries:
            fulls = _national_head_fulls(short, orgs)
            if len(fulls) == 1:
                _mention_of(orgs, fulls[0], short)
                continue
            fulls = _country_less_fulls(short, orgs)
            if len(fulls) == 1:  # the bare name is a name of that body: no other has it
                _mention_of(orgs, fulls[0], short)
                fulls[0].add_form(short.name)
                continue
            fulls = _first_and_head_fulls(short, orgs)
            if len(fulls) == 1:  # "the European Office" after "the European Patent Office"
                _mention_of(orgs, fulls[0], short)


def _first_and_head_fulls(short: OrgEntry, orgs: Orgs) -> list[OrgEntry]:
    """The bodies named before `short` whose longer name opens with its first word and ends
    with its head noun, when `short` is just those two words ("the European Office" after
    "the European Patent Office", "the African Organization" after "the African Regional
    Intellectual Property Organization"): it names that body again, a word of the middle
    left out, as the "Belarusian Centre" does for a national body."""
    words = short.name.split()
    if short.country is not None or len(words) != 2 or words[1].casefold() not in ORG_HEADS:
        return []
    first_seen = min((s for s, _e in short.spans), default=0)
    return [
        e
        for e in orgs.entries
        if e is not short
        and any(s < first_seen for s, _e in e.spans)
        and any(
            len(f.split()) >= 3 and f.split()[0] == words[0] and f.split()[-1] == words[1]
            for f in e.forms
        )
    ]


def _country_less_fulls(short: OrgEntry, orgs: Orgs) -> list[OrgEntry]:
    """The bodies named "<short> of <country>" when `short` is a ministry's or department's
    name with no country ("Ministry of Justice" and "Ministry of Justice of the Republic of
    X"), or "<short> in <country>" when it is a chamber's ("the X Chamber of Commerce" and
    "the X Chamber of Commerce in Y"): in one text, the bare name is the one such body it
    names in full."""
    ministry = short.country is None and _PORTFOLIO_BODY.match(short.name) is not None
    hosted = " in " not in short.name and HOSTED_HEAD.search(short.name) is not None
    if not (ministry or hosted):
        return []
    return _named_with_country(short, orgs, "of" if ministry else "in", hosted=hosted)


def _named_with_country(short: OrgEntry, orgs: Orgs, joint: str, *, hosted: bool) -> list[OrgEntry]:
    """The bodies named "<short> <joint> <country>". That country is the body's own, except
    for a `hosted` body (a chamber abroad): there it is where the body sits, and the body is
    of `short`'s country."""
    lead = f"{short.name.casefold()} {joint} "
    fits = []
    for e in orgs.entries:
        if e is short or e.country is None or (hosted and e.country != short.country):
            continue
        for form in e.forms:
            code = COUNTRY_OF.get(_last_words(form.casefold().removeprefix(lead)))
            if form.casefold().startswith(lead) and code and (hosted or code == e.country):
                fits.append(e)
                break
    return fits


_PORTFOLIO_BODY = re.compile(r"(?:Ministry|Department)\s+(?:of|for)\s+[A-Z][\w’'-]*(?:\s+\S+)*$")


def join_country_less_in_paragraph(text: str, orgs: Orgs) -> None:
    """'the X Market Authority of Singapore ..., signed by NAME, Chief Executive, X Market
    Authority': a name of three or more words ending in its head noun, said in one paragraph
    with its country after "of" and without it, names one body. Across paragraphs the bare
    name may be another country's body (many offices are called "Intellectual Property
    Office")."""

    def fits(short: OrgEntry) -> list[OrgEntry]:
        words = short.name.split()
        if len(words) < 3 or words[-1].casefold() not in ORG_HEADS or "of" in words:
            return []
        found = _named_with_country(short, orgs, "of", hosted=False)
        one = len(found) == 1 and _one_paragraph(text, short.spans, found[0].spans)
        return found if one else []

    _join_bare(orgs, fits)


def join_demonym_less(orgs: Orgs) -> None:
    """'the Xian Competition and Consumer Agency (XCCA)' and later 'the Competition and
    Consumer Agency': a name of three or more words ending in its head noun, said with its
    country's adjective before it and without, names one body, when one body is so named and
    the bare name is no generic office's ("Intellectual Property Office" may be any
    country's)."""

    def fits(short: OrgEntry) -> list[OrgEntry]:
        bare = name_key(short.name)
        words = bare.split()
        if len(words) < 3 or words[-1] not in ORG_HEADS or bare in IP_OFFICE_NAMES:
            return []
        return [
            e
            for e in orgs.entries
            if e is not short
            and e.country is not None
            and any(_demonym_and(name_key(f), bare, e.country) for f in e.forms)
        ]

    _join_bare(orgs, fits)


def _join_bare(orgs: Orgs, fits: Callable[[OrgEntry], list[OrgEntry]]) -> None:
    """Each body named with no country that `fits` finds exactly one fuller name for is a
    mention of that body, and its bare name one of that body's names."""
    for short in list(orgs.entries):
        if short.ref is not None or short.country is not None or short not in orgs.entries:
            continue
        found = fits(short)
        if len(found) == 1:
            _mention_of(orgs, found[0], short)
            found[0].add_form(short.name)


def _demonym_and(form: str, bare: str, country: str) -> bool:
    """Whether `form` is the adjective of `country` (or its name) and then `bare`."""
    lead = form[: -len(bare)].strip() if form.endswith(" " + bare) else ""
    return bool(lead) and " " not in lead and COUNTRY_OF.get(lead) == country


def _one_paragraph(text: str, some: list[tuple[int, int]], other: list[tuple[int, int]]) -> bool:
    """Whether a mention of one list and a mention of the other share a paragraph."""
    return any("\n\n" not in text[min(a[1], b[1]) : max(a[0], b[0])] for a in some for b in other)


def _last_words(place: str) -> str:
    """'Republic of Kazakhstan' → "kazakhstan": the country a state's long form ends with."""
    return re.split(r"\s+of\s+(?:the\s+)?", place.removeprefix("the "))[-1]


def _mention_of(orgs: Orgs, keep: OrgEntry, drop: OrgEntry) -> None:
    """`drop`'s mentions are `keep`'s; its words are no name of `keep` (they would name any
    body of that country and kind)."""
    keep.spans.extend(drop.spans)
    orgs.mentions = [(s, e, keep if x is drop else x) for s, e, x in orgs.mentions]
    for name in [k for k, v in orgs.by_name.items() if v is drop]:
        orgs.by_name[name] = keep
    orgs.entries.remove(drop)


def _national_head_fulls(short: OrgEntry, orgs: Orgs) -> list[OrgEntry]:
    """The organisations of one country whose name holds the head noun of `short`, when
    `short` is just that country's adjective and the noun ("the Belarusian Centre" after the
    "National Centre of ... of Belarus", "the Cambodian Ministry"): no name of its own, it
    names again the one body of that country and kind the text has named. "The Romanian IP
    Authority" is such a description too, and an "Office" or an "IP" one names the one IP
    office of that country whatever that office's own head word."""
    words = [f.split() for f in short.forms if "(" not in f]
    described = any(
        len(w) == 3
        and w[1] == "IP"
        and f"intellectual property {w[2].casefold()}" in IP_OFFICE_NAMES
        for w in words
    )  # "the Romanian IP Authority", not "the Saudi IP Academy"
    pairs = [[w[0], w[-1]] for w in words if len(w) == 2 or (len(w) == 3 and w[1] == "IP")]
    pairs = [w for w in pairs if w[1].casefold() in ORG_HEADS]
    code = short.country
    if code is None or not any(COUNTRY_OF.get(w[0].casefold()) == code for w in pairs):
        return []
    heads = {w[1].casefold() for w in pairs}
    named = [
        e
        for e in orgs.entries
        if e is not short
        and e.country == code
        and any(len(g.split()) >= 3 and heads & set(g.casefold().split()) for g in e.all_names())
    ]
    if named or (heads != {"office"} and not described):
        return named
    return [
        e for e in orgs.entries if e is not short and e.country == code and e.kind == "ip_office"
    ]


def _acronym_head_fulls(short: OrgEntry, orgs: Orgs) -> list[OrgEntry]:
    """The organisations whose name opens with the acronym of `short` and ends in its head
    noun, when `short` is just those two words ("KIPO Academy" for "KIPO International IP
    Training Academy"). Two candidates leave the short form ambiguous."""
    pairs = [f.split() for f in short.forms if "(" not in f]
    pairs = [w for w in pairs if len(w) == 2 and ACRONYM.match(w[0])]
    return [
        e
        for e in orgs.entries
        if e is not short
        and any(
            len(g.split()) >= 3 and g.split()[0] == w[0] and g.split()[-1] == w[1]
            for g in e.forms
            if "(" not in g
            for w in pairs
        )
    ]


def _head_of_acronym_fulls(short: OrgEntry, orgs: Orgs) -> list[OrgEntry]:
    """The organisations named "<head> of the X (ACR)" when `short` is "<ACR> <head>" ("the
    Secretariat of the Free Trade Zone (FTZ)", then "the FTZ Secretariat"): the acronym
    the text gave the whole name, before its head noun, names that body again."""
    pairs = [w for f in short.forms if "(" not in f and len(w := f.split()) == 2]
    pairs = [w for w in pairs if ACRONYM.match(w[0]) and w[1].casefold() in ORG_HEADS]
    return [
        e
        for e in orgs.entries
        if e is not short
        and any(
            w[0] in e.forms and any(g.startswith(f"{w[1]} of ") for g in e.forms) for w in pairs
        )
    ]


def _acronym_led_fulls(short: OrgEntry, orgs: Orgs) -> list[OrgEntry]:
    """The organisations named "<ACRONYM> <short>" when `short` is a name of three or more
    words ("OECD Working Party on X" heading a text that then says "the Working Party on
    X"): the acronym of the grouping a body belongs to, written before its name, makes no
    second body."""
    forms = {name_key(f) for f in short.forms if "(" not in f and len(f.split()) >= 3}
    return [
        e
        for e in orgs.entries
        if e is not short
        and e.ref is None
        and any(
            len(w := g.split()) > 3 and ACRONYM.match(w[0]) and name_key(" ".join(w[1:])) in forms
            for g in e.forms
            if "(" not in g
        )
    ]


def _headed_forms(short: OrgEntry) -> list[str]:
    """The forms of `short` that are two or more capitalised words ending in a head noun, not
    a generic office name ("the EU IP Office" and the UK's "IP Office" are left to
    bare_offices)."""
    return [
        f
        for f in short.forms
        if "(" not in f
        and len(w := f.split()) >= 2
        and all(x[:1].isupper() for x in w)
        and w[-1].casefold() in ORG_HEADS
        and f.casefold() not in IP_OFFICE_NAMES
    ]


def _complemented_fulls(short: OrgEntry, orgs: Orgs) -> list[OrgEntry]:
    """The bodies named earlier as "<short> of <complement>" when `short` is two or more
    capitalised words ending in a head noun ("the National Network" after "the National
    Network of X Support Centres"): the name cut before its complement names that body again.
    A generic office name ("Intellectual Property Office") is left to bare_offices, a
    country after "of" to the country-less joins; two candidates leave the short form
    ambiguous."""
    forms = _headed_forms(short)
    first = min(short.spans, default=(0, 0))
    return [
        e
        for e in orgs.entries
        if e is not short
        and (short.country is None or e.country in (None, short.country))
        and min(e.spans, default=first) < first
        and any(
            g.startswith(f + " of ") and _last_words(g[len(f) + 4 :].casefold()) not in COUNTRY_OF
            for g in e.forms
            for f in forms
        )
    ]


def _owner_led_fulls(short: OrgEntry, orgs: Orgs) -> list[OrgEntry]:
    """The bodies named earlier as "<owner> <short>", the owner a name of another body the
    text names, when `short` is capitalised words ending in a head noun ("the Training
    Centre" after "Acmepat Training Centre", Acmepat the office's own short name): the unit
    named again without its owner, no body of its own."""
    forms = _headed_forms(short)
    first = min(short.spans, default=(0, 0))
    owners = {f for e in orgs.entries if e is not short for f in e.forms if "(" not in f}
    return [
        e
        for e in orgs.entries
        if e is not short
        and min(e.spans, default=first) < first
        and any(
            g.endswith(" " + f) and g[: -len(f) - 1] in owners - set(e.forms)
            for g in e.forms
            for f in forms
        )
    ]
