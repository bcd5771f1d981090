"""audit chain: every audit entry numbered and hashed with the one before; an index for the
sweep that finds tickets whose print was never confirmed; the request key that makes a kiosk's
"try again" return the same ticket

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 10:00:00.000000
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.orm import Session

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

APPEND_ONLY = "audit_entry is append-only"
_SQLITE_TRIGGERS = [
    f"CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END",
    f"CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}'); END",
]


def _chain_existing_rows() -> None:
    """Existing rows get their place in the chain once; the append-only triggers step aside."""
    from kiosk.audit.chain import chain_existing

    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        op.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update_delete")
    else:
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
    session = Session(bind=bind)
    chain_existing(session)
    if bind.dialect.name == "postgresql":
        op.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update_delete")
    else:
        for statement in _SQLITE_TRIGGERS:
            op.execute(statement)


def upgrade() -> None:
    # Not batch mode: adding nullable columns and an index needs no table copy on SQLite, and a
    # copy would silently drop the append-only triggers.
    op.add_column("audit_entry", sa.Column("seq", sa.BigInteger(), nullable=True))
    op.add_column("audit_entry", sa.Column("chain", sa.String(length=64), nullable=True))
    op.create_index("ix_audit_entry_seq", "audit_entry", ["seq"], unique=True)
    _chain_existing_rows()
    op.create_index("ix_ticket_print_state", "ticket", ["print_state", "issued_at"], unique=False)
    op.add_column("ticket", sa.Column("request_key", sa.String(length=64), nullable=True))
    op.create_index("ix_ticket_request_key", "ticket", ["request_key"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_ticket_request_key", table_name="ticket")
    with op.batch_alter_table("ticket") as batch:
        batch.drop_column("request_key")
    op.drop_index("ix_ticket_print_state", table_name="ticket")
    op.drop_index("ix_audit_entry_seq", table_name="audit_entry")
    with op.batch_alter_table("audit_entry") as batch:
        batch.drop_column("chain")
        batch.drop_column("seq")
    if op.get_bind().dialect.name != "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
        for statement in _SQLITE_TRIGGERS:
            op.execute(statement)
