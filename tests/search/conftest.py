"""The search tests' database: a real one (Alembic migrations through
store.db.open_database), filled once per test session and backend (tests/search/kb.py).

PostgreSQL too (a throwaway cluster, tests/store/pg.py), unless IPX_SKIP_POSTGRES is set;
its database uses an ICU collation, so that bytewise key ranges are really put to the test.
Tests that change the database roll back.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pytest

from store.db import Database, open_database
from tests.search.kb import fill

BACKENDS = ["sqlite"] + ([] if os.environ.get("IPX_SKIP_POSTGRES") else ["postgresql"])


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    import psycopg

    from tests.store.pg import throwaway_cluster

    with throwaway_cluster() as server:
        admin = server.rsplit("/", 1)[0] + "/postgres"
        url = server.rsplit("/", 1)[0] + "/search"
        with psycopg.connect(admin, autocommit=True) as conn:
            try:
                conn.execute(
                    "CREATE DATABASE search TEMPLATE template0 LOCALE_PROVIDER icu"
                    " ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'"
                )
            except psycopg.Error:  # a server without ICU
                conn.execute("CREATE DATABASE search")
        yield url


@pytest.fixture(scope="session", params=BACKENDS)
def db(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Database]:
    if request.param == "postgresql":
        database = open_database(request.getfixturevalue("pg_url"))
    else:
        path = tmp_path_factory.mktemp("search") / "kb.db"
        database = open_database(f"sqlite:///{path}")
    with database.session() as s:
        fill(s)
        s.commit()
    yield database
    database.engine.dispose()


@pytest.fixture()
def session(db: Database) -> Iterator[Any]:
    with db.session() as s:
        yield s
