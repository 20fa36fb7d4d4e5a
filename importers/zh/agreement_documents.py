"""The documents a Chinese signing verb names: 《titles》, quoted titles or a noun phrase.

agreements.py finds a signing verb and the clause around it; what the verb signs is read
here, and most of the work is saying no: 达成共识 names no document, 签署了52份合作协议 sums
documents up, 签订任何备忘录 names none in particular, 签署的商标合作协议 after two parties
tells a signing in passing, and 通过“X项目” makes a programme a means, not a document.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation, longest_first
from importers.zh import agreement_recalled as recall
from importers.zh import agreement_topics as topics
from importers.zh import lex as zh_lex
from importers.zh.agreement_enumerated import enumerated
from importers.zh.agreement_model import (
    BOOK,
    amends,
    book_kinds,
    generic_core,
    kind_of,
    patterns,
)
from importers.zh.agreement_quoted import quoted_titles
from store.text import is_han, lexicon


def documents_after(
    text: str, pos: int, end: int, verb: str, *, paired: bool = False
) -> list[tuple[str, int, int]]:
    """The documents named after a signing verb: 《titles》 (several joined by 和/、) or a
    noun phrase (合作意向书); `paired`: the verb follows two named parties (甲与乙签署的协议)."""
    rx = patterns()
    rest = text[pos:end]
    if not_document(rest) or topics.time_clause(rest):
        return []
    limit = 12 if verb == "通过" else 40
    book = rx.book_after.match(rest)
    if book and book.start(1) <= limit + 2:
        out: list[tuple[str, int, int]] = []
        at = pos + book.start(0)
        while b := (BOOK.search(text, at, end) if not out else rx.joined_book.match(text, at, end)):
            title = b.group(1)
            tail = rx.noun.match(text, b.end(), end)
            named = rx.noun.search(title) or tail or any(n in title for n in book_kinds())
            if named and (tail or not _other_document(title)):  # not 《…项目技术指南》, a guide
                own = tail and (amends(tail.group(0)) or not rx.noun.search(title))  # 《…》修正书
                full = title + (tail.group(0) if tail and own else "")
                out.append((full, b.start(1), b.end()))
            at = b.end()
        return out
    if quoted := quoted_titles(text, pos, end):
        return quoted  # 簽署，包括「甲備忘錄」、「乙協議」: each title of the list
    noun = rx.noun.search(rest, 0, limit + 8)
    if not noun or "，" in rest[: noun.start()] or "," in rest[: noun.start()]:
        return []
    hidden = _ACRONYM.sub(lambda m: "#" * len(m.group(0)), rest)  # 高速公路(PPH)合作协议
    while (
        (more := rx.noun.search(hidden, noun.end(), noun.end() + 16))
        and _han_only(gap := hidden[noun.end() : more.start()].replace("#", ""))
        and not rx.sign.search(gap)
        and not gap.startswith(tuple(zh_lex.words("title_joiners")))  # 备忘录及…协议: two
    ):
        noun = more  # 专利审查高速路合作谅解备忘录: the phrase ends with its last noun
    phrase = rest[: noun.end()].lstrip(zh_lex.chars("particles") + ' 「『“"')
    phrase = phrase.removeprefix(_one_document(phrase))  # 签署过一份意向书: one, not a sum
    if rest.lstrip().startswith(("：", ":")) and rx.sign.search(phrase):
        return []  # 签约：拟由甲与乙签署备忘录: a label, the later verb signs its own document
    if rx.count.search(phrase) and (listed := enumerated(text, phrase, pos + noun.end(), end)):
        return listed  # 签署了两项议定书—关于甲，以及关于乙: each item of the list
    if rx.count.search(phrase) or any(w in phrase for w in topics.question_words()):
        return []  # 签订了哪些合作文件: a question about signings
    if _bare_count(rest[: noun.start()]):
        return []  # 台日今签署2协议, 签署两协议: a headline's count with no measure word
    if rx.count.match(rest, noun.end()):
        return []  # 共签署合作文件3份: the count follows the noun, documents summed up
    if phrase.startswith(lexicon.words("zh_agreements.txt", "indefinite_determiners")):
        return []  # 签订任何备忘录: any document of the kind, none in particular
    if not paired and _attributive(rest, noun.end()):
        return []  # 甲与乙签署的商标合作协议: a signing of two named parties told in passing
    if kind_of(phrase) == "programme" and (len(phrase) < 4 or recall.through(rest, noun.end())):
        return []  # 通过“X项目”开展培训: the programme is a means
    first = (phrase, pos + noun.end() - len(phrase), pos + noun.end())
    return [first, *((t, pos + a, pos + b) for t, a, b in _joined(rest, hidden, noun.end()))]


def _bare_count(before: str) -> bool:
    """Whether the words before a document noun are only a number above one (2, 两), as a
    headline counts documents without a measure word (签署2协议); 一 is one document."""
    body = before.strip(" -–—\t")
    numerals = zh_lex.numerals() + "两"
    return body not in ("", "1", "一") and all(c.isdigit() or c in numerals for c in body)


@cache
def _joiner() -> re.Pattern[str]:
    """及, 和, 、 between two documents' names (zh.txt [title_joiners])."""
    return re.compile(rf"#*\s*(?:{alternation(zh_lex.words('title_joiners'))})\s*")


def _joined(rest: str, hidden: str, at: int) -> list[tuple[str, int, int]]:
    """签署甲备忘录(MOU)及乙协议(MRA): a second document named after a joiner (及, 和, 、)
    that ends the first, its name Chinese characters up to its own document noun; none
    when something else follows the first."""
    joiner = _joiner().match(hidden, at)
    if joiner is None:
        return []
    start = joiner.end()
    more = patterns().noun.search(hidden, start, start + 30)
    if more is None or not _han_only(gap := hidden[start : more.start()].replace("#", "")):
        return []
    if patterns().sign.search(gap) or patterns().count.search(gap):
        return []
    return [(rest[start : more.end()], start, more.end())]


def _other_document(title: str) -> bool:
    """《…技术指南》, 《…的流程》: a title whose last noun names a document no two bodies sign
    (a guide, a procedure, a notice), though a document noun stands inside it."""
    return title.rstrip().endswith(lexicon.words("zh_agreements.txt", "other_document_heads"))


_ACRONYM = re.compile(r"\([A-Za-z0-9\- ]{2,12}\)")


def _one_document(phrase: str) -> str:
    """The count of one (一份) and aspect particle (过) that open a document phrase, else "":
    签署过一份备忘录 names one document, which a count of several (两份) would not."""
    ones = longest_first(lexicon.words("zh_agreements.txt", "single_documents"))
    return next((w for w in ones if phrase.startswith(w)), "")


def _attributive(rest: str, end: int) -> bool:
    """签订或续订的合作文件包括…: the verb (maybe joined to another) describes documents of
    no name after 的, the topic of what follows (a list, a count); it reports no signing of
    its own. A named kind (于2019年签署的合作安排) is a signing told in passing."""
    m = patterns().attributive.match(rest)
    return m is not None and generic_core(rest[m.end() : end].strip()) is not None


def _han_only(text: str) -> bool:
    """Chinese characters only (or nothing): no punctuation or space between two nouns."""
    return all(is_han(c) for c in text)


def not_document(rest: str) -> bool:
    """达成共识, 达成一致: the verb reaches a word that names no document, unless a document
    noun runs on from it (合作意向 + 书: 意向书, a letter of intent)."""
    m = patterns().not_document.match(rest)
    if m is None:
        return False
    end = m.end()
    return not any(n.start() < end < n.end() for n in patterns().noun.finditer(rest, 0, end + 8))
