"""Resolve a document's facts to stored entities: reference data, name variants, merges.

- `resolution`: `resolve`, the order in which one document's facts are written;
- `orgs`, `people`, `agreements`: which stored entity a fact names, or a new one;
- `variants` (other ways a name is written), `places` (generic names placed),
  `countries` (the countries table as the resolver reads it);
- `reference` (the curated reference data), `materialise` (its entries made entities),
  `lookup` (stored entities by reference id or name), `outcome` (what a document added).
"""

from importers.resolve.resolution import resolve

__all__ = ["resolve"]
