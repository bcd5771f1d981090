"""the hall's week (service hours, breaks, issuing cut-off) set from the console for every terminal

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kiosk.storage.base import UtcDateTime

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "hall_hours",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("week", sa.Text(), nullable=False),
        sa.Column("changed_by", sa.String(length=40), nullable=False),
        sa.Column("changed_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hall_hours")),
    )


def downgrade() -> None:
    op.drop_table("hall_hours")
