"""Posts that a career history gives a person in running prose.

Appointment notices and profiles state posts with "as" and "where": "the appointment of NAME
as Director General of X", "NAME, who has led X as Commissioner since 2013", "NAME, who had
served as Chair", "NAME joins us from X, where she has been Head of the Y Division". The title
follows "as" (or "where he has been"); the person is the name just before "as", the name a
"who" clause is about, or a person already named who is the subject of the clause; the
organisation is the one after the title, the one the clause names just before "as", or the
one "where" refers to. A post with no organisation is left bare, for `bare` to place.
"""

from __future__ import annotations

import re

from importers.en.name_shapes import family_name
from importers.en.names import name_at, name_before
from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.roles.advisers import advised_body
from importers.en.roles.anchors import org_after, org_after_unit
from importers.en.roles.copula import lower_org_after
from importers.en.roles.led_as import led_as
from importers.en.roles.mentions import apposed_surname, pronoun_subject
from importers.en.roles.model import People, PersonEntry, RoleEntry
from importers.en.roles.portfolio import read_title
from importers.en.word_patterns import alternation
from importers.en.words import HONORIFICS
from store.text import lexicon
from store.text.dates import MONTH_RE, WEEKDAY_RE
from store.text.sentences import sentence_spans

#: Verbs before "as" that do not give a post: "will act as", "is known as".
_NOT_POSTS = lexicon.wordset("en_careers.txt", "not_post_verbs")

_OFFICIAL_MODIFIERS = "|".join(
    re.escape(w) for w in lexicon.words("en_careers.txt", "official_modifiers")
)
#: "was a senior official at the Ministry of X": a post described, not titled.
_OFFICIAL = re.compile(
    r"[ \t]+(?:was|is|has[ \t]+been|had[ \t]+been|served[ \t]+as)[ \t]+(?:a|an)[ \t]+"
    rf"(?P<title>(?:{_OFFICIAL_MODIFIERS})[ \t]+official)"
    r"[ \t]+(?:at|of|in|with)[ \t]+(?:the[ \t]+)?"
)

#: "take up the post of", "appointed to the position of": a post taken, as "as" brings one in.
_TAKING = alternation(lexicon.words("en_careers.txt", "post_taking_phrases"), r"[ \t]+")
_AS = re.compile(
    rf"(?<![\w-])(?:as|(?P<tobe>to[ \t]+be)|"
    rf"(?P<taking>{_TAKING})[ \t]+the[ \t]+(?:post|position|role|office)[ \t]+of)"
    r"[ \t]+"
    r"(?:(?:the|a|an|(?P<its>its|their))[ \t]+)?(?:(?:new|next|first|current)[ \t]+)?$"
)
_WHERE = re.compile(
    r",?[ \t]+where[ \t]+(?:he|she|they)[ \t]+(?:(?:has|had|have)[ \t]+(?:been|served[ \t]+as)|"
    r"was|is|served[ \t]+as|serves[ \t]+as|worked[ \t]+as)[ \t]+"
    # "where she worked as an analyst and then as a Director": the later, titled post
    r"(?:(?:an?[ \t]+)?[a-z][\w-]*(?:[ \t]+[a-z][\w-]*){0,3}[ \t]+and[ \t]+"
    r"(?:later|then|subsequently|finally)[ \t]+as[ \t]+)?"
    r"(?:the[ \t]+|a[ \t]+|an[ \t]+)?$"
)
_WHO = re.compile(r",?[ \t]+who[ \t]+(?P<verbs>(?:[\w’'-]+[ \t]+){1,10}?)$")
#: A unit that closes a title when no organisation follows it ("Head of the Economic
#: Analysis Division"): it stays in the title.
_UNIT_TAIL = re.compile(
    r"[ \t]+of[ \t]+the[ \t]+(?:[A-Z][\w’'-]*[ \t]+(?:(?:and|&)[ \t]+)?){1,6}"
    r"(?:Division|Branch|Unit|Section|Group|Team|Directorate|Department|Bureau|Office)\b"
)


#: The unit a post was in, at the body the sentence names: "in the Directorate for X".
_UNIT_INSIDE = re.compile(r"[ \t]+in[ \t]+the[ \t]+")
_UNIT_NAME = re.compile(
    rf"(?:{'|'.join(lexicon.words('en_roles.txt', 'career_unit_heads'))})\s+(?:for|of)\s"
)


def career_post(text: str, m: re.Match[str], orgs: Orgs, people: People) -> int | None:
    """The post of a title introduced by "as" or "where ... has been", given to its holder;
    where the title ends, or None when the title is not introduced so."""
    before = text[max(0, m.start() - 120) : m.start()]
    if not m.group("title")[:1].isupper():
        return _lower_post(text, m, before, people, orgs)
    where = _WHERE.search(before)
    if where is not None:
        return _where_post(text, m, m.start() - len(before) + where.start(), people, orgs)
    as_ = _AS.search(before)
    if as_ is not None:
        at = m.start() - len(before) + as_.start()
        taking = bool(as_.group("taking"))
        if as_.group("tobe") and not _appointed_in(text, at):
            return None  # "expected to be the next Title": no post given
        led = None if taking or as_.group("tobe") else led_as(text, m, orgs, people)
        if led is not None:  # "NAME, who will head X as Title"
            return led
        return _as_post(text, m, at, people, orgs, its=bool(as_.group("its")), taking=taking)
    return None


def _appointed_in(text: str, at: int) -> bool:
    """'X appointed [Title] NAME to be the new Title2': "to be" gives a post only in a clause
    whose verb appoints."""
    return any(w in _APPOINTING_WORDS for w in _clause_before(text, at).lower().split())


#: "would assume a new position", "will take up the role": a post taken, before "as" and
#: its title; the holder is the person the clause opens with.
_TAKES_POST = re.compile(
    rf"(?<![\w-])(?:{_TAKING})[ \t]+(?:a|the|his|her|their)[ \t]+(?:new[ \t]+)?"
    rf"(?:{alternation(lexicon.words('en_careers.txt', 'possessed_post_nouns'))})[ \t]+$"
)


def _lower_post(text: str, m: re.Match[str], before: str, people: People, orgs: Orgs) -> int | None:
    """'the reappointment of NAME as director-general of the X Office': a lower-case title
    is a post only right after "NAME as" (or "NAME, who serves as", or a post taken: "NAME
    would assume a new position as") and with the body it is held at right after it (a verb
    before "as", "took over as", is the copula's, which also reads a predecessor)."""
    as_ = _AS.search(before)
    if as_ is None or as_.group("taking") or as_.group("tobe"):
        return None
    led = led_as(text, m, orgs, people)  # "NAME, who will head X as director"
    if led is not None or as_.group("its"):
        return led
    at = m.start() - len(before) + as_.start()
    if (
        name_before(text, at) is None
        and _who_holder(text, at) is None
        and not _TAKES_POST.search(text, max(0, at - 80), at)
    ):
        return None  # "NAME as", "NAME, who now serves as": the holder named right there
    if lower_org_after(text, read_title(text, m, orgs).end, orgs) is None:
        return None
    return _as_post(text, m, at, people, orgs)


def find_described_posts(text: str, people: People, orgs: Orgs) -> None:
    """'NAME was a senior official at the Ministry of X': a post the text describes without
    a title, held by a person it has named, at the body it names."""
    for m in _OFFICIAL.finditer(text):
        hit = orgs.at(m.end())
        named = _named_in(text, sentence_start(text, m.start()), m.start(), people)
        if hit is None or named is None or named[0][1] != m.start():
            continue
        person = named[1]
        if not any(r.person is person and r.org is hit[2] for r in people.roles):
            people.roles.append(RoleEntry(person, hit[2], m.group("title"), m.span("title")))


def _as_post(
    text: str,
    m: re.Match[str],
    as_at: int,
    people: People,
    orgs: Orgs,
    *,
    its: bool = False,
    taking: bool = False,
) -> int | None:
    """'NAME as Title', 'NAME, who has led ORG as Title', 'SURNAME joins ORG as Title', and
    `taking`: 'NAME, Title of X, will take up the post of Title2' (and so 'NAME, Title of X,
    has been appointed as Title2': a verb of appointing before "as" reaches past the
    apposition to the sentence's subject as a verb of taking does)."""
    words = _clause_before(text, as_at).lower().split()
    if not words or words[-1] in _NOT_POSTS or " ".join(words[-2:]) in _NOT_POSTS:
        return None
    latest = _latest_post_at(text, as_at, people, orgs)
    if latest is not None:  # "years at the X Office, most recently as Title"
        return _record(text, m, latest[0], people, orgs, fallback=latest[1], at=latest[1])
    appointed = taking or words[-1] in _APPOINTING_WORDS
    who = _holder(text, as_at, people) or (_apposed_subject(text, as_at) if appointed else None)
    if who is None:
        return None
    fallback = org_ending_at(text, as_at, orgs) or _appointer(text, who[0][0], orgs)
    if fallback is None and _CLOSED_WHO.search(text, max(0, as_at - 160), as_at):
        fallback = _paragraph_body(text, who[0][0], orgs)  # stays in a post named before
    if its:  # "X named NAME as its new Director": the body the sentence named before
        start = sentence_start(text, as_at)
        before = [x for x in orgs.mentions if start <= x[0] and x[1] <= as_at]
        fallback = max(before, key=lambda x: x[1])[2] if before else fallback
    return _record(text, m, who, people, orgs, fallback=fallback)


_STAYING = "|".join(re.escape(w) for w in lexicon.words("en_careers.txt", "staying_verbs"))
#: ", who ... , continues as": a "who" clause closed by a comma, then a verb keeping a post.
_CLOSED_WHO = re.compile(
    rf",[ \t]+who[ \t]+[^.;:()\n]{{1,120}}?,[ \t]+(?:will[ \t]+)?(?:{_STAYING})[ \t]+$"
)
_LATEST = "|".join(re.escape(w) for w in lexicon.words("en_careers.txt", "latest_post_adverbs"))
_LATEST_AT = re.compile(rf",[ \t]+(?:{_LATEST})[ \t]+$")
OPENING_PRONOUN = re.compile(r"[ \t]*(?:She|He)[ \t]+")


def _paragraph_body(text: str, pos: int, orgs: Orgs) -> OrgEntry | None:
    """The one body the paragraph names before `pos`: the office a person stays in."""
    para = max(text.rfind("\n\n", 0, pos), 0)
    named = {id(e): e for s, x, e in orgs.mentions if para <= s and x <= pos}
    return next(iter(named.values())) if len(named) == 1 else None


def _latest_post_at(
    text: str, as_at: int, people: People, orgs: Orgs
) -> tuple[tuple[tuple[int, int], PersonEntry | None], OrgEntry] | None:
    """'She spent six years at the X Office, most recently as Title': the last post the
    person the sentence is about held at the body named right before the adverb."""
    lead = _LATEST_AT.search(text, max(0, as_at - 40), as_at)
    org = org_ending_at(text, lead.start(), orgs) if lead is not None else None
    if lead is None or org is None:
        return None
    start = sentence_start(text, as_at)
    pronoun = OPENING_PRONOUN.match(text, start)
    who = _named_in(text, start, lead.start(), people)
    if who is None and pronoun is not None:
        who = pronoun_subject(text, pronoun.end(), people)
    return (who, org) if who is not None else None


_APPOINTING_WORDS = lexicon.wordset("en_careers.txt", "appointing_verbs")
_APPOINTING = "|".join(re.escape(w) for w in sorted(_APPOINTING_WORDS))
#: What stands between a body and the person it gives a post: " (ACR) has named ".
_APPOINTED_BY = re.compile(
    r"(?:[ \t]*\([A-Z][\w&-]{1,12}\))?[ \t]+(?:(?:has|have|had|today|recently|formally)[ \t]+)*"
    rf"(?:{_APPOINTING})[ \t]+(?:{HONORIFICS}[ \t]+)?"
)


def _appointer(text: str, name_at_: int, orgs: Orgs) -> OrgEntry | None:
    """'The X Office has named NAME as Title': the body that is the subject of the appointing
    verb right before the name gives the post, when nothing after the title names one."""
    start = sentence_start(text, name_at_)
    for s, e, entry in orgs.mentions:
        if start <= s and e <= name_at_ and _APPOINTED_BY.fullmatch(text, e, name_at_):
            return entry
    return None


def _where_post(
    text: str, m: re.Match[str], where_at: int, people: People, orgs: Orgs
) -> int | None:
    """'ORG, where he has been Title': the post is at ORG, held by the person the sentence is
    about (the last one it names before ORG)."""
    city = _CITY_TAIL.search(text[max(0, where_at - 60) : where_at])
    org = org_ending_at(text, where_at, orgs) or (
        org_ending_at(text, where_at - len(city.group()), orgs) if city else None
    )
    if org is None:
        return None
    start = sentence_start(text, where_at)
    named = _named_in(text, start, where_at, people) or _opening_name(text, start)
    if (
        named is None
        and _PRONOUN.search(text, start, where_at)
        and _PERIOD.search(text, start, where_at)
    ):
        # "Between 1998 and 2003 she was posted to X, where ...": a dated post in the career of
        # the person the paragraph is about (an undated "he joined from X, where he was" is
        # the past the text only mentions)
        para = max(text.rfind("\n\n", 0, start), 0)
        named = _named_in(text, para, start, people)
    if named is None:
        return None
    return _record(text, m, named, people, orgs, fallback=org, at=org)


#: A city after a body's name: "the X Office in Munich".
_CITY_TAIL = re.compile(r"[ \t]+in[ \t]+[A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+)?$")
_PERIOD = re.compile(
    r"\b(?:[Ff]rom|[Bb]etween)\s+(?:19|20)\d\d\s+(?:to|until|and)\s+(?:19|20)\d\d\b"
)
_PRONOUN = re.compile(r"(?<![\w-])(?:he|she|He|She)(?![\w-])")


#: "March 5", "5 March", "March 5, 2019": a day of a month, its year optional.
_DAY = (
    rf"(?:\d{{1,2}}[ \t]+{MONTH_RE}|{MONTH_RE}[ \t]+\d{{1,2}}(?:st|nd|rd|th)?)"
    r"(?:,?[ \t]+(?:19|20)\d\d)?"
)
#: "On Monday, ", "On Thursday, March 5, ", "In 2019, ": when, before the sentence's subject.
_DATED_OPENING = (
    rf"(?:On|In|Last|This)[ \t]+(?:{WEEKDAY_RE}(?:,?[ \t]+{_DAY})?|{_DAY}|(?:19|20)\d\d),[ \t]+"
)


def _opening_name(text: str, start: int) -> tuple[tuple[int, int], None] | None:
    """The full name a sentence opens with, after a form of address: "Ms Anna Ruiz joins
    ...", the subject of the sentence; a date may come first ("On Monday, Anna Ruiz was
    sworn in as ...")."""
    m = re.match(rf"[ \t]*(?:{_DATED_OPENING})?(?:{HONORIFICS}[ \t]+)?", text[start:])
    nm = name_at(text, start + m.end()) if m else None
    return (nm, None) if nm else None


def _record(
    text: str,
    m: re.Match[str],
    who: tuple[tuple[int, int], PersonEntry | None],
    people: People,
    orgs: Orgs,
    *,
    fallback: OrgEntry | None,
    at: OrgEntry | None = None,
) -> int:
    t = read_title(text, m, orgs)
    title, org = t.text, t.ministry or at
    if org is None and not t.function:
        unit = org_after_unit(text, t.end, orgs)
        if unit is not None:
            org, _, extra = unit
            title += extra
    elif org is None and re.match(r"\s+at\s", text[t.end :]):
        # "as the Minister of Energy at the Prime Minister's Office": held at that office
        found = org_after(text, t.end, orgs)
        org = found[0] if found else None
    advised = advised_body(text, t.end, orgs, title) if org is None else None
    if advised is not None:
        org = advised[0]  # "... as Senior Adviser to the X Academy": held at the X Academy
    if at is not None or org is None:
        tail = _UNIT_TAIL.match(text, t.end)
        if tail is not None and org_after_unit(text, tail.end(), orgs) is None:
            title = re.sub(r"\s+", " ", title + tail.group())
            orgs.unit_spans.update((a, b) for a, b, _ in orgs.mentions if t.end <= a < tail.end())
    if at is not None:
        inside = _UNIT_INSIDE.match(text, t.end)  # "a Director in the Directorate for X"
        if inside is not None:
            orgs.unit_spans.update(
                (a, b)
                for a, b, e in orgs.mentions
                if a == inside.end() and _UNIT_NAME.match(e.name)
            )
    org = org or fallback
    span, person = who
    if person is None:
        person = people.add(re.sub(r"\s+", " ", text[span[0] : span[1]]), *span)
    if not any(r.person is person and r.title == title and r.org is org for r in people.roles):
        role = RoleEntry(person, org, title, (t.start, t.end), t.country, bare=org is None)
        people.roles.append(role)
    return t.end


def _holder(
    text: str, as_at: int, people: People
) -> tuple[tuple[int, int], PersonEntry | None] | None:
    """Who the post after "as" is given to: the name right before "as", the name before a
    "who" clause that ends with "as", the name right before "in her capacity as" or else
    the last person the sentence names before it (the subject of its last clause), or a
    person already named who opens the clause."""
    term = _FOR_TERM.search(text, max(0, as_at - 40), as_at)
    nm = name_before(text, term.start() if term else as_at)
    if nm is not None:
        nm = _known_tail(text, people, nm)
        return nm, _known(people, nm)
    nm = _who_holder(text, as_at)
    if nm is not None:
        return nm, _known(people, nm)
    closed = _CLOSED_WHO.search(text, max(0, as_at - 160), as_at)
    nm = name_before(text, closed.start()) if closed is not None else None
    if nm is not None:  # "NAME, who ran it meanwhile, continues as Title"
        return nm, _known(people, nm)
    start = sentence_start(text, as_at)
    capacity = _CAPACITY.search(text, max(start, as_at - 40), as_at)
    if capacity is not None:  # "NAME, Title, led X, in her capacity as Title2"
        nm = name_before(text, capacity.start())
        if nm is not None and not text[nm[1] : capacity.start()].strip():
            return nm, _known(people, nm)  # "represented by NAME in her capacity as Title"
        subject = max(
            ((s, e, p) for s, e, p in people.mentions if start <= s and e <= capacity.start()),
            key=lambda x: x[0],
            default=None,
        )
        if subject is not None:
            return (subject[0], subject[1]), subject[2]
    for named in (_named_in(text, start, as_at, people), _opening_name(text, start)):
        if named is not None and re.fullmatch(
            r"(?:[ \t]+[\w’'-]+){1,8}", text[named[0][1] : as_at].rstrip()
        ):
            return named  # "Mr Tan joined the agency as ...": the subject of the clause
    return apposed_surname(text, start, as_at, people)  # "Roe, a lawyer, will take over as"


def _who_holder(text: str, as_at: int) -> tuple[int, int] | None:
    """The name a "who" clause that ends with "as" is about: "NAME, who has served as", or
    past a description of the person in lower case ("NAME, a former trade official who now
    serves as")."""
    who = _WHO.search(text, max(0, as_at - 120), as_at)
    if who is None or re.search(r"[,.;:]", who.group("verbs")):
        return None
    nm = name_before(text, who.start())
    if nm is not None:
        return nm
    described = _DESCRIBED.search(text, max(0, who.start() - 80), who.start())
    return name_before(text, described.start()) if described is not None else None


#: ", a former trade official", ", the longtime registrar": a person described in lower-case
#: words between commas' opening and a "who" clause.
_DESCRIBED = re.compile(r",[ \t]+(?:a|an|the)(?:[ \t]+[a-z][\w-]*){1,6}$")


_SERVICE = alternation(lexicon.words("en_careers.txt", "service_nouns"))
#: "NAME for a second term as Title", "NAME for her leadership as Title": the term the post
#: is given for, or the service it is thanked for, between the name and "as"
_FOR_TERM = re.compile(
    r"[ \t]+for[ \t]+(?:(?:a|an|another|his|her|their)[ \t]+(?:[\w-]+[ \t]+){0,2}terms?"
    rf"|(?:his|her|their)[ \t]+(?:{_SERVICE}))[ \t]*$"
)

#: "in her capacity as": the post is its clause subject's, however far back it is named;
#: "(thanked NAME) for her leadership as": the post is the one named last's.
_CAPACITY = re.compile(
    r"\b(?:in[ \t]+(?:his|her|their)[ \t]+(?:official[ \t]+)?capacity|for[ \t]+(?:his|her|their)"
    rf"[ \t]+(?:{_SERVICE}))[ \t]+$"
)


def _apposed_subject(text: str, at: int) -> tuple[tuple[int, int], None] | None:
    """The name a sentence opens with when an apposition between commas, then only the
    words of the verb, come before `at`: "NAME (right), currently Title of X, will take up"."""
    opening = _opening_name(text, sentence_start(text, at))
    if opening is None or not _APPOSED_SUBJECT.fullmatch(text[opening[0][1] : at].rstrip()):
        return None
    return opening


#: "NAME (right), currently Title of X, will take up ...": the sentence's subject, set off
#: by an apposition between commas, then only the words of the verb; an apposition that ends
#: in a body's acronym in brackets may leave its closing comma out ("Title of X (XO) has").
_APPOSED_SUBJECT = re.compile(
    r"(?:[ \t]*\([a-z ]{1,25}\))?,[^.;:\n]{3,160}(?:,|[ \t]\([A-Z][\w&-]{1,12}\))"
    r"(?:[ \t]+[a-z][\w’'-]*){1,6}"
)


def _named_in(
    text: str, start: int, end: int, people: People
) -> tuple[tuple[int, int], PersonEntry] | None:
    """The last mention between `start` and `end` of a person already named: in full, or by
    the surname after a form of address ("Ms Kelly") or alone."""
    best: tuple[tuple[int, int], PersonEntry] | None = None
    for p in people.entries:
        for form in {*p.forms, family_name(p.name)}:
            for hit in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text[start:end]):
                span = (start + hit.start(), start + hit.end())
                if best is None or span[0] > best[0][0]:
                    best = span, p
    return best


def _known_tail(text: str, people: People, nm: tuple[int, int]) -> tuple[int, int]:
    """The name of a person the text has named, at the end of a run of capitalised words (a
    title's last words before the name: "Deputy Head of Examination Policy NAME"), else the
    run."""
    run = text[nm[0] : nm[1]]
    tails = [f for p in people.entries for f in p.forms if run.endswith(" " + f)]
    return (nm[1] - len(max(tails, key=len)), nm[1]) if tails else nm


def _known(people: People, nm: tuple[int, int]) -> PersonEntry | None:
    return next((p for s, e, p in people.mentions if (s, e) == nm), None)


def _clause_before(text: str, pos: int) -> str:
    """The words of the clause before `pos`, back to its last punctuation mark; a middle
    initial's full stop ("named Jane Q. Roe to be Title") ends no clause."""
    end = pos
    while True:
        start = max(text.rfind(c, 0, end) for c in ",.;:\n")
        if not _INITIAL_STOP.match(text, max(0, start - 2)) or start < 2:
            return text[start + 1 : pos]
        end = start


#: " Q." of "Jane Q. Roe": an initial's full stop inside a name.
_INITIAL_STOP = re.compile(r"(?<=[A-Za-z’'-])[ \t][A-Z]\.(?=[ \t][A-Z])")


def sentence_start(text: str, pos: int) -> int:
    """Where the sentence (or line) that holds `pos` starts."""
    line = text.rfind("\n", 0, pos) + 1
    spans = sentence_spans(text, lang="en", start=line, end=pos)
    return spans[-1][0] if spans else line


def org_ending_at(text: str, pos: int, orgs: Orgs) -> OrgEntry | None:
    """The organisation named right before `pos`, past an acronym in brackets."""
    end = pos
    acr = re.search(r"[ \t]*\([A-Z][\w&-]{1,12}\)[ \t]*$", text[max(0, pos - 20) : pos])
    if acr is not None:
        end = pos - len(acr.group())
    end -= len(text[:end]) - len(text[:end].rstrip())
    return next((e for s, x, e in orgs.mentions if x == end and s < end), None)
