"""search index: covering indexes on searchkey, a docs column, bytewise keys on PostgreSQL

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25 12:25:00

Lookups read `key >= ? AND key < ?` ranges and an entity's word keys; both indexes cover
their queries so that no table row is read. On PostgreSQL the key column takes the "C"
collation so that those ranges are bytewise (what SQLite does) whatever the database locale.
`docs` (documents that mention the entity, counted at indexing) ranks hits without counting
mentions at query time. The keys of a database made before are built here
(store.search.reindex_all).
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute('ALTER TABLE searchkey ALTER COLUMN key TYPE VARCHAR COLLATE "C"')
    with op.batch_alter_table("searchkey", schema=None) as batch_op:
        batch_op.add_column(sa.Column("docs", sa.Integer(), nullable=False, server_default="0"))
        batch_op.drop_index("ix_searchkey_key")
        batch_op.drop_index("ix_searchkey_entity_id")
        batch_op.drop_index("ix_searchkey_name_id")
        batch_op.create_index(
            "ix_searchkey_lookup", ["key", "entity_type", "entity_id", "tier", "name_id", "docs"]
        )
        batch_op.create_index("ix_searchkey_entity", ["entity_type", "entity_id", "key"])
    # (re)build the keys of what the database already holds
    from store.search import reindex_all

    reindex_all(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table("searchkey", schema=None) as batch_op:
        batch_op.drop_index("ix_searchkey_entity")
        batch_op.drop_index("ix_searchkey_lookup")
        batch_op.create_index("ix_searchkey_name_id", ["name_id"])
        batch_op.create_index("ix_searchkey_entity_id", ["entity_id"])
        batch_op.create_index("ix_searchkey_key", ["key"])
        batch_op.drop_column("docs")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("ALTER TABLE searchkey ALTER COLUMN key TYPE VARCHAR")
