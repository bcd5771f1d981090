"""installation identity: a random key of this database, mixed into ticket token signing so a
database created again with the same secret never re-issues tokens the old one printed

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 12:00:00.000000
"""

from __future__ import annotations

import secrets
from datetime import UTC, datetime

import sqlalchemy as sa
from alembic import op

from kiosk.storage.base import UtcDateTime

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    table = op.create_table(
        "installation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=32), nullable=False),
        sa.Column("created_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_installation")),
    )
    # Tokens printed before this upgrade were signed with the bare secret and stop verifying at
    # once: upgrade outside service hours (CHANGELOG). A restored backup brings its own key back.
    op.bulk_insert(table, [{"id": 1, "key": secrets.token_hex(16), "created_at": datetime.now(UTC)}])


def downgrade() -> None:
    op.drop_table("installation")
