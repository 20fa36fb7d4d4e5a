"""imported files: exchange files already imported, so that importing one again is a no-op

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25 12:50:00
"""

import sqlalchemy as sa
import sqlmodel
import sqlmodel.sql.sqltypes
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "importedfile",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("path", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("imported_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_importedfile_sha256", "importedfile", ["sha256"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_importedfile_sha256", table_name="importedfile")
    op.drop_table("importedfile")
