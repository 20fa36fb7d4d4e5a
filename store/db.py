"""Which database, and opening it: URL resolution, SQLite pragmas, migrations on open.

SQLite is the embedded default (a file in the user's data directory, WAL mode so the
explorer can read while an import writes). A `postgresql://` URL works as written: the
psycopg 3 driver is filled in. Every open runs the Alembic migrations up to head, so a
database made by an older ipx is upgraded in place.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine, make_url
from sqlmodel import Session, create_engine

from store.config import ENV_VAR, SCHEMA_HEAD, default_path, resolve_url  # noqa: F401 (re-exported)

MIGRATIONS = Path(__file__).with_name("migrations")


class DatabaseError(Exception):
    """A database that cannot be opened or is of an unknown kind: a one-line message."""


def _sqlite_connect(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    """Pragmas, and transactions that ipx begins itself (see _sqlite_begin)."""
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    with contextlib.suppress(Exception):  # a read-only file keeps its journal mode
        cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _journal_mode(raw: Any, mode: str) -> str:
    """Set a SQLite connection's journal mode, outside a transaction; the mode it has after
    ("" when the file is busy)."""
    import sqlite3

    cur = raw.cursor()
    try:
        cur.execute(f"PRAGMA journal_mode={mode}")
        row = cur.fetchone()
        return str(row[0]).lower() if row else ""
    except sqlite3.OperationalError:
        return ""
    finally:
        cur.close()


def _sqlite_begin(conn) -> None:  # type: ignore[no-untyped-def]
    """A real BEGIN for every transaction. Python's sqlite3 otherwise begins one only
    before INSERT/UPDATE/DELETE, so the CREATE TABLEs of a migration would each commit on
    their own and a kill midway would leave half a schema."""
    conn.exec_driver_sql("BEGIN")


def make_engine(url: str, *, read_only: bool = False) -> Engine:
    try:
        parsed = make_url(url)
    except Exception as exc:
        raise DatabaseError(f"{url}: not a database URL ({exc})") from None
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if read_only and database:
            if not Path(database).exists():
                raise DatabaseError(f"{database}: no such database file (read-only mode)")
            url = f"sqlite:///file:{database}?mode=ro&uri=true"
        elif database and not Path(database).parent.exists():
            raise DatabaseError(f"{database}: folder {Path(database).parent} does not exist")
        engine = create_engine(url, connect_args={"check_same_thread": False})
        event.listen(engine, "connect", _sqlite_connect)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    if parsed.get_backend_name() == "postgresql":
        args = {"options": "-c default_transaction_read_only=on"} if read_only else {}
        return create_engine(url, pool_pre_ping=True, connect_args=args)
    raise DatabaseError(f"{url}: unsupported database (use a SQLite path or postgresql://)")


def upgrade(engine: Engine) -> None:
    """Bring the schema to the newest version (Alembic), creating it in an empty database.

    On PostgreSQL two ipx processes may open a new shared database at once: the upgrade
    holds an advisory lock and re-reads the version under it, so only one migrates.
    """
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(724318)"))
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def current_revision(engine: Engine) -> str | None:
    from sqlalchemy import inspect, text

    if "alembic_version" not in inspect(engine).get_table_names():
        return None
    with engine.connect() as conn:
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def head_revision() -> str:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    head = ScriptDirectory.from_config(cfg).get_current_head()
    assert head is not None
    return head


def _file_is_read_only(url: str) -> bool:
    """A SQLite file that nobody may write (mode bits, not access(): root can write anything)."""
    if not url.startswith("sqlite:///"):
        return False
    path = Path(url[len("sqlite:///") :])
    try:
        return path.exists() and not (path.stat().st_mode & 0o222)
    except OSError:
        return False


def lock_for_writing(session: Session) -> None:
    """Take the database's write lock at the start of a transaction, before any read.

    Resolution reads ("is WIPO stored yet?") and then writes; two imports at once must not
    both read "no" and both create it. PostgreSQL: a transaction-scoped advisory lock.
    SQLite: a no-op UPDATE as the first statement, which takes the write lock (waiting
    through busy_timeout) before the transaction has read anything stale.
    """
    from sqlalchemy import text

    bind = session.get_bind()
    if bind.dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(724319)"))
    else:
        session.execute(text("UPDATE alembic_version SET version_num = version_num WHERE 0"))


class Database:
    """An opened database: an engine at the newest schema, and sessions on it."""

    def __init__(self, url: str, *, read_only: bool = False, is_default: bool = False):
        self.url = url
        self.read_only = read_only or _file_is_read_only(url)
        self.is_default = is_default
        self.engine = make_engine(url, read_only=self.read_only)
        try:
            if current_revision(self.engine) != SCHEMA_HEAD:
                if self.read_only:
                    raise DatabaseError(
                        f"{url}: the database needs an upgrade, which read-only mode cannot do"
                    )
                upgrade(self.engine)
        except DatabaseError:
            raise
        except Exception as exc:
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise DatabaseError(f"{url}: cannot open the database ({reason})") from None

    @contextmanager
    def session(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as s:
            yield s

    @contextmanager
    def bulk_session(self) -> Iterator[Session]:
        """A session for one large write (an exchange file's bulk load). On SQLite its
        transaction runs with a rollback journal instead of the WAL: pages new to the file are
        then written once, not to the WAL and again at the checkpoint (a quarter of the time
        of a 250,000-people load). It is as atomic. While another connection has the file
        open the mode cannot change, and the load runs in the WAL as usual; WAL is set again
        after."""
        if self.engine.dialect.name != "sqlite":
            with self.session() as s:
                yield s
            return
        with self.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            switched = _journal_mode(raw, "delete") == "delete"
            try:
                with Session(bind=conn, expire_on_commit=False) as s:
                    yield s
            finally:
                if conn.in_transaction():
                    conn.rollback()
                if switched:
                    _journal_mode(raw, "wal")

    def is_empty(self) -> bool:
        from sqlmodel import select

        from store.models import Document

        with self.session() as s:
            return s.exec(select(Document.id).limit(1)).first() is None


def open_database(db: str | None = None, *, read_only: bool = False) -> Database:
    url, is_default = resolve_url(db)
    return Database(url, read_only=read_only, is_default=is_default)
