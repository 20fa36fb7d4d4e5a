"""The counterparts of an agreement: "with X", "with the respective offices", "the Mexican side".

Also the organisations and countries a stretch of the sentence names, which the party rules
read everywhere: a country stands for its office when the text names one, for its government
else, and for a described counterpart ("IP authority of Armenia") when it names neither.
"""

from __future__ import annotations

import re
from functools import cache

from importers.en.agreements.colon_lists import colon_listed
from importers.en.agreements.each_listed import each_listed
from importers.en.agreements.kinds import NOUN_RE, singular
from importers.en.agreements.model import Ctx, Mention, unique
from importers.en.agreements.titles import topic
from importers.en.orgs.countries import described_org, office_of_country, state_named_once
from importers.en.orgs.model import ACRONYM, OrgEntry
from importers.en.word_patterns import phrase_alternation
from importers.en.words import COUNTRIES, COUNTRY_OF, EVENT_NOUNS, MARGIN_RE, VAGUE
from store.text import lexicon

_PAST = re.compile(
    r"\b(?:and|,)\s+(?:then\s+)?(?:held|visited|carried|met|sent|led|took|made|"
    r"became|agreed|attended|participated|launched|hosted|organized|organised|"
    r"discussed|exchanged|gave|delivered|launch(?:es|ed)?|signs|opens|marks|holds|welcomes)\b"
)

#: ", marking ...", ", announcing ...": a clause about the signing, not a party to it; so is
#: ", first signed in 2019 with ...", the instrument's origin.
_PARTICIPLE = re.compile(
    r",\s+(?:[a-z]+ing\b|(?:first|originally|initially)\s+(?:signed|concluded)\b)"
)

#: "with X according to which the Y patents will be scanned", "with X, under which ...": a
#: relative clause telling what the agreement does; the countries it names sign nothing.
_CONTENT_CLAUSE = re.compile(
    r"(?:,\s*|\s+)(?:according\s+to|under|by|in|through|pursuant\s+to)\s+which\b|"
    r"(?:,\s*|\s+)whereby\b"
)

#: "with X attending as an observer", "with Y present": presence, not partnership.
_OBSERVING = re.compile(
    r"\b(?:attending|as\s+(?:an?\s+)?observers?|in\s+attendance|present|looking\s+on|"
    r"witnessing)\b"
)


@cache
def _hosting() -> re.Pattern[str]:
    """'with X as its first host institution': a place the agreement's work is done at (a
    host, a venue, a pilot site), named after the signing; it signs nothing."""
    roles = phrase_alternation(lexicon.words("en_agreements.txt", "hosting_roles"))
    return re.compile(
        rf"\bas\s+(?:its|their|the|an?)\s+(?:[a-z]+\s+){{0,2}}?(?:{roles})\b", re.IGNORECASE
    )


def hosting_start(text: str, e: int, se: int) -> int | None:
    """Where ", with X as its host institution" starts after an agreement ending at `e`, else
    None: the bodies named from there host its work, and the sentence's other bodies before
    it are its parties."""
    for w in re.finditer(r",?\s+with\s+", text[e:se]):
        stop = re.search(r"[,;.]\s", text[e + w.end() : se])
        end = e + w.end() + stop.start() if stop else se
        if _hosting().search(text, e + w.end(), end):
            return e + w.start()
    return None


#: ", the training arm of ", "(IIPTI), a subsidiary of ": an apposition that says whose
#: the body before it is.
_DESCRIBED_AS_PART = re.compile(
    r"\s*(?:\([^()]{1,15}\))?\s*,\s*(?:the|an?|its)\s+(?:[a-z][\w-]*\s+){1,4}?"
    r"(?:of|at|under)\s+(?:the\s+)?"
)


def _owners_described(ctx: Ctx, ws: int, we: int) -> set[OrgEntry]:
    """'with A, the training arm of B,': B is named to say what A is, and signs nothing; so
    is B in 'with the IP Department of Oman's Ministry of Commerce' (a unit of a body that
    encompasses it)."""
    mentions = ctx.orgs.between(ws, we)
    out: set[OrgEntry] = set()
    for _, end, _ in mentions:
        m = _DESCRIBED_AS_PART.match(ctx.text, end, we)
        if m is not None:
            out |= {o for a, _, o in mentions if a == m.end()}
    for (_, ae, a), (bs, _, b) in zip(mentions, mentions[1:], strict=False):
        if _OWNED_BY.fullmatch(ctx.text, ae, bs) and rank_of(b) > rank_of(a) > 0:
            out.add(b)
    return out


#: "of", "of the", "of Oman's": what puts a unit under the body named right after it, also
#: past the unit's acronym in brackets ("the X Directorate (XD) of the Ministry of Y").
_OWNED_BY = re.compile(
    r"(?:\s*\([A-Z][\w&.-]{1,12}\))?\s+of\s+(?:the\s+)?(?:[A-Z][\w-]*(?:'s|’s)\s+)?"
)

#: Heads of bodies that contain others, from the least to the most encompassing.
_RANKS = (
    ("office", "agency", "institute", "authority", "directorate"),
    ("department",),
    ("ministry",),
    ("government",),
)


def rank_of(o: OrgEntry) -> int:
    """How encompassing a body's head says it is: 0 when it says nothing. The head is the
    last word, or a word before the name's "of" ("Xland Directorate of Y")."""
    words = o.name.casefold().split()
    before_of = words[: words.index("of")] if "of" in words else words[:1]
    for k, heads in enumerate(_RANKS, start=1):
        if words and (words[-1] in heads or any(w in heads for w in before_of)):
            return k
    return 0


#: "with B through a", "with B through the signature of a broad": B is the counterpart of the
#: instrument that follows, in a sentence that pairs each counterpart with its own.
_THROUGH_NEXT = re.compile(
    r"[^,;]{1,80}?\s(?:through|via)\s+(?:the\s+(?:"
    + phrase_alternation(lexicon.words("en_agreements.txt", "signing_nouns"))
    + r")\s+of\s+)?"
    r"(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+){0,2}"
)


def with_counterparts(ctx: Ctx, mn: Mention, verb: re.Match[str] | None) -> list[OrgEntry]:
    """The organisations after "with" that sign with the subject: "signed an MoU with X"."""
    text = ctx.text
    (ss, se), (s, e), nxt = mn.sentence, mn.span, mn.following
    region_start = verb.end() if verb is not None and verb.start() < s else e
    # "with X" after this agreement and before the next one, else the first one after it
    cands = [w for w in re.finditer(r"\bwith\s+", text[region_start:se])]
    pick = None
    for w in cands:
        ws = region_start + w.start()
        if e <= ws < nxt and _THROUGH_NEXT.fullmatch(text, region_start + w.end(), nxt):
            continue  # "with A through X and with B through Y": B is Y's
        if ws < e or e <= ws < nxt:
            pick = w
            if s <= ws:
                break
    if pick is None:
        pick = next((w for w in cands if region_start + w.start() >= e), None)
    through = _with_through(text, ss, s)  # "with A through the signature of X": A is X's
    if through is not None:
        ws = through
    elif pick is not None:
        ws = region_start + pick.end()
    else:
        return []
    listed = colon_listed(ctx, ws, se) or each_listed(ctx, ws, se) if ws >= e else None
    if listed is not None:
        return listed  # "signed three MoUs with the:" over "1. A", "2. B", "3. C"
    if ws >= e and re.search(r",\s*(?:which|who|where)\b|,\s+[a-z]+ing\b", text[e:ws]):
        return []  # ", which we are turning into products with X", ", announcing ... with X"
    stop = _PAST.search(text, ws, se)
    we = stop.start() if stop else se
    # "with A and B on the sidelines of the X Assembly in Geneva": where the signing took
    # place, whose owner and town sign nothing
    for rx in (_PARTICIPLE, _CONTENT_CLAUSE, MARGIN_RE):
        clause = rx.search(text, ws, we)
        if clause is not None:
            we = clause.start()  # "with X, marking a step for Malaysia": no party named there
    if verb is not None and ws < verb.start():
        we = min(we, verb.start())  # "its MoU with X was renewed, and ...": X alone
    if ws < s:
        we = min(we, s)
    elif ws < e:
        we = min(we, e)
    elif ws < nxt:
        we = min(we, nxt)
    else:
        nx = NOUN_RE.search(text, ws, we)
        if nx is not None:
            we = nx.start()
    phrase = text[ws:we]
    if _OBSERVING.search(phrase) or _hosting().search(phrase):
        return []  # "with WIPO attending as an observer", "with X as its host": not a party
    if re.match(r"(?:the\s+)?respective\s+\w+", phrase):
        return _respective(ctx, ss, se, s)
    side = re.match(
        r"(?:the\s+)?([A-Z][a-z]+)\s+(?:side|party|office|authorities|authority)\b", phrase
    )
    owners = _owners_described(ctx, ws, we)
    found = [o for o in orgs_in(ctx, ws, we) if o not in owners]
    if side and COUNTRY_OF.get(side.group(1).casefold()) and not found:
        o = _country_org(ctx, COUNTRY_OF[side.group(1).casefold()], side.group(1))
        return [o] if o else []
    return unique(found + countries_in(ctx, ws, we))


def _with_through(text: str, ss: int, s: int) -> int | None:
    """Where the counterpart starts in "with A through [the signature of] X", X at `s`."""
    last = None
    for w in re.finditer(r"\bwith\s+", text[ss:s]):
        if _THROUGH_NEXT.fullmatch(text, ss + w.end(), s):
            last = ss + w.end()
    return last


#: What follows a counterpart in a list of agreements: "(VCTF) on start-up support;".
_LIST_TOPIC = re.compile(
    r"\s*(?:\([^)]*\))?\s*(on|for|in the field of)\s+(.+?)\s*"
    r"(?=;|,?\s+and\s+with\s|\.\s|\.?$)"
)


def listed_title(ctx: Ctx, mn: Mention, party: OrgEntry, signers: list[OrgEntry]) -> str:
    """The title of one agreement of a list ("MoUs with A on X; with B on Y"): the noun in
    the singular and the topic that follows that counterpart, when the list gives one; else,
    for a generic plural ("relevant cooperation agreements with A, B and C"), the kind and
    the parties: "cooperation agreement between CNIPA and A"."""
    title, noun, e, se = mn.title, mn.noun.group(), mn.span[1], mn.sentence[1]
    for a, b, o in ctx.orgs.mentions:
        if o is party and e <= a < se:
            t = _LIST_TOPIC.match(ctx.text[b:se])
            if t and not MARGIN_RE.match(t.group(0).lstrip()):  # "on the sidelines of": where
                return f"{singular(noun)} {t.group(1)} {t.group(2)}"
            break
    if topic(title) or mn.noun.end() != mn.span[1]:
        return title
    words = [w for w in title[: len(title) - len(noun)].split() if w.casefold() not in VAGUE]
    parties = [short_name(o) for o in [*signers, party] if o is not party] + [short_name(party)]
    kind = " ".join([*words, singular(noun)])
    return f"{kind} between {' and '.join(parties)}" if len(parties) > 1 else kind


def short_name(org: OrgEntry) -> str:
    """How a title names a party: its acronym when the text gives one, else its name."""
    acr = next((f for f in org.forms if ACRONYM.match(f)), None)
    return acr or org.name


def _respective(ctx: Ctx, ss: int, se: int, s: int) -> list[OrgEntry]:
    """'visited Argentina and Chile and signed A and B with the respective offices': the n-th
    agreement of the sentence goes with the n-th country visited."""
    text = ctx.text
    visited = re.search(r"visited\s+(.+?)\s+and\s+signed", text[ss:se])
    if not visited:
        return []
    countries = [c.strip() for c in re.split(r",|\band\b", visited.group(1)) if c.strip()]
    nouns = [m.start() for m in NOUN_RE.finditer(text, ss, se)]
    idx = sum(1 for n in nouns if n < s) if nouns else 0
    idx = min(idx, len(countries) - 1)
    for k, c in enumerate(countries):
        if k == idx and COUNTRY_OF.get(c.casefold()):
            o = _country_org(ctx, COUNTRY_OF[c.casefold()], c)
            return [o] if o else []
    return []


#: "the Philippine office", "the Mexican side", "the Korean authorities": a body named by its
#: country's adjective and what it is.
_SIDE = re.compile(
    r"\bthe\s+([A-Z][a-z]+)\s+(?:side|party|office|authorities|authority|agency|"
    r"administration|counterparts?)\b"
)


def sides_in(ctx: Ctx, s: int, e: int) -> list[OrgEntry]:
    """The bodies s..e names by their country's adjective ("the Philippine office"): the
    office of that country the text names, else its government or a described body."""
    out: list[OrgEntry] = []
    for m in _SIDE.finditer(ctx.text, s, e):
        code = COUNTRY_OF.get(m.group(1).casefold())
        if code is None or ctx.orgs.covered(m.start(1), m.end()):
            continue
        o = _country_org(ctx, code, m.group(1))
        if o is not None and o not in out:
            out.append(o)
    return out


def orgs_in(ctx: Ctx, s: int, e: int) -> list[OrgEntry]:
    """The organisations named between `s` and `e`, less those only present as observers."""
    out: list[OrgEntry] = []
    for ms, me, o in ctx.orgs.between(s, e):
        if any(a <= ms < b for a, b in ctx.datelines):
            continue  # "Riyadh, 17 May 2025, SPA --": the agency that reports it
        if _OWNER_OF_DESCRIPTION.match(ctx.text, me):
            continue  # "the EU's trade mark office": it describes a body, it is not one
        if (owned := _OWNER.match(ctx.text, me)) and ctx.orgs.at(owned.end()) is not None:
            continue  # "the Industry Department's CIPO": the body it owns is the party
        if _INDEFINITE.search(ctx.text, max(0, ms - 4), ms):
            continue  # "for the opening of a WIPO External Office": one to be, not a party
        if _EVENT_BEFORE.search(ctx.text, max(0, ms - 90), ms) and not _AND_AFTER.match(
            ctx.text, me
        ):
            continue  # "on the margins of the Assemblies of X": the meeting's owner
        if o not in out and not _observer(ctx.text, me):
            out.append(o)
    return out


_OWNER_OF_DESCRIPTION = re.compile(r"['’]s\s+[a-z]")
_OWNER = re.compile(r"['’]s?\s+(?:own\s+)?")
_INDEFINITE = re.compile(r"(?<![\w-])(?:a|an)\s+$")


def _observer(text: str, end: int) -> bool:
    """The organisation named up to `end` attends as an observer ("with WIPO (WIPO) attending
    as an observer") or names an event ("on the sidelines of the AWGIPC meeting")."""
    return bool(_OBSERVER_AFTER.match(text, end) or _EVENT_AFTER.match(text, end))


#: "the AWGIPC meeting", "the ASEAN Summit": an organisation's name that opens an event's.
_EVENT_AFTER = re.compile(
    r"\)?(?:\s*\([^()]{1,15}\))?(?:['’]s)?\s+(?:\d+(?:st|nd|rd|th)?\s+)?(?:"
    + "|".join(sorted(EVENT_NOUNS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)


#: "a governance meeting of the ", "the annual sessions of the Assemblies of the":
#: an event's noun, then "of" its owner, in one clause.
_EVENT_BEFORE = re.compile(
    r"\b(?i:"
    + "|".join(sorted(EVENT_NOUNS, key=len, reverse=True))
    + r")s?\b(?:\s+of\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*){0,3}\s+of\s+(?:the\s+)?$"
)

#: "the Conference of the Heads of A and B", "... of A, B and C": the owners listed are who
#: met, maybe signers (a comma alone, before a new clause, lists nobody)
_AND_AFTER = re.compile(
    r"(?:\s*\([^()]{1,15}\))?\s*(?:,\s*(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s*,?\s*)?\band\b"
)

_OBSERVER_AFTER = re.compile(
    r"\)?(?:\s*\([^()]{1,12}\))?\s+(?:attending\b|as\s+(?:an?\s+)?observers?\b|"
    r"(?:present|in\s+attendance|looking\s+on)\s*[,.;)]|(?:present|in\s+attendance)$)"
)


def governments_in(ctx: Ctx, s: int, e: int) -> list[OrgEntry]:
    """'the China-Serbia Free Trade Agreement': a trade or investment agreement between
    countries is their governments' (not their IP offices', nor the ministries whose
    ministers sign it): the governments of the two or more countries its title names."""
    if not _state_title().search(ctx.text, s, e):
        return []
    codes = list(dict.fromkeys(code for _, code in _country_words(ctx.text, s, e)))
    if len(codes) < 2:
        return []
    out = []
    for code in codes:
        named = next(
            (
                o
                for o in ctx.orgs.entries
                if o.country == code and o.kind == "government" and o.name.startswith("Government")
            ),
            None,
        )
        gov = named or ctx.orgs.add(
            f"Government of {COUNTRIES[code][0]}", country=code, described=True, kind="government"
        )
        if gov not in out:
            out.append(gov)
    return out


#: Kinds of instrument an agency signs for itself: one "on implementing the A–B Free Trade
#: Agreement" is about that treaty, not between the states that made it.
_AGENCY_KINDS = ("mou", "work_plan", "letter_of_intent", "record_of_discussion", "programme")


def own_title_end(ctx: Ctx, mn: Mention) -> int:
    """Where the title stops naming its own parties: before a treaty between states its
    complement names ("work plan on implementing the A–B Free Trade Agreement"), whose
    countries are the treaty's, not the plan's, when the plan is an agency's kind."""
    e, m = mn.span[1], mn.noun
    if mn.kind not in _AGENCY_KINDS:
        return e
    text = ctx.text
    for st in _state_title().finditer(text, m.end(), e):
        noun = NOUN_RE.search(text, st.end(), e)
        if noun is None or not re.fullmatch(
            r"(?:\s+[A-Z][\w’'-]*)*\s+", text[st.end() : noun.start()] or " "
        ):
            continue
        the = list(re.finditer(r"\b(?:the|a|an)\s", text[m.end() : st.start()], re.IGNORECASE))
        return m.end() + the[-1].start() if the else st.start()
    return e


def country_codes(text: str, s: int, e: int) -> set[str]:
    """The codes of the countries a stretch names, by name or adjective ("Chinese")."""
    return {code for _, code in _country_words(text, s, e)}


def _country_words(text: str, s: int, e: int) -> list[tuple[str, str]]:
    """(word, country code) of each country a stretch names ("China-Serbia": both)."""
    out = []
    for m in re.finditer(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", text[s:e]):
        out += _countries_of([w for part in m.group().split() for w in part.split("-")])
    return out


def _countries_of(words: list[str]) -> list[tuple[str, str]]:
    """(words, country code) of each country a run of capitalised words names, the longest
    name first (up to three words); a language's word ("the Thai Version") names none."""
    out = []
    k = 0
    while k < len(words):
        for n in (3, 2, 1):
            cand = " ".join(words[k : k + n])
            if k + n < len(words) and words[k + n].casefold() in _LANGUAGE_NOUNS:
                continue
            if (code := COUNTRY_OF.get(cand.casefold())) and cand[:1].isupper():
                out.append((cand, code))
                k += n - 1
                break
        k += 1
    return out


#: "Version", "Translation": after them a country's word is a language.
_LANGUAGE_NOUNS = lexicon.wordset("en_agreements.txt", "language_nouns")


@cache
def _state_title() -> re.Pattern[str]:
    """The words of a title that make an agreement one between states (free trade)."""
    words = phrase_alternation(lexicon.words("en_agreements.txt", "state_agreement_words"))
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def countries_in(ctx: Ctx, s: int, e: int) -> list[OrgEntry]:
    out: list[OrgEntry] = []
    for m in re.finditer(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*", ctx.text[s:e]):
        words = [w for part in m.group().split() for w in part.split("-")]
        hyphen = "-" in m.group()
        if ctx.orgs.covered(s + m.start(), s + m.end()) and not hyphen:
            continue
        for cand, code in _countries_of(words):
            o = _country_org(ctx, code, cand)
            if o is not None and o not in out:
                out.append(o)
        for g in ctx.orgs.entries:
            if (
                g.place
                and g.kind == "government"
                and g.place in words
                and g not in out
                and not COUNTRY_OF.get(g.place.casefold())
            ):
                out.append(g)
    return out


def _country_org(ctx: Ctx, code: str, word: str) -> OrgEntry | None:
    """The body a country's name stands for: the text's home body, its named office, its
    government, else a counterpart only described. A government the text names once elsewhere
    ("follows the Xland Government's review") stands for its country there (`state_named_once`),
    so it is no body the state signed through: "Xland and Yland sign an agreement" with Yland's
    office named and Xland's not is the states' agreement (state_signers.py)."""
    if ctx.home is not None and ctx.home.country == code:
        return ctx.home
    named = office_of_country(ctx.orgs, code, word)
    if named is None:
        named = next(
            (
                o
                for o in ctx.orgs.entries
                if o.country == code
                and not o.described
                and o.kind == "government"
                and not state_named_once(o)
            ),
            None,
        )
    return named or described_org(ctx.orgs, word)
