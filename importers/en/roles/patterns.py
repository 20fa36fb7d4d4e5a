"""People found next to a title, in the patterns English news and reports use.

A person is found only next to a title: "Commissioner Shen Changyu", "WIPO Director General
Francis Gurry", "Chief Executive of IPOS Daren Tang", "Mr. Jesper Kongstad, Director General
of Danish Patent and Trademark Office", "Rui Wenbiao, head of the Shanghai Intellectual
Property Administration", "Chen Qun, Shanghai vice mayor", "NAME was appointed Commissioner of
X, succeeding NAME2". Each title of the text is read once (`find_people`) and tried against the
patterns in a fixed order. The name after a title is found in after_title.py, the subject of
"was appointed" in copula.py.
"""

from __future__ import annotations

import re

from importers.en.names import name_after, name_before
from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.roles.addressed import (
    body_then_addressed,
    envoy_addressed,
    field_then_addressed,
)
from importers.en.roles.advisers import advised_body
from importers.en.roles.after_title import (
    addressed_past_country,
    appositive,
    family_first_appositive,
    headline_words,
    name_after_title,
    name_past_apposed_country,
    past_own_initials,
    seated_appositive,
)
from importers.en.roles.anchors import (
    climb,
    ministry_before,
    org_after,
    org_after_board,
    org_after_unit,
    org_before,
    org_leading,
    org_of_pronoun,
    org_then_board,
    owner_of_body,
)
from importers.en.roles.appositions import org_in_apposition
from importers.en.roles.as_openings import opening_post
from importers.en.roles.body_staff import find_body_staff
from importers.en.roles.bylines import find_bylines
from importers.en.roles.careers import career_post, find_described_posts
from importers.en.roles.commaless import commaless_item
from importers.en.roles.copula import appointed_object, copula_name, successor
from importers.en.roles.dashed import dashed_appositive, dashed_joined_posts, dashed_title
from importers.en.roles.definite import kind_before, kind_owner
from importers.en.roles.directory import find_directory
from importers.en.roles.firm_posts import firm_after_post
from importers.en.roles.functions import function_at
from importers.en.roles.heads_of import find_head_appositions, find_heads
from importers.en.roles.held_posts import find_held_posts
from importers.en.roles.joined_titles import record_joined_titles
from importers.en.roles.kind_possessive import kind_possessive
from importers.en.roles.list_rows import listed_function, listed_org, row_org
from importers.en.roles.lower_apposed import lower_title, past_second_post
from importers.en.roles.lower_bodies import holder_after_lower_body
from importers.en.roles.mentions import addressed_surname
from importers.en.roles.model import People
from importers.en.roles.nationals import name_before_aside
from importers.en.roles.odd_names import (
    bracketed_title,
    one_word_after_body,
    one_word_before,
    speaker_after_body,
)
from importers.en.roles.portfolio import Title, read_title
from importers.en.roles.possessed_posts import possessed_post
from importers.en.roles.respective import find_respective
from importers.en.roles.same_body import body_in
from importers.en.roles.scenes import opening_scene, title_scene
from importers.en.roles.seats import seat_after
from importers.en.roles.signed_for import signing_side
from importers.en.roles.stacked import find_stacked
from importers.en.roles.successions import replacing, succession
from importers.en.roles.title_lists import (
    listed_post,
    opens_next_name,
    titled_in_turn,
    titled_surname,
)
from importers.en.roles.unit_fields import with_unit_field
from importers.en.states import province_after, state_of
from importers.en.titles import TITLE, stands_as_title, titles_in
from importers.en.word_patterns import phrase_alternation
from importers.en.words import (
    GOVERNING_BODIES,
    ORDINAL_MODIFIERS,
    PROXY_WORDS,
    TENURE_WORDS,
    TITLE_CORE,
    TITLE_MODIFIER_WORDS,
)


def find_people(text: str, orgs: Orgs) -> People:
    people = People()
    stacked = find_stacked(text, orgs, people)  # "NAME" over "Title": leadership, signatures
    stacked += find_bylines(text, orgs, people)  # "NAME · Title at Org": a post's byline
    stacked += find_directory(text, orgs, people)  # "Post | Name": a directory's rows
    stacked += find_respective(text, orgs, people)  # "A and B, respectively Title and Title2"
    done = 0
    for m in titles_in(text):
        if m.start() < done or any(s <= m.start() < e for s, e in stacked):
            continue
        if stands_as_title(text, m):  # not the "Justice" of "Ministry of Justice"
            done = _one_title(text, _before_state_body(text, m, orgs), orgs, people)
    find_described_posts(text, people, orgs)
    find_held_posts(text, people, orgs)  # "NAME held key roles, including Title at X"
    find_heads(text, people, orgs)  # "NAME, who heads the X Office"
    find_head_appositions(text, people, orgs)  # "the head of the X Office, NAME,"
    find_body_staff(text, people, orgs)  # "the WIPO experts Mr. A and Mr. B"
    return people


def _before_state_body(text: str, m: re.Match[str], orgs: Orgs) -> re.Match[str]:
    """'the Minister of State Administration for X Mr NAME': "Minister of State" is a title
    of its own, but where a body the text names opens with that "State" the title is the
    first word alone, held at the body."""
    of = re.search(r"[ \t]+of[ \t]+State$", m.group("title"), re.IGNORECASE)
    if of is None or orgs.at(m.start("title") + of.end() - len("State")) is None:
        return m
    return TITLE.match(text, m.start(), m.start("title") + of.start()) or m


def _one_title(text: str, m: re.Match[str], orgs: Orgs, people: People) -> int:
    """Read the person and organisation around one title; returns where the title ends."""
    succeeded = succession(text, m, orgs, people)  # "A succeeds B as Title": both held it
    succeeded = succeeded or replacing(text, m, orgs, people)  # "A ..., replacing Title B"
    if succeeded is not None:
        return succeeded
    career = career_post(text, m, orgs, people)
    if career is not None:
        return career  # "NAME, who has led X as Commissioner", "X, where he was Head of Y"
    t = with_unit_field(text, read_title(text, m, orgs), orgs)  # "Budget Division Chief"
    joined = dashed_joined_posts(text, t.start)  # "• Title and Title2, Unit - NAME"
    if joined is not None:
        title, end, holder = joined
        # the groups the posts head are units the title names, no bodies of their own
        orgs.unit_spans.update((a, b) for a, b, _ in orgs.mentions if t.start <= a and b <= end)
        people.record(text, holder, title, org=None, span=(t.start, t.end), place=None)
        return holder[1]
    if kind_possessive(text, t, orgs, people):  # "NAME, the office's Director"
        return t.end
    if possessed_post(text, t, orgs, people):  # "his role as the X Office chief executive"
        return t.end
    if opening_post(text, t, orgs, people):  # "As Registrar of X, Roe ..."
        return t.end
    if _before_name(text, m, t, orgs, people) or copula_name(text, m, t, orgs, people):
        return t.end
    if appointed_object(text, t, orgs, people):  # "appointed NAME Director of X"
        return t.end
    if not _capitalised(t.text):
        lower_title(text, t, orgs, people)
        return t.end
    item = commaless_item(text, t, orgs)  # "A, Title of X and B Title of Y"
    if item is not None:
        people.record(text, item[0], t.text, org=item[1], span=(t.start, t.end), place=None)
        return t.end
    spoken = speaker_after_body(text, t.end, orgs)
    if spoken is not None:  # "The Minister of State, Department for X (Lord NAME)"
        people.record(text, spoken[1], t.text, org=spoken[0], span=(t.start, t.end), place=None)
        return t.end
    held = body_then_addressed(text, t.end, orgs)  # "Chairman X Authority Mr. NAME"
    if held is not None:
        people.record(text, held[1], t.text, org=held[0], span=(t.start, t.end), place=None)
        return t.end
    # pattern A: "[ORG] Title NAME [of ORG]", "EPO Vice-President Patent Granting Process NAME"
    nm, t.text = name_after_title(text, t, orgs)
    if nm:
        org = (
            t.ministry
            or org_before(text, t.start, orgs)
            or kind_before(text, t.start, orgs)  # "Chamber President NAME"
            or org_of_pronoun(text, t.start, orgs)  # "headed by its Director NAME"
            or org_leading(text, t.start, orgs)
            or row_org(text, t.start, orgs)
            or signing_side(text, t.start, nm[1], orgs)  # "Title NAME signed for the X Office"
            or title_scene(text, t.start, orgs)
            or (ministry_before(text, t.start, orgs) if t.text.casefold() == "minister" else None)
        )
        if t.bodiless:
            org = None  # "President of X NAME": the title says it is no body's
        place = t.country
        # "President NAME of the Austrian Patent Office": a body the text names, no state
        body_next = org is None and org_after(text, nm[1], orgs) is not None
        state = state_of(text, nm[1], t.text) if org is None and not body_next else None
        province = province_after(text, nm[1], t.text) if org is None else None
        if state or province:
            # "President NAME of Chile": the head of that state's government; "Vice-governor
            # NAME of X Province": an officer of that province's (roles.bare)
            place = state or (province[0] if province else None)
        elif org is None and not t.bodiless:
            after = org_after(text, nm[1], orgs)
            after = after or (None if t.function else _shared_org(text, nm[1], orgs))
            after = after or seat_after(text, nm[1], orgs)  # "NAME, who sits in the X Court"
            after = after or org_in_apposition(text, nm[1], orgs)  # "Title NAME, X Office"
            org = after[0] if after else None
        people.record(text, nm, t.text, org=org, span=(t.start, t.end), place=place)
        return max(t.end, nm[0])  # "President Professor, Dr. NAME": no second title
    # pattern B: "Title of ORG NAME" / "Title of ORG (ACR), NAME,"
    unit = org_then_board(text, t.end, orgs)  # "Chairman of X board of directors, NAME"
    unit = unit or org_after_unit(text, t.end, orgs) or org_after_board(text, t.end, orgs)
    served = advised_body(text, t.end, orgs, t.text) if unit is None else None
    unit = unit or (served and (served[0], served[1], ""))  # "Secretary to the X Ministry"
    if unit:
        org, oend, extra = unit
        nm = name_after(text, oend)
        if nm is not None and headline_words(text, nm):
            return t.end  # "the Chairman of X Took Place at Y": a headline's verb, no name
        nm = nm or appositive(text, oend) or one_word_after_body(text, oend)
        nm = nm or addressed_past_country(text, oend)  # "Title of X in Ghana Mr NAME"
        nm = nm or name_past_apposed_country(text, oend)  # "Title of X, UAE NAME agreed"
        nm = nm or family_first_appositive(text, oend, orgs)  # "of X, KIM Yong-rae,"
        nm = nm or seated_appositive(text, oend) or past_second_post(text, oend)
        if nm:
            people.record(text, nm, t.text + extra, org=org, span=(t.start, t.end), place=None)
        return t.end
    # pattern F: "the Minister of X and Chairman of ORG's Board of Directors, NAME"
    if _second_title_name(text, t, orgs, people):
        return t.end
    # pattern E: "Jordan's Minister of Industry, Trade and Supply, NAME"
    field_ = field_then_addressed(text, t.end, orgs)  # "its Vice President, Field, Ms NAME"
    nm = envoy_addressed(text, t.end) or appositive(text, t.end)  # ", Ambassador NAME"
    nm = nm or appositive(text, past_own_initials(text, t.end, t.text))  # "Title (T), NAME"
    nm = nm or seated_appositive(text, t.end)  # "Representative to X in Geneva, NAME"
    nm = nm or dashed_appositive(text, t.start, t.end)  # "• Chair - Mr NAME"
    t.text, nm = (t.text + field_[0], field_[1]) if field_ else (t.text, nm)
    if nm:
        org = t.ministry or org_before(text, min(m.start(), t.start), orgs)  # "X Unit Chair"
        org = org or org_of_pronoun(text, t.start, orgs) or kind_owner(text, t.start, orgs)
        org = org or signing_side(text, t.start, nm[1], orgs)  # "Title, NAME, signed for X"
        people.record(text, nm, t.text, org=org, span=(t.start, t.end), place=t.country)
    elif (low := holder_after_lower_body(text, t.start, t.end, orgs)) is not None:
        people.record(text, low[1], low[0], org=low[2], span=(t.start, t.end), place=None)
    return t.end


def _capitalised(title: str) -> bool:
    """Whether a title is written capitalised, a lower-case modifier before it aside:
    "acting Minister of X, NAME" reads as "Minister of X, NAME" does."""
    words = title.split()
    while len(words) > 1 and words[0] in TITLE_MODIFIER_WORDS:
        words = words[1:]
    return words[0][:1].isupper()


def _shared_org(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, int] | None:
    """'Deputy Director General NAME and Director General NAME2 of ORG': both at ORG (the
    caller asks only for a title with no portfolio of its own: "Minister of X NAME and ...")."""
    m = re.match(rf"\s+and\s+(?:the\s+)?(?:{TITLE_CORE})(?![\w-])", text[pos:], re.IGNORECASE)
    nm = name_after(text, pos + m.end()) if m else None
    return org_after(text, nm[1], orgs) if nm else None


def _second_title_name(text: str, t: Title, orgs: Orgs, people: People) -> bool:
    """Two titles before one name: "the Minister of Trade and Chairman of ZIPA's Board of
    Directors, Dr. NAME". The chair of a board holds a role at the board's organisation, with
    the board in the title; the first title is kept when it names an organisation."""
    m = re.match(rf"\s+(?:and|&)\s+({TITLE_CORE})(?![\w-])", text[t.end :], re.IGNORECASE)
    if m is None:
        return False
    tstart, tend = t.end + m.start(1), t.end + m.end()
    found = org_after(text, tend, orgs)
    if found is None:
        return False
    org, oend = found
    owner = owner_of_body(text, tend, oend, orgs)
    if owner is not None:
        org, oend = owner
    body = re.match(rf"(?:['’]s)?\s*{GOVERNING_BODIES}\b", text[oend:])
    if body:
        oend += body.end()
        orgs.unit_spans.update((a, b) for a, b, _ in orgs.mentions if tstart < a and b == oend)
    nm = appositive(text, oend)
    if nm is None:
        return False
    title = re.sub(r"\s+", " ", text[tstart:oend]) if body else m.group(1)
    people.record(text, nm, title, org=org, span=(tstart, tend), place=None)
    if t.ministry is not None and t.ministry.country:
        # a portfolio without its country ("Minister of Commerce") names no one ministry
        people.record(text, nm, t.text, org=t.ministry, span=(t.start, t.end), place=t.country)
    return True


def _and_title(text: str, pos: int, nm: tuple[int, int], orgs: Orgs, people: People) -> None:
    """A second title of the same person: "NAME, Minister of X and Chairman of the Y Board of
    Directors". A governing body of an organisation stays in the title; the role is at the
    organisation."""
    m = re.match(rf"\s+(?:and|&)\s+({TITLE_CORE})(?![\w-])", text[pos:], re.IGNORECASE)
    if m is None:
        return
    tstart, tend = pos + m.start(1), pos + m.end()
    found = org_after(text, tend, orgs)
    if found is None:  # "Minister of Y and Chair of the Board of Directors of X": at X, board kept
        board = org_after_board(text, tend, orgs)
        if board is not None:
            title = m.group(1) + board[2]
            people.record(text, nm, title, org=board[0], span=(tstart, tend), place=None)
        return
    org, oend = found
    owner = owner_of_body(text, tend, oend, orgs)
    if owner is not None:
        org, oend = owner
    body = re.match(rf"\s+{GOVERNING_BODIES}\b", text[oend:])
    if body:
        oend += body.end()
        orgs.unit_spans.update((a, b) for a, b, _ in orgs.mentions if tstart < a and b == oend)
    title = re.sub(r"\s+", " ", text[tstart:oend]) if body else m.group(1)
    people.record(text, nm, title, org=org, span=(tstart, tend), place=None)


def _full_name_after(text: str, t: Title) -> bool:
    """'NAME, X Office Director Given Family and ...': a title with a body written before it
    that a full name follows right after is that name's, the next item of a list."""
    return name_after(text, t.end, titled=True) is not None


#: "NAME, IFS officer and Title", "NAME, a career diplomat and Title": a description in
#: lower-case words (a service's acronym before them) joined to the title by "and"
_DESCRIBED_AND = re.compile(r"(?:[A-Z]{2,10}\s+)?[a-z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}\s+and")


#: "NAME, the representative of the Mayor of X": one who acts for the holder of the title
_PROXY_OF = re.compile(rf"(?:{phrase_alternation(PROXY_WORDS)})\s+of\s+the")


#: ", the current " or ", Sweden's first " before a title: the apposition's opening, with
#: what it says of the body (group 1) and neither when the post is held nor which holder
#: ("NAME, the first Commissioner of X") in it.
_APPOSED = re.compile(
    rf",[ \t]*(?:the\s+|a\s+|an\s+)?(?:(?:{TENURE_WORDS}|{ORDINAL_MODIFIERS})\s+)?"
    rf"([^,\n.;:]{{0,70}}?)(?:\s+(?:{ORDINAL_MODIFIERS}))?[ \t]*$"
)
#: "Governor Smith's": a name and its possessive right after a title, whose holder it is.
_POSSESSOR_AFTER = re.compile(r"[ \t]+(?:[A-Z][\w-]*[ \t]+){0,2}[A-Z][\w-]*['’]s\b")


def _before_name(text: str, m: re.Match[str], t: Title, orgs: Orgs, people: People) -> bool:
    """Pattern C: "NAME, [the] [ORG|Place] title [of ORG]", "NAME, then Commissioner of X"."""
    before = bracketed_title(text, m.start(), t.end) or dashed_title(text, m.start())
    before = before or _APPOSED.search(text[max(0, m.start() - 90) : m.start()])
    if before is None or _POSSESSOR_AFTER.match(text, t.end):
        return False  # "NAME, President X's adviser": the title is X's, the post is NAME's
    proxy = _PROXY_OF.fullmatch(before.group(1))
    pre = "" if proxy or _DESCRIBED_AND.fullmatch(before.group(1)) else before.group(1)
    short = re.fullmatch(r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:['’]s)?|our|its|their)?", pre)
    if not short and not _body_before(text, m.start(), before, orgs):
        return False  # "NAME, the X Patent Office's Director General": a body, however long
    if pre in ("our", "its", "their"):
        return _pronoun_apposition(text, m, t, orgs, people)
    if opens_next_name(text, t, orgs) and (pre == "" or _full_name_after(text, t)):
        return False  # "NAME, Commissioner Lee and ...", "NAME, Title of X NAME2": a list
    comma = max(0, m.start() - 90) + before.start()
    nm = name_before(text, comma) or (name_before_aside(text, comma) if pre == "" else None)
    nm = nm or (one_word_before(text, comma) if pre == "" else None)
    known = None if nm or pre else addressed_surname(text, comma, people)  # "Ms Roe, the CEO"
    nm, who = known if known else (nm, None)
    if not nm or listed_post(text, nm, t.text):  # "including Chief Examiner, A and B": posts
        return False
    if titled_in_turn(text, t, nm, people):  # "Title, Ms. NAME, Title2, Mr. NAME2"
        return False
    if titled_surname(text, nm, people):  # "with Ambassador NAME, the Director General"
        return False
    title = f"{proxy.group(0)} {t.text}" if proxy else t.text
    org = t.ministry or (org_before(text, t.start, orgs) if pre else None)
    place = t.country if org is None else None  # "NAME, mayor of X": the city as written
    oend = t.end
    if org is None and pre and not pre[:1].islower():
        place = pre.rstrip("’'s ").strip() or None
    advised = advised_body(text, t.end, orgs, title) if org is None else None
    if advised is not None:
        org, oend = advised  # "NAME, Senior Adviser to the X Academy"
    lower = _lower_chain(text, t, orgs) if org is None and pre == "" else None
    if lower is not None:  # "NAME, keeper of records, registrar of designs and CEO of X"
        people.record(
            text, nm, lower[1], org=lower[0], span=(t.start, t.end), place=None, person=who
        )
        return True
    if org is None and not t.function:
        unit = org_after_unit(text, t.end, orgs) or org_after_board(text, t.end, orgs)
        if unit:
            org, oend, extra = unit
            title += extra
    elif org is None:
        chained = _title_chain(text, t.end, orgs)
        if chained is not None:
            # "Commissioner of Patents, Registrar of Trademarks and CEO of the X Office"
            org, oend = chained
            title = re.sub(r"\s+", " ", text[t.start : _chain_end(text, t.end)])
            people.record(text, nm, title, org=org, span=(t.start, t.end), place=place, person=who)
            return True
        after = org_after(text, t.end, orgs)  # "Head of the Trade Section at the Delegation"
        after = after or body_in(text, t.end, orgs)  # "Secretary for Trade in the Ministry"
        higher = climb(text, t.end, after, orgs) if after else None
        if higher is not None:
            org, oend, extra = higher  # "... Division| of ASEAN X Department| under the Y"
            title += extra
        else:
            org = after[0] if after else None
    firm = firm_after_post(text, t.end, orgs) if org is None else None
    if firm is not None:  # "NAME, a senior partner and head of X at Tan & Lim"
        org, title = firm[0], title + firm[1]
    if org is None and pre == "":
        listed = listed_org(text, t.end, orgs)
        if listed is not None:
            org, extra = listed
            title += extra
        else:
            title += listed_function(text, t.end)  # "NAME, General Manager, Policy and X."
    if org is None and pre == "":
        function = function_at(text, t.end, orgs)
        if function is not None:
            org, extra = function
            title += extra
    if org is None:
        org = row_org(text, nm[0], orgs) or opening_scene(text, nm[0], orgs)  # "At X, ... met"
    if pre == "" or org is not None or place:
        people.record(text, nm, title, org=org, span=(t.start, t.end), place=place, person=who)
        successor(text, t.end, people, title, org)
        if org is not None and pre and oend == t.end:  # "NAME, X's Title, Title2 and Title3"
            record_joined_titles(text, t.end, nm, org, people, person=who)
        _and_title(text, oend, nm, orgs, people)  # "..., Chair of X (ACR) and Director of Y"
        return True
    return False


def _body_before(text: str, tstart: int, before: re.Match[str], orgs: Orgs) -> bool:
    """'NAME, the X Patent Office's Director General,', 'NAME, X Patent Office Director
    General,': what stands before the title in the apposition is a body the text reads as
    one, however many words its name has (its possessive aside, and a word of tenure after
    it: "the X Office's new Director General")."""
    base = max(0, tstart - 90)
    hit = orgs.at(base + before.start(1))
    tail = text[hit[1] : base + before.end(1)] if hit is not None else "-"
    return re.fullmatch(rf"(?:['’]s(?:\s+(?:{TENURE_WORDS}))?)?", tail) is not None


def _pronoun_apposition(text: str, m: re.Match[str], t: Title, orgs: Orgs, people: People) -> bool:
    """'NAME, our Chief Executive Officer, said': the title is held at the body the text
    speaks for (left bare, for `bare` to fill in); 'NAME, its Director General': at the
    organisation the sentence named last before the name."""
    comma = text.rfind(",", 0, m.start())
    nm = name_before(text, comma)
    if nm is None:
        return False
    org = t.ministry or org_of_pronoun(text, t.start, orgs, upto=nm[0])
    people.record(text, nm, t.text, org=org, span=(t.start, t.end), place=None)
    return True


_CHAIN = re.compile(
    rf",[ \t]+(?:{TITLE_CORE})(?![\w-])(?:[ \t]+of[ \t]+[A-Z][\w’'-]*)?"
    rf"(?:,?[ \t]+(?:and[ \t]+|&[ \t]+)?(?:{TITLE_CORE})(?![\w-])"
    rf"(?:[ \t]+of[ \t]+[A-Z][\w’'-]*(?:[ \t]+(?:and[ \t]+)?[A-Z][\w’'-]*)*)?)*"
)


#: Lower-case titles with their fields, one after another: "keeper| of records,
#: registrar of designs and CEO".
_LOWER_CHAIN = re.compile(
    rf"[ \t]+of[ \t]+(?!the\b)[a-z]+(?:,?[ \t]+(?:and[ \t]+|&[ \t]+)?(?i:{TITLE_CORE})(?![\w-])"
    rf"(?:[ \t]+of[ \t]+(?!the\b)[a-z]+)?)+"
)


def _lower_chain(text: str, t: Title, orgs: Orgs) -> tuple[OrgEntry, str] | None:
    """A lower-case title with its field and further titles, all held at the body after
    the last: "keeper of records, registrar of designs and CEO of the X Office".
    Returns the body and the whole title."""
    if t.text[:1].isupper():
        return None
    m = _LOWER_CHAIN.match(text, t.end)
    if m is None or not re.search(r",?[ \t]+(?:and|&)[ \t]+|,", m.group()):
        return None
    found = org_after(text, m.end(), orgs)
    if found is None:
        return None
    return found[0], re.sub(r"\s+", " ", text[t.start : m.end()])


def _chain_end(text: str, pos: int) -> int:
    m = _CHAIN.match(text, pos)
    return m.end() if m else pos


def _title_chain(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, int] | None:
    """The titles that follow a function title before the body all of them are held at:
    "Commissioner of Patents|, Registrar of Trademarks and CEO| of the X Office"."""
    end = _chain_end(text, pos)
    if end == pos:
        return None
    return org_after(text, end, orgs)
