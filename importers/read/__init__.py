"""Read a file into one clean text, whatever its format and encoding."""

from importers.read.readers import ReadError, ReadResult, read_bytes, read_document  # noqa: F401
