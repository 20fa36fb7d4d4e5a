"""The parties of a Chinese signing: the organisations of its clause (A与B签署), the subject
of the clause before (A与B签署…；与C签署…), those of 双方's sentence, or the bodies its
title joins (《A与B关于…的备忘录》); "A分别与B、C签署" is two agreements.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.agreement_dates import dates_verb, is_date
from importers.zh.agreement_model import joined_before, patterns
from importers.zh.agreement_topics import (
    after_speech,
    opener_end,
    pair_heads,
    pair_reference,
)
from importers.zh.home import heading_block, self_reference_in
from importers.zh.orgs.aliases import CONTRACTION
from importers.zh.orgs.faculties import university_of
from importers.zh.orgs.mention import Mention
from importers.zh.role_context import demonstrative_org
from store.text import HAN, in_order, lexicon
from store.text.sentences import ends


def dated_pair(text: str, cs: int, verb: re.Match[str]) -> bool:
    """双方忆及2018年6月签订的合作备忘录: a pair (双方) and a date right before the verb name
    one particular signing of theirs, told in passing; the document after 的 is that one."""
    return dates_verb(text, verb.start()) and pair_reference(text[cs : verb.start()])


def pair_before(text: str, orgs: list[Mention], cs: int, verb_at: int) -> bool:
    """Whether the clause ends, right before the verb (or its date: 甲与乙于2023年10月续签的
    协议), with a party joiner and an organisation, after another organisation (甲（去年）与乙
    签署): the parties of one particular signing."""
    last = next((o for o in orgs if o.start >= cs and _dated_gap(text[o.end : verb_at])), None)
    if last is None or not text.endswith(zh_lex.words("party_joiners"), cs, last.start):
        return False
    return any(o.start >= cs and o.end < last.start for o in orgs)


def _dated_gap(gap: str) -> bool:
    """Nothing, or only the date of the signing (于2023年10月), between a party and the verb."""
    gap = gap.strip()
    opener = next(
        (w for w in lexicon.words("zh_agreements.txt", "year_openers") if gap.startswith(w)), ""
    )
    return not gap or is_date(gap.removeprefix(opener))


def party_sets(
    text: str,
    orgs: list[Mention],
    clause: tuple[int, int],
    previous: tuple[int, int] | None,
    document: tuple[int, int],
    *,
    recalled: bool = False,
) -> list[list[Mention]]:
    """The parties of each agreement the clause (start, verb) reports: "A分别与B、C签署了…"
    is two agreements, A-B and A-C; otherwise one. Parties of "双方" come from the
    `previous` sentence, or when the signing is `recalled` from a year before the text's,
    from the heading's joined pair; failing all, from the `document` title (《A与B…备忘录》)."""
    cs, verb_at = clause
    cs = _own_segment(text, after_speech(text, cs, verb_at), verb_at)  # 甲表示，…: 甲 reports
    before = text[cs:verb_at]
    parties = _parties(orgs, cs, verb_at, before)
    if named_back := _demonstrative(text, orgs, (cs, verb_at), parties):
        parties.append(named_back)  # 甲于2022年与该署签署: the 署 the text named last
    if len(parties) == 1 and previous is not None and _continues(text, cs, previous):
        subject = _subject(text, orgs, previous)
        parties = [subject, *parties] if subject is not None else parties
    named = title_parties(text, orgs, document)
    if len(named) >= 2 and (len(parties) < 2 or named[0].start == document[0]):
        # 王某与李某代表双方签署《A与B…备忘录》, 部长甲与部长乙分别代表…签署《A政府和B政府…协定》:
        # a title that opens with its two parties names them, not the signers' ministries
        return [named]
    parties = _represented(text, orgs, (cs, verb_at)) or parties
    pair = lexicon.words("zh_agreements.txt", "pair_pronouns")  # 双方, 他们: the pair before
    if not parties and any(w in before for w in pair) and previous is not None:
        ps, pe = previous
        parties = (heading_pair(text, orgs) if recalled else []) or _bodies(
            text, _parties(orgs, ps, pe, text[ps:pe])
        )[:2]
    if not parties:
        ds, de = document
        parties = [o for o in orgs if ds <= o.start and o.end <= de][:2]
    # 甲分别与乙、丙签署, 甲先后与乙、丙签署: 甲 signs one document with each
    each = [
        k for w in lexicon.words("zh_agreements.txt", "each_with") if (k := before.find(w)) >= 0
    ]
    split = min(each, default=-1)
    joiner = patterns().party_joiner.search(before)
    if split < 0 and "分别" in text[cs : verb_at + 2] and joiner is not None:
        split = joiner.start()  # 甲与乙、丙分别签署: 甲 signs with each
    examples = _examples(text, parties, (cs, verb_at)) if split < 0 else -1
    split = examples - cs if examples >= 0 else split  # 与A、B等地区组织签订了协议: each
    if split < 0:
        return [parties]
    cut = cs + split
    lead = [o for o in parties if o.end <= cut]
    rest = [o for o in parties if o.start > cut]
    if not lead and len(rest) > 1:
        lead = _sentence_opener(text, orgs, cs)  # 甲局长乙访问丙时，分别与丁、戊签署
    return [lead + [o] for o in rest] if (lead or examples >= 0) and len(rest) > 1 else [parties]


def _examples(text: str, parties: list[Mention], clause: tuple[int, int]) -> int:
    """与A、B、C等地区组织签订了合作协议: a list of counterparts after a joiner that ends in 等
    and the kind they are examples of, right before the verb, sums up agreements, one with
    each; where the list's joiner stands (two or more members after it), else -1."""
    cs, verb_at = clause
    if not _examples_end().search(text, cs, verb_at):
        return -1
    joiner = next(
        (
            j
            for j in patterns().party_joiner.finditer(text, cs, verb_at)
            if not any(o.start <= j.start() < o.end for o in parties)
        ),
        None,
    )
    if joiner is None or sum(o.start >= joiner.end() for o in parties) < 2:
        return -1
    return joiner.start()


@cache
def _examples_end() -> re.Pattern[str]:
    """等 and a kind of body ending the clause (…等地区组织, …等机构) before the verb."""
    kinds = alternation(zh_lex.words("listed_kinds"))
    return re.compile(rf"等[{HAN}]{{0,4}}?(?:{kinds})\s*$")


def _sentence_opener(text: str, orgs: list[Mention], cs: int) -> list[Mention]:
    """甲局长乙率团访问丙时，分别与丁和戊签署: a clause that signs with each of several bodies
    and names no signer of its own is signed by the body that opens its sentence (the first
    one named between the sentence's start and the clause)."""
    start = max(text.rfind(c, 0, cs) for c in ends("zh") + "\n") + 1
    first = next((o for o in orgs if start <= o.start and o.end <= cs), None)
    return [first] if first is not None else []


def _demonstrative(
    text: str, orgs: list[Mention], clause: tuple[int, int], parties: list[Mention]
) -> Mention | None:
    """甲与该署签署: 该 and a body's kind after a party joiner, right before the verb (or its
    date), name the body of that kind the text named before the clause, other than the
    clause's own parties (甲局于2021年与该局签署: not 甲局), a party."""
    cs, verb_at = clause
    own = {o.name for o in parties}
    before = [o for o in orgs if o.end <= cs and o.name not in own]
    for j in patterns().party_joiner.finditer(text, cs, verb_at):
        found = demonstrative_org(before, text[j.end() : verb_at], j.end())
        if found is not None and _dated_gap(text[j.end() + found[1] : verb_at]):
            return found[0]
    return None


def _represented(text: str, orgs: list[Mention], clause: tuple[int, int]) -> list[Mention]:
    """部长甲与部长乙分别代表A政府和B政府签署: the bodies a clause's signers act for (after
    代表) are the parties, not the bodies the signers' titles name; [] when none follow it.
    代表 inside a body's name (欧盟驻华代表团) is no such word."""
    cs, verb_at = clause
    words = lexicon.words("zh_agreements.txt", "on_behalf_words")
    at = max(
        (
            m.end()
            for w in words
            for m in re.finditer(re.escape(w), text[:verb_at])
            if m.start() >= cs and not any(o.start <= m.start() < o.end for o in orgs)
        ),
        default=-1,
    )
    if at < 0:
        return []
    found = [o for o in orgs if at <= o.start and o.end <= verb_at]
    return found if len(found) >= 2 else []


def _own_segment(text: str, cs: int, verb_at: int) -> int:
    """Where the parties of a headline's signing are named: a headline runs in segments set
    apart by spaces (部新闻 合作再进一步 双方签署备忘录), and a segment whose subject is the
    pair (双方) or that joins its own pair (甲与乙签署) takes no party from the segments before
    it (a column's name, a slogan)."""
    line = text.rfind("\n", 0, verb_at) + 1
    end = text.find("\n", verb_at)
    if any(c in text[line : end if end >= 0 else len(text)] for c in "。！？"):
        return cs  # a sentence of the body, not a headline
    start = max(cs, line)
    gaps = list(re.finditer(r"[ \t\u3000]+", text[start:verb_at]))
    segment = start + gaps[-1].end() if gaps else cs
    own = text[segment:verb_at]
    joined = patterns().party_joiner.search(own)  # 甲与乙签署: the segment names its pair
    return segment if gaps and (pair_reference(own) or (joined and joined.start())) else cs


def title_parties(text: str, orgs: list[Mention], document: tuple[int, int]) -> list[Mention]:
    """The bodies a document's title names as joined parties (《A与B关于…的备忘录》): the
    first two organisations of the title when only a joiner stands between them."""
    ds, de = document
    inside = [o for o in orgs if ds <= o.start and o.end <= de]
    if len(inside) < 2 or not patterns().party_joiner.fullmatch(
        text[inside[0].end : inside[1].start]
    ):
        return []
    return inside[:2]


def joined_pair(
    text: str,
    orgs: list[Mention],
    before: tuple[int, int],
    previous: tuple[int, int] | None,
) -> list[Mention]:
    """两单位已签订…, with no signing reported before: the pair is the two bodies joined
    (A与B) in the sentence up to the clause (`before`), else in the sentence before it, else
    in a title line of the heading (国家知识产权局与某局 / …工作方案: the pair the document
    is about). A pair reference of one kind (两校) names two bodies of that kind only: two
    centres joined before as the implementers are not "the two universities"."""
    verb = patterns().sign.search(text, before[1])  # the clause's pair reference is before it
    heads = pair_heads(text[before[1] : verb.start() if verb else before[1]])
    return _first_joined(text, orgs, [before, *([previous] if previous else [])], heads) or (
        heading_pair(text, orgs, heads)
    )


def heading_pair(text: str, orgs: list[Mention], heads: tuple[str, ...] = ()) -> list[Mention]:
    """The two bodies a title line of the heading joins (甲局与乙局签署…): the two sides the
    document is about; [] when no title line joins two."""
    return _first_joined(text, orgs, _title_lines(text), heads)


def _first_joined(
    text: str, orgs: list[Mention], spans: list[tuple[int, int]], heads: tuple[str, ...]
) -> list[Mention]:
    """The first two bodies joined (A与B) in the first of `spans` that joins two, both
    named with one of `heads` when any are given."""
    for s, e in spans:
        inside = [o for o in orgs if s <= o.start and o.end <= e]
        for a, b in zip(inside, inside[1:], strict=False):
            if not patterns().party_joiner.fullmatch(text[a.end : b.start]) or a.name == b.name:
                continue
            if not heads or (a.name.endswith(heads) and b.name.endswith(heads)):
                return [a, b]
    return []


def _title_lines(text: str) -> list[tuple[int, int]]:
    """The heading's lines that are titles, not a record's labelled fields (名称: …)."""
    return [(s, e) for s, e in heading_block(text) if not any(c in text[s:e] for c in ":：")]


def _continues(text: str, cs: int, previous: tuple[int, int]) -> bool:
    """A与B签署了…；与C签署了…: a clause that opens with a joiner after a semicolon shares
    the subject of the clause before it."""
    ps, pe = previous
    return text[ps:pe].rstrip().endswith(("；", ";")) and bool(
        patterns().party_joiner.match(text, cs)
    )


def _subject(text: str, orgs: list[Mention], sentence: tuple[int, int]) -> Mention | None:
    """The organisation right before the first joiner of a sentence (A与B签署: A)."""
    s, e = sentence
    inside = [o for o in orgs if s <= o.start and o.end <= e]
    for a, b in zip(inside, inside[1:], strict=False):
        if patterns().party_joiner.fullmatch(text[a.end : b.start]):
            return a
    return None


@cache
def _occasion() -> re.Pattern[str]:
    """The occasion of a signing (于某组织领导人会晤期间, 在某会议期间): the bodies that name
    the meeting sign nothing there, when the clause names a signer outside it."""
    opener = alternation(lexicon.words("zh_agreements.txt", "occasion_openers"))
    closer = alternation(lexicon.words("zh_agreements.txt", "occasion_closers"))
    return re.compile(rf"(?:{opener})[^，,。；;]{{2,40}}?(?:{closer})")


def _within(o: Mention, start: int, end: int) -> bool:
    return start <= o.start and o.end <= end


def _bodies(text: str, found: list[Mention]) -> list[Mention]:
    """One mention per body, in order: 甲局(EPO)与乙局(OMPIC)举行会议 names two bodies, the
    acronym in brackets after each (or another name of a known body) being no third."""
    out: list[Mention] = []
    for o in found:
        if out and glosses(text, out[-1], o):
            continue
        if o.ref is not None and any(k.ref is not None and k.ref.id == o.ref.id for k in out):
            continue
        out.append(o)
    return out


def glosses(text: str, body: Mention, short: Mention) -> bool:
    """Whether `short` stands in brackets right after `body`: X(Y), X（Y）."""
    return text[body.end : short.start].strip() in ("(", "（") and text[
        short.end : short.end + 1
    ] in (")", "）")


def _parties(orgs: list[Mention], start: int, end: int, clause: str) -> list[Mention]:
    rx = patterns()
    if rx.witness.search(clause) and not re.search(rx.party_joiner.pattern + ".*$", clause):
        return []
    found = [o for o in orgs if start <= o.start and o.end <= end]
    if occasion := _occasion().search(clause):  # 与甲局的备忘录于乙国家领导人会晤期间签署
        outside = [
            o for o in found if not _within(o, start + occasion.start(), start + occasion.end())
        ]
        found = outside or found
    witness = rx.witness.search(clause)
    if witness:  # 甲见证A局长乙与B局长丙签署: the bodies after the witnessing verb sign
        after = [o for o in found if o.start >= start + witness.end()]
        found = after or [o for o in found if o.end <= start + witness.start()]
    return found


def with_home(
    text: str,
    clause: tuple[int, int],
    parties: list[Mention],
    home: Mention | None,
    sentence_start: int | None = None,
) -> list[Mention]:
    """我局与X签署, 其中，与X的备忘录…签署: a clause that names one party after a joiner, with
    the office the document speaks for (`home`) before it as 我局 or not at all, is signed
    by that office too; so is one with only a place before the joiner (在万象与X签署) in a
    sentence whose subject is that office (省局局长甲率团访问…, 在万象与X签署)."""
    if home is None or len(parties) != 1 or parties[0] is home:
        return parties
    cs, _verb_at = clause
    joined = patterns().party_joiner.search(text, cs, parties[0].start)
    if joined is None:
        return parties
    subject = joined.start()
    if opener_end(text, cs) >= subject or self_reference_in(text, cs, subject, home):
        return [home, *parties]
    if sentence_start is not None and _placed_only(text[cs:subject]):
        lead = text[sentence_start:cs]
        if home.name in lead or self_reference_in(text, sentence_start, cs, home):
            return [home, *parties]
    return parties


def _placed_only(before: str) -> bool:
    """Whether the words before a joiner are only a place (在万象): no subject of their own."""
    return _place_only().fullmatch(before) is not None


@cache
def _place_only() -> re.Pattern[str]:
    """A place opener (在) and a few words: a place named, nothing more."""
    words = alternation(lexicon.words("zh_agreements.txt", "place_openers"))
    return re.compile(rf"\s*(?:{words})[^，,。；;、]{{1,8}}")


@cache
def _implementing() -> re.Pattern[str]:
    """为执行机关: the words that make the bodies before them an agreement's implementers."""
    roles = alternation(lexicon.words("zh_agreements.txt", "implementing_roles"))
    return re.compile(rf"\s*(?:{roles})")


def implementers(text: str, orgs: list[Mention], doc_end: int, end: int) -> list[Mention]:
    """甲协会与乙协会签署「…备忘录」，A局与B厅为执行机关: the bodies that a clause after the
    document names as its implementing agencies are parties too (two associations sign in
    their stead)."""
    k = max(text.find("，", doc_end, end), text.find(",", doc_end, end))
    if k < 0:
        return []
    stop = min((i for i in (text.find(c, k + 1, end) for c in "，,；;") if i >= 0), default=end)
    role = _implementing().search(text, k + 1, stop)
    if role is None:
        return []
    inside = [o for o in orgs if k < o.start and o.end <= role.start()]
    return inside if len(inside) >= 2 else []


SUBJECTLESS_GAP = 16  # how much (a date, an adverb) may open a clause before its joiner
SUBJECT_GAP = 3  # adverbs between a sentence's subject and its joiner (甲已与…)


def sentence_subject(
    text: str, orgs: list[Mention], sentence_start: int, clause: tuple[int, int], party: Mention
) -> Mention | None:
    """甲已与多个机构签署合作文件：2023年与乙签署…，2024年与丙续签…: a clause that names one
    party after a joiner, with no subject of its own, is signed by the subject of its
    sentence (the body right before the sentence's first joiner)."""
    cs, _verb_at = clause
    joined = patterns().party_joiner.search(text, cs, party.start)
    if joined is None or joined.start() - cs > SUBJECTLESS_GAP or cs <= sentence_start:
        return None
    for o in orgs:
        if sentence_start <= o.start and o.end <= cs:
            lead = patterns().party_joiner.search(text, o.end, o.end + SUBJECT_GAP + 1)
            # 甲局共签署合作文件3份：与乙签署…，与丙签署…: the subject of the summing verb
            lead = lead or patterns().sign.search(text, o.end, o.end + SUBJECT_GAP + 2)
            if lead is None or o is party or joined_before(text, o):
                return None  # 与甲签署…，与乙签署…: 甲 is a counterpart, no subject
            own = text[cs : joined.start()]  # 学校已于…与乙签署: the faculty's university signs
            return university_named(orgs, o) if _names_university(own) else o
    return None


def _names_university(words: str) -> bool:
    """Whether a clause names a university as its own subject (学校, 该校)."""
    return any(w in words for w in lexicon.words("zh_agreements.txt", "university_self_words"))


def university_named(orgs: list[Mention], faculty: Mention) -> Mention:
    """The mention of the university a faculty belongs to (甲大学 for 甲大学法学院; for a
    faculty named by its university's short name, 澳科大法学院, the one university the text
    names whose name that short name abbreviates, 澳门科技大学), else the faculty itself."""
    name = university_of(faculty.name)
    if name is not None:
        return next((o for o in orgs if o.name == name and o is not faculty), faculty)
    units = lexicon.words("zh_agreements.txt", "faculty_units")
    unit = max((u for u in units if faculty.name.endswith(u)), key=len, default="")
    short = faculty.name[: -len(unit)] if unit else ""
    heads = lexicon.words("zh_agreements.txt", "university_heads")
    named = {
        o.name: o
        for o in orgs
        if len(short) >= 2
        and o.name.endswith(heads)
        and o.name[:1] == short[:1]
        and in_order(short, o.name)
    }
    return next(iter(named.values())) if len(named) == 1 else faculty


def for_universities(parties: list[Mention]) -> list[Mention]:
    """甲大学、甲大学法学院 sign together: a faculty signs for its university, which is the
    party once. A faculty that signs alone is the party itself, though the text names its
    university elsewhere (a venue on the university's campus)."""
    out: list[Mention] = []
    for p in parties:
        university = university_of(p.name)
        if university is not None:
            named = [o for o in parties if o.name == university]
            p = named[0] if named else p
        if all(o.name != p.name for o in out):
            out.append(p)
    return out


@cache
def _subsidiary() -> re.Pattern[str]:
    """旗下的, 下属: the words that put the body after them under the body before them."""
    words = alternation(lexicon.words("zh_agreements.txt", "subsidiary_markers"))
    return re.compile(rf"\s*(?:{words})\s*的?\s*")


def without_parents(text: str, parties: list[Mention]) -> list[Mention]:
    """甲与乙局旗下的丙公司签署: a body named only to place the party under it (乙局) is no
    party; the body under it (丙公司) signs. So is a parent whose unit runs on after the
    parent's bracketed short form (某某大学(某大)技术转移中心: the centre signs)."""
    split = [
        (p.start, o.start)
        for p in parties
        for o in parties
        if o.start >= p.end
        and CONTRACTION.fullmatch(text, p.end, o.start)
        and o.name.startswith(p.name)
    ]
    return [
        p
        for p in parties
        if not any(
            o is not p and o.start >= p.end and _subsidiary().fullmatch(text, p.end, o.start)
            for o in parties
        )
        and not any(s <= p.start and p.end <= e for s, e in split)
    ]
