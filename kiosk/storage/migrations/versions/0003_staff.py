"""staff: officers, desk sessions, append-only audit log, accepted files, complaints

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24 09:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import kiosk.storage.base

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

APPEND_ONLY = "audit_entry is append-only"

# The ORM refuses to change audit rows; these refuse it to every other client as well (psql,
# a report tool with write access, a careless script).
_PG_TRIGGERS = [
    f"""
    CREATE FUNCTION audit_entry_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION '{APPEND_ONLY}' USING ERRCODE = 'insufficient_privilege';
    END
    $$
    """,
    "CREATE TRIGGER audit_entry_no_update_delete BEFORE UPDATE OR DELETE ON audit_entry "
    "FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse_change()",
    "CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change()",
]
_SQLITE_TRIGGERS = [
    f"CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END",
    f"CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END",
]


def upgrade() -> None:
    op.create_table(
        "audit_entry",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", kiosk.storage.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("actor", sa.String(length=40), nullable=False),
        sa.Column("actor_role", sa.String(length=20), nullable=False),
        sa.Column("terminal", sa.String(length=120), nullable=False),
        sa.Column("counter", sa.String(length=20), nullable=True),
        sa.Column("action", sa.String(length=60), nullable=False),
        sa.Column("subject", sa.String(length=120), nullable=True),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_entry")),
    )
    op.create_index("ix_audit_entry_actor", "audit_entry", ["actor"], unique=False)
    op.create_index("ix_audit_entry_at", "audit_entry", ["at"], unique=False)
    op.create_table(
        "complaint",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tracking_number", sa.String(length=30), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("suggestion_reason", sa.String(length=40), nullable=True),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("complainant_name", sa.String(length=120), nullable=True),
        sa.Column("complainant_contact", sa.String(length=120), nullable=True),
        sa.Column("service_number", sa.Integer(), nullable=True),
        sa.Column("service_title", sa.Text(), nullable=True),
        sa.Column("service_date", sa.Date(), nullable=True),
        sa.Column("matter", sa.Text(), nullable=False),
        sa.Column("received_at", kiosk.storage.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("received_day", sa.Date(), nullable=False),
        sa.Column("response_due", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_at", kiosk.storage.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("answer", sa.Text(), nullable=True),
        sa.Column("recorded_by", sa.String(length=40), nullable=False),
        sa.Column("counter", sa.String(length=20), nullable=True),
        sa.Column("handled_by", sa.String(length=40), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_complaint")),
        sa.UniqueConstraint("tracking_number", name=op.f("uq_complaint_tracking_number")),
    )
    op.create_index("ix_complaint_open", "complaint", ["status", "response_due"], unique=False)
    op.create_table(
        "officer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=40), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("failed_attempts", sa.Integer(), nullable=False),
        sa.Column("locked_until", kiosk.storage.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("created_at", kiosk.storage.base.UtcDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_officer")),
        sa.UniqueConstraint("code", name=op.f("uq_officer_code")),
    )
    op.create_table(
        "tracking_sequence",
        sa.Column("prefix", sa.String(length=10), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("last", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("prefix", "day", name=op.f("pk_tracking_sequence")),
    )
    op.create_table(
        "staff_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=64), nullable=False),
        sa.Column("officer_id", sa.Integer(), nullable=False),
        sa.Column("counter", sa.String(length=20), nullable=False),
        sa.Column("terminal", sa.String(length=120), nullable=False),
        sa.Column("started_at", kiosk.storage.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("last_active_at", kiosk.storage.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("ended_at", kiosk.storage.base.UtcDateTime(timezone=True), nullable=True),
        sa.Column("end_reason", sa.String(length=30), nullable=True),
        sa.ForeignKeyConstraint(["officer_id"], ["officer.id"], name=op.f("fk_staff_session_officer_id_officer")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_staff_session")),
        sa.UniqueConstraint("token", name=op.f("uq_staff_session_token")),
    )
    op.create_index("ix_staff_session_open", "staff_session", ["ended_at"], unique=False)
    op.create_table(
        "service_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("tracking_number", sa.String(length=30), nullable=False),
        sa.Column("service_number", sa.Integer(), nullable=False),
        sa.Column("service_version_id", sa.Integer(), nullable=True),
        sa.Column("service_title", sa.Text(), nullable=False),
        sa.Column("applicant_name", sa.String(length=120), nullable=False),
        sa.Column("applicant_contact", sa.String(length=120), nullable=True),
        sa.Column("ticket_code", sa.String(length=20), nullable=True),
        sa.Column("checklist", sa.Text(), nullable=False),
        sa.Column("received_at", kiosk.storage.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("received_day", sa.Date(), nullable=False),
        sa.Column("processing_value", sa.Integer(), nullable=False),
        sa.Column("processing_unit", sa.String(length=30), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_at", kiosk.storage.base.UtcDateTime(timezone=True), nullable=False),
        sa.Column("officer", sa.String(length=40), nullable=False),
        sa.Column("counter", sa.String(length=20), nullable=True),
        sa.ForeignKeyConstraint(
            ["service_version_id"],
            ["service_version.id"],
            name=op.f("fk_service_file_service_version_id_service_version"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_service_file")),
        sa.UniqueConstraint("tracking_number", name=op.f("uq_service_file_tracking_number")),
    )
    op.create_index("ix_service_file_due", "service_file", ["status", "due_date"], unique=False)
    triggers = _PG_TRIGGERS if op.get_bind().dialect.name == "postgresql" else _SQLITE_TRIGGERS
    for statement in triggers:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_truncate ON audit_entry")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update_delete ON audit_entry")
        op.execute("DROP FUNCTION IF EXISTS audit_entry_refuse_change()")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
    op.drop_index("ix_service_file_due", table_name="service_file")
    op.drop_table("service_file")
    op.drop_index("ix_staff_session_open", table_name="staff_session")
    op.drop_table("staff_session")
    op.drop_table("tracking_sequence")
    op.drop_table("officer")
    op.drop_index("ix_complaint_open", table_name="complaint")
    op.drop_table("complaint")
    op.drop_index("ix_audit_entry_at", table_name="audit_entry")
    op.drop_index("ix_audit_entry_actor", table_name="audit_entry")
    op.drop_table("audit_entry")
