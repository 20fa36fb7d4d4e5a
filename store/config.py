"""Which database: URL resolution and the schema version, without SQLAlchemy.

Kept apart from store/db.py so that `ipx search` can find and check a SQLite file with the
standard library alone (start-up time is part of what a lookup costs).
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "IPX_DATABASE_URL"
#: The newest migration; checked without importing Alembic so that opening an up-to-date
#: database stays cheap (tests assert it equals Alembic's head).
SCHEMA_HEAD = "0006"


def default_path() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("ipx", appauthor=False)) / "ipx.db"


def resolve_url(db: str | None) -> tuple[str, bool]:
    """The SQLAlchemy URL to use and whether it is the default database (seeded on first use).

    `--db` wins over `IPX_DATABASE_URL`, which wins over the default file. A bare path is
    taken as a SQLite file; postgresql:// gets the psycopg 3 driver.
    """
    given = db or os.environ.get(ENV_VAR) or None
    if not given:
        path = default_path()
        path.parent.mkdir(parents=True, exist_ok=True)
        return f"sqlite:///{path}", True
    if "://" not in given:
        return f"sqlite:///{Path(given).expanduser().resolve()}", False
    url = given
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            url = "postgresql+psycopg://" + url[len(prefix) :]
    return url, False
