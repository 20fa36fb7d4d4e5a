"""An envoy of a union of states (欧盟驻华大使): the post whole, at the union's delegation there.

A union keeps no embassy of a state's: its ambassador heads its delegation to the place
(欧盟驻华代表团, the Delegation of the European Union to China), and English texts write him
"Ambassador of the Delegation of the European Union to China". So a body that is no state,
then 驻 and a place, then an envoy's title (大使, 公使, 参赞) before a name gives the post as
written (欧盟驻华大使) at the delegation the text names (X驻Y代表团) or the reference data
knows by that name; with neither, the role stays at the body as read.
"""

from __future__ import annotations

from importers.gazetteer import Reference, longest_first
from importers.zh import lex as zh_lex
from importers.zh.orgs.mention import Mention
from importers.zh.roles import PersonHit
from importers.zh.state import ENVOY, country_of, envoy_titles, state_key


def union_envoys(
    text: str, hits: list[PersonHit], orgs: list[Mention], reference: Reference
) -> list[Mention]:
    """Move each union's envoy to the union's delegation; returns the delegations it had to
    name from the reference data (the text named none)."""
    made: list[Mention] = []
    for h in hits:
        org, title = h.org, h.title or ""
        if org is None or h.alias_of is not None or not is_union(org):
            continue
        base = next((w for w in longest_first(envoy_titles()) if title.endswith(w)), None)
        posting = ENVOY.fullmatch(title.removesuffix(base)) if base else None
        if posting is None or text[org.start : h.start] != org.name + title:
            continue
        delegation = _delegation(org, posting.group(0), [*orgs, *made], reference)
        if delegation is None:
            continue
        if delegation not in orgs and delegation not in made:
            made.append(delegation)
        h.org, h.title = delegation, org.name + title
    return made


def is_union(org: Mention) -> bool:
    """A body that is neither a state, a state's body, nor a government: a union of states
    (its reference row an intergovernmental body, or no row at all)."""
    if org.source == "implied" or org.name.endswith("政府"):
        return False
    if country_of(org.name) is not None or state_key(org.name) is not None:
        return False
    return org.ref is None or org.ref.kind == "igo"


def _delegation(
    org: Mention, posting: str, orgs: list[Mention], reference: Reference
) -> Mention | None:
    """The union's delegation at the posting (欧盟 + 驻华 -> 欧盟驻华代表团): a body the text
    names so, else the one the reference data knows by that name (a mention over the union
    and the posting, as a national government's is over its country)."""
    names = [org.name + posting + s for s in zh_lex.words("delegation_suffixes")]
    named = next((o for o in orgs if o.name in names and o.source != "implied"), None)
    if named is not None:
        return named
    made = next((o for o in orgs if o.name in names), None)
    if made is not None:
        return made
    for name in names:
        ref = reference.org_named(name)
        if ref is not None:
            return Mention(org.start, org.end + len(posting), name, ref, source="implied")
    return None
