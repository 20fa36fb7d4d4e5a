"""mention target index: sources and document counts read from the index alone

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25 12:45:00

The lists rank entities by the number of documents that mention them, and every detail
view reads a fact's sources: both look mentions up by (target_type, target_id) and want
document_id. A covering index makes that a range scan at a million mentions.
"""

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index(
        "ix_mention_target", "mention", ["target_type", "target_id", "document_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_mention_target", table_name="mention")
