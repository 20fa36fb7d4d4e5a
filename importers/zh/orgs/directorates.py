"""A directorate-general named after the body it belongs to: 欧盟委员会 + 能源 + 总司.

A commission's directorates-general are named by their field, often two fields joined by 与,
和 or 、 (移民与内务, 内部市场、工业、创业和中小企业). Grown word by word, such a name
stops at the joiner before a place word (海关) or at a verb of the field (发展), and a piece
of the field that ends like a body (海关联盟) is taken for one. Read from the owner's known
name to the directorate's suffix instead, the whole is one body: the text's actor, and the
body its director-general (总司长) heads.

A state's ministry is named the same way, after its country: 某国 + 环境、食品和农村事务 + 部
(a portfolio of several fields, listed with 、), and so is a state's office or service
(某国知识产权、专利与商标局). Grown word by word it loses all but its last field, and its
head's post is read at that piece; read from the country's name to the head word (部, 局, 署:
data `listed_field_heads`) that ends the fields, it is one body.
"""

from __future__ import annotations

from functools import cache

from importers.zh import lex as zh_lex
from importers.zh.lex import Token
from importers.zh.orgs.mention import Mention, squash

MAX_FIELD = 20  # characters of field words between the owner's name and the suffix
FIELD_POS = ("n", "vn", "v", "j", "ns", "nz", "a")  # parts of speech of a field's words


def directorates(text: str, toks: list[Token], known: list[Mention]) -> list[Mention]:
    """Directorates-general written right after a known body's name, each from the body's
    name to the directorate's suffix."""
    by_start = {t.start: k for k, t in enumerate(toks)}
    out = []
    for m in known:
        k = by_start.get(m.end)
        end = _suffix_end(toks, k) if k is not None else None
        if end is not None:
            out.append(Mention(m.start, end, squash(text[m.start : end])))
    return out


@cache
def _heads() -> tuple[str, ...]:
    """The head words a state's body named by its listed fields ends with (部, 局, 署)."""
    return zh_lex.words("listed_field_heads")


def portfolio_ministries(text: str, toks: list[Token]) -> list[Mention]:
    """Ministries named by a country and fields listed with 、 (某国工业、科学和资源部), each
    from the country's name to the 部 that ends the fields."""
    countries = zh_lex.countries()
    out = []
    for k, tok in enumerate(toks[:-1]):
        if tok.word not in countries:
            continue
        end = _ministry_end(toks, k + 1)
        if end is not None:
            out.append(Mention(tok.start, end, squash(text[tok.start : end])))
    return out


def _ministry_end(toks: list[Token], k: int) -> int | None:
    """End of a ministry's name when the words from toks[k] are fields, at least two of them
    listed with 、, that reach a word ending in 部 without a break, else None."""
    start, prev_end, listed = toks[k].start, toks[k].start, False
    while k < len(toks) and toks[k].start == prev_end and toks[k].end - start <= MAX_FIELD:
        tok = toks[k]
        if tok.word.endswith(_heads()) and tok.pos.startswith("n") and tok.start > start:
            return tok.end if listed else None
        if not _field_word(tok) or tok.pos == "ns":
            return None  # 中国、美国和日本外交部: a list of countries, each with its ministry
        listed = listed or tok.word == "、"
        prev_end = tok.end
        k += 1
    return None


def _suffix_end(toks: list[Token], k: int) -> int | None:
    """End of the directorate's suffix when the words from toks[k] are a field (nouns, verbs
    of a field, joiners between them) that reaches it without a break, else None."""
    start, prev_end = toks[k].start, toks[k].start
    suffixes = zh_lex.words("directorate_suffixes")
    while k < len(toks) and toks[k].start == prev_end and toks[k].end - start <= MAX_FIELD:
        tok = toks[k]
        if tok.word in suffixes:
            return tok.end if tok.start - start >= 2 else None
        if not _field_word(tok):
            return None
        prev_end = tok.end
        k += 1
    return None


def _field_word(tok: Token) -> bool:
    """A word that may stand in a directorate's field: a noun, a verb naming an activity
    (发展, 贸易), or a joiner between two fields (与, 和, 、); not a title or a person."""
    if tok.word in zh_lex.wordset("name_joiners") or tok.word == "、":
        return True
    if tok.pos in ("nnt", "nr", "nrt", "nt"):
        return False
    if tok.word in zh_lex.wordset("verb_stops"):
        return tok.word in zh_lex.wordset("compound_nouns")  # 国际合作: a field, not a verb
    return tok.pos.startswith(FIELD_POS)
