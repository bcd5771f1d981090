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
    before = audit.entries(hall.db)
    with pytest.raises(AuditImmutableError), hall.db.write() as session:
        row = session.scalars(select(AuditEntry).limit(1)).one()
        row.action = "nothing.happened"
    with pytest.raises(AuditImmutableError), hall.db.write() as session:
        session.delete(session.scalars(select(AuditEntry).limit(1)).one())
    assert audit.entries(hall.db) == before and {e.action for e in before} == {
        "layout.add_queue", "layout.add_counter", "staff.add"}


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
    assert len(audit.entries(hall.db)) == 5  # two layout changes and three officers added


def test_entries_filter_by_officer_and_action(hall: Hall) -> None:
    sign_in(hall.db, "ani", PINS["ANI"], counter="1", terminal="t1", now=NOW)
    sign_in(hall.db, "budi", PINS["BUDI"], counter="2", terminal="t2", now=NOW)
    assert [e.actor for e in audit.entries(hall.db, action_prefix="staff.sign_in")] == ["BUDI", "ANI"]
    assert [e.action for e in audit.entries(hall.db, actor="ANI")] == ["staff.sign_in"]
    assert audit.entries(hall.db, action_prefix="staff.%") == []


def _drop_triggers(hall: Hall) -> None:
    with hall.db.engine.begin() as conn:
        if hall.db.is_sqlite:
            conn.execute(text("DROP TRIGGER audit_entry_no_update"))
            conn.execute(text("DROP TRIGGER audit_entry_no_delete"))
        else:
            conn.execute(text("DROP TRIGGER audit_entry_no_update_delete ON audit_entry"))


def _busy_log(hall: Hall) -> None:
    for n, code in enumerate(("ani", "budi", "citra", "ani", "budi")):
        sign_in(hall.db, code, PINS[code.upper()], counter=str(n + 1), terminal=f"t{n}", now=NOW)


def test_verify_finds_an_entry_deleted_with_the_triggers_dropped(hall: Hall, tmp_path: object) -> None:
    _busy_log(hall)
    status, report = _verify_cli(hall, tmp_path)
    assert status == 0 and report["ok"] is True and report["entries"] == len(audit.entries(hall.db))
    _drop_triggers(hall)
    with hall.db.engine.begin() as conn:
        victim = conn.execute(text("SELECT id, seq FROM audit_entry WHERE action = 'staff.sign_in' "
                                   "ORDER BY seq LIMIT 1 OFFSET 2")).one()
        conn.execute(text("DELETE FROM audit_entry WHERE id = :id"), {"id": victim.id})
    status, report = _verify_cli(hall, tmp_path)
    assert status == 3 and report["ok"] is False
    assert report["problem"] == f"entries {victim.seq}-{victim.seq} are missing (removed)"


def test_verify_finds_an_altered_and_an_inserted_entry(hall: Hall, tmp_path: object) -> None:
    _busy_log(hall)
    _drop_triggers(hall)
    with hall.db.engine.begin() as conn:
        target = conn.execute(text("SELECT id, seq, actor FROM audit_entry ORDER BY seq LIMIT 1 OFFSET 4")).one()
        conn.execute(text("UPDATE audit_entry SET actor = 'SOMEONE' WHERE id = :id"), {"id": target.id})
    status, report = _verify_cli(hall, tmp_path)
    assert status == 3 and report["problem"] == f"entry {target.seq} (id {target.id}) was altered, or inserted"
    with hall.db.engine.begin() as conn:  # put it back as it was: the chain holds again up to the insert
        conn.execute(text("UPDATE audit_entry SET actor = :actor WHERE id = :id"),
                     {"id": target.id, "actor": target.actor})
        row = conn.execute(text("SELECT * FROM audit_entry WHERE id = :id"), {"id": target.id}).mappings().one()
        conn.execute(text("INSERT INTO audit_entry (at, actor, actor_role, terminal, counter, action, subject, detail) "
                          "VALUES (:at, 'ANI', 'officer', 't9', '9', 'staff.sign_in', 'counter:9', '{}')"),
                     {"at": row["at"]})
    assert row["actor"] == target.actor
    status, report = _verify_cli(hall, tmp_path)
    assert status == 3 and "has no place in the chain (inserted)" in str(report["problem"])


def test_desks_signing_in_at_once_still_form_one_unbroken_chain(hall: Hall, tmp_path: object) -> None:
    import threading

    barrier = threading.Barrier(6)

    def desk(n: int) -> None:
        code = ("ani", "budi", "citra")[n % 3]
        barrier.wait()
        for k in range(5):
            sign_in(hall.db, code, PINS[code.upper()], counter=f"{n}{k}", terminal=f"pc{n}", now=NOW)

    threads = [threading.Thread(target=desk, args=(n,)) for n in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    status, report = _verify_cli(hall, tmp_path)
    assert status == 0, report
    assert report["entries"] == len(audit.entries(hall.db, limit=10_000))


def _verify_cli(hall: Hall, tmp_path: object) -> tuple[int, dict[str, object]]:
    from pathlib import Path

    from tests.support.cli import Cli

    config = Path(str(tmp_path)) / "verify.toml"
    config.write_text("", encoding="utf-8")
    result = Cli(config, hall.db.url)("staff", "audit", "--verify", "--json")
    return result.status, result.json()
