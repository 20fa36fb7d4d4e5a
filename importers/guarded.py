"""A pattern tried only where it can start: `guarded` puts a look-ahead for the pattern's
possible first characters before it.

The re module skips ahead to a literal start by itself, but a pattern opening with a word
boundary or a look-behind (`\\b(?:signed|concluded|...)\\b`) is tried at every position of the
text, each alternative in turn. Scanned over every sentence of a long text, such patterns
cost a few per cent of reading it; behind a one-character test most positions are left at
once. The first characters are read from the pattern's parsed form, so the guard can only
ever let through what the pattern could match: where they cannot be bounded (a pattern
that may start with any letter, or match nothing), the pattern is compiled as written.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

#: A guard listing more characters than this saves nothing worth its size.
MAX_FIRSTS = 200

_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, with a look-ahead for its first characters before it
    when they can be bounded: the same matches, found sooner."""
    firsts = first_characters(pattern, flags)
    if not firsts:
        return re.compile(pattern, flags)
    lead = _GLOBAL_FLAGS.match(pattern)  # "(?i)" must stay at the start
    head, body = (lead.group(), pattern[lead.end() :]) if lead else ("", pattern)
    chars = "".join(re.escape(c) for c in sorted(firsts))
    return re.compile(f"{head}(?=[{chars}])(?:{body})", flags)


def first_characters(pattern: str, flags: int = 0) -> frozenset[str] | None:
    """The characters a match of `pattern` may start with (as written: the flags apply to
    them as to the pattern), or None when they cannot be bounded."""
    try:
        parser: Any = importlib.import_module("re._parser")
        constants: Any = importlib.import_module("re._constants")
        parsed = parser.parse(pattern, flags)
        if parsed.state.flags & re.VERBOSE:
            return None  # a comment at the end would swallow what is put after the pattern
        cased = not parsed.state.flags & re.IGNORECASE
        found, may_be_empty = _firsts(parsed, constants, cased)
    except (ImportError, _Unbounded, AttributeError, TypeError, ValueError):
        return None
    if may_be_empty or not found or len(found) > MAX_FIRSTS:
        return None
    return frozenset(found)


class _Unbounded(Exception):
    """The pattern may start with a character of a class or category: any, nearly."""


def _firsts(items: Any, c: Any, cased: bool) -> tuple[set[str], bool]:
    """The first characters of a parsed sequence, and whether it may match nothing. `cased`:
    the guard will compare case; a part that ignores it, inside, cannot be bounded so."""
    found: set[str] = set()
    for op, av in items:
        if op in (c.ASSERT, c.ASSERT_NOT, c.AT):
            continue  # zero-width: the next item starts the match
        if op is c.LITERAL:
            return found | {chr(av)}, False
        if op is c.IN:
            return found | _in_class(av, c), False
        if op is c.BRANCH:
            empty = False
            for alternative in av[1]:
                chars, may_be_empty = _firsts(alternative, c, cased)
                found |= chars
                empty = empty or may_be_empty
            if not empty:
                return found, False
        elif op is c.SUBPATTERN or op is getattr(c, "ATOMIC_GROUP", None):
            if op is c.SUBPATTERN and cased and av[1] & re.IGNORECASE:
                raise _Unbounded("(?i:...) in a pattern that compares case")
            chars, may_be_empty = _firsts(av[-1] if op is c.SUBPATTERN else av, c, cased)
            found |= chars
            if not may_be_empty:
                return found, False
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, getattr(c, "POSSESSIVE_REPEAT", None)):
            low, _high, sub = av
            chars, may_be_empty = _firsts(sub, c, cased)
            found |= chars
            if low > 0 and not may_be_empty:
                return found, False
        else:
            raise _Unbounded(op)
        if len(found) > MAX_FIRSTS:
            raise _Unbounded("too many")
    return found, True


def _in_class(items: Any, c: Any) -> set[str]:
    out: set[str] = set()
    for kind, value in items:
        if kind is c.LITERAL:
            out.add(chr(value))
        elif kind is c.RANGE and value[1] - value[0] < MAX_FIRSTS:
            out.update(chr(x) for x in range(value[0], value[1] + 1))
        else:  # a category (\w), a negated class, a wide range
            raise _Unbounded(kind)
    return out
