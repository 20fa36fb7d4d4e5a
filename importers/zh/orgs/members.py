"""Members of a list of organisations that no other rule found.

与深圳大学、南方科技大学签署 names two universities; when one of them is known (from the
reference data or a pattern), the other is read as the stretch of jieba words between the
coordinator and the known name that ends in an organisation suffix.
"""

from __future__ import annotations

from functools import cache

from importers.gazetteer import longest_first
from importers.zh import lex as zh_lex
from importers.zh.orgs.firms import company_ends
from importers.zh.orgs.grown import grow
from importers.zh.orgs.mention import Mention
from importers.zh.orgs.shape import (
    bare_suffix,
    coordinators,
    has_generic,
    place_only,
    suffix_ok,
)
from importers.zh.orgs.units import body_unit_ends
from store.text import is_han


@cache
def _coordinators() -> tuple[str, ...]:
    return tuple(longest_first(zh_lex.words("list_coordinators")))


@cache
def _single_coordinators() -> str:
    """The coordinators of one character (与, 和, 及, 同, 、): where a list member begins."""
    return "".join(w for w in _coordinators() if len(w) == 1)


@cache
def _adverbs() -> tuple[str, ...]:
    return tuple(longest_first(zh_lex.words("adverb_stops")))


def _member_ok(name: str) -> bool:
    """A list member that names an organisation: a real suffix, a head of at least two
    characters, no generic words, not only a place, Chinese characters (and brackets) only."""
    if len(name) < 4 or not all(is_han(c) or c in "()" for c in name):
        return False
    if not suffix_ok(name) or bare_suffix(name) or has_generic(name) or place_only(name):
        return False
    return not name.endswith(body_unit_ends()) or len(name) >= 6


def coordinated(text: str, known: list[Mention]) -> list[Mention]:
    """Members of a list of organisations that no other rule found (与深圳大学、南方科技大学签署,
    与比亚迪股份有限公司、深圳X有限公司签署): a stretch of jieba words between a coordinator
    and a known organisation, or after a known organisation and a coordinator, that ends in an
    organisation suffix. Repeated until no new member is found, so a list is read whole."""
    found: list[Mention] = []
    todo = list(known)
    names = {o.name for o in known}
    while todo:
        m = todo.pop()
        for cand in (_member_after(text, m), _member_before(text, m, names)):
            if cand is None or any(
                o.start < cand.end and cand.start < o.end for o in known + found
            ):
                continue
            found.append(cand)
            todo.append(cand)
    return found


def _grown_at(text: str, start: int) -> str | None:
    """The organisation name grown from `start` over jieba words of the text from there (the
    document's own words may run across the start: 和青禾/nr), cut before a coordinator that
    follows a complete name (X有限公司和Y大学 -> X有限公司)."""
    end = text.find("\n", start)
    window = text[start : min(start + 40, end if end >= 0 else len(text))]
    toks = zh_lex.tokens(window)
    grown_end = grow(window, toks, 0) if toks and is_han(toks[0].word[:1]) else None
    if grown_end is None:
        return None
    name = window[:grown_end]
    for k, c in enumerate(name):
        if c in coordinators() and _member_ok(name[:k]):
            return name[:k]
    return name


def _member_after(text: str, m: Mention) -> Mention | None:
    """The organisation after `m` and a coordinator (A、B / A与B / A分别与B / A将与B: an
    adverb of one character is as plain a link as one of two when 与 follows it)."""
    at = m.end
    adverb = next((w for w in _adverbs() if text.startswith(w, at)), "")
    at += len(adverb)
    word = next((w for w in _coordinators() if text.startswith(w, at)), None)
    if word is None or (adverb and word == "、"):
        return None
    if len(word) == 1 and zh_lex.common_word(text[at : at + 2]):
        return None  # 同意, 与会, 和平: a word, not a coordinator
    at += len(word)
    name = _grown_at(text, at) or _company_run(text, at)
    if name is None or not _member_ok(name):
        return None
    return Mention(at, at + len(name), name, source="listed")


def _company_run(text: str, at: int) -> str | None:
    """A listed company whose brand jieba cuts into verbs and single characters (某林中日知财
    服务株式会社): the run of Han characters from `at` to a company's ending (data
    `company_ends`) that closes the list member, right before a list's joiner, 等 or a stop."""
    for end in company_ends(text, at, most=20):
        after = text[end : end + 1]
        if end - at >= 4 and (not after or after in _member_closers()):
            return text[at:end]
    return None


@cache
def _member_closers() -> str:
    """What may follow the last member of a list: a list's joiner, 等 or a stop."""
    return _single_coordinators() + "等，,。；;\n"


def _member_before(text: str, m: Mention, names: set[str] | None = None) -> Mention | None:
    """The organisation before a coordinator and `m` (与A、B签署: A), from the previous
    coordinator or punctuation; it must grow, word by word, exactly up to the coordinator.
    A stretch that ends in a name the text gives elsewhere (`names`) after a verb (本项目属
    + 经科局) is that name: the words before it are the clause, not the name."""
    word = next((w for w in _coordinators() if text.endswith(w, 0, m.start)), None)
    if word is None or word == "同":
        return None
    end = m.start - len(word)
    k = end
    joins = _single_coordinators()
    while k > 0 and end - k < 30 and is_han(text[k - 1]) and text[k - 1] not in joins:
        k -= 1
    if k > 0 and text[k - 1] not in joins + "，,。；;：:\n(":
        return None
    k += _leading_verbs(text[k:end])
    if cut := _clause_before_known(text[k:end], names or set()):
        return Mention(k + cut, end, text[k + cut : end], source="listed")
    name = text[k:end]
    if _grown_at(text, k) != name or not _member_ok(name):
        return None
    return Mention(k, end, name, source="listed")


def _clause_before_known(stretch: str, names: set[str]) -> int:
    """How many characters open `stretch` before a name known in the text that ends it, when
    those characters hold a verb or preposition (属, 由): a clause glued to a short name."""
    for name in sorted(names, key=len, reverse=True):
        cut = len(stretch) - len(name)
        if cut > 0 and stretch.endswith(name):
            verbs = [t for t in zh_lex.tokens(stretch[:cut]) if t.pos in _CLAUSE_POS]
            return cut if verbs else 0
    return 0


_CLAUSE_POS = ("v", "p")  # the parts of speech of a clause's verb or preposition


def _leading_verbs(stretch: str) -> int:
    """How many characters of verbs open `stretch` (是见证 + 知识产权署与…): the clause's
    verb glued before a list's first member is not part of its name."""
    n = 0
    for tok in zh_lex.tokens(stretch):
        if tok.pos != "v" or tok.start != n or len(stretch) - tok.end < 2:
            break
        n = tok.end
    return n
