"""The titles of a run that one holder's role was read with: 党组书记、局长, 大使兼常任代表.

The role readers take a chain of titles joined by 、 or 兼 before one name whole
(`roles.title_chain_start`), so that the chain finds its body and its holder as one title
does. What goes out is one role per title (`importers.facts.one_role_per_title`): a person
with two titles holds two posts, and the benchmark's annotators give them two roles.
"""

from __future__ import annotations

import re
from functools import cache

from importers.zh import lex as zh_lex


@cache
def _joiners() -> re.Pattern[str]:
    return re.compile(f"[{re.escape(zh_lex.chars('title_chain_joiners'))}]")


def title_run(title: str) -> list[str]:
    """The titles of `title` parted at 、 and 兼, when every part ends with a title word
    (机关党委书记、二级巡视员: two); else `title` alone (华北、东北首席代表: one post over two
    regions; 兼职教授: no part before 兼)."""
    parts = _joiners().split(title)
    if len(parts) < 2:
        return [title]
    titles = zh_lex.titles()
    if all(p and any(p.endswith(t) for t in titles) for p in parts):
        return parts
    return [title]
