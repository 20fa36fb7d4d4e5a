"""Search organisations, people and agreements by any of their names, in any script.

The index is the `searchkey` table, built at import by `index_entity` from each entity's
current names. The package reads in the order a search runs:

    words.py       the Latin-script words of a name (stop words, abbreviations, spellings)
    readings.py    the pinyin readings of Chinese text (pypinyin, surnames, given names)
    heads.py       a name's first word and a person's surname, with the name's length
    keys.py        the keys and tiers a name is stored under
    index.py       writing the keys of one entity; rebuild.py: of all of them; bulk.py: of
                   a bulk load's (in a worker process)
    connection.py  the DB-API connection and the one key range every probe reads
    query.py       a query folded into probes and words
    matches.py     match classes, how they rank, candidates and hits
    probes.py      the lookups: as typed, word by word; typos.py: one or two edits off
    ranking.py     candidates ranked into hits
    lookup.py      `search` and `search_url`, which run the steps above
    role_query.py  a query read as a title and an organisation; roles.py: who holds it
    context.py     what tells namesakes apart (a person's latest role, a body's kind and
                   country, an agreement's parties and date): `Hit.context`, `contexts`

How a hit matched follows from the probe (raw, fuzzy, typo) and the key's tier; best first:

    exact      the query is a whole name (folded), or its preferred full pinyin
    acronym    the query (three letters or more) is the acronym of a Latin name (IPOS for
               Intellectual Property Office of Singapore), computed from its words
    surname    the query is a person's surname: the first character or syllable of a
    first word Chinese name (申 shen of 申长雨), the first word of a Latin name spelt as a
               Chinese surname (Shen Changyu), else the last (Francis Gurry); or any name's
               first word or syllable (Francis, 广 guang of 广东省人民政府). One rank.
    prefix     the query starts a name (only part of its first word, or more than it)
    part       the query starts a later part of a name's characters or their pinyin (the
               和 he of 中华人民共和国..., the given name changyu)
    words      every word of the query starts a word of the entity's names, any order
               (candidates from the rarest word, narrowed word by word in the index)
    initials   initials or a mix of full syllables and initials (dhs, denghs)
    heteronym  another reading of a heteronym (shen zhang yu for 申长雨)
    fuzzy      zh/z ch/c sh/s ang/an eng/en ing/in v/u, or a homophone in characters
    typo       one or two edits on a word or a name, nearest first; only when nothing else
               matched, and only among keys that share the first half of the word

Within a rank, a match that covers more of the name comes first (shen: 沈立 shenli before
申长雨 shenchangyu; to two places), then entities that more documents mention.

    role       the query names a title and an organisation (wipo dg, 国家知识产权局局长): the
               people who hold or held that role come before every name match, the current
               holder first, then the organisation, then the name matches (roles.py)

Nothing here imports SQLAlchemy, SQLModel or pypinyin at load time: the CLI's `ipx search`
runs on a plain sqlite3 (or psycopg) connection, and a Latin-letter query never needs
pypinyin (a query in characters needs it only when nothing matched as typed).
"""

from store.search.connection import successor
from store.search.context import context_of, contexts
from store.search.index import drop_entity, index_agreements_of, index_entity, refresh_docs
from store.search.lookup import search, search_url
from store.search.matches import KINDS, Hit
from store.search.rebuild import reindex_all

__all__ = [
    "KINDS",
    "Hit",
    "context_of",
    "contexts",
    "index_entity",
    "index_agreements_of",
    "drop_entity",
    "refresh_docs",
    "reindex_all",
    "search",
    "search_url",
    "successor",
]
