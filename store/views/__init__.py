"""The one presentation model of the CLI and the explorer: what an entity is called and
what its detail view says, as plain data and words, built once for `ipx show` and the TUI.

- `store.views.refs`: the entity kinds, their id prefixes (o12, p3, a5), their labels, and
  `Ref`, the reference to an entity that a user can open.
- `store.views.labels`: how values read: agreement kinds ("work plan"), date spans.
- `store.views.sections`: a view as ordered sections of rows and cells.
- `store.views.detail`: the detail view of one entity, built from `store.queries.Detail`.
- `store.views.readings`: the pinyin reading beside a person known only by a Chinese name.
- `store.views.load`: reading a detail view (the entity, the acronyms of the organisations
  it names, the merges folded into it).

Nothing here imports Textual or Rich. The package imports nothing at load time, and `refs`
and `labels` use only the standard library, so the quick lookup (`ipx.lookup`) and
`store.queries` itself can use them.
"""
