"""People found next to a title, in the patterns English news and reports use.

A person is found only next to a title: "Commissioner Shen Changyu", "WIPO Director General
Francis Gurry", "Chief Executive of IPOS Daren Tang", "Mr. Jesper Kongstad, Director General
of Danish Patent and Trademark Office", "Rui Wenbiao, head of the Shanghai Intellectual
Property Administration", "Chen Qun, Shanghai vice mayor", "NAME was appointed Commissioner of
X, succeeding NAME2". Each title of the text is read once (`find_people`) and tried against the
patterns in a fixed order.
"""

from __future__ import annotations

import re

from importers.en.names import name_after, name_before, valid_token
from importers.en.orgs.model import OrgEntry, Orgs
from importers.en.places import demonym_start
from importers.en.roles.addressed import envoy_addressed, field_then_addressed
from importers.en.roles.advisers import advised_body
from importers.en.roles.anchors import (
    CAP,
    climb,
    listed_function,
    listed_org,
    ministry_before,
    org_after,
    org_after_board,
    org_after_unit,
    org_before,
    org_leading,
    org_of_pronoun,
    owner_of_body,
    row_org,
)
from importers.en.roles.appositions import org_in_apposition
from importers.en.roles.bylines import find_bylines
from importers.en.roles.careers import career_post, find_described_posts
from importers.en.roles.definite import kind_before, kind_owner
from importers.en.roles.directory import find_directory
from importers.en.roles.functions import function_at
from importers.en.roles.kind_possessive import kind_possessive
from importers.en.roles.mentions import known_surname, pronoun_subject
from importers.en.roles.model import People, RoleEntry
from importers.en.roles.odd_names import (
    bracketed_name,
    bracketed_title,
    one_word_appositive,
    one_word_before,
    one_word_name,
    speaker_after_body,
)
from importers.en.roles.portfolio import Title, read_title
from importers.en.roles.same_body import body_in
from importers.en.roles.scenes import opening_scene, title_scene
from importers.en.roles.seats import seat_after
from importers.en.roles.signed_for import signing_side
from importers.en.roles.stacked import find_stacked
from importers.en.roles.title_lists import listed_post, opens_next_name
from importers.en.states import state_of
from importers.en.titles import TITLE, stands_as_title
from importers.en.words import (
    GOVERNING_BODIES,
    NOT_NAME_WORDS,
    POST_NOMINALS,
    TENURE_WORDS,
    TITLE_CORE,
    TITLE_UNIT_WORDS,
)


def find_people(text: str, orgs: Orgs) -> People:
    people = People()
    stacked = find_stacked(text, orgs, people)  # "NAME" over "Title": leadership, signatures
    stacked += find_bylines(text, orgs, people)  # "NAME · Title at Org": a post's byline
    stacked += find_directory(text, orgs, people)  # "Post | Name": a directory's rows
    done = 0
    for m in TITLE.finditer(text):
        if m.start() < done or any(s <= m.start() < e for s, e in stacked):
            continue
        if stands_as_title(text, m):  # not the "Justice" of "Ministry of Justice"
            done = _one_title(text, m, orgs, people)
    find_described_posts(text, people, orgs)
    return people


def _one_title(text: str, m: re.Match[str], orgs: Orgs, people: People) -> int:
    """Read the person and organisation around one title; returns where the title ends."""
    career = career_post(text, m, orgs, people)
    if career is not None:
        return career  # "NAME, who has led X as Commissioner", "X, where he was Head of Y"
    t = read_title(text, m, orgs)
    if kind_possessive(text, t, orgs, people):  # "NAME, the office's Director"
        return t.end
    if _before_name(text, m, t, orgs, people) or _copula_name(text, m, t, orgs, people):
        return t.end
    if not t.text[:1].isupper():
        _lower_title(text, t, orgs, people)
        return t.end
    spoken = speaker_after_body(text, t.end, orgs)
    if spoken is not None:  # "The Minister of State, Department for X (Lord NAME)"
        people.record(text, spoken[1], t.text, org=spoken[0], span=(t.start, t.end), place=None)
        return t.end
    # pattern A: "[ORG] Title NAME [of ORG]", "EPO Vice-President Patent Granting Process NAME"
    nm, t.text = _name_after_title(text, t)
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
        place = t.country
        state = state_of(text, nm[1], t.text) if org is None else None
        if state:
            place = state  # "President NAME of Chile": the head of that state's government
        elif org is None:
            after = org_after(text, nm[1], orgs) or _shared_org(text, nm[1], orgs)
            after = after or seat_after(text, nm[1], orgs)  # "NAME, who sits in the X Court"
            after = after or org_in_apposition(text, nm[1], orgs)  # "Title NAME, X Office"
            org = after[0] if after else None
        people.record(text, nm, t.text, org=org, span=(t.start, t.end), place=place)
        return max(t.end, nm[0])  # "President Professor, Dr. NAME": no second title
    # pattern B: "Title of ORG NAME" / "Title of ORG (ACR), NAME,"
    unit = org_after_unit(text, t.end, orgs) or org_after_board(text, t.end, orgs)
    if unit:
        org, oend, extra = unit
        nm = name_after(text, oend) or _appositive(text, oend)
        if nm:
            people.record(text, nm, t.text + extra, org=org, span=(t.start, t.end), place=None)
        return t.end
    # pattern F: "the Minister of X and Chairman of ORG's Board of Directors, NAME"
    if _second_title_name(text, t, orgs, people):
        return t.end
    # pattern E: "Jordan's Minister of Industry, Trade and Supply, NAME"
    field_ = field_then_addressed(text, t.end, orgs)  # "its Vice President, Field, Ms NAME"
    nm = envoy_addressed(text, t.end) or _appositive(text, t.end)  # ", Ambassador NAME"
    t.text, nm = (t.text + field_[0], field_[1]) if field_ else (t.text, nm)
    if nm:
        org = t.ministry or org_before(text, m.start(), orgs) or org_of_pronoun(text, t.start, orgs)
        org = org or kind_owner(text, t.start, orgs)  # "The Faculty's Dean, NAME"
        people.record(text, nm, t.text, org=org, span=(t.start, t.end), place=t.country)
    return t.end


def _shared_org(text: str, pos: int, orgs: Orgs) -> tuple[OrgEntry, int] | None:
    """'Deputy Director General NAME and Director General NAME2 of ORG': two titled names
    joined by "and" before one organisation both belong to it."""
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
    nm = _appositive(text, oend)
    if nm is None:
        return False
    title = re.sub(r"\s+", " ", text[tstart:oend]) if body else m.group(1)
    people.record(text, nm, title, org=org, span=(tstart, tend), place=None)
    if t.ministry is not None and t.ministry.country:
        # a portfolio without its country ("Minister of Commerce") names no one ministry
        people.record(text, nm, t.text, org=t.ministry, span=(t.start, t.end), place=t.country)
    return True


def _lower_title(text: str, t: Title, orgs: Orgs, people: People) -> None:
    """Trade-press style: "KIPI managing director NAME", a lower-case title between an
    organisation and the name."""
    org = org_before(text, t.start, orgs)
    title, end = t.text, t.end
    qualifier = _QUALIFIER.match(text, end)
    if qualifier:  # "deputy director-general (operations) NAME": the qualifier is the title's
        title, end = title + qualifier.group(), qualifier.end()
    nm = name_after(text, end) if org is not None else None
    if nm is not None and org is not None:
        people.record(text, nm, title, org=org, span=(t.start, t.end), place=None)


_QUALIFIER = re.compile(r" \([a-z][a-z ,&-]{1,30}\)")


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


def _before_name(text: str, m: re.Match[str], t: Title, orgs: Orgs, people: People) -> bool:
    """Pattern C: "NAME, [the] [ORG|Place] title [of ORG]", "NAME, then Commissioner of X"."""
    before = re.search(
        rf",[ \t]*(?:the\s+|a\s+|an\s+)?(?:(?:{TENURE_WORDS})\s+)?([^,\n.;:]{{0,70}}?)[ \t]*$",
        text[max(0, m.start() - 90) : m.start()],
    ) or bracketed_title(text, m.start(), t.end)
    if before is None or not re.fullmatch(
        r"(?:[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?(?:['’]s)?|our|its|their)?", before.group(1)
    ):
        return False
    pre = before.group(1)
    if pre in ("our", "its", "their"):
        return _pronoun_apposition(text, m, t, orgs, people)
    if pre == "" and opens_next_name(text, t, orgs):
        return False  # "NAME, Commissioner Lee and ...", "NAME, Title of X NAME2": a list
    comma = max(0, m.start() - 90) + before.start()
    nm = name_before(text, comma) or (one_word_before(text, comma) if pre == "" else None)
    if not nm or listed_post(text, nm, t.text):  # "including Chief Examiner, A and B": posts
        return False
    title = t.text
    org = t.ministry or (org_before(text, t.start, orgs) if pre else None)
    place = None
    oend = t.end
    if org is None and pre and not pre[:1].islower():
        place = pre.rstrip("’'s ").strip() or None
    advised = advised_body(text, t.end, orgs, title) if org is None else None
    if advised is not None:
        org, oend = advised  # "NAME, Senior Adviser to the X Academy"
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
            people.record(text, nm, title, org=org, span=(t.start, t.end), place=place)
            return True
        after = org_after(text, t.end, orgs)  # "Head of the Trade Section at the Delegation"
        after = after or body_in(text, t.end, orgs)  # "Secretary for Trade in the Ministry"
        higher = climb(text, t.end, after, orgs) if after else None
        if higher is not None:
            org, oend, extra = higher  # "... Division| of ASEAN X Department| under the Y"
            title += extra
        else:
            org = after[0] if after else None
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
        people.record(text, nm, title, org=org, span=(t.start, t.end), place=place)
        _successor(text, t.end, people, title, org)
        _and_title(text, oend, nm, orgs, people)  # "..., Chair of X (ACR) and Director of Y"
        return True
    return False


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


_COPULA = re.compile(
    r"(?:\b(?:was|is|has\s+been|had\s+been|will\s+be|has\s+become|became|"
    r"(?:has\s+)?(?:taken|took|takes|assumed|assumes)\s+(?:up\s+)?office|"
    r"(?:has\s+|had\s+)?served(?:\s+[\w-]+){0,5}?\s+as|(?:took|takes|has\s+taken)\s+over\s+as)\s+)"
    r"(?:(?:(?:re-?)?(?:appointed|elected)|named|designated|promoted|previously|formerly|also|now)\s+)*"
    r"(?:for\s+(?:a|an|his|her|the)\s+(?:[\w-]+\s+){0,2}terms?\s+)?(?:(?:as|to)\s+)?(?:the\s+|a\s+|an\s+)?$"
)


def _copula_name(text: str, m: re.Match[str], t: Title, orgs: Orgs, people: People) -> bool:
    """Pattern D: "NAME was appointed Commissioner of X, succeeding NAME2" and "Ms NAME was
    previously General Manager, Business Services at ORG"."""
    cop = _COPULA.search(text, max(0, m.start() - 60), demonym_start(text, m.start()))
    if cop is None:
        return False
    if not t.text[:1].isupper() and _lower_org_after(text, t.end, orgs) is None:
        return False  # "was president of X": a lower-case title only with its body
    nm = name_before(text, cop.start()) or _name_before_apposition(text, cop.start())
    known = None if nm else known_surname(text, cop.start(), people)
    known = known or (None if nm else pronoun_subject(text, cop.start(), people))  # "She was"
    if known:
        nm, person = known
        person.spans.append(nm)
    if nm is None:
        return False
    title, end = t.text, t.end
    unit = re.match(
        rf",\s+({CAP}(?:\s+(?:and\s+|&\s+)?{CAP}){{0,4}})(?=\s+(?:at|of)\s)", text[end:]
    )
    if unit and org_after(text, end + unit.end(), orgs):
        title += f", {unit.group(1)}"
        end += unit.end()
    org = t.ministry
    if org is None and not t.function:
        found = org_after_unit(text, end, orgs)
        if found:
            org, _, extra = found
            title += extra
    if org is None and not title[:1].isupper():
        org = _lower_org_after(text, end, orgs)
    if org is None:
        advised = advised_body(text, end, orgs, title)  # "Senior Adviser to the X"
        org = advised[0] if advised else None
    if known:
        people.roles.append(
            RoleEntry(known[1], org, title, (t.start, t.end), t.country, bare=org is None)
        )
    else:
        people.record(text, nm, title, org=org, span=(t.start, t.end), place=t.country)
    _successor(text, t.end, people, title, org)
    return True


_APPOSITION = re.compile(
    r",[ \t]+(?:previously|formerly|until\s+now|most\s+recently)\b[^,;.\n]{3,100},\s*$"
)


def _name_before_apposition(text: str, pos: int) -> tuple[int, int] | None:
    """'NAME, previously Director of X, was appointed ...': the name before an apposition
    that gives a former post."""
    m = _APPOSITION.search(text, max(0, pos - 130), pos)
    return name_before(text, m.start()) if m else None


_THEN = re.compile(r"\s+of\s+what\s+(?:was|is)\s+(?:then|now)\s+(?:called\s+)?(?:the\s+)?")


def _lower_org_after(text: str, pos: int, orgs: Orgs) -> OrgEntry | None:
    """The body after a lower-case title: "of the X Office", or under an older name, "of
    what was then OHIM"."""
    then = _THEN.match(text, pos)
    if then:
        hit = orgs.at(then.end())
        return hit[2] if hit else None
    found = org_after(text, pos, orgs)
    return found[0] if found else None


def _successor(text: str, end: int, people: People, title: str, org: OrgEntry | None) -> None:
    """'..., succeeding NAME': the predecessor held the same title at the same body."""
    m = re.match(
        r"(?:\s+(?:of|at|in|on|from)\s+[^,.;\n]{1,80}?)?\s*,?\s*"
        r"(?:succeeding|replacing|who\s+succeeds|who\s+replaces)\s+",
        text[end:],
    )
    if not m:
        return
    nm = name_after(text, end + m.end() - 1)
    if nm:
        people.record(text, nm, title, org=org, span=(end, nm[1]), place=None)


def _name_after_title(text: str, t: Title) -> tuple[tuple[int, int] | None, str]:
    """The name right after a title, or after a title that goes on with the unit or function
    it covers ("Vice-President Patent Granting Process Steve Rowan")."""
    nm = name_after(text, t.end) or bracketed_name(text, t.end)
    if nm is None:
        one = one_word_name(text, t.end)
        if one is not None:
            return one, re.sub(r"\s+", " ", text[t.start : one[0]]).strip()
    if nm or t.function:
        return nm, t.text
    words = list(re.finditer(r"[ \t]+([A-Z][\w’'-]*|and|&)", text[t.end : t.end + 120]))
    run: list[re.Match[str]] = []
    for w in words:
        if run and w.start() != run[-1].end():
            break
        if not run and w.start() != 0:
            break
        run.append(w)
    while run and run[-1].group(1) in ("and", "&"):
        run.pop()
    if run and run[0].group(1) in ("and", "&"):
        return None, t.text  # "our Chief Executive and NAME, Director of X": two people
    last_unit = -1
    for k, w in enumerate(run[:8]):
        low = w.group(1).casefold()
        if low in TITLE_UNIT_WORDS or not valid_token(w.group(1)):
            last_unit = k
    if last_unit < 0:
        return None, t.text
    first = run[0].group(1).casefold()
    if first not in TITLE_UNIT_WORDS and valid_token(run[0].group(1)):
        return None, t.text
    unit_end = t.end + run[last_unit].end()
    # "Vice-President Legal Affairs, NAME": the title's function closes the run, the name
    # follows it after a comma
    nm = name_after(text, unit_end) if last_unit + 1 < len(run) else None
    if nm is None and last_unit + 1 == len(run):
        nm = _appositive(text, unit_end)
    if nm is None:
        return None, t.text
    return nm, re.sub(r"\s+", " ", text[t.start : unit_end])


def _appositive(text: str, pos: int) -> tuple[int, int] | None:
    """', NAME,' or ', NAME.' right after a title or its organisation."""
    m = re.match(r",[ \t]*", text[pos:])
    if not m:
        return None
    nm = name_after(text, pos + m.end() - 1)
    if nm is None:
        return one_word_appositive(text, pos)  # ", Razilu, and": a person of one name
    after = nm[1] + _post_nominals(text, nm[1])  # "the Hon NAME MP, today announced"
    if re.match(r"\s*(?:[,.;)]|$|\s(?:and|who|signed|said)\b)", text[after:]):
        return nm
    if _verb_follows(text, after):
        return nm
    return None


def _post_nominals(text: str, pos: int) -> int:
    """How many characters of letters after a name ("MP", "SC", "QC") follow `pos`."""
    m = re.match(r"(?:[ \t]+[A-Z]{2,4}\b)+", text[pos:])
    if m is None or any(w not in POST_NOMINALS for w in m.group().split()):
        return 0
    return m.end()


def _verb_follows(text: str, pos: int) -> bool:
    """A lower-case word that is not a preposition follows `pos`: the name is the subject of
    a clause ("..., Rowel S. Barba still describes himself ...")."""
    m = re.match(r" ([a-z]+)\b", text[pos:])
    return m is not None and m.group(1) not in NOT_NAME_WORDS
