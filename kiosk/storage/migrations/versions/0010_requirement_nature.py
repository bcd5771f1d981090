"""whether each requirement is a document to bring or a condition to meet (set by an
administrator at the console; empty means "guess from the wording")

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-01 11:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("service_item") as batch:
        batch.add_column(sa.Column("nature", sa.String(length=10), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("service_item") as batch:
        batch.drop_column("nature")
