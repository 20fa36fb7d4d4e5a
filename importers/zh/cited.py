"""Leaders cited, not present: 深入贯彻某某总书记关于X工作的重要指示精神.

Chinese official news often says what it carries out: a leader's instructions, speech or
thought (认真贯彻某某总书记关于X工作的重要讲话精神). The leader named in that formula,
after a verb of carrying out and before the work cited, takes no part in the events the text
reports, so that mention makes no official; the same person named elsewhere in the text with a
post is read there.
"""

from __future__ import annotations

import re
from functools import cache

from importers.gazetteer import alternation, longest_first
from importers.zh import lex as zh_lex
from importers.zh.roles import PersonHit

#: how far before the name a verb of carrying out may end, and after it the work cited
_BEFORE = 2
_AFTER = 40


@cache
def _verb_before() -> re.Pattern[str]:
    verbs = alternation(longest_first(zh_lex.people_lexicon("citing_verbs")))
    return re.compile(rf"(?:{verbs})$")


@cache
def _work_after() -> re.Pattern[str]:
    """The work cited, in the clause after the name (up to a full stop or semicolon)."""
    works = alternation(longest_first(zh_lex.people_lexicon("cited_works")))
    return re.compile(rf"[^。；;！!？?\n]*?(?:{works})")


def cited(text: str, hit: PersonHit) -> bool:
    """Whether `hit` names a leader whose instructions or thought the text carries out."""
    if not any(_verb_right_before(text, at) for at in _openings(text, hit)):
        return False
    work = _work_after().match(text, hit.end)
    return work is not None and work.end() - hit.end <= _AFTER


def _openings(text: str, hit: PersonHit) -> list[int]:
    """Where the mention opens: at the name, at the title written right before it (国家主席某某),
    at the body right before that title (中共中央总书记某某), and where the statement of the
    role begins (which may be the clause's start, before the verb: so not that alone)."""
    out = [hit.start, min(hit.start, hit.span_start or hit.start)]
    title_at = hit.start - len(hit.title or "")
    if hit.title and text[title_at : hit.start] == hit.title:
        out.append(title_at)
        if hit.org is not None and hit.org.end == title_at:
            out.append(hit.org.start)
    return out


def _verb_right_before(text: str, at: int) -> bool:
    """Whether a verb of carrying out ends at most `_BEFORE` characters before `at`."""
    before = text[max(0, at - 8) : at]
    return any(_verb_before().search(before[: len(before) - k]) for k in range(_BEFORE + 1))


def drop_cited(text: str, hits: list[PersonHit]) -> list[PersonHit]:
    """The hits left once the cited leaders' mentions are taken out."""
    return [h for h in hits if not cited(text, h)]
