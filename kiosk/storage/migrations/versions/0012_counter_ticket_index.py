"""an index on the counter a ticket is at, so "does this counter still have someone?" (asked on
every call, and by the desk and the hall overview) reads a few index entries instead of the
day's whole line

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-01 19:40:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_ticket_counter", "ticket", ["counter_id", "service_day", "status"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_ticket_counter", table_name="ticket")
