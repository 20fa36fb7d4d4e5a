"""Facts of a Chinese document: organisations, officials with roles, agreements ("zh/1").

The pipeline, on a cleaned view of the text (`text`: wraps joined, URL and source lines
removed, every character mapped back to the original so spans are exact):

1. organisations (`orgs`): reference names (Traditional-only ones only as written), names
   grown from a place to an organisation suffix with jieba words (`lex`), a unit named as a
   body with its parent, bracketed acronyms and 简称 aliases, English names, participant
   tables (`table`; `grid` for tables drawn with bars); collective references (中日韩三局,
   五局) are groups of the bodies named, never organisations (`orgs.collective`);
2. people (`people`, with `names` and `roles`): [机构][职务][姓名], transliterated names with
   any separator or none, Japanese and Korean names after their office's title, 、-lists
   sharing an organisation, 邓先生, 申局长, 钟梓坚局长 and 坎皮诺斯 referring back, names in
   table cells; heads of state and envoys at their national governments (`state`);
3. agreements (`agreements`, dated by `agreement_dates`): a signing verb with a document
   noun, parties in the clause (or the sentence's subject, or a group's members), signatories
   named or by title only (`signing`); generic mentions only when signed, titled from their
   parties and kind.

A foreign name in Chinese and the Latin name it renders are one person when they sound alike
(`sounds`) and hold a role at one organisation (`bilingual` for one document, the resolver
across documents).

Mentions are grouped into one `OrgFact`/`PersonFact` per entity within the document
(`orgs.groups`, `facts`), each under its name as written (Traditional stays Traditional) with
the Simplified form as an alias.
"""

from __future__ import annotations

from importers.facts import DocumentFacts, one_role_per_title
from importers.gazetteer import Reference
from importers.zh import implied_bodies, re_mentions
from importers.zh import lex as zh_lex
from importers.zh import state as zh_state
from importers.zh.agreement_dates import dateline
from importers.zh.chained_posts import chained_posts
from importers.zh.cited import drop_cited
from importers.zh.facts import agreement_facts, people_facts
from importers.zh.joined_holders import joined_holders, listed_after_names
from importers.zh.latin_addressed import latin_addressed
from importers.zh.legends import legend_hits
from importers.zh.listed_names import listed_names
from importers.zh.orgs.groups import org_facts
from importers.zh.orgs.index import OrgIndex
from importers.zh.paired_signers import paired_signer_roles
from importers.zh.passing_governments import drop_passing_governments
from importers.zh.people import PeopleFinder, reference_people
from importers.zh.portfolio import portfolio_titles
from importers.zh.posts import (
    cabinet_openers,
    drop_bare_repeats,
    drop_untitled_known,
    joined_units,
    kind_heads,
    listed_units,
    named_with_a_word,
    unit_officials,
)
from importers.zh.region_heads import region_heads
from importers.zh.remits import remit_bodies
from importers.zh.representatives import represented_posts
from importers.zh.service_units import service_unit_heads
from importers.zh.split_names import split_names
from importers.zh.text import view
from importers.zh.title_runs import title_run
from importers.zh.union_commissioners import union_commissioners
from importers.zh.union_envoys import union_envoys
from importers.zh.unit_chains import chained_units

EXTRACTOR = "zh/1"


def extract(
    text: str, *, date: str | None, reference: Reference, repaired: bool = False
) -> DocumentFacts:
    """All facts the Chinese `text` states; spans are offsets into `text` as given.
    `repaired`: the readers already joined wrapped lines, so line breaks are boundaries."""
    zh_lex.prime(reference)
    v = view(text, repaired=repaired)
    date = date or dateline(v.text)
    toks = zh_lex.tokens(v.text)
    orgs = OrgIndex(v, reference)
    orgs.find(toks)
    orgs.rescan()
    people = PeopleFinder(v.text, toks, orgs.mentions)
    people.table_rows(orgs.rows)
    people.signer_tables()
    people.titled()
    remit_bodies(v.text, people.hits, orgs.mentions)
    people.hits += chained_posts(people, people.hits)
    people.hits += legend_hits(people, people.hits)
    orgs.add_item_orgs(people.hits)
    orgs.rescan()
    people.orgs = orgs.mentions
    people.named_then_titled()
    people.hits += joined_holders(v.text, people.hits)
    people.hits += listed_names(v.text, toks, people.hits, orgs.mentions)
    listed_after_names(v.text, people.hits)
    people.hits += listed_units(v.text, people.hits)
    joined_units(v.text, people.hits)
    orgs.mentions = unit_officials(v.text, people.hits, orgs.mentions)
    orgs.mentions = chained_units(v.text, people.hits, orgs.mentions)
    orgs.mentions = service_unit_heads(v.text, people.hits, orgs.mentions)
    people.hits = split_names(v.text, people.hits, orgs.mentions)
    people.table_cells()
    people.hits += latin_addressed(v.text, people.hits)
    orgs.add_governments(people.government_roles())
    orgs.add_bare_governments()
    implied_bodies.reference_roles(people.hits, orgs.mentions, reference)
    people.placed_posts()  # before ladder_roles: an item's own place breaks a ladder
    implied_bodies.ladder_roles(v.text, people.hits, orgs.mentions)
    paired_signer_roles(v.text, people.hits, orgs.mentions)
    orgs.mentions = cabinet_openers(v.text, people.hits, orgs.mentions)
    kind_heads(v.text, people.hits, orgs.mentions)
    # 贯彻某某总书记…重要指示精神: a cited leader goes before any post of his implies a body
    people.hits = drop_cited(v.text, people.hits)
    orgs.add_governments(zh_state.party_state_posts(v.text, people.hits, reference))
    orgs.add_governments(zh_state.national_roles(v.text, people.hits, orgs.mentions, reference))
    orgs.add_governments(union_envoys(v.text, people.hits, orgs.mentions, reference))
    union_commissioners(v.text, people.hits, orgs.mentions)  # 欧盟贸易委员: the Commission
    zh_state.bodiless_envoys(v.text, people.hits)
    orgs.mentions = represented_posts(v.text, people.hits, orgs.mentions)
    orgs.add_governments(region_heads(v.text, people.hits, orgs.mentions, reference))
    known = {h.name: h.name for h in people.hits}
    known.update({n: n for _s, _e, n in reference_people(v.text, reference)})
    re_mentions.referred(people.text, people.hits, known)
    facts = DocumentFacts(extractor=EXTRACTOR)
    org_keys = org_facts(orgs, facts)
    people_facts(v, people.hits, org_keys, reference, facts)
    agreement_facts(v, orgs.mentions, org_keys, facts, date, groups=orgs.groups)
    drop_passing_governments(v.text, orgs.mentions, org_keys, facts)
    portfolio_titles(text, facts)
    facts.roles = one_role_per_title(facts.roles, title_run)  # 党组书记、局长: two roles
    drop_bare_repeats(facts)
    drop_untitled_known(facts, named_with_a_word(people.hits, v))
    return facts
