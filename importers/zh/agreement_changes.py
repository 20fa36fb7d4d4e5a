"""Programmes two parties agree to change: an agreement with no signing verb.

Offices often report a PPH or another joint programme not by signing a document but by
agreeing, or exchanging letters, to extend it or make it permanent (A与B同意将PPH计划延长三年;
A与B通过互换信函，将双方的PPH试点转为常态化项目). The sentence names both parties before 将,
the programme after it, and a verb of change (`programme_changes`) closes the phrase: that is
an agreement on the programme, dated like a signing, unless the sentence reports a document
signed to make the change. The programme may also come first as the topic, the parties
after 由 (PPH计划由A与B以换函方式延长三年), or follow the verb as its object (A与B以换函方式
延长PPH计划三年). A document the pair extends the same way (A与B以换函方式，将双方的合作谅解
备忘录延长三年) is signed once more. A clause that only plans the change
(计划将…延长, 正在研究将…) reports none; nor does a programme that changes with no parties
named (试点自明年起延长五年), which the notice of its memorandum reports already.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation, longest_first
from importers.zh import lex as zh_lex
from importers.zh.agreement_dates import relative_month, signing_date
from importers.zh.agreement_model import BOOK, AgreementHit, kind_of, patterns
from importers.zh.agreement_parties import with_home
from importers.zh.orgs.mention import Mention
from store.text import HAN, lexicon
from store.text.sentences import sentence_spans

PHRASE_MAX = 40  # the longest programme named between 将 and its verb


@cache
def _change() -> re.Pattern[str]:
    """将 + the programme + a verb of change (group `doc`, group `verb`)."""
    verbs = alternation(lexicon.words("zh_agreements.txt", "programme_changes"))
    fronting = alternation(zh_lex.words("fronting_words"))
    return re.compile(
        rf"(?:{fronting})\s*(?P<doc>[^，,。；;]{{2,{PHRASE_MAX}}}?)\s*(?P<verb>{verbs})"
    )


@cache
def _pair_lead() -> re.Pattern[str]:
    """双方的, 两局的: a pair named before the programme, not part of its name."""
    pairs = alternation(lexicon.words("zh_agreements.txt", "pair_references"))
    return re.compile(rf"^(?:{pairs})的")


def find(
    text: str,
    orgs: list[Mention],
    doc_date: str | None,
    home: Mention | None,
    signed: list[AgreementHit],
) -> list[AgreementHit]:
    """The programmes the text says two named parties agreed to change, as agreements; a
    sentence that reports a signing (`signed`) has its agreement already (签署备忘录，将PPH
    试点延长五年: the memorandum makes the change)."""
    out: list[AgreementHit] = []
    doc_year = doc_date[:4] if doc_date else None
    for s, e in sentence_spans(text, lang="zh"):
        if any(s <= h.start < e for h in signed) or text[s:e].rstrip().endswith(("？", "?")):
            continue  # a question asks about a change, and reports none
        for m in _change().finditer(text, s, e):
            doc = _programme(m)
            if doc is None:
                continue
            title, ds, de = doc
            at = m.start()
            if _planned(text, s, at, orgs):
                continue
            parties = _joined(text, [o for o in orgs if s <= o.start and o.end <= at])
            parties = with_home(text, (s, at), parties, home)
            if len({o.name for o in parties}) < 2:
                continue
            date, dated = signing_date(text, at, (s, e), doc_year)
            hit = AgreementHit(title, kind_of(title), ds, de, date, parties)
            hit.dated, hit.clause, hit.clauses = dated, (s, at), [(s, at)]
            out.append(hit)
        out += _agent_changes(text, (s, e), orgs, doc_date)
        out += _object_changes(text, (s, e), orgs, doc_date)
        out += _pair_changes(text, (s, e), orgs, doc_date)
        out += _topic_changes(text, (s, e), orgs, doc_date)
    return out


def _topic_changes(
    text: str, sentence: tuple[int, int], orgs: list[Mention], doc_date: str | None
) -> list[AgreementHit]:
    """A programme that opens the sentence as its topic (台日PPH原本年中到期), then a later
    clause in which two joined parties change it with no object of its own (甲与乙已在7月
    以换函方式延长三年): an agreement on that programme, dated like a signing."""
    s, e = sentence
    first = _topic().match(text, s, e)
    if first is None:
        return []
    owners = _topic_owners(text, first, orgs)
    if owners is None:
        return []
    owned = _owned().match(text, owners[-1].end) if owners else None
    ds = owned.end() if owned else first.start(1)
    title = _programme_phrase(text[ds : first.end()])
    if not title or not _is_programme(title) or BOOK.search(title):
        return []
    out: list[AgreementHit] = []
    for m in _bare_change().finditer(text, first.end(), e):
        a, at = m.start(), m.start("verb")
        if _planned(text, a, at, orgs) or _fronted_between(text, a, at):
            continue
        parties = owners or _joined(text, [o for o in orgs if a <= o.start and o.end <= at])
        if len({o.name for o in parties}) < 2:
            continue
        date, dated = _change_date(text, at, (s, e), doc_date)  # 今年7月: of the text's year
        hit = AgreementHit(title, kind_of(title), ds, ds + len(title), date, parties)
        hit.dated, hit.clause, hit.clauses = dated, (a, at), [(a, at)]
        out.append(hit)
        break
    return out


@cache
def _owned() -> re.Pattern[str]:
    """What joins a topic's owners to the programme they share: A与B之间的PPH试点, A与B的."""
    links = longest_first(lexicon.words("zh_agreements.txt", "programme_owner_links"))
    return re.compile(rf"\s*(?:{alternation(links)})")


def _topic_owners(text: str, first: re.Match[str], orgs: list[Mention]) -> list[Mention] | None:
    """The bodies a topic names: none ([]), or two joined bodies whose programme it is
    (甲与乙之间的审查高速路试点，上月已换文展期: the later clause needs no parties of its
    own); None for a topic that names bodies otherwise (a body is no programme)."""
    inside = [o for o in orgs if first.start(1) <= o.start < first.end()]
    if not inside:
        return []
    owners = _joined(text, inside)
    if len({o.name for o in owners}) < 2 or owners[0].start != first.start(1):
        return None
    return owners if _owned().match(text, owners[-1].end) else None


@cache
def _topic() -> re.Pattern[str]:
    """The first clause of a sentence after any label that ends in a colon (a speaker's
    turn, 某局长：): the phrase that may name the sentence's topic (group 1)."""
    return re.compile(rf"(?:[^，,。；;：:\n]*[：:])?\s*([^，,。；;：:]{{2,{PHRASE_MAX}}})")


@cache
def _bare_change() -> re.Pattern[str]:
    """A clause that ends in a verb of change and at most a duration (延长三年, 展期一年):
    the change of a programme the sentence named before."""
    verbs = alternation(lexicon.words("zh_agreements.txt", "programme_changes"))
    counts = zh_lex.numerals() + zh_lex.chars("count_words") + "0-9"
    units = alternation(longest_first(lexicon.words("zh_agreements.txt", "term_units")))
    term = rf"(?:[{counts}]+(?:{units}))?"
    return re.compile(rf"(?<=[，,；;])[^，,。；;]{{2,80}}?(?P<verb>{verbs}){term}(?=[，,。；;]|$)")


@cache
def _pair_change() -> re.Pattern[str]:
    """A pair word + the programme as the topic + a verb of change (group `doc`, group
    `verb`): 两局的PPH试点经换函延长一年."""
    verbs = alternation(lexicon.words("zh_agreements.txt", "programme_changes"))
    pairs = alternation(lexicon.words("zh_agreements.txt", "pair_references"))
    return re.compile(
        rf"(?:^|(?<=[，,。；;\s]))(?:{pairs})的?(?P<doc>[^，,。；;]{{2,{PHRASE_MAX}}}?)"
        rf"(?P<verb>{verbs})"
    )


def _pair_changes(
    text: str, sentence: tuple[int, int], orgs: list[Mention], doc_date: str | None
) -> list[AgreementHit]:
    """Programmes a pair word opens (两局的PPH试点经换函延长一年): the two bodies the
    pair stands for changed it, an agreement dated like a signing. The pair's bodies are
    those joined in the sentence before the programme, else left to the caller (a letter's
    writer and addressee); a clause with a body of its own is read by the other forms."""
    s, e = sentence
    out: list[AgreementHit] = []
    for m in _pair_change().finditer(text, s, e):
        doc = m.group("doc")
        title = _programme_phrase(doc)
        at = m.start("verb")
        if not title or not _is_programme(title) or _planned(text, s, at, orgs):
            continue
        if any(m.start() <= o.start < at for o in orgs):
            continue
        parties = _joined(text, [o for o in orgs if s <= o.start and o.end <= m.start()])
        parties = parties if len({o.name for o in parties}) >= 2 else []
        ds = m.start("doc") + len(doc) - len(doc.lstrip())
        date, dated = _change_date(text, at, (s, e), doc_date)  # 今年5月: of the text's year
        hit = AgreementHit(title, kind_of(title), ds, ds + len(title), date, parties)
        hit.dated, hit.clause, hit.clauses = dated, (m.start(), at), [(m.start(), at)]
        out.append(hit)
    return out


@cache
def _object_change() -> re.Pattern[str]:
    """A verb of change + the programme as its object (group `verb`, group `doc`):
    甲与乙以换函方式延长PPH计划三年."""
    verbs = alternation(lexicon.words("zh_agreements.txt", "programme_changes"))
    return re.compile(rf"(?P<verb>{verbs})\s*(?P<doc>[^，,。；;]{{2,{PHRASE_MAX}}})")


def _object_changes(
    text: str, sentence: tuple[int, int], orgs: list[Mention], doc_date: str | None
) -> list[AgreementHit]:
    """Programmes two parties named before the verb changed, the programme its object
    (甲与乙去年12月以换函方式延长PPH计划3年): agreements, dated like a signing. A 将 or 由
    between the parties and the verb is read by the other forms."""
    s, e = sentence
    out: list[AgreementHit] = []
    for m in _object_change().finditer(text, s, e):
        title, ds = _object_title(m)
        at = m.start("verb")
        if not title or _planned(text, s, at, orgs):
            continue
        parties = _joined(text, [o for o in orgs if s <= o.start and o.end <= at])
        if len({o.name for o in parties}) < 2 or _fronted_between(text, parties[-1].end, at):
            continue
        date, dated = _change_date(text, at, (s, e), doc_date)  # 去年12月: of the year before
        hit = AgreementHit(title, kind_of(title), ds, ds + len(title), date, parties)
        hit.dated, hit.clause, hit.clauses = dated, (s, at), [(s, at)]
        out.append(hit)
    return out


def _change_date(
    text: str, at: int, sentence: tuple[int, int], doc_date: str | None
) -> tuple[str | None, bool]:
    """A change's date, read like a signing's; a month the sentence gives relative to the
    text's date (今年5月, 去年12月) wins."""
    date, dated = signing_date(text, at, sentence, doc_date)
    month = relative_month(text, sentence[0], at, doc_date)
    return (month, True) if month else (date, dated)


def _programme_phrase(doc: str) -> str:
    """The programme a phrase names, up to its last programme noun or 试点 and a bracket
    that closes there (高速公路（PPH）试点以换函方式: 高速公路（PPH）试点)."""
    ends = [n.end() for n in patterns().noun.finditer(doc)]
    ends += [k + 2 for k in range(len(doc)) if doc.startswith("试点", k)]
    if not ends:
        return ""
    end = max(ends)
    end += 1 if doc[end : end + 1] in (")", "）") else 0
    return doc[:end].strip()


def _object_title(m: re.Match[str]) -> tuple[str, int]:
    """(title, start) of the programme a verb of change takes as its object: the phrase up
    to its last programme noun (PPH计划3年: PPH计划), or ("", 0) when it names none. Any
    document extended by an exchange of letters (延长上述PPH备忘录之换函) is one too, named
    without the word that points back to it."""
    doc = m.group("doc")
    lead = _pair_lead().match(doc) or _pointer().match(doc)
    cut = lead.end() if lead else 0
    nouns = [n.end() for n in patterns().noun.finditer(doc, cut)]
    title = doc[cut : nouns[-1]].strip() if nouns else ""
    by_letters = bool(nouns) and _letters().match(doc, nouns[-1]) is not None
    if not title or not (_is_programme(title) or by_letters) or BOOK.search(title):
        return "", 0
    return title, m.start("doc") + cut + (len(doc[cut:]) - len(doc[cut:].lstrip()))


@cache
def _pointer() -> re.Pattern[str]:
    """上述, 该: a word that points back to a document named before (上述PPH备忘录)."""
    return re.compile(
        rf"(?:{alternation(lexicon.words('zh_agreements.txt', 'topic_determiners'))})"
    )


@cache
def _letters() -> re.Pattern[str]:
    """之换函, 的换文: the exchange of letters that makes the change (the act itself)."""
    words = alternation(lexicon.words("zh_agreements.txt", "letter_exchanges"))
    of = alternation(lexicon.words("zh_agreements.txt", "attributive_particles"))
    return re.compile(rf"\s*(?:{of})?\s*(?:{words})")


def _fronted_between(text: str, a: int, b: int) -> bool:
    """Whether 将 or 由 stands between the parties and the verb: the other forms' reading."""
    words = (*zh_lex.words("fronting_words"), "由")
    return any(w in text[a:b] for w in words)


@cache
def _agent_change() -> re.Pattern[str]:
    """The programme as the topic + 由 + the parties + a verb of change (group `doc`, group
    `agents`, group `verb`): PPH计划则由甲与乙以换函方式延长三年."""
    verbs = alternation(lexicon.words("zh_agreements.txt", "programme_changes"))
    adverbs = alternation(lexicon.words("zh_agreements.txt", "topic_adverbs"))
    return re.compile(
        rf"(?P<doc>[^，,。；;]{{2,{PHRASE_MAX}}}?)\s*(?:{adverbs})?由(?P<agents>[^，,。；;]{{2,60}}?)"
        rf"(?P<verb>{verbs})"
    )


def _agent_changes(
    text: str, sentence: tuple[int, int], orgs: list[Mention], doc_date: str | None
) -> list[AgreementHit]:
    """Programmes the sentence says two named parties changed, the programme first and the
    parties after 由 (台美PPH计划由甲与乙以换函方式延长三年): agreements, dated like a
    signing. The programme's name is what its quotation marks hold, when it has them."""
    s, e = sentence
    out: list[AgreementHit] = []
    for m in _agent_change().finditer(text, s, e):
        quoted = re.search(r"[「“\"『]([^」”\"』]{2,30})[」”\"』]", m.group("doc"))
        title = quoted.group(1) if quoted else m.group("doc").strip()
        if not _is_programme(title):
            continue
        a, at = m.start("agents"), m.start("verb")
        if _planned(text, a, at, orgs):
            continue
        parties = _joined(text, [o for o in orgs if a <= o.start and o.end <= at])
        if len({o.name for o in parties}) < 2:
            continue
        ds = m.start("doc") + (quoted.start(1) if quoted else 0)
        date, dated = _change_date(text, at, (s, e), doc_date)  # 今年1月: of the text's year
        hit = AgreementHit(title, kind_of(title), ds, ds + len(title), date, parties)
        hit.dated, hit.clause, hit.clauses = dated, (a, at), [(a, at)]
        out.append(hit)
    return out


def _programme(m: re.Match[str]) -> tuple[str, int, int] | None:
    """(title, start, end) of the programme after 将: a phrase naming a PPH or a programme
    (计划, 项目, 试点), or ending in a document's noun, without a pair word before it (双方的)."""
    doc = m.group("doc")
    book = BOOK.search(doc)
    if book is not None:  # 将《…计划》再延长三年: the name its title marks holds, not the adverb
        title, start = book.group(1), m.start("doc") + book.start(1)
        return (title, start, start + len(title)) if _is_programme(title) else None
    lead = _pair_lead().match(doc)
    cut = lead.end() if lead else 0
    title = _without_adverb(doc[cut:].strip())
    if not title or not re.fullmatch(rf"[{HAN}A-Za-z0-9()（）\-—]+", title):
        return None
    if not (_is_programme(title) or _is_document(title)):
        return None
    start = m.start("doc") + cut
    return title, start, start + len(title)


def _without_adverb(phrase: str) -> str:
    """The phrase without an adverb before the verb (备忘录再 + 延长: 备忘录)."""
    adverbs = longest_first(zh_lex.words("adverb_stops"))
    adverb = next((w for w in adverbs if phrase.endswith(w) and len(phrase) > len(w)), "")
    return phrase[: len(phrase) - len(adverb)].rstrip()


def _is_document(title: str) -> bool:
    """Whether a phrase is one document named by its noun (双方的合作谅解备忘录): extended by
    the two parties named before 将, it is signed once more, like a programme changed."""
    nouns = list(patterns().noun.finditer(title))
    return bool(nouns) and nouns[-1].end() == len(title)


def _is_programme(title: str) -> bool:
    """Whether a title names a PPH or a programme (计划, 项目, 试点)."""
    return kind_of(title) in ("pph", "programme") or "试点" in title


@cache
def _plan_markers() -> tuple[str, ...]:
    """Prospective markers (计划, 研究) that are neither an agreement word nor a fronting word."""
    skip = lexicon.wordset("zh_agreements.txt", "change_agreements") | set(
        zh_lex.words("fronting_words")
    )
    return tuple(w for w in zh_lex.words("prospective_markers") if w not in skip)


def _planned(text: str, s: int, at: int, orgs: list[Mention]) -> bool:
    """计划将, 正在研究将: a change the clause plans, not one agreed. Markers inside a name
    (研究院) do not count; an agreement word (同意, 商定) is the act itself."""
    words = _plan_markers()
    before = list(text[s:at])
    for o in orgs:
        if s <= o.start and o.end <= at:
            before[o.start - s : o.end - s] = " " * (o.end - o.start)
    said = "".join(before)
    return any(w in said for w in words)


def _joined(text: str, found: list[Mention]) -> list[Mention]:
    """The parties of a clause: the organisations joined by 与/和 (A与B), else the one."""
    for a, b in zip(found, found[1:], strict=False):
        gap = text[a.end : b.start].strip()
        if patterns().party_joiner.fullmatch(gap):
            rest = [o for o in found if o.start >= b.end and _aside(text, b, o)]
            return [a, b, *rest]
    return found[:1]


def _aside(text: str, b: Mention, o: Mention) -> bool:
    """Whether `o` is only `b` again in brackets (巴西国家工业产权局（INPI）)."""
    return text[b.end : o.start].strip() in ("(", "（")
