"""Every read the CLI and the TUI share: lists, detail views, sources, paths.

The TUI never touches tables directly; it calls these and renders the dataclasses they
return (through store.views), so `ipx show` and the detail view cannot disagree.

    refs.py      entity references, names, following merges (id prefixes: store.views.refs)
    batch.py     rows of many entities at once: names, parties, acronyms
    lists.py     the organisation, people and agreement lists
    sources.py   mentions with the sentence around them
    details.py   the detail of one entity
    lookup.py    what a user means by NAME_OR_ID
    paths.py     how two entities connect
    counts.py    how much the store holds
    filters.py   what a user typed in the filter bar: free text, year, kind, party, country
    stats.py     agreements counted by year, kind, partner country or partner
"""

from store.queries import counts as _counts
from store.queries.batch import acronym_of, acronyms_of
from store.queries.counts import Stats
from store.queries.details import (
    AgreementInfo,
    Detail,
    NameInfo,
    RoleInfo,
    agreement_detail,
    agreement_info,
    detail,
    organisation_detail,
    person_detail,
)
from store.queries.filters import Filter, FilterError, parse_filter
from store.queries.lists import (
    LIST_LIMIT,
    AgreementRow,
    OrgRow,
    PersonRow,
    list_agreements,
    list_organisations,
    list_people,
)
from store.queries.lookup import find
from store.queries.paths import Step, path_between
from store.queries.refs import (
    KIND_OF_PREFIX,
    PREFIX,
    EntityRef,
    entity_name,
    follow_merges,
    parse_ref,
    ref,
)
from store.queries.sources import Source, sources_of
from store.queries.stats import Count, agreement_counts
from store.text.sentences import sentence_around

#: how much the store holds (counts.stats). The module store.queries.stats (agreements
#: counted) is imported above, which binds the package's name `stats` to that module: bind it
#: back to the function, which callers have always reached as `queries.stats(session)`.
stats = _counts.stats

__all__ = [
    "acronyms_of",
    "KIND_OF_PREFIX",
    "LIST_LIMIT",
    "PREFIX",
    "AgreementInfo",
    "AgreementRow",
    "Count",
    "Detail",
    "EntityRef",
    "Filter",
    "FilterError",
    "NameInfo",
    "OrgRow",
    "PersonRow",
    "RoleInfo",
    "Source",
    "Stats",
    "Step",
    "acronym_of",
    "agreement_counts",
    "agreement_detail",
    "agreement_info",
    "detail",
    "entity_name",
    "find",
    "follow_merges",
    "list_agreements",
    "list_organisations",
    "list_people",
    "organisation_detail",
    "parse_filter",
    "parse_ref",
    "path_between",
    "person_detail",
    "ref",
    "sentence_around",
    "sources_of",
    "stats",
]
