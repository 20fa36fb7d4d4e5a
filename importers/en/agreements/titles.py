"""The title of an agreement: the noun with the text's own modifiers and complements.

"the new bilateral cooperation MoU between CNIPA and KIPO on patent examination" is read
leftwards to its modifiers and rightwards to its complements, and stops at what starts a new
clause ("which", "during", a date). What is left of a title after its generic words is its
topic, by which two mentions of one agreement are recognised.
"""

from __future__ import annotations

import re

from importers.en.agreements.dating import RELATIVE_DAY
from importers.en.agreements.kinds import NOUN_RE
from importers.en.orgs.model import Orgs
from importers.en.words import (
    GENERIC_TITLE_WORDS,
    ISSUE_VERBS,
    MARGIN_RE,
    NUMBER_WORDS,
    SIGN_VERBS,
)
from store.text import lexicon
from store.text.dates import MONTH_RE, WEEKDAY_RE
from store.text.sentences import closes_abbreviation

#: Words that may stand before an agreement noun in its title: "the new bilateral MoU".
MODIFIERS = lexicon.wordset("en_rules.txt", "agreement_modifiers")

#: Words that end those modifiers ("the", "their"); "the", "this" and "that" make a bare noun
#: a mention of an agreement named before.
_DETERMINERS = lexicon.wordset("en_rules.txt", "determiners")


#: "would", "is to", "is expected to" right after a title: the agreement is the subject of
#: what is still to come ("a work plan would be prepared"), which ends its title.
FUTURE = re.compile(
    r"\s*\b(?:"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted(lexicon.words("en_agreements.txt", "future_auxiliaries"), key=len)[::-1]
    )
    + r")\b"  # lower case: "May" is a month
)

_STOP_AFTER = re.compile(
    r"\s*(?:,|\.(?:\s|$)|;|:|\bwhich\b|\bthat\b|\bduring\b|\bwhen\b|\bwhile\b|\bat\b|"
    r"\bafter\b|\bbefore\b|\b(?:in|on) (?:the presence|\d|" + MONTH_RE + r")|"
    # "MoU between A and B (March 2019)", a list's line: when it was signed, not what about
    r"\((?:\d{1,2}\s+)?(?:(?:" + MONTH_RE + r")\s+)?(?:19|20)\d\d\)|"
    r"\b(?:on|last|this|next) (?:" + WEEKDAY_RE + r")\b|\band (?:the|a|an|its|"
    r"relevant|\w+ed|held|met|sent|took|led|made|became|agreed|visited)\b|\bwere\b|\bwas\b|"
    r"\bbeing\s+\w+ed\b|"  # "their first accord being inked in 1998"
    # "(hereafter referred to as the Agreement) is signed": a short name defined, then the verb
    r"\((?:hereafter|hereinafter)\b|\bis\b|"
    r"\bwith\b|\bas\b|\b(?:signed|concluded|inked)\s+(?:in|on|at|by)\b|\n|"
    r"\bwitness(?:ed|ing)\b|"  # "a letter ... witnessed by the two ministers": who saw it
    r"\bby\s+(?:the\s+)?[A-Z]|"  # "the signing of a Work Plan ... by Adam Williams": signers
    r"\bto\s+(?!the\b)[A-Z]|"  # "attributed the signature of the Annex on X to Vice-President"
    rf"(?i:{RELATIVE_DAY.pattern})|"  # "renewed their agreement on mediation today"
     + FUTURE.pattern.removeprefix(r"\s*") + ")"
)


#: "for another five years", "for a further three years": how long, not what about.
_DURATION = re.compile(
    r"\s*for\s+(?:another\s+|a\s+further\s+|further\s+|an\s+additional\s+|a\s+period\s+of\s+)?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:more\s+)?"
    r"(?:years?|months?)\b"
)


def _italic(text: str, ss: int, se: int, pos: int) -> tuple[int, int] | None:
    for m in re.finditer(r"\*([^*\n]+)\*", text[ss:se]):
        if ss + m.start() <= pos < ss + m.end():
            return ss + m.start(1), ss + m.end(1)
    return None


def title_span(
    text: str, ss: int, se: int, m: re.Match[str], orgs: Orgs | None = None
) -> tuple[int, int, bool]:
    """(start, end, definite-and-bare) of the title around the noun match."""
    it = _italic(text, ss, se, m.start())
    if it:
        s, e = it
        s += len(re.match(r"(?:the\s+)?", text[s:e], re.I).group())  # type: ignore[union-attr]
        return s, e, False
    start, determiner = _modifiers_start(text, ss, m, orgs)
    end = _complements_end(text, se, m)
    bare = determiner in ("the", "this", "that") and start == m.start() and end == m.end()
    return start, end, bare


def _modifiers_start(
    text: str, ss: int, m: re.Match[str], orgs: Orgs | None
) -> tuple[int, str | None]:
    """Where the title starts: the noun's modifiers to its left ("the new bilateral
    cooperation MoU"), and the determiner that stopped them, if one did."""
    start = m.start()
    words = list(re.finditer(r"[\w’'-]+(?:–[\w’'-]+)*", text[ss : m.start()]))
    determiner = None
    for n, w in enumerate(reversed(words)):
        tok = w.group()
        prev = words[len(words) - n - 2].group().casefold() if len(words) - n - 2 >= 0 else ""
        if SIGN_VERBS.fullmatch(tok) and prev in _DETERMINERS and tok.endswith("ed"):
            start = ss + w.start()
            continue
        if tok.casefold() in _DETERMINERS:
            determiner = tok.casefold()
            break
        gap = text[ss + w.end() : start]
        if gap.strip():
            break
        if orgs is not None and orgs.covered(ss + w.start(), ss + w.end()) and tok != "PPH":
            first = _dashed_pair_start(text, orgs, ss + w.start(), start)
            if first is None:
                break
            start = first  # "the Enterprise Singapore–VIETRADE memorandum": both its parties
            continue
        # "the Economic Cooperation and Trade Agreement": "and" between capitalised modifiers
        joined = tok == "and" and prev in MODIFIERS and start < m.start()
        if joined and words[len(words) - n - 2].group()[:1].isupper():
            start = ss + w.start()
            continue
        if (
            (tok.casefold() in MODIFIERS or tok[:1].isupper() or re.match(r"\d{4}", tok))
            and tok.casefold() not in NUMBER_WORDS
            and not SIGN_VERBS.fullmatch(tok)
            and not ISSUE_VERBS.fullmatch(tok)  # a title-case headline: "A and B Issue Joint ..."
        ) or _span_count(text, tok, start):
            start = ss + w.start()
            continue
        break
    return start, determiner


def _span_count(text: str, tok: str, start: int) -> bool:
    """'the 10 Year Vision', 'a Five-Year Plan': a number before the span the title names
    ("Year") is a word of the title, not a count of instruments."""
    number = tok.isdigit() and len(tok) <= 3 or tok.casefold() in NUMBER_WORDS
    return number and re.match(r"(?i:years?|months?)\b", text[start:]) is not None


def _dashed_pair_start(text: str, orgs: Orgs, pos: int, start: int) -> int | None:
    """Where the body starts whose name runs from `pos` into the dash that opens the title
    ("A Trade Board–VIETRADE memorandum"): a pair of parties joined by a dash modifies the
    noun, and the first of them is more of the title, not where its modifiers stop."""
    for s, e, _ in orgs.mentions:
        if s <= pos < e and start < e < len(text) and text[e] in "–—-" and s < start:
            return s
    return None


#: A year after the noun is the title's ("Work Plan 2023-2024"); a full date written as
#: numbers ("Agreement 2017-02-21" closing a headline) is when it was told, no part of it.
_YEAR_AFTER = re.compile(r"\s+(?:19|20)\d\d(?![-/.]\d{1,2}[-/.]\d{1,2}\b)")


def _complements_end(text: str, se: int, m: re.Match[str]) -> int:
    """Where the title ends: the noun's complements to its right ("on patent examination",
    "between A and B"), up to what opens a new clause."""
    end = m.end()
    # "(MoU)", and as a lawyer defines it, quoted: ("MOU"), (the "MoU")
    paren = re.match(
        r"\s*\((?:the\s+)?[\"“']?(?:MoU|MOU|MoC|LoI|LOI|RoD|PPH)[\"”']?\)", text[end:se]
    )
    if paren:
        end += paren.end()
    # complements to the right
    rest = text[end:se]
    # "an MoU with KIPO on ...": the counterpart skipped; "an agreement with a chapter on IP":
    # a part the agreement has, whose topic is not the agreement's
    wm = re.match(r"\s+with\s+(?!(?:a|an|its|their)\s)[^,.;]{1,80}?\s+(?=on\s)", rest)
    skip = wm.end() if wm else 0
    comp = (
        None
        if re.match(rf"\s*(?:on|in)\s+(?:\d|{MONTH_RE}|{WEEKDAY_RE}\b)", rest[skip:])
        or _DURATION.match(rest, skip)
        or MARGIN_RE.match(rest[skip:].lstrip())  # "on the sidelines of X": where, not what
        else re.match(
            # "Agreement Between the Government of A And ...": a title in Title case
            r"\s*(?:on(?!\s+behalf\b)|[Bb]etween|for|of|to launch|to extend|launching|establishing|"
            r"creating|"
            r"in relation to|"
            r"concerning|regarding)\s",
            rest[skip:],
        )
    )
    if comp or _YEAR_AFTER.match(rest):
        j = skip
        k = 0
        while j < len(rest) and k < 40:
            if j > skip and _DURATION.match(rest, j):
                break  # "on patent examination for five years": how long, not what about
            if j > skip and _place_after(text[m.start() : end + j], rest[j:]):
                break  # "a memorandum on trademark examination in Lisbon": where, not what
            if j > skip and MARGIN_RE.match(rest[j:].lstrip()):
                break  # "an MoU on data exchange on the sidelines of X": where, not what
            gloss = _GLOSS.match(rest, j)
            if gloss and j > skip and "between" in rest[:j]:
                j, k = gloss.end(), k + 1  # "between the V4 (A, B and C) and D": one party
                continue
            stop = _STOP_AFTER.match(rest, j)
            if stop and stop.group().strip() == "." and closes_abbreviation(rest[: j + 1]):
                j += 1  # "Huawei Technologies Sdn. Bhd.": the stop of an abbreviation
                continue
            if j > skip and _second_instrument(rest, j):
                break  # "signed Memorandum on X and Memorandum on Y": two instruments
            if stop and j > skip:
                word = stop.group().strip()
                in_between = "between" in rest[:j]
                if word.startswith("and") and (
                    _continues(rest, j)
                    or (
                        in_between
                        and re.match(r"\s*and\s+(?:the\s+)?[A-Z]", rest[j:])
                        and not NOUN_RE.match(rest[j:].lstrip()[4:].lstrip())
                    )
                ):
                    pass
                else:
                    break
            nxt = re.match(r"\s*[\w’'“”\"()\-–]+", rest[j:])
            if not nxt:
                break
            j += nxt.end()
            k += 1
        end = end + j if not skip else end + j
    return end


#: A bracket that lists what the party before it is made of: "the Benelux countries
#: (Belgium, the Netherlands and Luxembourg)".
_GLOSS = re.compile(r"\s*\([^(),;]{1,60}(?:,[^(),;]{1,60}){1,8}\)")


def outside_glosses(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The stretches of start..end outside the brackets that list a party's members: the
    members named there are what the party is, no parties of their own."""
    out, pos = [], start
    for m in _GLOSS.finditer(text, start, end):
        out.append((pos, m.start()))
        pos = m.end()
    return [*out, (pos, end)]


#: "in" and one to three words in Title case, then the end of the clause: a place.
_IN_PLACE = re.compile(
    r"\s+in\s+[A-Z][a-z][\w’'-]*(?:\s+[A-Z][a-z][\w’'-]*){0,2}"
    r"(?=\s*(?:[,.;:]|$|(?:on|with|and|by|during|at)\b))"
)


def _place_after(title: str, rest: str) -> bool:
    """'a memorandum on trademark examination in Lisbon,': a title written in lower case
    holds no proper name of its own, so "in" and a name in capitals after it is where the
    text was signed. A title in Title case ("Agreement on Cooperation in Patent Matters")
    keeps its capitalised words."""
    return _IN_PLACE.match(rest) is not None and not re.search(r"\b[A-Z][a-z]", title)


def _second_instrument(rest: str, j: int) -> bool:
    """'Agreement on X and Memorandum of Understanding on Y': "and" then a
    capitalised agreement noun opens the title of a second instrument."""
    m = re.match(r"\s*and\s+(?:the\s+)?(?=[A-Z])", rest[j:])
    if m is None:
        return False
    # "and the Biennial Work Plan": up to three capitalised modifiers before the noun
    at = j + m.end()
    for _ in range(4):
        if NOUN_RE.match(rest, at) is not None:
            return True
        word = re.match(r"[A-Z][\w-]*\s+", rest[at:])
        if word is None:
            return False
        at += word.end()
    return False


def _continues(rest: str, j: int) -> bool:
    """'on data and personnel exchange': a coordinated complement, not a new clause."""
    m = re.match(r"\s*and\s+(\w+)", rest[j:])
    if m is None:
        return False
    return (
        m.group(1).casefold() not in _DETERMINERS
        and not m.group(1).endswith("ed")
        and not NOUN_RE.match(rest[j + m.end() - len(m.group(1)) :])
    )


def split_topics(title: str, noun: str) -> list[str]:
    """'agreements on PPH cooperation and data exchange' are two agreements; so are
    'agreements on data and personnel exchange' (the shared last word goes to both)."""
    words = noun.split()
    plural = (words[0] if " of " in noun else words[-1]).casefold().endswith("s")
    m = re.match(r"(.*?\bon\s+)(.+?)\s+and\s+(.+)$", title)
    if not plural or " between " in title:
        return [title]
    # "MoUs to extend the PPH and for e-exchanges of documents": one purpose each
    two = re.match(r"(.*?)\s+((?:to|for|on)\s+.+?)\s+and\s+((?:to|for|on)\s+.+)$", title)
    if two and two.group(2).split()[0] != two.group(3).split()[0]:
        return [f"{two.group(1)} {two.group(2)}", f"{two.group(1)} {two.group(3)}"]
    if not m:
        return [title]
    head = re.sub(r"s(\s+on\s+)$", r"\1", m.group(1))
    left, right = m.group(2), m.group(3)
    if len(left.split()) == 1 and len(right.split()) >= 2:
        left = f"{left} {right.split()[-1]}"
    return [head + left, head + right]


def topic(title: str) -> frozenset[str]:
    t = re.sub(r"\bbetween\b.*?(?=\bon\b|$)", " ", title)
    words = {w.casefold() for w in re.findall(r"[A-Za-z][\w-]*", t)}
    return frozenset(w for w in words if w not in GENERIC_TITLE_WORDS and not w.isdigit())
