"""The other ways one body's name is written, and the folded forms names are compared in.

IP = Intellectual Property; the translations of 局 (Office, Bureau, Administration) after
"Intellectual Property" or "Patent"; "X of the ACRONYM" = "ACRONYM X"; a unit after its
body's name or before "of" it ("Supreme People's Court IP Tribunal"); a country's long
and short forms ("of the Republic of Lithuania" = "of Lithuania", 哈萨克斯坦共和国 =
哈萨克斯坦); and the four ways a country qualifies a body ("Kenyan X" = "Kenya X" =
"X (Kenya)" = "X of Kenya"); the head before its subject or after it ("Agency for
Intellectual Property" = "Intellectual Property Agency", "Department of Intellectual
Property" = "Intellectual Property Department"); a country after "of" in any of its forms
("of P.R.C" = "of the People's Republic of China"); 中國大陸X = 中国X; and a Chinese name in
another region's terms (regional.py). The words come from store/text/words/resolve.txt and the
countries table; the patterns here only arrange them.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from importers.gazetteer import alternation
from importers.resolve.countries import demonyms, english_names
from importers.resolve.regional import regional_forms
from store.text import HAN, fold, lexicon, spelling_pairs, to_simplified

WORDS = "resolve.txt"

_IP = re.compile(r"\bIP\b")


@cache
def _ip_heads() -> tuple[str, ...]:
    return lexicon.words(WORDS, "ip_heads")


@cache
def _ip_head() -> re.Pattern[str]:
    """The 局 word after what an office deals in: "Patent Bureau" = "Patent Office"."""
    heads = "|".join(re.escape(h) for h in _ip_heads())
    subjects = alternation(lexicon.words(WORDS, "ip_head_subjects"))
    return re.compile(rf"\b(?:{subjects}) ({heads})\b")


_OF_ACRONYM = re.compile(r"^(?:[Tt]he\s+)?([A-Z][\w ]*?)\s+of\s+(?:the\s+)?([A-Z]{2,8})$")


def acronym_first(name: str) -> str | None:
    """ "Patent Office of the GCC" = "GCC Patent Office": a body of a body named by its
    acronym is written either way round."""
    m = _OF_ACRONYM.match(name)
    return f"{m.group(2)} {m.group(1)}" if m else None


@cache
def _long_form() -> re.Pattern[str]:
    """ "the Republic of" before a country's short name; never "People's Republic of", which
    the table lists as a name of its own."""
    qualifiers = alternation(lexicon.words(WORDS, "state_qualifiers"))
    forms = alternation(lexicon.words(WORDS, "state_forms_en"))
    return re.compile(
        rf"\b(?:the\s+)?(?:(?:{qualifiers})\s+)*"
        rf"(?<!People's )(?<!People’s )(?:{forms})\s+of\s+(?:the\s+)?(?=[A-Z])"
    )


@cache
def _zh_long_form() -> re.Pattern[str]:
    """共和国 after a name of two or more characters; never the 人民共和国 of 中华人民共和国."""
    forms = alternation(lexicon.words(WORDS, "state_forms_zh"))
    return re.compile(rf"(?<=[{HAN}]{{2}})(?<!人民)(?:{forms})")


def short_form(name: str) -> str:
    """The name with every country in it in its short form."""
    return _zh_long_form().sub("", _long_form().sub("", name))


@cache
def _heads() -> tuple[frozenset[str], frozenset[str]]:
    """The head nouns a body's name ends in, and those a unit's name may end in as well."""
    bodies = lexicon.wordset("en_orgs.txt", "org_heads")
    return bodies, bodies | lexicon.wordset("en_orgs.txt", "unit_heads")


_OF_BODY = re.compile(r"^(?:[Tt]he\s+)?([A-Z][\w' ]*?)\s+of\s+(?:the\s+)?([A-Z][\w' ]*)$")


def unit_turned(name: str) -> list[str]:
    """ "Supreme People's Court IP Tribunal" = "IP Tribunal of the Supreme People's Court": a
    unit of a body is written after the body's name or before "of" it, when both parts end
    in a head noun (Court, Tribunal, Department) and the unit's part opens with a capital."""
    bodies, units = _heads()
    m = _OF_BODY.match(name)
    if m and _last(m.group(1)) in units and _last(m.group(2)) in bodies:
        return [f"{m.group(2)} {m.group(1)}"]
    words = re.sub(r"^[Tt]he\s+", "", name).split()
    if len(words) < 3 or _last(name) not in units or "of" in words:
        return []
    for i in range(len(words) - 1, 0, -1):
        if words[i - 1].casefold() in bodies and words[i][:1].isupper():
            body, unit = " ".join(words[:i]), " ".join(words[i:])
            return [f"{unit} of the {body}", f"{unit} of {body}"]
    return []


def _last(words: str) -> str:
    return words.split()[-1].casefold() if words.split() else ""


def country_forms(name: str) -> list[str]:
    """ "French National Institute of Industrial Property" = "France National Institute of
    Industrial Property" = "National Institute of Industrial Property (France)" = "... of
    France": the four ways a country qualifies a body's name, by its adjective or its name
    before the body's own, in brackets or after "of" it."""
    adj, noun = demonyms()
    m = re.match(r"(?:[Tt]he\s+)?(\S+)\s+(.+)$", name)
    if m and m.group(1) in adj and m.group(2)[:1].isupper():
        country, rest = adj[m.group(1)], m.group(2)
        return [f"{country} {rest}", f"{rest} ({country})", f"{rest} of {country}"]
    if split := _country_first(name):  # "United Arab Emirates Ministry of Economy"
        country, rest = split
        named = [f"{noun[country]} {rest}"] if country in noun else []
        return [*named, f"{rest} ({country})", f"{rest} of {country}"]
    m = re.match(r"(.+)\s+(?:\((\w[\w ]*)\)|of (?:the )?(\w[\w ]*?))$", name)
    if m:
        country = m.group(2) or m.group(3)
        if country in noun:
            rest = m.group(1)
            return [
                f"{noun[country]} {rest}",
                f"{country} {rest}",
                f"{rest} ({country})",
                f"{rest} of {country}",
            ]
    return []


_MOST_WORDS = 4  # the most words a country's name before a body's takes: "United Arab Emirates"


def _country_first(name: str) -> tuple[str, str] | None:
    """(short name, rest) of a body's name that opens with any English name of a country
    but its adjective ("UAE X", "United Arab Emirates X", "China X"), the longest first, the
    rest capitalised."""
    words = re.sub(r"^[Tt]he\s+", "", name).split()
    for k in range(min(_MOST_WORDS, len(words) - 1), 0, -1):
        head, rest = " ".join(words[:k]), " ".join(words[k:])
        code = _country_codes().get(fold(head))
        if code is not None and head[:1].isupper() and rest[:1].isupper():
            return english_names()[code][0], rest
    return None


def country_written_otherwise(name: str) -> list[str]:
    """ "X of P.R.C" = "X of the People's Republic of China": a body qualified after "of"
    by one form of its country's English name (dots and "the" aside) is the body qualified
    by any other form."""
    for m in re.finditer(r"\s+of\s+(?:the\s+)?", name):
        code = _country_codes().get(fold(name[m.end() :]))
        if code is not None:
            return [f"{name[: m.start()]} of {f}" for f in _country_forms()[code]]
    return []


@cache
def _country_forms() -> dict[str, tuple[str, ...]]:
    """{code: the English names of a country as "of" takes them}, its demonym left out: the
    short name with "the" where the table says so, the other forms with and without it."""
    out: dict[str, tuple[str, ...]] = {}
    for row in lexicon.table("countries.tsv"):
        names = row["en"]
        if not names:
            continue
        short = f"the {names[0]}" if row["the"] else names[0]
        out[row["code"]] = (short, *(f"{a}{n}" for n in names[2:] for a in ("the ", "")))
    return out


@cache
def _country_codes() -> dict[str, str]:
    """{folded English name of a country: its code}; a form two countries share names none."""
    codes: dict[str, set[str]] = {}
    for code, names in english_names().items():
        for n in (names[0], *names[2:]):
            codes.setdefault(fold(n), set()).add(code)
    return {k: next(iter(v)) for k, v in codes.items() if len(v) == 1}


@cache
def _qualified_country_zh() -> re.Pattern[str]:
    """A country's Chinese name and a qualifier after it (中国大陆) opening a name."""
    countries = alternation(n for row in lexicon.table("countries.tsv") for n in row["zh"] if n)
    qualifiers = alternation(lexicon.words(WORDS, "country_qualifiers_zh"))
    return re.compile(rf"^({countries})(?:{qualifiers})(?=[{HAN}])")


def country_unqualified(name: str) -> str | None:
    """ "中國大陸國家知識產權局" = "中国国家知识产权局": the body named with its country's
    name and a qualifier that leaves the country the same, in Simplified."""
    simple = to_simplified(name)
    m = _qualified_country_zh().match(simple)
    return None if m is None else m.group(1) + simple[m.end() :]


@cache
def _for_subject() -> re.Pattern[str]:
    """ "Agency for Intellectual Property" and "Intellectual Property Agency": the head of an
    office's name before its subject ("for", "on") or after it."""
    heads = alternation(lexicon.words(WORDS, "for_heads_en"))
    subjects = alternation(lexicon.words(WORDS, "for_subjects_en"))
    return re.compile(rf"\b(?P<head>{heads}) (?:for|on) (?P<subject>{subjects})\b")


def subject_first(name: str) -> str | None:
    """ "State Agency for Intellectual Property of X" = "State Intellectual Property Agency
    of X": one office's name in either word order (the subject before the head is how the
    reference data mostly writes it)."""
    m = _for_subject().search(name)
    if m is None:
        return None
    return f"{name[: m.start()]}{m.group('subject')} {m.group('head')}{name[m.end() :]}"


@cache
def _of_subject(portfolios_only: bool = False) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A head whose subject follows after "of" ("Department of Intellectual Property",
    "Department of Commerce"), and the same subject before it ("Intellectual Property
    Department", "Commerce Department"); PORTFOLIOS_ONLY: a government portfolio's subjects
    only, which never name two bodies in the two orders."""
    heads = alternation(lexicon.words(WORDS, "of_heads_en"))
    subjects = [*lexicon.words(WORDS, "of_subjects_en")]
    if not portfolios_only:
        subjects += lexicon.words(WORDS, "for_subjects_en")
    either = alternation(subjects)
    return (
        re.compile(rf"\b(?P<head>{heads}) of (?P<subject>{either})\b"),
        re.compile(rf"\b(?P<subject>{either}) (?P<head>{heads})\b"),
    )


def of_subject_turned(name: str, *, portfolios_only: bool = False) -> str | None:
    """ "Intellectual Property Department (Thailand)" = "Department of Intellectual Property
    (Thailand)": an office named by its subject and a head such as Department is written in
    either order, whichever the reference data chose."""
    head_first, subject_before = _of_subject(portfolios_only)
    if m := head_first.search(name):
        turned = f"{m.group('subject')} {m.group('head')}"
    elif m := subject_before.search(name):
        turned = f"{m.group('head')} of {m.group('subject')}"
    else:
        return None
    return f"{name[: m.start()]}{turned}{name[m.end() :]}"


@cache
def _spellings() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each word's pattern and its other spelling, both ways ([spellings_en])."""
    out = []
    for a, b in spelling_pairs():
        out += [(re.compile(rf"\b{a}\b"), b), (re.compile(rf"\b{b}\b"), a)]
    return tuple(out)


def _respelt(name: str) -> list[str]:
    """The name with each word American and British English spell apart in the other
    spelling: writers abroad spell a body's name their own way."""
    return [p.sub(other, name) for p, other in _spellings() if p.search(name)]


#: an ampersand between two words: "and" written short
_AMPERSAND = re.compile(r"\s*&\s*(?=[A-Z])")


def name_variants(name: str, *, turn: bool = True) -> list[str]:
    """Other ways the same body's name is written, the name itself first, without repeats.
    TURN: also with an IP "of" subject turned (`of_subject_turned`); a caller trying a generic
    name with each of several places tries every place as written first, since two
    countries' offices may be the two orders of one name (Myanmar's Intellectual Property
    Department, Laos's Department of Intellectual Property)."""
    return list(_variants(name, turn))


@lru_cache(maxsize=1 << 14)
def _variants(name: str, turn: bool) -> tuple[str, ...]:
    """name_variants, kept: resolving a document asks for the same names' forms many times
    (every fact's names against the reference, then the store)."""
    out: list[str] = []
    units = unit_turned(name)
    # a portfolio's department is one body in either order, wherever it is placed
    turned = of_subject_turned(name, portfolios_only=not turn)
    for form in [name, subject_first(name), turned, *units]:
        if form is None:
            continue
        out.append(form)
        short = short_form(form)
        if short != form:
            out.append(short)
        out += country_forms(short)
    for form in [name, *units]:
        if _IP.search(form):
            out.append(_IP.sub("Intellectual Property", form))
        if "Intellectual Property" in form:
            out.append(form.replace("Intellectual Property", "IP"))
    if turned := acronym_first(name):
        out.append(turned)
    out += country_written_otherwise(short_form(name))  # "of P.R.C" = "of the PRC"
    for v in list(out):
        m = _ip_head().search(v)
        if m:
            for head in _ip_heads():
                out.append(v[: m.start(1)] + head + v[m.end(1) :])
    out += [o for v in list(out) for o in _respelt(v)]  # Organization = Organisation
    if "&" in name:  # "Patent & Trademark Office" = "Patent and Trademark Office"
        out.append(_AMPERSAND.sub(" and ", name))
    out += regional_forms(name)  # 泰國智慧財產廳 = 泰国知识产权厅
    if plain := country_unqualified(name):  # 中國大陸X = 中国X
        out.append(plain)
    return tuple(dict.fromkeys(out))


def fold_tokens(name: str) -> list[str]:
    """The words of a name, each folded: "Daren Tang" and "Daren TANG Heng-Shim" compare."""
    return [fold(t) for t in re.split(r"[\s\-]+", name) if fold(t)]
