"""Documents a Chinese clause names before its signing verb, and clauses that only say who signed.

Chinese often makes the document the topic of its clause and puts the verb last: 并将《…备忘录》
续签五年 (将/把 before a 《title》), 与X的谅解备忘录于会晤期间签署, 该协议由甲与乙签署,
《…计划》已于去年签署. A document noun phrase (or a 《title》) at the start of its clause,
perhaps after a connective (其中, 此外) and a "与X的" or "X与Y的" that names its parties, and
followed by a topic marker (于, 由, 已, 经 …) is the document the verb signs.

A clause "由甲局长与乙局长共同签署" that follows one reporting a signing names no document: it
says who signed the document just named (`agent_clause`).
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.agreement_model import BOOK, kind_of, patterns
from store.text import is_han, lexicon

TOPIC_MAX = 40  # the longest noun phrase read as a fronted document


def _listed(section: str) -> tuple[str, ...]:
    return lexicon.words("zh_agreements.txt", section)


@cache
def _marker() -> re.Pattern[str]:
    return re.compile(rf"\s*(?:{alternation(_listed('topic_markers'))})")


@cache
def _opener() -> re.Pattern[str]:
    words = alternation(_listed("topic_openers"))
    return re.compile(rf"[\s,，;；]*(?:(?:{words})[\s,，]*)?")


def opener_end(text: str, cs: int) -> int:
    """Where a clause's words begin after its punctuation and connective (其中，与X…)."""
    m = _opener().match(text, cs)
    return m.end() if m else cs


def fronted(text: str, cs: int, verb_at: int) -> tuple[str, int, int, int] | None:
    """并将《…谅解备忘录》续签五年: a document named before the verb with 将/把; (title, start,
    end, where 将 stands) or None."""
    m = patterns().fronted.search(text, cs, verb_at)
    if m is None or not patterns().noun.search(m.group(1)):
        return None
    return m.group(1), m.start(1), m.end(), m.start()


def topic(text: str, cs: int, verb_at: int) -> tuple[str, int, int] | None:
    """与X的谅解备忘录于…签署: the document that opens the clause text[cs:verb_at] as its topic,
    (title, start, end), or None."""
    start = opener_end(text, cs)
    for book in BOOK.finditer(text, start, verb_at):
        named = _marker().match(text, book.end()) and patterns().noun.search(book.group(1))
        if (
            named
            and (_parties_only(text[start : book.start()]) or _earlier(text[start : book.start()]))
            and _one_clause(text, book.end(), verb_at)
        ):
            return book.group(1), book.start(1), book.end(1)
    for noun in patterns().noun.finditer(text, start, min(verb_at, start + TOPIC_MAX)):
        end = _phrase_end(text, noun, verb_at)
        if not _marker().match(text, end) or not _one_clause(text, end, verb_at):
            continue
        lead = text[start : noun.start()]
        cut = lead.rfind("的")
        if cut >= 0 and not _parties_only(lead[:cut]):
            return None
        if cut >= 0:
            ds = start + cut + 1  # 与X的备忘录: the title after 的
        elif _determiner_only(lead):
            ds = noun.start()  # 该协议: the noun, not 该
        elif _modifier(lead):
            ds = start  # 知识产权合作协议由…: the whole noun phrase
        else:
            return None
        title = text[ds:end]
        if not all(is_han(c) or c in "—-()" or c.isalnum() for c in title):
            return None
        if patterns().count.search(title) or (kind_of(title) == "programme" and len(title) < 4):
            return None
        return title, ds, end
    return None


def _one_clause(text: str, start: int, end: int) -> bool:
    """Whether no comma or semicolon stands between a fronted document and its verb (the verb
    of a later clause, 见证签署仪式, signs nothing it names)."""
    return not any(c in "，,；;" for c in text[start:end])


def _phrase_end(text: str, noun: re.Match[str], verb_at: int) -> int:
    """The end of the noun phrase whose first document noun is `noun` (合作谅解备忘录: the last
    noun of a run of Chinese characters)."""
    end = noun.end()
    while (more := patterns().noun.match(text, end, verb_at)) is not None:
        end = more.end()
    return end


def _parties_only(lead: str) -> bool:
    """Whether the words before a fronted document's 的 only name its parties (与X, X与Y,
    双方): nothing that makes it another phrase (a clause with a verb, a comma)."""
    body = lead.strip()
    if not body:
        return True
    if any(c in body for c in "，,。；;"):
        return False
    return bool(patterns().party_joiner.search(body)) or body in _listed("pair_references")


def _earlier(lead: str) -> bool:
    """上一期《…计划》于2021年签署: a word for the period before names an earlier document,
    its own signing (not the one just reported, as 该 would)."""
    return lead.strip() in _listed("earlier_periods")


def _modifier(lead: str) -> bool:
    """Chinese characters only, naming no party and signing nothing (知识产权 in 知识产权合作
    协议由…): words of the document's own title."""
    return (
        _han_run(lead)
        and not patterns().party_joiner.search(lead)
        and not patterns().sign.search(lead)
    )


def _han_run(text: str) -> bool:
    """Chinese characters, maybe with the figures of a period (2025—2026年合作计划)."""
    return (
        bool(text)
        and len(text) <= TOPIC_MAX
        and all(is_han(c) or c.isdigit() or c in "—–-~" for c in text)
    )


def _determiner_only(lead: str) -> bool:
    """Nothing, or a word that points back (该, 上述, 此次), before a fronted document."""
    body = lead.strip()
    return not body or body in _listed("topic_determiners")


def points_back(text: str, cs: int, theme: tuple[str, int, int], last_title: str) -> bool:
    """Whether a fronted document opens with a word that points back (该备忘录由甲与乙签署),
    or is its kind noun alone signed by an agent (`bare_again`): the document just
    reported (titled `last_title`), not another one."""
    lead = text[opener_end(text, cs) : theme[1]].strip()
    return (bool(lead) and _determiner_only(lead)) or bare_again(text, cs, theme, last_title)


def bare_again(text: str, cs: int, theme: tuple[str, int, int], last_title: str) -> bool:
    """备忘录由甲与乙签署, after a report of a 合作备忘录: a document named by its kind noun
    alone, first in its clause, and signed by an agent (由) is the one just reported (of
    that kind), as a definite noun is; a new document carries its name or a count."""
    title, ds, de = theme
    lead = text[opener_end(text, cs) : ds].strip()
    if lead or not patterns().noun.fullmatch(title) or not last_title.endswith(title):
        return False
    return text[de:].lstrip().startswith(_listed("agent_markers"))


def for_both(
    text: str, clause: tuple[int, re.Match[str]], docs: list[tuple[str, int, int]], last_title: str
) -> bool:
    """甲局长与乙主席代表双方签署备忘录, after a report of a 合作备忘录: signers acting for both
    sides (代表双方) of one document named by its kind noun alone sign the one just reported."""
    if len(docs) != 1:
        return False
    cs, verb = clause
    title, ds, _de = docs[0]
    if text[ds - 1 : ds] == "《" or not patterns().noun.fullmatch(title):
        return False
    if not last_title.endswith(title):
        return False
    before = text[cs : verb.start()].rstrip()
    return any(
        before.endswith(w + p)
        for w in _listed("on_behalf_words")
        for p in _listed("pair_references")
    )


def agent_clause(text: str, cs: int) -> bool:
    """Whether the clause from `cs` opens with an agent marker (由甲与乙共同签署)."""
    rest = text[cs:].lstrip(" ,，")
    return rest.startswith(_listed("agent_markers"))


def planned_agents(clause: str) -> bool:
    """拟由甲与乙签署: a prospective word right before the agent marker plans the signing;
    the names and titles between push that word beyond the few words read before the verb.
    The end of a document's name is none (合作计划由甲与乙签署: a plan that was signed)."""
    nouns = [n.span() for n in patterns().noun.finditer(clause)]
    for m in zh_lex.words("prospective_markers"):
        for a in _listed("agent_markers"):
            at = clause.find(m + a)
            if at >= 0 and not any(s <= at < e for s, e in nouns):
                return True
    return False


def pair_reference(clause: str) -> bool:
    """Whether a clause names the parties as a pair only (双方, 两机构); 中沙两局 names the
    pair by its countries (a group of its own, `orgs.collective`), not the pair just reported."""
    initials = set(zh_lex.pairs("country_initials"))
    return any(
        clause[k - 1 : k] not in initials
        for w in _listed("pair_references")
        for k in _starts(clause, w)
    )


def pair_heads(clause: str) -> tuple[str, ...]:
    """The words the names of the two bodies a pair reference of one kind names end with
    (两校: 大学, 学院, 学校); none when the clause's pair reference names any kind (双方)."""
    entries = [w.split(":", 1) for w in _listed("pair_reference_heads")]
    return tuple(head for word, head in entries if word in clause)


def without_perfect_adverb(before: str, text: str, verb_at: int) -> str:
    """The words before a signing verb less an adverb that, with the verb in the perfect
    (就签署了, 便签订过), says the signing was done already: 就 there is no 就 of talks about
    signing (就签署…进行磋商), so a planned-signing marker is not looked for in it. A perfect
    verb also keeps only its own clause (双方就…进行了探讨，并续签了…: the talks were a
    step of their own before it, as `talks_after` reads the clauses after one)."""
    verb = patterns().sign.match(text, verb_at)
    if verb is None or not text.startswith(_listed("perfect_particles"), verb.end()):
        return before
    before = re.split(r"[，,；;]", before)[-1]
    adverb = next((a for a in _listed("perfect_adverbs") if before.endswith(a)), "")
    return before[: len(before) - len(adverb)]


def _starts(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(word), text)]


@cache
def question_words() -> tuple[str, ...]:
    """哪些, 有否: words that make a phrase a question (`zh_agreements.txt`)."""
    return _listed("question_words")


@cache
def _speech() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(_listed('speech_verbs'))})\s*[，,:：]")


def after_speech(text: str, s: int, verb_at: int) -> int:
    """Where the reported words begin when text[s:verb_at] opens with a speaker and a verb of
    saying (甲表示，…; 乙忆述，…), else `s`."""
    found = list(_speech().finditer(text, s, verb_at))
    return found[-1].end() if found else s


def reported_before(text: str, s: int, own: int, verb_at: int) -> bool:
    """Whether the signing verb at `verb_at` describes a signing the text reported before:
    此次签署的备忘录 (a word that points back right before it), or 今次是首份与甲签署的
    备忘录 (a copula and an ordinal in its clause, the verb attributive): what the document
    just signed is, not one more signing."""
    if patterns().back_reference.search(text, max(s, verb_at - 4), verb_at):
        return True
    if _self_copula().match(text, own) and _first_time().search(text, own, verb_at):
        return True  # 这是甲首次与乙签署备忘录: what the signing told before is
    after = _attributive_de(text, verb_at)
    copula = _copula().search(text, own, verb_at)
    if after is None or copula is None:
        return False
    # 是首份…签署的 / 是…签署的首份; not 第一份是2023年…签署的备忘录 (an earlier one named)
    return bool(_ordinal().match(text, copula.end()) or _ordinal().match(text, after))


@cache
def _self_copula() -> re.Pattern[str]:
    """这是, 此为 opening a clause: it says what was just told."""
    return re.compile(rf"[\s,，;；]*(?:{alternation(_listed('self_copulas'))})")


@cache
def _first_time() -> re.Pattern[str]:
    """首次, 第二次: how often such a document was signed."""
    return re.compile(alternation(_listed("first_time_adverbs")))


#: 的 after a sign verb, maybe with 了 (签署了的, 签署的): the verb is attributive.
_DE = re.compile(r"了?的")


@cache
def _copula() -> re.Pattern[str]:
    """是, 为: a copula that makes the clause say what something is."""
    return re.compile(alternation(_listed("copulas")))


@cache
def _ordinal() -> re.Pattern[str]:
    """首份, 第一个, 第28份: an ordinal of documents (after a copula: 是首份…签署的, 是…签署的
    第二份同类备忘录): the clause ranks the signing just told in a series."""
    marks = zh_lex.chars("ordinal_marks")
    counters = alternation(zh_lex.words("document_counters"))
    return re.compile(
        rf"(?:{alternation(_listed('ordinal_documents'))}"
        rf"|[{marks}][0-9０-９{zh_lex.numerals()}]+(?:{counters}))"
    )


def _attributive_de(text: str, verb_at: int) -> int | None:
    """Where the words after 的 begin when the sign verb at `verb_at` (maybe with 了) is
    followed by 的, else None."""
    m = patterns().sign.match(text, verb_at)
    if m is None:
        return None
    de = _DE.match(text, m.end())
    return de.end() if de else None


def time_clause(rest: str) -> bool:
    """备忘录签署后能有更多联合计划, 签署之前: a time word right after the verb makes it a time
    clause (after signing), and what follows is no document it signs; 后续 (a follow-up
    document: 签署后续协议) is no time word."""
    times = lexicon.words("zh_agreements.txt", "verb_time_words")
    kept = lexicon.words("zh_agreements.txt", "verb_time_exceptions")
    return rest.startswith(times) and not rest.startswith(kept)


def talks_after(text: str, verb_at: int, doc_end: int, end: int) -> bool:
    """Whether talks follow the document (就签署…协议进行了磋商: a signing talked about), or
    the sentence puts the signing still ahead (文本已谈妥，拟于明年初签署). After
    a completed signing (签署了甲，双方正在商谈下一份) only its own clause counts: the talks
    of a later clause are about a next document. Talks it says are over (签署备忘录，宣布磋商
    完成) are no talks ahead: that signing concluded them."""
    tail = text[doc_end:end]
    verb = patterns().sign.match(text, verb_at)
    if verb is not None and text.startswith("了", verb.end()):
        tail = re.split(r"[，；,;]", tail, maxsplit=1)[0]
    talks = _concluded_talks().sub("", tail)  # 磋商完成: the talks are over, not ahead
    talked = any(w in talks for w in zh_lex.words("talk_words")) or _signing_ahead(tail)
    return talked or weighed(tail)


@cache
def _concluded_talks() -> re.Pattern[str]:
    """Talks and the verb that closes them, either way round (谈判结束, 结束了磋商)."""
    talk = alternation(zh_lex.words("talk_words"))
    ends = alternation(_listed("talk_conclusions"))
    adverbs = alternation(_listed("talk_conclusion_adverbs"))
    return re.compile(rf"(?:{talk})(?:{adverbs}){{0,2}}(?:{ends})|(?:{ends})了?(?:{talk})")


def weighed(tail: str) -> bool:
    """签署备忘录具有重要意义: the signing is the subject of what the sentence says it means
    (a predicate of significance right after the document), the one the text reported, not
    one more."""
    return _weight().match(tail) is not None


@cache
def _weight() -> re.Pattern[str]:
    """A predicate of significance, maybe after whom it matters to (对双方意义重大)."""
    to = alternation(_listed("significance_beneficiaries"))
    return re.compile(
        rf"\s*(?:(?:{to})[^，,。；;]{{1,8}}?)?(?:{alternation(_listed('significance_predicates'))})"
    )


#: How far after a plan's word (预计, 拟) its signing verb may stand (年内完成签署).
AHEAD_REACH = 8


def _signing_ahead(tail: str) -> bool:
    """…，拟于明年初签署 in the rest of a sentence: a clause that opens with a plan's word
    and ends with a signing verb puts the signing it reports still to come. A verb with an
    object of its own (乐见日后签署更多计划) plans another document."""
    for clause in re.split(r"[，,；;。]", tail):
        clause = clause.strip()
        verbs = list(patterns().sign.finditer(clause))
        if not verbs or verbs[-1].end() != len(clause) or len(clause) > 2 * AHEAD_REACH:
            continue
        openers = lexicon.words("zh_agreements.txt", "ahead_openers")
        if clause.startswith((*zh_lex.words("prospective_markers"), *openers)):
            return True
    return False


@cache
def _power_grant() -> re.Pattern[str]:
    """A verb that grants a power, then (within the clause run) the power it grants."""
    grants, nouns = alternation(_listed("power_grants")), alternation(_listed("power_nouns"))
    return re.compile(rf"(?:{grants})[^。；;！!？?\n]{{0,40}}?(?:{nouns})")


def power_to_sign(text: str, start: int, verb_at: int) -> bool:
    """授予经济财政司司长一切所需权力，以…名义与某局签署《…》: the sentence (from `start` to
    the signing verb) grants the power to sign, or a verb right before it gives leave to sign
    (已授权正式签署); the signing is still to come."""
    leave = text[start:verb_at].rstrip().endswith(_listed("sign_authorisations"))
    return leave or _power_grant().search(text, start, verb_at) is not None
