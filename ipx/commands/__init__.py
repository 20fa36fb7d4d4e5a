"""The commands of `ipx`, by what they do: import_export (import, export), browse (search,
show, path), curate (merge, split, merges), explorer (explore, serve). ipx.cli puts them
together. Each imports what it needs when it runs, so a lookup stays quick."""
