"""judgements: review verdicts that last, the rejections they keep out, extractor versions

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-10 12:00:00

`judgement` holds each verdict a person gave on something ipx doubted (accept, reject,
merge, distinct, edit) with who, when and why, its subjects by stable keys; a partial
unique index keeps one verdict in force per queue item. `rejection` holds the (document,
surface, kind) a reject keeps from being extracted again. `document.extractor_version`
says which extractors read a document; documents stored before this revision have none
(they were read by an older version). The search keys are rebuilt, for the head keys that
short queries rank by.
"""

import sqlalchemy as sa
import sqlmodel
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

_IN_FORCE = "undone_at IS NULL AND action != 'edit'"


def upgrade() -> None:
    op.add_column("document", sa.Column("extractor_version", sa.Integer(), nullable=True))
    op.create_table(
        "judgement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("uid", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("item_kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("action", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("target_type", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("target_id", sa.Integer(), nullable=True),
        sa.Column("other_id", sa.Integer(), nullable=True),
        sa.Column("subjects", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("change", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("undo", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("reason", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("decided_by", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("decided_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.Column("undone_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_judgement_uid", "judgement", ["uid"], unique=True)
    op.create_index(
        "ix_judgement_key_in_force",
        "judgement",
        ["key"],
        unique=True,
        sqlite_where=sa.text(_IN_FORCE),
        postgresql_where=sa.text(_IN_FORCE),
    )
    op.create_index("ix_judgement_target", "judgement", ["target_type", "target_id"])
    op.create_table(
        "rejection",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("judgement_id", sa.Integer(), nullable=False),
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("path", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("surface", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("context", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_rejection_judgement_id", "rejection", ["judgement_id"])
    op.create_index("ix_rejection_sha256", "rejection", ["sha256"])
    op.create_index("ix_rejection_path", "rejection", ["path"])
    # The search keys gained head keys (a name's surname and first word, issue 13): rebuild
    # the keys of what the database already holds so that short queries rank the new way.
    from store.search import reindex_all

    reindex_all(op.get_bind())


def downgrade() -> None:
    op.drop_table("rejection")
    op.drop_table("judgement")
    with op.batch_alter_table("document") as batch:
        batch.drop_column("extractor_version")
