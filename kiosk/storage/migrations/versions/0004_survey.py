"""survey: SKM responses (one per ticket) and imported paper-form files

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 12:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kiosk.storage.base

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

ELEMENTS = [f"u{n}" for n in range(1, 10)]


def upgrade() -> None:
    op.create_table(
        "survey_import",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("file_name", sa.String(length=300), nullable=False),
        sa.Column("rows", sa.Integer(), nullable=False),
        sa.Column("imported_at", kiosk.storage.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("imported_by", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_import")),
        sa.UniqueConstraint("sha256", name=op.f("uq_survey_import_sha256")),
    )
    op.create_table(
        "survey_response",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("ticket_id", sa.Integer(), nullable=True),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("submitted_at", kiosk.storage.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("service_number", sa.Integer(), nullable=True),
        sa.Column("service_version_id", sa.Integer(), nullable=True),
        sa.Column("queue", sa.String(length=2), nullable=True),
        sa.Column("counter_number", sa.Integer(), nullable=True),
        sa.Column("officer", sa.String(length=60), nullable=True),
        sa.Column("terminal", sa.String(length=120), nullable=True),
        sa.Column("import_id", sa.Integer(), nullable=True),
        *(sa.Column(key, sa.SmallInteger(), nullable=True) for key in ELEMENTS),
        sa.Column("umur", sa.String(length=8), nullable=True),
        sa.Column("jenis_kelamin", sa.String(length=1), nullable=True),
        sa.Column("pendidikan", sa.String(length=8), nullable=True),
        sa.Column("pekerjaan", sa.String(length=12), nullable=True),
        sa.Column("saran", sa.Text(), nullable=True),
        sa.CheckConstraint("source IN ('terminal', 'paper', 'anonymous')", name=op.f("ck_survey_response_source")),
        sa.CheckConstraint(
            "(source = 'terminal') = (ticket_id IS NOT NULL)", name=op.f("ck_survey_response_ticket_iff_terminal")
        ),
        *(sa.CheckConstraint(f"{key} BETWEEN 1 AND 4", name=op.f(f"ck_survey_response_{key}_score")) for key in ELEMENTS),
        sa.ForeignKeyConstraint(["ticket_id"], ["ticket.id"], name=op.f("fk_survey_response_ticket_id_ticket")),
        sa.ForeignKeyConstraint(
            ["service_version_id"],
            ["service_version.id"],
            name=op.f("fk_survey_response_service_version_id_service_version"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["import_id"], ["survey_import.id"], name=op.f("fk_survey_response_import_id_survey_import")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_survey_response")),
        sa.UniqueConstraint("ticket_id", name=op.f("uq_survey_response_ticket_id")),
    )
    op.create_index("ix_survey_response_submitted_at", "survey_response", ["submitted_at"], unique=False)
    op.create_index(
        "ix_survey_response_service_submitted", "survey_response", ["service_number", "submitted_at"], unique=False
    )


def downgrade() -> None:
    op.drop_index("ix_survey_response_service_submitted", table_name="survey_response")
    op.drop_index("ix_survey_response_submitted_at", table_name="survey_response")
    op.drop_table("survey_response")
    op.drop_table("survey_import")
