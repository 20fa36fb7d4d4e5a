"""Resolve a document's facts to stored entities: reference data, name variants, merges."""

from importers.resolve.resolution import resolve  # noqa: F401
