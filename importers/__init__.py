"""Importers: read a file, find the facts it states, resolve them to stored entities.

One subpackage per stage of the flow, each using only the stages before it (the contracts in
pyproject.toml check this):

    read/  ──►  extract.py (en/, zh/)  ──►  resolve/  ──►  store/
    bytes to text   text to facts            facts to entities

`facts.py` (what an extractor reports) and `gazetteer.py` (the reference names an extractor
may look for, and the one way to find them) are the contracts between the stages;
`pipeline.py` runs the stages for each file, one transaction per document.

Heavy dependencies (jieba, trafilatura, pypdf) are imported inside the functions that
need them so that `ipx search` and `ipx show` start fast.
"""

#: The version of what the extractors find. Bump it whenever a change to importers/read,
#: importers/en, importers/zh or the gazetteer changes what a stored text yields: each
#: document records the version that read it (`Document.extractor_version`), `ipx import`
#: says how many were read by an older one, and `ipx reextract` reads those again.
EXTRACTOR_VERSION = 45
