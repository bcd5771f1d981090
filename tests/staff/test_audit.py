"""The audit log: every staff action with who, where and when; nobody can change or remove it."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.exc import DBAPIError

from kiosk import audit
from kiosk.audit import AuditImmutableError
from kiosk.audit.models import AuditEntry
from kiosk.files import FileError, accept_file
from kiosk.staff import sign_in
from tests.staff.hall import PINS, Hall, at

NOW = at("2026-11-24 09:15")


def test_each_action_names_who_where_and_when(hall: Hall) -> None:
    sign_in(hall.db, "budi", PINS["BUDI"], counter="4", terminal="Loket-PC-4", now=NOW)
    accept_file(hall.db, hall.officer("BUDI", "4", "Loket-PC-4"), NOW, hall.calendar,
                service_number=50, applicant_name="Dewi")
    newest = audit.entries(hall.db, limit=2)
    assert [(e.action, e.actor, e.actor_role, e.terminal, e.counter, e.at) for e in newest] == [
        ("files.accept", "BUDI", "officer", "Loket-PC-4", "4", NOW),
        ("staff.sign_in", "BUDI", "officer", "Loket-PC-4", "4", NOW),
    ]
    assert newest[0].detail["due"] == "2026-12-03"


def test_a_refused_action_leaves_neither_record_nor_entry(hall: Hall) -> None:
    before = audit.entries(hall.db)
    with pytest.raises(FileError):
        accept_file(hall.db, hall.officer("BUDI"), NOW, hall.calendar, service_number=50, applicant_name="Eko",
                    checklist=[("KTP", True), ("NPWP", False)])
    assert audit.entries(hall.db) == before


def test_the_program_refuses_to_change_or_delete_an_entry(hall: Hall) -> None:
    with pytest.raises(AuditImmutableError), hall.db.write() as session:
        row = session.scalars(select(AuditEntry).limit(1)).one()
        row.action = "nothing.happened"
    with pytest.raises(AuditImmutableError), hall.db.write() as session:
        session.delete(session.scalars(select(AuditEntry).limit(1)).one())
    assert {e.action for e in audit.entries(hall.db)} == {"staff.add"}


@pytest.mark.parametrize(
    "statement",
    [update(AuditEntry).values(actor="someone-else"), delete(AuditEntry)],
    ids=["update", "delete"],
)
def test_the_database_itself_refuses_changes_from_any_client(hall: Hall, statement: object) -> None:
    count = len(audit.entries(hall.db))
    with pytest.raises(DBAPIError, match="append-only"), hall.db.engine.begin() as conn:
        conn.execute(statement)  # type: ignore[call-overload]
    with pytest.raises(DBAPIError, match="append-only"), hall.db.engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_entry WHERE id = (SELECT min(id) FROM audit_entry)"))
    entries = audit.entries(hall.db)
    assert len(entries) == count and {e.actor for e in entries} == {"cli"}


def test_truncate_is_refused_on_postgresql(hall: Hall) -> None:
    if hall.db.is_sqlite:
        pytest.skip("SQLite has no TRUNCATE; DELETE is covered above")
    with pytest.raises(DBAPIError, match="append-only"), hall.db.engine.begin() as conn:
        conn.execute(text("TRUNCATE audit_entry"))
    assert len(audit.entries(hall.db)) == 3


def test_entries_filter_by_officer_and_action(hall: Hall) -> None:
    sign_in(hall.db, "ani", PINS["ANI"], counter="1", terminal="t1", now=NOW)
    sign_in(hall.db, "budi", PINS["BUDI"], counter="2", terminal="t2", now=NOW)
    assert [e.actor for e in audit.entries(hall.db, action_prefix="staff.sign_in")] == ["BUDI", "ANI"]
    assert [e.action for e in audit.entries(hall.db, actor="ANI")] == ["staff.sign_in"]
    assert audit.entries(hall.db, action_prefix="staff.%") == []
