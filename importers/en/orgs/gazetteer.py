"""Organisations the reference data knows: found by name, or linked when a form matches.

The gazetteer finds names the patterns cannot ("EPO", "IP Australia" spelt as the reference
spells them, case-sensitively); `link_references` gives a pattern-found entry its reference
id, trying the forms a reference may list a country's body under, and makes two entries with
one id one organisation.
"""

from __future__ import annotations

import re
from functools import cache

from importers.en.orgs.acronyms import caps_around
from importers.en.orgs.chunks import NAMED_ORGAN_HEADS, has_head
from importers.en.orgs.lower_case import find_lower_case_names, lower_case_text
from importers.en.orgs.model import ACRONYM, OrgEntry, Orgs, merge
from importers.en.orgs.tokens import tokens
from importers.en.orgs.units import governing, sub_body_own_name
from importers.en.words import COUNTRIES, COUNTRY_OF, ORGAN_HEADS
from importers.gazetteer import Reference, RefOrg, name_finder
from store.text import lexicon
from store.text.fold import fold, strip_accents
from store.text.occurrences import has_whole_word


def find_gazetteer_orgs(text: str, orgs: Orgs, reference: Reference) -> None:
    """Reference names as written (case-sensitive: "EPO" yes, "epo" no)."""
    pairs = reference.org_names()
    _keep_glossed_acronyms(text, pairs, orgs)
    by_name: dict[str, RefOrg] = {}
    for n, o in pairs:
        if o.kind == "programme" or n in orgs.non_org_acronyms:
            continue
        by_name.setdefault(n, o)
    if lower_case_text(text):  # "the european patent office and ..."
        find_lower_case_names(text, orgs, by_name)
    rx = name_finder(n for n in by_name if len(n) >= 2 and _in_latin_letters(n))
    if rx is None:
        return
    for m in rx.finditer(text):
        s, e = m.span()
        known_inside = orgs.covered(s, e) and not _inside_same(orgs, s, e, by_name[m.group()])
        ref = by_name[m.group()]
        if _headline_word(text, s, e, ref):
            continue
        if known_inside and _owns_organ(text, orgs, s, e):
            # the body's own mention, inside its organ's: both are named here
            orgs.add_nested(orgs.add(m.group(), ref=ref), s, e)
            continue
        if known_inside and _drop_acronym_organ(text, orgs, s, e):
            orgs.add(m.group(), s, e, ref=ref)
            continue
        if known_inside and not _unglue(text, orgs, s, e):
            continue
        _drop_cut_start(orgs, s, e)
        e = _own_country_after(text, s, e, ref)
        orgs.add(text[s:e], s, e, ref=ref)


#: Reference acronyms that are common English words ("ICE"): en_orgs.txt [word_acronyms].
_WORD_ACRONYMS = lexicon.wordset("en_orgs.txt", "word_acronyms")


def _headline_word(text: str, s: int, e: int, ref: RefOrg) -> bool:
    """'... PATENT OFFICES BREAK THE ICE': a reference acronym that is an English word, inside
    an all-capitals line, is the word, unless the text writes the body's full name or defines
    the acronym."""
    acronym = text[s:e]
    if acronym not in _WORD_ACRONYMS or not caps_around(text, s, e):
        return False
    if _glossed(text, acronym, ref):
        return False
    folded = fold(text)
    return not any(len(n) > len(acronym) and fold(n) in folded for n in ref.all_names())


@cache
def _in_latin_letters(name: str) -> bool:
    """Whether an English text may write `name` as it stands: Latin letters, accented or
    not (a French or Spanish official name, "Organisation Africaine de la Propriété
    Intellectuelle", is cited as written), but no Han, Hangul or Cyrillic."""
    return strip_accents(name).isascii()


def _keep_glossed_acronyms(text: str, pairs: list[tuple[str, RefOrg]], orgs: Orgs) -> None:
    """'The Andean Community (CAN)': an acronym bracketed right after a name of the body the
    reference data gives it to is that body's, though the patterns, which know no such head
    as "Community", took the bracket for the definition of a thing's name. So is one after
    the first two or more words of such a name, its head left out by the writer ("the
    World Customs (WCO)"): the acronym spells the whole name, the bracket glosses the body."""
    for n, o in pairs:
        if o.kind == "programme" or n not in orgs.non_org_acronyms:
            continue  # "the Belt and Road Initiative (BRI)": a programme's acronym stays none
        if _glossed(text, n, o) or _headless_gloss(text, n, o):
            orgs.non_org_acronyms.discard(n)


def _glossed(text: str, acronym: str, ref: RefOrg) -> bool:
    """Whether the text brackets `acronym` right after one of `ref`'s names, written as the
    reference writes it or with other spaces and signs ("Patents, Designs and Trademarks
    (X)" for "... Trade Marks")."""
    names = [fold(m) for m in ref.all_names() if len(m) > len(acronym)]
    for hit in re.finditer(rf"\(\s*{re.escape(acronym)}\s*\)", text):
        before = fold(text[max(0, hit.start() - 120) : hit.start()])
        if any(n and before.endswith(n) for n in names):
            return True
    return False


def _headless_gloss(text: str, acronym: str, ref: RefOrg) -> bool:
    """Whether the text brackets `acronym` after the leading words (two or more, all but
    the last of the name) of one of `ref`'s names of three words or more."""
    for name in ref.all_names():
        words = name.split()
        if any(f"{' '.join(words[:k])} ({acronym})" in text for k in range(2, len(words))):
            return True
    return False


_COUNTRY_SUFFIX = re.compile(r"-([A-Z][a-z]+)(?: ([A-Z][a-z]+))?")
#: " of the Russian Federation", " of the Republic of Chile" after a body's name: its country
_OF_COUNTRY_AFTER = re.compile(
    r"[ \t]+of[ \t]+(?:the[ \t]+)?(?:(?:Kingdom|Republic|State|Federative Republic)[ \t]+of[ \t]+)?"
    r"(?:the[ \t]+)?([A-Z][\w’'-]*)(?:[ \t]+([A-Z][\w’'-]*))?(?:[ \t]+([A-Z][\w’'-]*))?"
)


def _own_country_after(text: str, start: int, end: int, ref: RefOrg) -> int:
    """'SIPO-China', 'IPO-Pakistan': a known body's acronym hyphened to the name of its own
    country (of one or two words) is one form of its name; and so is a known body's full name
    with its own country after "of" ("the Federal Service for X of the Russian Federation"),
    the country adding nothing to it. The end of that form, else `end`."""
    if ref.country is None:
        return end
    acronym = ACRONYM.fullmatch(text[start:end])
    m = (_COUNTRY_SUFFIX if acronym else _OF_COUNTRY_AFTER).match(text, end)
    if m is None:
        return end
    for last in range(m.lastindex or 1, 0, -1):
        if COUNTRY_OF.get(text[m.start(1) : m.end(last)].casefold()) == ref.country:
            return m.end(last)
    return end


def _owns_organ(text: str, orgs: Orgs, s: int, e: int) -> bool:
    """'the OAPI Administrative Council': a known body's acronym before its governing organ
    names the body too, so the meeting of its council is also a mention of the body."""
    for ms, me, _entry in orgs.mentions:
        if ms == s and me > e:
            words = text[e:me].split()
            return bool(words) and words[-1].casefold() in ORGAN_HEADS and governing(words)
    return False


def _drop_acronym_organ(text: str, orgs: Orgs, s: int, e: int) -> bool:
    """'the WTO TRIPS Council': an organ written after a known body's acronym is that
    body's organ (as `units._after_acronym` says of a body the text has named), not an
    organisation; a governing one stays beside its body (`_owns_organ`), and one with an
    acronym of its own ("... Council (XC)") is a body. Drops the organ named only there;
    returns whether it did."""
    acronym = text[s:e]
    hit = next(((ms, me, en) for ms, me, en in orgs.mentions if ms == s and me > e), None)
    if hit is None or not ACRONYM.fullmatch(acronym) or hit[2].ref is not None:
        return False
    words = text[e : hit[1]].split()
    if not words or words[-1].casefold() not in NAMED_ORGAN_HEADS or governing(words):
        return False
    if hit[2].spans != [(hit[0], hit[1])] or re.match(r"\s*\(", text[hit[1] :]):
        return False
    orgs.drop(hit[2])
    return True


def _drop_cut_start(orgs: Orgs, s: int, e: int) -> None:
    """'United Nations Office| at Geneva': a name the patterns cut short where a known name
    that starts with it runs on is no body of its own; its mention goes, and its entry when
    it has no other."""
    for hit in [x for x in orgs.mentions if x[0] == s and x[1] < e and x[2].ref is None]:
        orgs.mentions.remove(hit)
        entry = hit[2]
        if (hit[0], hit[1]) in entry.spans:
            entry.spans.remove((hit[0], hit[1]))
        if not entry.spans and not any(x[2] is entry for x in orgs.mentions):
            orgs.drop(entry)


#: "X Office and " before a known name that ends the same mention: two bodies, not one.
_LEFT_OF_AND = re.compile(r"(\S.*?)\s+(?:and|&)\s+(?:the\s+)?$")


def _unglue(text: str, orgs: Orgs, s: int, e: int) -> bool:
    """Split a name the patterns read as one that ends "... and <known name>" ("the
    Department of Trade and IP Australia"): the words before "and" name a body of their own
    when they have a head noun, and the reference knows the name after it. Only an entry
    met once and unknown to the reference is split; returns whether it was."""
    hit = next(((ms, me, en) for ms, me, en in orgs.mentions if ms < s and me == e), None)
    if hit is None or hit[2].ref is not None or hit[2].spans != [(hit[0], hit[1])]:
        return False
    left = _LEFT_OF_AND.fullmatch(text, hit[0], s)
    if left is None or not has_head(tokens(left.group(1))):
        return False
    glued = hit[2]
    orgs.mentions.remove(hit)
    orgs.entries.remove(glued)
    for k in [k for k, v in orgs.by_name.items() if v is glued]:
        del orgs.by_name[k]
    entry = orgs.add(
        left.group(1), left.start(1), left.end(1), country=glued.country, kind=glued.kind
    )
    own = sub_body_own_name(left.group(1), orgs)
    if own is not None:  # "X Board of KIPO and the Y Board of SIPO": X Board of KIPO's
        entry.add_form(own)
    return True


def _inside_same(orgs: Orgs, s: int, e: int, ref: RefOrg) -> bool:
    for ms, me, entry in orgs.mentions:
        if ms <= s and e <= me:
            return entry.ref is not None and entry.ref.id == ref.id
    return False


_OF_COUNTRY = re.compile(
    r"(.+?)\s+of\s+(?:the\s+)?(?:(?:Kingdom|Republic|State|Federative Republic)\s+of\s+)?"
    r"(?:the\s+)?([A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)"
)


def _of_country(form: str) -> tuple[str, str] | None:
    """A name that ends "of <Country>": its head and the country's code."""
    m = _OF_COUNTRY.fullmatch(form)
    code = COUNTRY_OF.get(m.group(2).casefold()) if m else None
    return (m.group(1), code) if m and code else None


def reference_forms(form: str) -> list[str]:
    """A name and the forms a reference may list it under: "Department of Intellectual
    Property of the Kingdom of Thailand" is "Department of Intellectual Property (Thailand)"."""
    out = [form]
    split = _of_country(form)
    if split:
        short = COUNTRIES[split[1]][0]
        out += [f"{split[0]} ({short})", f"{split[0]} of {short}"]
    return out


def _country_first(form: str) -> list[tuple[str, str]]:
    """A name that opens with a country's name or adjective: each (rest, code) it may split
    into ("South Africa X" tries both "Africa X" under "South" and "X" under "South Africa";
    "United Arab Emirates X" tries X under the three words)."""
    words = form.split()
    out = []
    for k in range(1, min(4, len(words) - 1) + 1):
        if not words[k - 1][:1].isupper() and words[k - 1] != "of":
            break
        code = COUNTRY_OF.get(" ".join(words[:k]).casefold())
        if code:
            out.append((" ".join(words[k:]), code))
    return out


def _own_country_body(form: str, reference: Reference) -> RefOrg | None:
    """ "X of Zambia" or "Zambia X" where the reference lists X, a name no other country's
    body bears, as Zambia's: the country written after or before a body's own name adds
    nothing to it (an older office's name with its country first, "China State Intellectual
    Property Office", is that office)."""
    split = _of_country(form)
    for rest, code in ([split] if split else []) + _country_first(form):
        ref = reference.org_named(rest)
        if ref and ref.country == code:
            return ref
    for rest, code in _country_first(form):
        # "Ruritania Ministry of Economy": a name many countries' bodies bear, which the
        # reference lists qualified by its country, as "X of Ruritania" is looked up
        ref = reference.org_named(f"{rest} ({COUNTRIES[code][0]})")
        if ref and ref.country == code:
            return ref
    return None


def link_references(orgs: Orgs, reference: Reference) -> None:
    """Give entries found by pattern their reference id when one of their forms is known."""
    for entry in list(orgs.entries):
        if entry.ref:
            continue
        for form in [f for x in entry.forms for f in reference_forms(x)]:
            ref = reference.org_named(form) or _own_country_body(form, reference)
            if ref:
                entry.ref = ref
                entry.kind = entry.kind or ref.kind
                entry.country = entry.country or ref.country
                break
    # two entries with the same reference id are one organisation
    by_ref: dict[str, OrgEntry] = {}
    for entry in list(orgs.entries):
        if not entry.ref:
            continue
        keep = by_ref.setdefault(entry.ref.id, entry)
        if keep is not entry:
            merge(orgs, keep, entry)


def join_foreign_namesakes(text: str, orgs: Orgs) -> None:
    """'the State Intellectual Property Office' in a text that also names "the State
    Intellectual Property Office of the Republic of X": the reference lists the bare name
    as another country's body, but the text writes it as the short form of the one body it
    names in full with its country, and means that body; unless the text names the
    reference body's own country too (then the bare name may well be that body)."""
    for bare in list(orgs.entries):
        if bare.ref is None or bare not in orgs.entries or _country_named(text, bare.country):
            continue
        heads = {f.casefold() for f in bare.forms}
        if not heads or any(_of_country(f) for f in bare.forms):
            continue
        fulls = [
            e
            for e in orgs.entries
            if e is not bare
            and e.country not in (None, bare.country)
            and any((x := _of_country(g)) and x[0].casefold() in heads for g in e.forms)
        ]
        if len(fulls) == 1:
            merge(orgs, fulls[0], bare)


def _country_named(text: str, code: str | None) -> bool:
    """Whether the text writes a name of the country `code` ("China", "Chinese")."""
    names = COUNTRIES.get(code or "", ())
    return any(has_whole_word(text, n, "-") for n in names)
