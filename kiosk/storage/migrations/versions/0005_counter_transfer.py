"""counter transfer: a waiting ticket may be reserved for one counter

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-24 13:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("ticket") as batch:
        batch.add_column(sa.Column("reserved_counter_id", sa.Integer(), nullable=True))
        batch.create_foreign_key("fk_ticket_reserved_counter_id_counter", "counter", ["reserved_counter_id"], ["id"])
        batch.create_index("ix_ticket_reserved", ["reserved_counter_id", "service_day", "status"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("ticket") as batch:
        batch.drop_index("ix_ticket_reserved")
        batch.drop_constraint("fk_ticket_reserved_counter_id_counter", type_="foreignkey")
        batch.drop_column("reserved_counter_id")
