"""Rows written in bulk: ids given out up front, rows inserted in large batches.

The exchange import plans its rows in memory (load.py) and hands them here. Ids come from a
block reserved at the start for each table (on SQLite the next ids after the largest, under
the write lock the import holds; on PostgreSQL a block taken from the table's sequence, the
unused end given back at the finish), so a row can name another before either is written
and nothing has to be read back. Rows wait in memory until there are `batch` of them, then go
in with executemany (SQLite) or COPY (PostgreSQL), table by table in the order of their
foreign keys. A row changed after it was written (a name given dates by a later entry, a
role that takes another title) is updated at the finish.

The columns and their defaults come from the models, so a column added to a table is filled
with its default without this module knowing it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from pydantic_core import PydanticUndefined
from sqlmodel import SQLModel

from store.models import Agreement, AgreementParty, Document, Mention, Name, Organisation, Person
from store.models import Role as RoleModel
from store.search.connection import DB

#: tables in the order their rows are written: a row only names rows of tables before it
#: (organisation.parent_id is written as an update at the finish)
MODELS: tuple[type[SQLModel], ...] = (
    Document,
    Organisation,
    Person,
    Name,
    RoleModel,
    Agreement,
    AgreementParty,
    Mention,
)

#: the fields the import may change in a row after writing it
MUTABLE = {
    "name": ("valid_from", "valid_to", "kind"),
    "role": ("title", "title_norm", "other_titles", "start", "end", "origin"),
}

_SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"  # how SQLAlchemy stores a DateTime in SQLite


class Row:
    """One planned row: its columns as attributes (what a model instance would hold, at a
    fraction of the cost); `stored` once written, so a later change becomes an update."""

    stored = False

    def __init__(self, **values: Any) -> None:
        self.__dict__.update(values)

    if TYPE_CHECKING:  # the columns, for the type checker

        def __getattr__(self, name: str) -> Any: ...

        def __setattr__(self, name: str, value: Any) -> None: ...

    @classmethod
    def of(cls, values: dict[str, Any]) -> Row:
        """A row holding VALUES itself (no copy)."""
        row = cls.__new__(cls)
        row.__dict__ = values
        return row


class _Table:
    """A table's columns, their defaults, and the rows waiting to be written."""

    def __init__(self, model: type[SQLModel], now: datetime) -> None:
        table: Any = model.__table__  # type: ignore[attr-defined]
        self.name: str = table.name
        self.columns: list[str] = [c.name for c in table.columns]
        self.defaults: dict[str, Any] = {}
        for name, field in model.model_fields.items():
            if field.default_factory is not None:
                value = field.default_factory()  # type: ignore[call-arg]
                self.defaults[name] = now if isinstance(value, datetime) else value
            elif field.default is not PydanticUndefined:
                self.defaults[name] = field.default
        self.getter = itemgetter(*self.columns)
        self.pending: list[Row] = []
        self.first = 0  # the first id of the reserved block
        self.next = 0  # the next id to give out
        self.reserved = 0  # how many ids the block holds

    def base(self, *, pg: bool) -> dict[str, Any]:
        """Every column with its default, as the driver takes it (SQLite: times as text)."""
        out = dict.fromkeys(self.columns)
        for name, value in self.defaults.items():
            if isinstance(value, datetime) and not pg:
                value = value.astimezone(UTC).strftime(_SQLITE_TIME)
            out[name] = value
        return out


class Rows:
    """The planned rows of one import, on one connection, in its transaction."""

    def __init__(
        self, db: DB, bounds: dict[str, int], *, batch: int = 20000, big: bool = False
    ) -> None:
        self.db, self.batch = db, batch
        now = datetime.now(UTC)
        self.tables = {t.name: t for t in (_Table(m, now) for m in MODELS)}
        self.waiting = 0
        self.updates: dict[tuple[str, tuple[str, ...]], dict[int, tuple[Any, ...]]] = {}
        for name, n in bounds.items():
            self._reserve(self.tables[name], n)
        self.checks = self._drop_foreign_keys() if big and db.pg else []
        self.indexes = self._drop_indexes() if big and db.pg else []

    def _drop_foreign_keys(self) -> list[tuple[str, str, str]]:
        """PostgreSQL checks a foreign key with a query per row, most of the server's work in
        a large load: the tables' foreign keys are dropped for it and added again at the
        finish, which checks every row at once (and fails the import if one is wrong). The
        tables stay locked until the import commits."""
        names = ", ".join(f"'{t}'" for t in self.tables)
        found = [
            (str(table), str(name), str(definition))
            for table, name, definition in self.db.all(
                "SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid)"
                f" FROM pg_constraint WHERE contype = 'f' AND conrelid::regclass::text IN ({names})"
                " ORDER BY conrelid::regclass::text, conname"
            )
        ]
        for table, name, _ in found:
            self.db.ddl(f'ALTER TABLE "{table}" DROP CONSTRAINT "{name}"')
        return found

    def _drop_indexes(self) -> list[str]:
        """PostgreSQL, a large load: the plain (not unique) indexes of the tables the load
        only writes, dropped and built once at the finish (mentions have four: kept row by
        row they took more of the server than the rows did). Tables the load reads while it
        runs (names, roles, entities by reference id) keep theirs. The statements that make
        them again, to the letter."""
        found = self.db.all(
            "SELECT c.relname, pg_get_indexdef(x.indexrelid) FROM pg_index x"
            " JOIN pg_class c ON c.oid = x.indexrelid"
            " WHERE x.indrelid::regclass::text IN ('mention', 'agreementparty')"
            " AND NOT x.indisunique AND NOT x.indisprimary ORDER BY c.relname"
        )
        for name, _ in found:
            self.db.ddl(f'DROP INDEX "{name}"')
        return [str(definition) for _, definition in found]

    # ids --------------------------------------------------------------------------------

    def _sequence(self, table: str) -> str:
        return str(self.db.all(f"SELECT pg_get_serial_sequence('{table}', 'id')")[0][0])

    def _reserve(self, t: _Table, n: int) -> None:
        """Ids for at most N new rows of the table, unused by anyone else."""
        if self.db.pg:
            if n:
                seq = self._sequence(t.name)
                got = self.db.all(f"SELECT nextval('{seq}')")[0][0]
                self.db.run(f"SELECT setval('{seq}', {int(got) + n - 1})")
                t.first = int(got)
        else:
            got = self.db.all(f'SELECT MAX(id) FROM "{t.name}"')[0][0]
            t.first = int(got or 0) + 1
        t.next, t.reserved = t.first, n

    def new_id(self, table: str) -> int:
        t = self.tables[table]
        if t.next - t.first >= t.reserved:
            raise RuntimeError(f"{table}: more rows than reserved ({t.reserved})")
        t.next += 1
        return t.next - 1

    def _give_back(self, t: _Table) -> None:
        """PostgreSQL: the sequence continues after the last id used, as if the rows had
        taken their ids one by one."""
        if not self.db.pg or not t.reserved:
            return
        seq = self._sequence(t.name)
        if t.next > t.first:
            self.db.run(f"SELECT setval('{seq}', {t.next - 1})")
        else:
            self.db.run(f"SELECT setval('{seq}', {t.first}, false)")

    # rows -------------------------------------------------------------------------------

    def add(self, table: str, **values: Any) -> Row:
        """A new row (with its `id`, from `new_id`); written with the next batch."""
        row = Row.of(values)
        self.tables[table].pending.append(row)
        self.waiting += 1
        if self.waiting >= self.batch:
            self.flush()
        return row

    def changed(self, table: str, row: Row) -> None:
        """ROW changed (in the fields `MUTABLE` names): one already written is updated at
        the finish."""
        if row.stored:
            self.update(table, row.id, **{f: getattr(row, f) for f in MUTABLE[table]})

    def update(self, table: str, rid: int, **values: Any) -> None:
        """Set VALUES on a row already in the database, at the finish (the last set wins)."""
        self.updates.setdefault((table, tuple(values)), {})[rid] = tuple(values.values())

    def _tuples(self, t: _Table) -> list[tuple[Any, ...]]:
        """The waiting rows as tuples of their columns, defaults filled in."""
        base, get = t.base(pg=self.db.pg), t.getter
        return [get(base | r.__dict__) for r in t.pending]

    def flush(self) -> None:
        """Write every waiting row, table by table in foreign-key order."""
        for t in self.tables.values():
            if not t.pending:
                continue
            cols = ", ".join(f'"{c}"' for c in t.columns)
            if self.db.pg:
                cur = self.db.raw.cursor()
                try:
                    with cur.copy(f'COPY "{t.name}" ({cols}) FROM STDIN') as copy:
                        for values in self._tuples(t):
                            copy.write_row(values)
                finally:
                    cur.close()
            else:
                marks = ", ".join("?" * len(t.columns))
                self.db.many(f'INSERT INTO "{t.name}" ({cols}) VALUES ({marks})', self._tuples(t))
            if t.name in MUTABLE:
                for r in t.pending:
                    r.stored = True
            t.pending = []
        self.waiting = 0

    def finish(self) -> None:
        """Write what waits, apply the updates, and leave the sequences after the last id."""
        self.flush()
        for (table, fields), by_id in self.updates.items():
            sets = ", ".join(f'"{f}" = ?' for f in fields)
            self.db.many(
                f'UPDATE "{table}" SET {sets} WHERE id = ?',
                [(*values, rid) for rid, values in by_id.items()],
            )
        self.updates = {}
        for statement in self.indexes:
            self.db.ddl(statement)
        self.indexes = []
        for table, name, definition in self.checks:
            self.db.ddl(f'ALTER TABLE "{table}" ADD CONSTRAINT "{name}" {definition}')
        self.checks = []
        for t in self.tables.values():
            self._give_back(t)
