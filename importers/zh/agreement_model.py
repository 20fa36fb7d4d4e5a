"""What a Chinese signing is made of: the patterns built from the word lists, the kinds of
documents, and the hit one signing gives (`AgreementHit`), shared by the prose reader
(`agreements`), the table reader (`agreement_table`), parties and dedupe.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from importers.gazetteer import alternation
from importers.zh import lex as zh_lex
from importers.zh.orgs.mention import Mention
from store.text import HAN, lexicon

BOOK = re.compile(r"《([^》]{2,80})》")


@dataclass(frozen=True)
class Patterns:
    """The patterns of signings, built from the word lists (zh.txt)."""

    sign: re.Pattern[str]  # 共同签署: group 1 is the verb
    noun: re.Pattern[str]  # a document noun, most specific first
    count: re.Pattern[str]  # 52份: a count of documents
    not_document: re.Pattern[str]  # 达成共识: what a verb reaches that is no document
    book_after: re.Pattern[str]  # 签署了…《title》: a title near the verb
    joined_book: re.Pattern[str]  # 和《title》: a further title of the same signing
    fronted: re.Pattern[str]  # 将《title》: a title before its verb
    witness: re.Pattern[str]  # 见证: a clause of witnesses
    back_reference: re.Pattern[str]  # 此次(签署): a signing reported before
    party_joiner: re.Pattern[str]  # A与B: parties joined
    item_start: re.Pattern[str]  # 一、 / (二) / 3. opening a line: an item of a bulletin
    attributive: re.Pattern[str]  # (或续订)的: a verb that describes a noun (not a 《title》)


@cache
def kinds() -> tuple[tuple[str, str], ...]:
    """Document nouns with their kind, most specific first."""
    return tuple(zh_lex.pairs("agreement_kinds").items())


def amends(noun: str) -> bool:
    """Whether a noun after a 《title》 names the instrument amending it (《…》修正书)."""
    return noun in lexicon.words("zh_agreements.txt", "amendment_nouns")


def _party_joiner() -> re.Pattern[str]:
    """与, 和, 同 joining two parties (A同B签署); not the first character of an adverb (同时:
    并同时签署 joins no party, its clause shares the sentence's subject)."""
    joiners = zh_lex.chars("party_joiners")
    adverbs = [w for w in zh_lex.words("adverb_stops") if w[0] in joiners and len(w) > 1]
    return re.compile(f"(?!{alternation(adverbs)})[{joiners}]" if adverbs else f"[{joiners}]")


def _by_letters() -> str:
    """通过换文方式确认: "by exchange of notes" and the act it concludes, one signing verb.
    通过 here is "by way of", not "adopted" (which would make 换文方式确认了… the document)."""
    letters = alternation(lexicon.words("zh_agreements.txt", "letter_exchanges"))
    of = alternation(lexicon.words("zh_agreements.txt", "attributive_particles"))
    acts = alternation(lexicon.words("zh_agreements.txt", "letter_exchange_acts"))
    return rf"通过\s*(?:{letters})\s*(?:(?:{of})?方式)?\s*(?:{acts})"


@cache
def patterns() -> Patterns:
    alt = alternation
    particle = f"(?:{alt(zh_lex.words('particles'))})?"
    book = BOOK.pattern
    return Patterns(
        sign=re.compile(
            f"(?:{alt(zh_lex.words('sign_adverbs'))})?"
            f"({_by_letters()}|{alt(zh_lex.words('sign_verbs'))})"
        ),
        noun=re.compile("|".join(re.escape(k) for k, _ in kinds())),
        # 第一个协议 ranks one document (data `ordinal_marks`): no count, which a run of
        # numerals after 第 would be read as
        count=re.compile(
            rf"(?<![{zh_lex.chars('ordinal_marks')}0-9０-９{zh_lex.numerals()}"
            rf"{zh_lex.chars('document_counts')}])"
            rf"[0-9０-９{zh_lex.numerals()}{zh_lex.chars('document_counts')}]+\s*"
            rf"(?:{alt(zh_lex.words('document_counters'))})"
        ),
        not_document=re.compile(rf"^{particle}\s*(?:{alt(zh_lex.words('not_documents'))})"),
        book_after=re.compile(rf"{particle}\s*[^《。，,]{{0,12}}?{book}"),
        joined_book=re.compile(rf"\s*(?:{alt(zh_lex.words('title_joiners'))})\s*{book}"),
        fronted=re.compile(rf"(?:{alt(zh_lex.words('fronting_words'))})\s*{book}\s*$"),
        witness=re.compile(alt(zh_lex.words("witness_verbs"))),
        back_reference=re.compile(f"(?:{alt(zh_lex.words('back_references'))})$"),
        party_joiner=_party_joiner(),
        item_start=re.compile(
            rf"^\s*(?:[{zh_lex.numerals()}]+、|\([{zh_lex.numerals()}]+\)|\d{{1,2}}[.、](?!\d))",
            re.M,
        ),
        attributive=re.compile(
            rf"^(?:(?:{alt(lexicon.words('zh_agreements.txt', 'verb_joiners'))})\s*"
            rf"(?:{alt(zh_lex.words('sign_verbs'))}|[{HAN}]{{1,2}}))?\s*"
            rf"(?:{alt(lexicon.words('zh_agreements.txt', 'attributive_particles'))})(?!\s*《)"
        ),
    )


@dataclass
class AgreementHit:
    title: str
    kind: str
    start: int
    end: int
    date: str | None = None
    parties: list[Mention] = field(default_factory=list)
    clause: tuple[int, int] = (0, 0)  # where the signing parties and signatories are named
    clauses: list[tuple[int, int]] = field(default_factory=list)  # of hits merged into it
    dated: bool = False  # the date is stated in the item that reports the signing
    item: int = -1  # index of the enumerated item (bulletins), -1 outside items
    heading: bool = False  # stated in a headline (a short line without a full stop)
    generic: bool = False  # 有关合作文件, 合作协议: no name of its own (titled by `zh.facts`)


def kind_of(title: str) -> str:
    for noun, kind in kinds():
        if noun in title:
            return kind
    return next((k for noun, k in book_kinds().items() if noun in title), "other")


@cache
def book_kinds() -> dict[str, str]:
    """Nouns that name a document only as the end of a 《title》 (《五局合作共识》), with
    their kinds: bare, they name none (达成广泛共识)."""
    return zh_lex.pairs("book_kinds")


def generic_core(title: str) -> str | None:
    """有关会谈纪要 -> 会谈纪要, 合作协议 -> 合作协议: the document noun of a mention that names
    no particular document (a generic modifier, or a noun that names no kind of its own, maybe
    after its field: 知识产权合作文件), else None; a bare 谅解备忘录 or 会谈纪要 names its kind
    and is no generic mention."""
    core = title
    for word in zh_lex.words("generic_document_modifiers"):
        core = core.removeprefix(word)
    noun = core
    for word in zh_lex.words("generic_document_fields"):
        noun = noun.removeprefix(word)
    bare = noun in zh_lex.wordset("generic_document_nouns")
    return core if core != title or bare else None


def ends_in_document(title: str) -> bool:
    """Whether a title ends in a document noun (…合作備忘錄, …(PPH)相互合作备忘录)."""
    nouns = list(patterns().noun.finditer(title))
    return bool(nouns) and nouns[-1].end() == len(title.rstrip())


def joined_before(text: str, o: Mention) -> bool:
    """Whether a joiner (与, 同) stands right before the body: in 与甲签署…，与乙签署… 甲 is a
    counterpart, never the subject the next clause shares."""
    return patterns().party_joiner.fullmatch(text, max(0, o.start - 1), o.start) is not None
