"""Agreements in Chinese text: a signing verb with a document noun in one sentence.

Only documents the text says were signed, renewed, concluded or adopted count
(签署/签订/续签/缔结/通过 + 谅解备忘录, 协议, 工作计划 …). Consensus (达成共识), programmes
that are only mentioned, counts ("签署了52份合作协议") and denied signings (未曾签订任何备忘录)
are not agreements. Parties are
the organisations before the verb in the same clause (X与Y签署…); a clause that witnesses
(见证, 出席签约仪式) gives no parties. A headline and the body, or a document named twice,
report one agreement (`agreement_dedupe`).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from importers.gazetteer import longest_first
from importers.zh import agreement_adopted as adopted
from importers.zh import agreement_ceremonies as ceremonies
from importers.zh import agreement_changes as changes
from importers.zh import agreement_event_days as days
from importers.zh import agreement_exchanged as exchanged
from importers.zh import agreement_extended as extended
from importers.zh import agreement_history as history
from importers.zh import agreement_published as published
from importers.zh import agreement_recalled as recall
from importers.zh import agreement_records as records
from importers.zh import agreement_statements as statements
from importers.zh import agreement_topics as topics
from importers.zh import lex as zh_lex
from importers.zh.agreement_countries import country_parties
from importers.zh.agreement_dates import (
    EVENT_LOOKBACK,
    has_full_date,
    latest_date,
    lead_date,
    own_day,
    relative_date,
    relative_day,
    relative_month,
    signing_date,
)
from importers.zh.agreement_dedupe import dedupe, short_titles
from importers.zh.agreement_documents import documents_after
from importers.zh.agreement_editor_notes import speech_day
from importers.zh.agreement_initials import initial_sides
from importers.zh.agreement_model import (
    BOOK,
    AgreementHit,
    generic_core,
    kind_of,
    kinds,
    patterns,
)
from importers.zh.agreement_noted_dates import noted_date
from importers.zh.agreement_parties import (
    dated_pair,
    for_universities,
    implementers,
    pair_before,
    party_sets,
    sentence_subject,
    with_home,
    without_parents,
)
from importers.zh.agreement_since import pair_parties
from importers.zh.agreement_subjectless import subjectless_record
from importers.zh.agreement_table import fold_into_rows, row_spans, table_hits
from importers.zh.headline_lines import is_heading
from importers.zh.home import home_office
from importers.zh.orgs.mention import Mention
from store.text import lexicon
from store.text.sentences import sentence_spans

__all__ = ["AgreementHit", "find", "generic_core", "kind_of", "kinds"]


def _asks(text: str, s: int, e: int) -> bool:
    """Whether the sentence is a question (…签订同类文件？): it reports nothing signed."""
    return text[s:e].rstrip().endswith(("？", "?"))


def _asked(text: str, clause_start: int, verb_at: int) -> bool:
    """是否签订, 有没有签署: a question word right before the verb asks whether a document is
    signed (in a question or reported speech) and reports no signing; so does one right after
    the joiner that names the other side (与哪些机构签署: which bodies it was signed with)."""
    before = text[clause_start:verb_at]
    asks = tuple(topics.question_words())
    return before.endswith(asks) or any(
        before.startswith(asks, k + 1) for k, c in enumerate(before) if c in _joiners()
    )


@cache
def _joiners() -> str:
    return "".join(zh_lex.people_lexicon("person_joiners"))


def _in_compound(text: str, verb: re.Match[str]) -> bool:
    """检索报告交换试行计划, 数据交换协议: 交换 right after what is exchanged is part of a
    compound noun (an exchange programme), not the exchange of a signed document; 互换信函
    is an exchange of letters, read with what the letters do (agreement_changes)."""
    words = "zh_agreements.txt"
    return verb.group(1) in lexicon.wordset(words, "recalling_verbs") and (
        text.endswith(lexicon.words(words, "exchanged_objects"), 0, verb.start(1))
        or text.startswith(lexicon.words(words, "letter_exchanges"), verb.start(1))
    )


def _prospective(
    text: str,
    clause_start: int,
    ends: tuple[int, int, int],
    *,
    orgs: list[Mention],
    recalled: bool = False,
) -> bool:
    """就签署…协议进行了磋商, 双方同意尽快签署, 尚未签署: a signing that is planned, talked
    about or denied.
    A marker inside an organisation's name (知识产权研究院: 研究), a title (《…工作计划》) or
    a document just signed (签署工作计划并续签…) is none. `ends`: the verb, the end of its
    documents, the end of the sentence. A dated signing `recalled` (2019年签署的协议) is past:
    talks later in the sentence (续签仍在磋商中) are about a next one."""
    verb_at, doc_end, end = ends
    names = [(o.start, o.end) for o in orgs]
    names += [  # 签署了《…工作计划》，并续签了…: a title signed just before
        m.span()
        for m in BOOK.finditer(text, max(0, clause_start - 80), verb_at)
        if patterns().sign.search(text, max(0, m.start() - 4), m.start())
    ]
    names += [m.span() for m in _QUOTED.finditer(text, max(0, clause_start), verb_at)]
    kept: list[str] = []  # the last eight characters before the verb outside names, titles
    k = verb_at
    while k > clause_start and len(kept) < 8:
        k -= 1
        inside = next((a for a, b in names if a <= k < b), None)
        if inside is not None:
            kept.append(" ")
            k = max(inside, clause_start)
        else:
            kept.append(text[k])
    before = topics.without_perfect_adverb("".join(reversed(kept)), text, verb_at)
    if topics.planned_agents(text[clause_start:verb_at]):
        return True  # 拟由甲局长与乙局长签署: who is to sign, named at length
    if any(w in before for w in zh_lex.words("prospective_markers")):
        return True
    if _carried_plan(text, verb_at):
        return True  # 双方拟先提交审议，并择期签署: the plan of the clause it continues
    if any(w in before for w in lexicon.words("zh_agreements.txt", "negations")):
        return True  # 尚未签署, 目前暂无签约计划: a signing denied
    return not recalled and topics.talks_after(text, verb_at, doc_end, end)


def _carried_plan(text: str, verb_at: int) -> bool:
    """甲乙双方拟先提交各自政府审议，并择期签署该协定: a clause opened by 并 carries on the
    predicate of the clause before it, and with it that clause's plan (将, 拟, 下一步)."""
    start = max(text.rfind(c, 0, verb_at) for c in "。！？；\n") + 1
    commas = [i for i in range(start, verb_at) if text[i] in "，,"]
    if not commas or not text.startswith("并", commas[-1] + 1):
        return False
    verb = patterns().sign.match(text, verb_at)
    done = tuple(lexicon.words("zh_agreements.txt", "perfect_particles"))
    if verb is None or text.startswith(done, verb.end()):
        return False  # 将加强合作，并签署了备忘录: the signing is told as done
    before = text[commas[-2] + 1 if len(commas) > 1 else start : commas[-1]]
    return any(w in before for w in lexicon.words("zh_agreements.txt", "carried_plans"))


#: 「亚洲知识产权营商论坛」, “…”: a name in quotes (of an event, a programme), skipped like an
#: organisation's name when reading the words before a signing verb.
_QUOTED = re.compile(r"「[^「」]{2,30}」|“[^“”]{2,30}”")


def _items(text: str) -> list[tuple[int, int]]:
    """The enumerated items (一、… up to the next 二、) of a bulletin."""
    starts = [m.start() for m in patterns().item_start.finditer(text)]
    return [(s, starts[k + 1] if k + 1 < len(starts) else len(text)) for k, s in enumerate(starts)]


def _widened(
    text: str, orgs: list[Mention], starts: tuple[int, int], verb_at: int
) -> tuple[int, bool]:
    """(clause start, whether widened): a clause that names no organisation and continues a
    sentence whose subject does (A局长甲、B局长乙出席会议，…，并签署有关纪要) takes the
    sentence from its start, unless the subject only witnesses the signing (见证)."""
    s, cs = starts
    if cs == s or any(cs <= o.start and o.end <= verb_at for o in orgs):
        return cs, False
    if _signing_witness(text[s:cs]) or not any(s <= o.start and o.end <= cs for o in orgs):
        return cs, False
    return s, True


def _signers_clause(text: str, clause: tuple[int, int], *, widened: bool) -> tuple[int, int]:
    """Where the signatories are named: the clause, or after its witnessing verb (甲见证A局长
    乙与B局长丙签署: 乙 and 丙); a widened clause only witnesses with 见证 (not 出席会议)."""
    cs, verb_at = clause
    words = zh_lex.words("signing_witness_verbs") if widened else zh_lex.words("witness_verbs")
    found = [text.find(w, cs, verb_at) + len(w) for w in words if text.find(w, cs, verb_at) >= 0]
    return (max(found), verb_at) if found else clause


def _signing_witness(clause: str) -> bool:
    """Whether the clause witnesses a signing (见证), as opposed to attending a meeting."""
    return any(w in clause for w in zh_lex.words("signing_witness_verbs"))


def _clause_start(text: str, s: int, verb_at: int) -> int:
    """Start of the clause that holds the verb; a witnessing clause before it is skipped, and
    so is a speaker's (甲忆述，两机构已签署…: 甲 reports the signing, not signs)."""
    s = topics.after_speech(text, s, verb_at)
    k = max(text.rfind("，", s, verb_at), text.rfind(",", s, verb_at))
    if k < 0:
        return s
    clause = text[k + 1 : verb_at]
    listed = patterns().sign.search(text, s, k) is not None  # …：与乙签署…，与丙签署: an item
    opens = patterns().party_joiner.match(clause) and not patterns().witness.search(text[s:k])
    if opens and not listed:
        return s  # 甲局长乙今日在…期间，与丙签署: the clause's subject is before the comma
    joined = patterns().party_joiner.search(clause)
    if not joined and not patterns().witness.search(text[s:k]):
        return s
    return k + 1


def find(
    text: str,
    orgs: list[Mention],
    doc_date: str | None,
    org_key: Callable[[Mention], str] = lambda m: m.name,
) -> list[AgreementHit]:
    """Every signed/adopted document the text states, with parties and date. Hits may have
    no parties yet (the caller adds the signatories' organisations). `org_key` tells which
    mentions name one organisation (贸促会, 中国国际贸易促进委员会)."""
    doc_year = doc_date[:4] if doc_date else None
    items = _items(text)
    out: list[AgreementHit] = []
    sentences = sentence_spans(text, lang="zh")
    contents = _repeated_lines(text)
    books = [m.span() for m in BOOK.finditer(text)]
    rows = row_spans(text)
    home = home_office(text, orgs)
    today = speech_day(text, doc_date) or doc_date  # 今天: header, editor's note, dateline
    for idx, (s, e) in enumerate(sentences):
        if any(a <= s < b for a, b in contents) or _asks(text, s, e):
            continue
        previous = sentences[idx - 1] if idx > 0 else None
        for verb in patterns().sign.finditer(text, s, e):
            titles = books + [(h.start, h.end) for h in out]
            if any(a < verb.start() < b for a, b in titles) or _in_compound(text, verb):
                continue  # 《关于专利数据交换的…》: a verb inside a title signs nothing
            own = _clause_start(text, s, verb.start())
            cs, widened = _widened(text, orgs, (s, own), verb.start())
            if any(a <= verb.start() < b for a, b in rows):
                continue  # a table row: read by `agreement_table`
            recalled = dated_pair(text, cs, verb)
            paired = pair_before(text, orgs, cs, verb.start()) or recalled
            docs = documents_after(text, verb.end(), e, verb.group(1), paired=paired)
            lead, ps, doc_end = verb.start(), cs, max((d[2] for d in docs), default=verb.start())
            theme = None
            if not docs and (front := topics.fronted(text, cs, verb.start())) is not None:
                docs, lead = [front[:3]], front[3]
                ps = max(cs, text.rfind("，", cs, lead) + 1, text.rfind(",", cs, lead) + 1)
                doc_end = front[2]
            elif not docs and (theme := topics.topic(text, cs, verb.start())) is not None:
                docs, doc_end = [theme], verb.end()  # talks are after the verb, not before
            signed = [Mention(h.start, h.end, h.title) for h in out if s <= h.start < e]
            ends = (lead, doc_end, e)
            last = out[-1].title if out else ""
            if theme is not None and topics.points_back(text, cs, theme, last) and _near(out, s):
                target = _pointed(out, text, cs, theme[1])
                target.clauses.append((own, verb.start()))  # 该备忘录由甲与乙签署: who signed it
                _redate(target, text, (s, e), verb.start(), doc_date)
                continue
            if not docs and topics.agent_clause(text, own) and signed:
                out[-1].clauses.append((own, verb.start()))  # 由甲与乙共同签署: who signed it
                continue
            if _near(out, s) and topics.for_both(text, (own, verb), docs, last):
                out[-1].clauses.append((own, verb.start()))  # 甲与乙代表双方签署备忘录: that one
                continue
            if not docs or _prospective(text, ps, ends, orgs=orgs + signed, recalled=recalled):
                continue
            if topics.power_to_sign(text, s, verb.start()):
                continue  # 授予某某权力…签署: a power to sign is granted, nothing is signed
            if _asked(text, own, verb.start()):
                continue  # 两院是否签订备忘录: whether they sign is asked, nothing is reported
            if topics.reported_before(text, s, own, verb.start()):
                continue  # 此次签署的备忘录, 是首份…签署的备忘录: the signing reported before
            item = next((k for k, (a, b) in enumerate(items) if a <= s < b), -1)
            region = items[item] if item >= 0 else None
            date, dated = signing_date(
                text, verb.start(), (s, e), doc_date, region, clause_start=own
            )
            if not dated and region is None:
                day = relative_day(text, max(0, s - EVENT_LOOKBACK), verb.start(), today)
                date, dated = (day, True) if day else (date, dated)
            heading = is_heading(text, verb.start())
            if heading and not dated and (day := lead_date(text, verb.start(), doc_year)):
                date, dated = day, True
            is_own = own_day(text, s, verb.start())
            eday = None if is_own else days.event_day(text, s, verb.start(), today)
            if eday is None and not is_own and days.same_day(text, s, verb.start()) and out:
                since = max(out[-1].end, out[-1].clause[1])  # 同日: that signing's day, or
                eday = days.opened_day(text, since, s, doc_date) or out[-1].date  # a later one
            if eday is None and not is_own:  # 当天下午
                eday = days.that_day(text, s, verb.start(), doc_date, out[-1].date if out else None)
            relative = None if eday else relative_date(text[cs : verb.start()], today)
            if relative and not has_full_date(text, cs, verb.start()):
                date, dated = relative, True
            if eday:
                date, dated = eday, True  # 论坛首日, 闭幕当日: a day of the event told before
            month = recall.month(text, (s, verb), docs, doc_date)
            if month and not has_full_date(text, s, verb.start()):
                date, dated = month, True  # 去年6月，甲与乙续签…: June of the year before
            if noted := noted_date(text, docs, doc_date):
                date, dated = noted, True  # 续签合作协议（本年五月）: when it was signed
            if date is None and _during_meeting(text, region[0] if region else s, verb.start()):
                date = latest_date(text, max(0, s - EVENT_LOOKBACK), s, doc_date)
                dated = date is not None
            clause = (cs, verb.start())
            for title, ds, de in docs:
                generic = text[ds - 1 : ds] != "《" and generic_core(title) is not None
                if generic and verb.group(1) not in zh_lex.wordset("generic_sign_verbs"):
                    continue  # 达成有关协议: only a signing reports a document with no name
                if generic and _with_many(text[cs : verb.start()]):
                    continue  # 与多国签署合作文件: several documents summed up, none in particular
                if _with_states(text[cs : verb.start()]):
                    continue  # 与甲、乙等某联盟国家签署…: one document with each, none named
                earlier = bool(date and doc_year and date[:4] < doc_year)  # 双方曾于2019年…
                for found in party_sets(text, orgs, clause, previous, (ds, de), recalled=earlier):
                    parties = with_home(text, clause, for_universities(found), home, s)
                    parties = without_parents(text, parties)  # 乙局旗下的丙公司: 丙 signs
                    if len(parties) == 1 and (
                        subject := sentence_subject(text, orgs, s, clause, parties[0])
                    ):
                        parties = [subject, *parties]
                    parties += [o for o in implementers(text, orgs, de, e) if o not in parties]
                    if not parties:  # 中欧双方: the sides by their countries' initials
                        parties = initial_sides(text, orgs, (cs, verb.start()))
                    if not parties:  # 双方, 两单位, 自…签署…以来，双方: the pair it names
                        spans = (s, cs, verb.start(), de)
                        parties = pair_parties(text, orgs, spans, previous, _last_parties(out))
                    if (
                        date is None
                        and home is None
                        and subjectless_record(text, orgs, (s, verb.start()), parties)
                    ):
                        continue  # 与欧盟签署《某协定》 in a survey: a record, no signing told
                    clause_titles = [t for t, _ds, _de in docs]
                    parties = parties or country_parties(
                        text, orgs, (cs, verb.start()), clause_titles
                    )
                    if (again := _referred(out, title, s)) is not None:
                        title, parties = again.title, _joined_to(parties, again)
                    title = recall.cut(title, booked=text[ds - 1 : ds] == "《")  # 去年签署的协议
                    hit = AgreementHit(title, kind_of(title), ds, de, date, parties)
                    hit.dated, hit.item, hit.generic, hit.heading = dated, item, generic, heading
                    hit.clause = _signers_clause(text, (cs, verb.start()), widened=widened)
                    hit.clauses = [hit.clause]
                    out.append(hit)
    short = short_titles(text)
    for h in out:
        if text[h.start - 1 : h.start] == "《":  # 《合作安排》 as the text named it in full
            h.title = short.get(h.title, h.title)
    out += changes.find(text, orgs, doc_date, home, out)
    out += extended.find(text, doc_date, out)
    out += exchanged.find(text, orgs, doc_date, out)
    out += statements.find(text, orgs, doc_date, out)
    out += adopted.find(text, orgs, doc_date)
    out += ceremonies.find(text, orgs, doc_date, out)
    out += published.find(text, orgs, out)
    out += records.find(text, orgs, out)  # 法规名称: 甲与乙间…备忘录, 签订日期: …
    out += records.own_text(text, orgs, out)  # 甲与乙…协议 … 本协议于…日在北京签订
    out += history.find(text, orgs, out)  # 沿革: 1.…甲局局长某与乙局局长某于台北签订；
    listed = table_hits(text, orgs, home)
    return fold_into_rows(dedupe(out, org_key), listed, org_key) + listed


def _last_parties(out: list[AgreementHit]) -> list[Mention]:
    """The parties of the latest signing that named any (两局首次签署…): a document named
    since without parties of its own (续签后的备忘录) is no pair to refer back to."""
    return next((list(h.parties) for h in reversed(out) if h.parties), [])


def _during_meeting(text: str, s: int, verb_at: int) -> bool:
    """会议期间，甲与乙签署: a signing dated by the meeting it took place at (the last date
    the text gives before it), when its own sentence or item states none."""
    return any(w in text[s:verb_at] for w in lexicon.words("zh_agreements.txt", "meeting_times"))


def _with_many(clause: str) -> bool:
    """Whether the clause before a signing verb names many counterparts at once (与多国)."""
    many = lexicon.words("zh_agreements.txt", "plural_counterparts")
    return any(j + w in clause for j in zh_lex.words("party_joiners") for w in many)


def _with_states(clause: str) -> bool:
    """Whether the counterparts before a signing verb are states given as examples of many
    (与甲、乙、丙等某联盟国家): a sum of several documents, with states, not bodies."""
    ends = lexicon.words("zh_agreements.txt", "example_state_ends")
    tail = clause.rstrip()
    cut = tail.rfind("等")
    return cut >= 0 and len(tail) - cut <= 10 and tail.endswith(ends) and "、" not in tail[cut:]


def _redate(
    hit: AgreementHit, text: str, sentence: tuple[int, int], verb_at: int, doc_date: str | None
) -> None:
    """该协议已于去年5月签署, after a report of its exchange: the date a sentence pointing
    back to the document states for its signing is the agreement's date."""
    s, _e = sentence
    date, dated = signing_date(text, verb_at, sentence, doc_date)
    month = relative_month(text, s, verb_at, doc_date)
    if month and not has_full_date(text, s, verb_at):
        date, dated = month, True
    if dated and date:
        hit.date, hit.dated = date, True


def _pointed(out: list[AgreementHit], text: str, cs: int, ds: int) -> AgreementHit:
    """The agreement a document named as a topic points back to: 该备忘录, the one just
    reported; 本安排, in the text of an arrangement, the text itself, reported first (not the
    earlier arrangement it replaces, named since)."""
    return _determined(out, text[topics.opener_end(text, cs) : ds].strip())


def _referred(out: list[AgreementHit], title: str, s: int) -> AgreementHit | None:
    """续签该协议: the agreement a determiner and a bare noun after the verb point back to (the
    one just reported, of that kind), else None; the renewal is of that very document."""
    dets = longest_first(lexicon.words("zh_agreements.txt", "topic_determiners"))
    det = next((d for d in dets if title.startswith(d)), None)
    if det is None or not _near(out, s):
        return None
    target = _determined(out, det)
    noun = title[len(det) :]
    return target if noun and noun in target.title and kind_of(noun) == target.kind else None


def _determined(out: list[AgreementHit], det: str) -> AgreementHit:
    """The agreement a determiner points to: 本 (the text's own, reported first), else the
    one just reported (该, 上述)."""
    own = lexicon.words("zh_agreements.txt", "self_determiners")
    return out[0] if det in own else out[-1]


def _joined_to(parties: list[Mention], earlier: AgreementHit) -> list[Mention]:
    """The parties of a renewal of an earlier agreement: the earlier one's, when those the
    clause names are among them (学院与乙续签该协议: the parties that signed it)."""
    names = {o.name for o in earlier.parties}
    return list(earlier.parties) if all(o.name in names for o in parties) else parties


def _near(out: list[AgreementHit], s: int) -> bool:
    """Whether a signing was reported just before the sentence at `s` (the one a document
    pointed back to, 该备忘录, is)."""
    return bool(out) and s - out[-1].end < BACK_REFERENCE_CHARS


BACK_REFERENCE_CHARS = 300


def _repeated_lines(text: str) -> list[tuple[int, int]]:
    """Lines that the text repeats later word for word: a table of contents (本期要目) whose
    entries come again as headings; the entry states nothing the heading does not."""
    out, pos = [], 0
    lines = text.split("\n")
    for k, line in enumerate(lines):
        body = line.strip()
        if len(body) >= 6 and any(other.strip() == body for other in lines[k + 1 :]):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out
