"""The exchange format's name and its one shared convention (EXCHANGE.md).

Facts that came from the curated reference data are sourced to a pseudo-document of
format "reference" with the id `REFERENCE_DOC`, never to a document that did not state them.
"""

from __future__ import annotations

FORMAT = "exchange/1"
REFERENCE_DOC = "ref"


class ExchangeError(Exception):
    """An exchange file that cannot be imported; the message names the reason in one line."""
