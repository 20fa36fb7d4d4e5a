"""The blocking keys of a name: two names that share one are a candidate pair (pairs.py).

Keys are what keeps duplicate finding from comparing every pair of the whole list: the
folded name, its words in any order (a head word of a group standing for the group: Office
/ Bureau), an acronym (of two letters only with a name it stands for: UN / United Nations),
the words less the country the name holds (and less "National", review.txt
national_words, when it names one), the words before a comma that opens a list of the
body's fields, a Chinese name without its country or with the country cut to its first
character, a Chinese name less a Latin short form in brackets, the words less a trailing
short name, and the words less "National" and the country; two words written as one in
another text ("Trade Mark" / "Trademark", review.txt joined_words) are one word in its
words keys, and a Chinese name with 政府 after its country is keyed without it. They are computed
once per name and process, and pairs.py weighs the pairs they propose; the country helpers
also serve its weighing.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache, lru_cache

from store.review.initials import without_honorifics
from store.review.states import without_state_heads
from store.search.words import STOPWORDS, acronyms, word_set, words_of
from store.text import fold as _fold_text
from store.text import has_han, lexicon, to_simplified
from store.text.places import country_names

#: names are folded for several keys each: once is enough
fold = lru_cache(maxsize=1 << 18)(_fold_text)


@lru_cache(maxsize=1 << 18)
def blocking_keys(name: str, kind: str) -> tuple[tuple[str, str], ...]:
    """The blocking keys of one name: two names sharing a key are a candidate pair (kept
    between reads: the pane reads the queue again after every verdict)."""
    return tuple(_name_keys(name, kind))


def _name_keys(name: str, kind: str) -> list[tuple[str, str]]:
    folded = fold(name)
    if not folded or (kind == "person" and _addressed_surname(name)):
        return []  # "Mr. Tian": namesakes share the form, no pair is proposed through it
    placed = re.sub(r"\s*\((?=[^()]*[a-z])[^()]*\)$", "", name.strip())  # "X (Hong Kong)": X
    keys = [("name", folded)] + ([("name", fold(placed))] if placed != name.strip() else [])
    if has_han(name):
        if kind != "person":  # (a person's readings: _readings)
            bare = re.sub(_LATIN_IN_BRACKETS, "", name)  # 某组织(ABC)学院 / 某组织学院
            keys += [("bracket", fold(bare))] if fold(bare) else []
            core = _without_country(to_simplified(folded))
            keys += [("country", core)] if core else []
            keys += [("initial", k) for k in _initial_form(to_simplified(folded))]
            simple = to_simplified(folded)
            keys.append(("government", without_government(simple) or simple))
        return keys
    words = {w for w in word_set(re.sub(r"['’]s\b", "", name)) if len(w) > 1}  # Viet Nam's
    words = joined_words(words)  # Trade Mark / Trademark
    words = without_state_heads(words) if kind != "person" and has_country(name) else words
    if len(words) >= 2:
        keys.append(("words", " ".join(sorted(words))))
        alike = {_head_synonyms().get(w, w) for w in words}  # Patent Office / Patent Bureau
        if kind == "organisation" and alike & _synonym_groups():
            keys.append(("heads", " ".join(sorted(alike))))
        if kind == "organisation":  # "Office of X" / "Office of X Xpat": see trailing_name
            keys.append(("trailing", " ".join(sorted(words))))
            keys += [("trailing", k) for k in [_without_trailing_name(name)] if k]
    if kind == "organisation":  # Ministry of Commerce / Ministry of Commerce of Cambodia
        rest = _without_country_words(name)
        if len(rest) >= 2:
            keys.append(("country", " ".join(sorted(rest))))
            keys.append(("cut", " ".join(sorted(rest))))
        head = head_before_list(name)
        if head:
            keys.append(("cut", head))
        plain = rest - _national_words()
        if len(plain) >= 2 and has_country(name):  # (pairs.py: one of the two "national")
            keys.append(("national", " ".join(sorted(plain))))
        if len(plain) >= 2 and has_country(name) == (plain != rest):  # (pairs.py: one text)
            keys.append(("bare", " ".join(sorted(plain))))  # "National X of Y" / "X"
    if kind == "person":
        keys.append(("reading", folded))
        tokens = without_honorifics(name.casefold().split())
        if len(tokens) >= 3:  # Daren Tang Heng Shim holds Daren Tang
            keys.append(("short", fold(" ".join(tokens[:2]))))
        if len(tokens) == 2:
            keys.append(("short", folded))
    else:
        if name.isupper() and 2 <= len(folded) <= 8:
            keys.append(("acronym" if len(folded) > 2 else "initials", folded))
        keys += [("acronym" if len(a) > 2 else "initials", a) for a in acronyms(name)]
    return keys


@cache
def _joined() -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """Two words a name writes as one in another text (review.txt joined_words)."""
    rows = [r.split("=") for r in lexicon.words("review.txt", "joined_words")]
    return tuple(
        (frozenset(word_set(two.replace("+", " "))), frozenset(word_set(one))) for two, one in rows
    )


def joined_words(words: set[str]) -> set[str]:
    """WORDS with each pair of review.txt joined_words written as one word ("trade", "mark"
    and its abbreviation "tm": "trademark"), so that the two spellings of a name share its
    words key."""
    for two, one in _joined():
        if two <= words:
            words = (words - two) | one
    return words


@cache
def without_government(han: str) -> str:
    """新加坡政府某某部 as 新加坡某某部: a Chinese name with 政府 (government) between its country
    and the body, as a text may write a state's ministry; empty for any other name."""
    country = next((c for c in zh_countries() if han.startswith(c)), "")
    rest = han[len(country) :]
    if not country or not rest.startswith("政府") or len(rest) - 2 < 2:
        return ""
    return country + rest[2:]


def _addressed_surname(name: str) -> bool:
    """ "Mr. Tian", "Dr Roe": a form of address and one word, how a text calls a person
    back, kept among their names (importers/resolve/people.is_reference_form)."""
    words = name.split()
    return len(words) == 2 and len(without_honorifics(words)) == 1


#: a Latin short form or acronym in brackets within a Chinese name: 某组织(ABC)学院
_LATIN_IN_BRACKETS = r"\s*[(（]\s*[A-Za-z][A-Za-z .&-]*[)）]\s*"


def bracketed(name: str) -> bool:
    """Whether a Chinese name holds a Latin short form in brackets (pairs.py)."""
    return has_han(name) and re.search(_LATIN_IN_BRACKETS, name) is not None


def trailing_name(name: str) -> str:
    """The last word of a Latin name of three words or more when it is capitalised and
    follows a word of the name that is no connector ("Centre of X Xpat": Xpat), a short
    name a text may put after the full one; empty otherwise."""
    tokens = name.split()
    if len(tokens) < 3 or has_han(name):
        return ""
    last, before = tokens[-1], tokens[-2]
    if not (last[:1].isupper() and last.isalpha()) or before.casefold() in _connectors():
        return ""
    return last


def _without_trailing_name(name: str) -> str:
    """The words key of a name less its trailing_name, for the same name without it."""
    last = trailing_name(name)
    if not last:
        return ""
    words = {w for w in word_set(name[: -len(last)]) if len(w) > 1}
    return " ".join(sorted(words)) if len(words) >= 2 else ""


@cache
def _head_synonyms() -> dict[str, str]:
    """Each head word of a group (review.txt head_synonyms) -> the group's first word."""
    groups = [g.split("=") for g in lexicon.words("review.txt", "head_synonyms")]
    return {w: g[0] for g in groups for w in g}


@cache
def _synonym_groups() -> frozenset[str]:
    """The first words of the head-word groups, read once rather than per pair of names."""
    return frozenset(_head_synonyms().values())


@cache
def _national_words() -> frozenset[str]:
    """Words a country's body bears in one text and not in the next (review.txt
    national_words)."""
    return frozenset(lexicon.words("review.txt", "national_words"))


@cache
def national(name: str) -> bool:
    """Whether a Latin name bears one of review.txt national_words."""
    return bool(_without_country_words(name) & _national_words())


@cache
def head_before_list(name: str) -> str:
    """ "Department of Industry, Innovation and Science": the words before a comma that
    opens a list of the body's fields ("department industry"), a name a sentence may cut
    it to ("Department of Industry of Australia"); empty for any other name."""
    head, comma, rest = name.partition(",")
    if not comma:
        return ""
    words = re.findall(r"[\w&'’-]+", rest)
    joined = [w for w in words if w == "&" or w in _connectors()]
    if len([w for w in words if w[:1].isupper()]) < 2 or not joined:
        return ""  # ("Ministry of Trade, Cambodia": no list of fields)
    kept = _without_country_words(head)
    return " ".join(sorted(kept)) if len(kept) >= 2 else ""


@cache
def _without_country(han: str) -> str:
    """中国国家知识产权局 without its country: 国家知识产权局, 某国某地交流协会 without both
    (empty when no country leads)."""
    for c in zh_countries():
        if han.startswith(c) and len(han) - len(c) >= 3:
            return _without_country(han[len(c) :])
    return han if len(han) >= 3 else ""


@cache
def _initial_form(han: str) -> tuple[str, ...]:
    """葡萄牙国家工业产权局 and 葡工业产权局 alike (葡工业产权局): a Chinese name with its
    country cut to the country's first character, as a text names it the second time
    (review.txt zh_country_initials), and 国家 (national) left out; none when no country or
    country's character leads."""
    full = next((c for c in zh_countries() if han.startswith(c) and len(c) > 1), None)
    lead = full or han[:1]
    if full is None and lead not in lexicon.wordset("review.txt", "zh_country_initials"):
        return ()
    rest = han[len(lead) :].removeprefix("国家")
    return (lead[0] + rest,) if len(rest) >= 3 else ()


@cache
def _country_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Every English name and demonym of a country as words, by first word (longest
    first)."""
    phrases = {tuple(words_of(n)) for n, _code in country_names() if words_of(n)}
    out: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for ph in sorted(phrases, key=len, reverse=True):
        out[ph[0]].append(ph)
    return {k: tuple(v) for k, v in out.items()}


@cache
def _without_country_words(name: str) -> frozenset[str]:
    """The words of a Latin name less the country it names, if any."""
    words = [w for w in words_of(re.sub(r"['’]s\b", "", name)) if len(w) > 1]
    for i in range(len(words)):
        n = country_phrase_at(words, i)
        if n:  # (and the state's head: "X of the Kingdom of Y" is X of Y)
            return frozenset(without_state_heads(set(words[:i] + words[i + n :]))) - STOPWORDS
    return frozenset(words) - STOPWORDS


def country_phrase_at(words: list[str], i: int) -> int:
    """How many of the folded words from i on name a country (the longest name), or 0."""
    for ph in _country_phrases().get(words[i], ()):
        if tuple(words[i : i + len(ph)]) == ph:
            return len(ph)
    return 0


@cache
def has_country(name: str) -> bool:
    if has_han(name):
        simple = to_simplified(fold(name))
        return _without_country(simple) != simple
    plain = words_of(re.sub(r"['’]s\b", "", name))
    return _without_country_words(name) != {w for w in plain if len(w) > 1} - STOPWORDS


@cache
def _connectors() -> frozenset[str]:
    """Lower-case words that join the words of one name (of, and, for)."""
    return frozenset(lexicon.words("en_orgs.txt", "name_connectors"))


@cache
def zh_countries() -> tuple[str, ...]:
    """Chinese country names, longest first."""
    names = {n for r in lexicon.table("countries.tsv") for n in r["zh"] if n}
    return tuple(sorted(names, key=len, reverse=True))
