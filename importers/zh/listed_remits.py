"""A remit that lists its fields with 、 before a deputy's title (主管甲、乙及丙事务 + 次卿).

A title's remit opened by its verb (主管, 负责) may name several fields joined by 、; the
stretch of text before the title then begins after the last 、, inside the remit. Where that
stretch ends in the remit's noun of affairs, it begins at the remit's verb instead, so that
the whole remit stays in the title (role_context.remit) and the body before it holds the post.
"""

from __future__ import annotations

from importers.zh import lex as zh_lex
from store.text import is_han

#: how far back before the stretch a remit's verb may stand
_REACH = 24


def remit_start(text: str, seg: int, ts: int) -> int:
    """Where a remit listed with 、 that ends right before the title at `ts` begins (at its
    verb), when text[seg:ts] is its last field; else `seg`."""
    if seg < 1 or text[seg - 1] != "、" or not text[seg:ts].endswith(zh_lex.words("remit_closers")):
        return seg
    k = seg - 1
    while k > max(0, seg - _REACH) and (is_han(text[k - 1]) or text[k - 1] == "、"):
        k -= 1
        opener = next((w for w in zh_lex.words("remit_openers") if text.startswith(w, k)), None)
        if opener is not None:
            return k
    return seg
