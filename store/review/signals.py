"""Doubts a name's shape gives away: a phrase or a fragment taken for an organisation, a
group of bodies named together, a person named like a body or by one word.

Each rule says which sign it saw (a key of `words/review_signals.tsv`, where the
development sets' counts say how often names showing it were wrong) and why, in words a
reviewer reads. The words come from the word lists (store/text/words/: resolve.txt,
en_orgs.txt, en_people.txt, en_titles.txt, zh.txt, review.txt); no list is typed here. What
the reference data names is never doubted: callers skip it.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from store.review import hosted, joined, misnamed, polities, states, zh_signs
from store.review.fact_signs import AGREEMENT, ROLE, agreement_sign, fact_p, role_sign
from store.review.sign import Sign
from store.text import has_han, lexicon, to_simplified
from store.text.dates import MONTH_NAMES

Doubt = tuple[float, str]
NONE: Doubt = (0.0, "")
#: the keys of signs that speak for a name (organisation_assurances), not against it
ASSURANCES = frozenset({"standalone"})


@cache
def _set(file: str, section: str, *, fold: bool = True) -> frozenset[str]:
    words = lexicon.words(file, section)
    return frozenset(w.casefold() for w in words) if fold else frozenset(words)


def _latin_words(name: str) -> list[str]:
    return re.findall(r"[\w'’&.-]+", name)


def _folded_words(name: str) -> list[str]:
    return [w.strip(".").replace("’", "'").casefold() for w in _latin_words(name)]


def _doubt(kind: str, signs: tuple[Sign, ...]) -> Doubt:
    """The strongest sign alone, as P(wrong) and why (calibration.py weighs them)."""
    from store.review.calibration import sign_p

    if not signs:
        return NONE
    best = max(signs, key=lambda s: sign_p(kind, s.key))
    return (sign_p(kind, best.key), best.why)


def gazetteer_doubt(kind: str, name: str) -> Doubt:
    """How doubtful a confirmed name is for the extractors' gazetteer: its faults (a phrase,
    a fragment, a group), not the hints two documents or an accept outweigh (`review.txt
    [hint_signs]`: one word, unit words, a short Chinese name...)."""
    return doubt_without(kind, name, "hint_signs", "named_body_signs")


def doubt_without(kind: str, name: str, *sections: str) -> Doubt:
    """The name's doubt from its signs but those the `review.txt` SECTIONS list."""
    rule = organisation_signs if kind == "organisation" else person_signs
    left_out = frozenset().union(*(_set("review.txt", x, fold=False) for x in sections))
    return _doubt(kind, tuple(s for s in rule(name) if s.key not in left_out))


# ------------------------------------------------------------------ organisations


@lru_cache(maxsize=1 << 18)
def organisation_doubt(name: str) -> Doubt:
    """How likely an organisation's name names no organisation, and why."""
    return _doubt("organisation", organisation_signs(name))


@lru_cache(maxsize=1 << 18)
def organisation_signs(name: str) -> tuple[Sign, ...]:
    """Every doubt the shape of an organisation's name shows."""
    if has_han(name):
        return tuple(zh_signs.organisation_signs(to_simplified(name)))
    latin = _latin_words(name)
    words = _folded_words(name)
    if not words:
        return (Sign("empty", "no name at all"),)
    found = [
        _not_a_body(words),
        _capacity(words),
        _generic(words),
        _runs_into_person(words),
        _person_inside(latin),
        named_like_title(name),
        _title_inside(name),
        _under_parent(words),
        _lower_case_phrase(latin),
        _edges(name, words),
        _one_word(latin),
        _shouting(latin),
        _generic_words_only(words, latin),
        Sign("long", "a long phrase rather than a name") if len(words) > 8 else None,
        *misnamed.latin_organisation_signs(words, latin),
        *joined.latin_organisation_signs(name),
        states.latin_cut_before_country(name),
        _country_twice(words),
        _polity(name),
    ]
    return tuple(s for s in found if s is not None)


def _polity(name: str) -> Sign | None:
    """ "Government of Freedonia", "the Freedonian Parliament": a state's whole government or
    legislature (polities.py), which a text names mostly as the state it speaks of, not as a
    body of its own."""
    if polities.is_polity(name):
        return Sign("polity", "a state's whole government or legislature: the state it speaks of?")
    return None


@cache
def _country_names() -> frozenset[str]:
    rows = lexicon.table("countries.tsv")
    return frozenset(" ".join(_folded_words(n)) for r in rows for n in (*r["en"], *r["zh"]) if n)


def _country_twice(words: list[str]) -> Sign | None:
    """ "Ministry of Trade of Freedonia of Freedonia": a one-word country named twice, the
    name run across a sentence that named it again."""
    countries = [w for w in words if w in _country_names()]
    twice = next((w for w in countries if countries.count(w) > 1), None)
    return Sign("edge", f"names {twice!r} twice: run across a sentence") if twice else None


@cache
def _country_words() -> frozenset[str]:
    """Words of countries' names of several words ("PDR" of "Lao PDR"): alone, a fragment."""
    names = [n.split() for n in _country_names()]
    return frozenset(w for n in names if len(n) > 1 for w in n) - _country_names()


@lru_cache(maxsize=1 << 18)
def organisation_assurances(name: str) -> tuple[Sign, ...]:
    """What the shape of a name shows for it, not against it: "... Co., Ltd.", "...
    University", "Embassy of ...", "华为技术有限公司" name a body of its own whatever the
    sentence, seldom a fragment (review.txt standalone_heads, zh_standalone_ends); the sign
    lowers the doubt the rest gives. A mission's name cut at its host's 办事处 is none."""
    if has_han(name):
        simple = to_simplified(name)
        ends = lexicon.words("review.txt", "zh_standalone_ends")
        found = any(simple.endswith(e) and len(simple) >= len(e) + 2 for e in ends)
        found = found and hosted.cut_at_host(simple) is None
    else:
        words = _folded_words(name)
        heads = _set("review.txt", "standalone_heads")
        found = len(words) > 1 and (words[-1] in heads or words[0] in heads)
        found = found and misnamed.unit_of_parent(words) is None
    return (Sign("standalone", "a company, a university or an embassy"),) if found else ()


def _not_a_body(words: list[str]) -> Sign | None:
    """A country ("China"), an event, a programme, a building or a source taken for a body."""
    if " ".join(words) in _country_names():
        return Sign("country", "a country, not a body")
    if len(words) == 1 and words[0] in _country_words():
        return Sign("country", "a word of a country's name, not a body")
    if words[-1] in _set("review.txt", "not_body_heads") and not _headed_before_for(words):
        return Sign("not_body", "an event, a programme, a place or a source, not a body")
    return None


def _headed_before_for(words: list[str]) -> bool:
    """A body's head word (en_orgs.txt org_heads) right before the name's first "for": the
    words after it are the body's remit, so the name is that body's whatever its last word
    ("Regional Office for Capacity Building" is an office, no building). Not before "of":
    the words after it name an owner, and the last word is the thing it owns ("Ministry of
    Finance Building", "Office of the President Website")."""
    at = next((i for i, w in enumerate(words) if w == "for"), 0)
    return at > 0 and words[at - 1] in _set("en_orgs.txt", "org_heads")


def _capacity(words: list[str]) -> Sign | None:
    """ "Office of First Filing", "International Searching Authority": a capacity an office
    acts in under the Patent Cooperation Treaty or a Patent Prosecution Highway, written like
    a body's name (the extractor's own word lists, en_orgs.txt treaty_capacity_words with a
    treaty_capacity_verbs word); whichever office holds it, the name is no body."""
    plain = {w for w in words if w not in ("the", "and", "&")}
    if plain <= _set("en_orgs.txt", "treaty_capacity_words") and plain & _set(
        "en_orgs.txt", "treaty_capacity_verbs"
    ):
        return Sign("capacity", "a capacity an office acts in, not a body")
    return None


@cache
def _topical() -> frozenset[str]:
    topical = _set("en_titles.txt", "portfolio_words") | _set("review.txt", "topic_words")
    return topical - _set("review.txt", "rank_words")


def _generic(words: list[str]) -> Sign | None:
    """ "Ministry of State", "International Authority": generic words only, and none of them
    a portfolio or an IP word. ("Ministry of Law" or "the Patent Office" is a real body of a
    country the text names elsewhere: the resolver places it.)"""
    generic = _set("resolve.txt", "generic_words")
    if all(w in generic for w in words) and not any(w in _topical() for w in words):
        return Sign("generic", "a generic phrase that names no particular body")
    return None


def _generic_words_only(words: list[str], latin: list[str]) -> Sign | None:
    """ "Board of Directors", "Communications Office": words any body's unit could bear, no
    country, no acronym, no proper name: whose it is was left in the sentence."""
    plain = (
        _set("resolve.txt", "generic_words")
        | _set("en_orgs.txt", "org_heads")
        | _set("en_orgs.txt", "unit_heads")
        | _set("en_orgs.txt", "name_connectors")
        | _set("en_titles.txt", "portfolio_words")
        | _set("review.txt", "topic_words")
        | _set("review.txt", "unit_words")
    )
    if any(w.isupper() and len(w) > 1 and w not in _field_acronyms() for w in latin):
        return None  # an acronym says whose ("IP" says what of, en_orgs.txt non_org_acronyms)
    if _league(words) or _membership(words):
        return None
    if not all(w in plain or w.rstrip("s") in plain for w in words):
        return None
    corporate = any(w in _set("review.txt", "unit_markers") for w in words)
    if any(w in _topical() for w in words) and not corporate:  # "Ministry of Industry and Commerce"
        return Sign("unit_topical", "a ministry or an office of a portfolio: whose is it?")
    return Sign("unit_words", "words any body's unit could bear: whose is it?")


@cache
def _field_acronyms() -> frozenset[str]:
    """Capitals that abbreviate a field or an instrument ("IP Academy", "IPR Training Institute"),
    not a body: they say what a unit does, never whose it is."""
    return _set("en_orgs.txt", "non_org_acronyms", fold=False)


def _league(words: list[str]) -> bool:
    """ "Digital Cooperation Organization": a body states formed for a field names itself by
    the field and its head (review.txt league_joins + league_heads); no ministry's unit is so
    named, so its portfolio words ask no owner."""
    return (
        len(words) > 2
        and words[-1] in _set("review.txt", "league_heads")
        and words[-2] in _set("review.txt", "league_joins")
    )


def _membership(words: list[str]) -> bool:
    """ "Trademark Association", "Copyright Society": a body of members is named by its field
    and its head (review.txt membership_heads); no ministry's unit is so named, so its words ask
    no owner."""
    return len(words) > 1 and words[-1] in _set("review.txt", "membership_heads")


def _honorifics() -> frozenset[str]:
    return (
        _set("en_people.txt", "honorifics")
        | _set("en_people.txt", "other_honorifics")
        | _set("en_people.txt", "styles")
    )


@cache
def honorific_words() -> frozenset[str]:
    """The honorifics before a name, folded, without their full stops ("h.e", "dr")."""
    return frozenset(h.rstrip(".") for h in _honorifics())


def _runs_into_person(words: list[str]) -> Sign | None:
    """ "Ministry of Trade Datuk": the name ran on into the honorific of a person's name."""
    last_two = " ".join(words[-2:])
    if len(words) > 1 and (words[-1] in _honorifics() or last_two in _honorifics()):
        return Sign("into_person", "runs on into a person's name")
    return None


def _person_inside(latin: list[str]) -> Sign | None:
    """ "Ministry of Commerce, and Mr Daniel Koh of Cambodia": a capitalised honorific inside
    the name: a person's name ran into it, or it ran on over a list."""
    inside = [w for w in latin[1:-1] if w[:1].isupper()]
    hit = next((w for w in inside if w.strip(".").casefold() in _honorifics()), None)
    if hit is not None:
        return Sign("into_person", f"holds a person's honorific ({hit!r})")
    return None


def _under_parent(words: list[str]) -> Sign | None:
    """ "Intellectual Property Agency under the Ministry of Justice": a body and the body it
    sits under named as one (the reader needs two: the agency, and the ministry above it)."""
    parents = _set("en_orgs.txt", "under_parents")
    for i, w in enumerate(words[1:-1], 1):
        if w in _set("review.txt", "parent_links") and any(
            x in parents for x in words[i + 1 : i + 4]
        ):
            return Sign("under_parent", f"names the body above it too ({w!r})")
    return None


@cache
def titles() -> re.Pattern[str]:
    """The titles of office (en_titles.txt title_bases), longest first, in any case (also
    titled.py: a title taken into a body's name)."""
    bases = sorted(lexicon.words("en_titles.txt", "title_bases"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(t) for t in bases) + r")\b", re.IGNORECASE)


def named_like_title(name: str) -> Sign | None:
    """ "Director General", "Commissioner for Patents": a title taken for a body. Not a
    body named for its chief, the title in the possessive and a body's head after it ("the
    Attorney-General's Chambers", "the Prime Minister's Office": en_orgs.txt org_heads,
    possessive_heads), nor a body named for its portfolio, a title that is a portfolio too
    and a body's head right after it ("the Justice Ministry": en_titles.txt
    portfolio_words)."""
    found = titles().match(name.strip())
    if not found:
        return None
    rest = _words_after(name.strip(), found.end())
    if rest and rest[0] == "'s" and rest[-1] in _chiefs_heads():
        return None
    portfolio = found.group(0).casefold() in _set("en_titles.txt", "portfolio_words")
    if portfolio and len(rest) == 1 and rest[0] in _set("en_orgs.txt", "org_heads"):
        return None
    return Sign("title_like", "named like a title, not a body")


def _title_inside(name: str) -> Sign | None:
    """ "Office of the Director General", "Ministry X and Chairman of Y": a title inside the
    name (a body named after its head is rare; a sentence running on is not). A title that
    is a portfolio too ("Ministry of Justice") is the portfolio."""
    portfolios = _set("en_titles.txt", "portfolio_words")
    for hit in titles().finditer(name.strip(), 1):
        if hit.group(0).casefold() not in portfolios and not _chiefs_body(name.strip(), hit):
            return Sign("title_inside", f"holds a title ({hit.group(0)!r})")
    return None


def _chiefs_body(name: str, hit: re.Match[str]) -> bool:
    """ "the Prime Minister's Office", "Unit at the Chief Secretary's Office": the title in
    the possessive and a body's head right after it names a body for its chief (as
    named_like_title lets it stand at the start), no title run into the name."""
    rest = _words_after(name, hit.end())
    return len(rest) > 1 and rest[0] == "'s" and rest[1] in _chiefs_heads()


def _words_after(name: str, end: int) -> list[str]:
    """The words after a title found in a name, folded, "'s" one of them."""
    return name[end:].replace("’", "'").casefold().split()


@cache
def _chiefs_heads() -> frozenset[str]:
    """The heads of a body named for its chief ("the Prime Minister's Office")."""
    return _set("en_orgs.txt", "org_heads") | _set("en_orgs.txt", "possessive_heads")


def _lower_case_phrase(words: list[str]) -> Sign | None:
    """A lower-case word that joins no name ("Office signed with"): a phrase."""
    allowed = (
        _set("en_orgs.txt", "name_connectors")
        | _set("en_orgs.txt", "romance_connectors")
        | _set("en_rules.txt", "name_particles")
    )
    loose = [w for w in words[1:] if w[:1].islower() and w.casefold() not in allowed]
    if not loose or (len(loose) == 1 and misnamed.placed(words, loose[0], allowed)):
        return None  # (nothing loose, or where the body sits: "Embassy of X in Lisbon")
    if all(w.casefold() in _set("en_orgs.txt", "org_heads") for w in loose):
        return states.described(words, loose)
    return Sign("phrase", f"a phrase, not a name ({loose[0]!r})")


def _edges(name: str, words: list[str]) -> Sign | None:
    """A name that starts with a preposition ("Within the ...") or ends with a connector, a
    lone letter or a broken word ("Ministry of Commerce, and U", "... and Min-"): cut from
    a sentence at the wrong place."""
    first = words[0] if words[0] != "the" or len(words) == 1 else words[1]
    openers = _set("en_orgs.txt", "leading_function_words") | _set("review.txt", "edge_words")
    if first in openers:
        return Sign("edge", f"starts with {first!r}: cut from a sentence")
    if first in _date_words() and len(words) > 1:  # "October Patent Office of X": a dateline
        return Sign("edge", f"starts with a date's word ({first!r}): cut from a sentence")
    last = words[-1]
    if (
        last in _set("review.txt", "edge_words")
        or last in _set("en_orgs.txt", "name_connectors")
        or name.rstrip().endswith(("-", ",", "&"))
        or (len(last) == 1 and len(words) > 1)
    ):
        return Sign("edge", f"ends with {last!r}: cut from a sentence")
    return None


@cache
def _date_words() -> frozenset[str]:
    """Full month names, lower case, but "may" and "march" (words and names too): no body's
    name opens with one, a sentence's date does. (Weekdays name papers: "Sunday Times".)"""
    return frozenset(MONTH_NAMES) - {"may", "march"}


def _one_word(latin: list[str]) -> Sign | None:
    """One word that is no acronym ("Sports", "PARTNERS", a surname in capitals)."""
    if len(latin) != 1:
        return None
    w = latin[0]
    if w.isupper() and len(w) <= 6 or re.search(r"[a-z][A-Z]", w):
        return None  # SAIP, EUIPO, WIPO; DeepMind
    return Sign("one_word", "one word and no acronym")


def _shouting(latin: list[str]) -> Sign | None:
    """ "STATEMENT China National ...": a heading in capitals run into the name."""
    if len(latin) > 1 and latin[0].isupper() and len(latin[0]) > 6 and not latin[1].isupper():
        return Sign("heading", f"starts with a heading ({latin[0]!r})")
    return None


# ------------------------------------------------------------------ people


#: a capital after five or more letters of one word ("SomervilleShare", not "McNeil",
#: "MacArthur", "DeSantis" or "FitzGerald", whose prefix is shorter): two words run together
_GLUED = re.compile(r"\b[A-Z][a-z]{4,}[A-Z][a-z]+")


@lru_cache(maxsize=1 << 18)
def person_doubt(name: str) -> Doubt:
    """How likely a person's name names no person, and why."""
    return _doubt("person", person_signs(name))


@lru_cache(maxsize=1 << 18)
def person_signs(name: str) -> tuple[Sign, ...]:
    """Every doubt the shape of a person's name shows."""
    if re.search(r"\d", name):
        return (Sign("digits", "a name with digits"),)
    if has_han(name):
        return tuple(zh_signs.person_signs(to_simplified(name)))
    words = _latin_words(name)
    folded = [w.casefold() for w in words]
    out: list[Sign] = []
    bodies = _set("review.txt", "collective_nouns") | _set("en_orgs.txt", "org_heads")
    if any(w in bodies for w in folded):
        out.append(Sign("body_named", "named like a body, not a person"))
    elif len(folded) >= 2 and all(w in _topical() for w in folded):  # "Digital Economy"
        out.append(Sign("body_named", "a portfolio's words, not a person's name"))
    if " ".join(_folded_words(name)) in _country_names():
        out.append(Sign("country", "a country, not a person"))
    if len(words) == 1:
        out.append(Sign("one_word", "a one-word name"))
    particles = _set("en_rules.txt", "name_particles")
    loose = [w for w in words[1:] if w[:1].islower() and w not in particles]
    if loose:
        out.append(Sign("phrase", f"a phrase, not a name ({loose[0]!r})"))
    if folded and (folded[0] in _honorifics() or titles().match(name.strip())):
        out.append(Sign("titled", f"a title kept in the name ({words[0]!r})"))
    glued = _GLUED.search(name)
    if glued is not None:  # "Jane SomervilleShare": a word of the page run into the name
        out.append(Sign("phrase", f"two words run together ({glued.group(0)!r})"))
    not_names = _set("en_people.txt", "not_name_words")
    hit = next((w for w in folded if w in not_names), None)
    if hit is not None:
        out.append(Sign("not_name_word", f"holds a word no name holds ({hit!r})"))
    return (*out, *joined.latin_person_signs(name))


# ------------------------------------------------------------------ facts


def role_doubt(has_organisation: bool, titled: bool = False) -> Doubt:
    """A role without its organisation (TITLED: its title names its office), as often as
    such roles were wrong (fact_signs.py: counted on real texts, today's guess the prior)."""
    if has_organisation:
        return NONE
    p = fact_p(ROLE, role_sign(False, titled))
    return (p, "no organisation stated") if p else NONE


def agreement_doubt(parties: int, dated: bool) -> Doubt:
    """An agreement short of two parties or a date, as often as such agreements were wrong
    (fact_signs.py: the priors say what the annotated development documents do, where every
    agreement has parties and nearly nine in ten a date; the counts, real texts, where an
    agreement reported without its date or its counterpart is often what the text said)."""
    p = fact_p(AGREEMENT, agreement_sign(parties, dated))
    if not p:
        return NONE
    if not parties:
        return (p, "no parties" + ("" if dated else " and no date"))
    if parties == 1:
        return (p, "one party only" + ("" if dated else " and no date"))
    return (p, "no date") if not dated else (p, f"{parties} parties")
