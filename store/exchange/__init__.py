"""The exchange format (EXCHANGE.md): export to JSON, CSV and GraphML; import from JSON.

format.py      the format's name, the reference pseudo-document, the error
export.py      the store as one exchange document (JSON)
tables.py      that document as CSV tables; graphml.py: as a GraphML graph
validation.py  checking a document before anything is written
load.py        reading a JSON file and writing a document into the store, in bulk:
entities.py    an entity's names and a person's roles as the import keeps them in memory
rows.py        ids reserved up front, rows written in batches (executemany, COPY)
"""

from store.exchange.export import export_data
from store.exchange.format import FORMAT, REFERENCE_DOC, ExchangeError
from store.exchange.graphml import write_graphml
from store.exchange.load import import_data, load_json
from store.exchange.tables import write_csv
from store.exchange.validation import validate

__all__ = [
    "FORMAT",
    "REFERENCE_DOC",
    "ExchangeError",
    "export_data",
    "import_data",
    "load_json",
    "validate",
    "write_csv",
    "write_graphml",
]
