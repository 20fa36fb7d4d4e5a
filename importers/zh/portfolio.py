"""Portfolio titles of Hong Kong and Macao: 經濟財政司司長, 律政司司長, 財政司司長.

A secretariat (司) of a Special Administrative Region is known by the title of its head: the
Secretary for Economy and Finance holds a portfolio, and a text that names the 司 only
before 司長 names a title, not an organisation a user should read past. Such a role keeps
the whole title and no organisation; the 司 goes unless the text names it otherwise.

A portfolio title with no 司 of its own (财政司司长某某, `sar_portfolio`) is the post whole: no
unit of another body the text names, and held at the region's government only when the text
names that one government (`implied_bodies.portfolio_roles`), else with no organisation (as
行政长官 is).
"""

from __future__ import annotations

from importers.facts import DocumentFacts, OrgFact
from importers.zh import lex as zh_lex
from store.text import is_han, to_simplified


def portfolio_rule() -> tuple[set[str], str]:
    """The regions whose secretariats are portfolios and the title of their heads (司长): one
    list holds both, the title last, so that the regions and the title cannot part."""
    words = zh_lex.words("portfolio_heads")
    return set(words[:-1]), words[-1]


def crown_portfolio(item: str, title: str) -> str:
    """英国 + 知识产权 + 大臣: the portfolio of a crown's minister written between the country
    and the title, kept in the title; "" for any other title or words."""
    if title not in zh_lex.people_lexicon("crown_minister_titles"):
        return ""
    country = next((c for c in zh_lex.countries_longest() if item.startswith(c)), "")
    field = item[len(country) :]
    return field if country and 2 <= len(field) <= 8 and all(is_han(c) for c in field) else ""


def sar_portfolio(title: str | None) -> bool:
    """Whether `title` is a portfolio title of a Hong Kong or Macao secretary (财政司司长)."""
    return title in zh_lex.posts_lexicon("sar_portfolios")


def _portfolio(text: str, org: OrgFact) -> bool:
    """Whether every mention of `org` is a SAR 司 followed by its head's title."""
    regions, head = portfolio_rule()
    if org.country not in regions or not org.spans:
        return False
    if not to_simplified(org.name).endswith(head[0]):
        return False
    return all(to_simplified(text[s.end : s.end + len(head)]) == head for s in org.spans)


def portfolio_titles(text: str, facts: DocumentFacts) -> None:
    """Turn the roles at a portfolio 司 into titles without an organisation, and drop the 司
    (`text`: the document as given, which the facts' spans index)."""
    gone = {o.key: o for o in facts.orgs if _portfolio(text, o)}
    if not gone:
        return
    for r in facts.roles:
        if r.org in gone:
            r.title = gone[r.org].name + r.title
            r.org = None
    for a in facts.agreements:
        a.parties = [p for p in a.parties if p not in gone]
    facts.orgs = [o for o in facts.orgs if o.key not in gone]
