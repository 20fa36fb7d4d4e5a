"""Silence the chatter of the parsing libraries: their warnings about broken input are the
reader's business, reported as a ReadError or worked around, never printed."""

from __future__ import annotations

import contextlib
import logging
import warnings
from collections.abc import Iterator


@contextlib.contextmanager
def quiet(*loggers: str) -> Iterator[None]:
    """Silence the named libraries' logging and all warnings for the duration."""
    saved = []
    for lname in loggers:
        lg = logging.getLogger(lname)
        saved.append((lg, lg.level))
        lg.setLevel(logging.CRITICAL + 1)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        for lg, level in saved:
            lg.setLevel(level)
