"""the finished-tickets index also holds the status, so counting a period's served tickets (the
survey report's population) reads the index alone instead of every ticket row

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-01 16:30:00.000000
"""

from __future__ import annotations

from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index("ix_ticket_finished", table_name="ticket")
    op.create_index("ix_ticket_finished", "ticket", ["current_queue_id", "finished_at", "status"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_ticket_finished", table_name="ticket")
    op.create_index("ix_ticket_finished", "ticket", ["current_queue_id", "finished_at"], unique=False)
