"""hall-wide local closures (set from the console, seen by every terminal) and the terminals'
heartbeat (role, version, last seen, printer state)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 14:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from kiosk.storage.base import UtcDateTime

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "office_closure",
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("added_by", sa.String(length=40), nullable=False),
        sa.Column("added_at", UtcDateTime(), nullable=False),
        sa.PrimaryKeyConstraint("day", name=op.f("pk_office_closure")),
    )
    op.create_table(
        "terminal",
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("version", sa.String(length=40), nullable=False),
        sa.Column("last_seen", UtcDateTime(), nullable=False),
        sa.Column("printer_state", sa.String(length=40), nullable=True),
        sa.Column("printer_message", sa.String(length=300), nullable=True),
        sa.Column("test_print_at", UtcDateTime(), nullable=True),
        sa.Column("test_print_by", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_terminal")),
    )


def downgrade() -> None:
    op.drop_table("terminal")
    op.drop_table("office_closure")
