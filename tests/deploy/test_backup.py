"""Backups taken while the hall is working, and restores: the copy is whole, consistent and holds
every ticket committed before the backup began; a restore asks first and keeps what it replaces."""

from __future__ import annotations

import multiprocessing as mp
import shutil
import sqlite3
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from kiosk.calendar import OfficeCalendar
from kiosk.queue import Office, issue_ticket
from kiosk.storage import Database
from kiosk.storage.migrate import current_revision, upgrade
from tests.queue.conftest import SECRET, TUESDAY_9
from tests.support.cli import Cli
from tests.support.databases import ci_requires_everything, postgres_schema_url

ISSUERS = 4
PER_ISSUER = 120


def _issuer(url: str, log: str, start: Any) -> None:
    db = Database(url)
    office = Office(calendar=OfficeCalendar(), secret=SECRET)
    start.wait()
    with open(log, "a", encoding="utf-8") as out:
        for _ in range(PER_ISSUER):
            ticket = issue_ticket(db, 50, office=office, now=TUESDAY_9)
            # Written after the commit returned: a line older than the backup's start is a
            # ticket that was committed before it.
            out.write(f"{ticket.id} {time.time()!r}\n")
            out.flush()
    db.dispose()


def _tickets(path: Path) -> set[int]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return {row[0] for row in conn.execute("SELECT id FROM ticket")}
    finally:
        conn.close()


def test_backup_while_four_processes_issue_holds_every_ticket_committed_before_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'hall.db'}"
    cli = Cli(tmp_path / "config.toml", url)
    cli.ok("init")
    ctx = mp.get_context("spawn")
    start = ctx.Event()
    logs = [tmp_path / f"issuer-{n}.log" for n in range(ISSUERS)]
    procs = [ctx.Process(target=_issuer, args=(url, str(log), start)) for log in logs]
    for p in procs:
        p.start()
    start.set()
    deadline = time.monotonic() + 60
    while sum(len(log.read_text().splitlines()) for log in logs if log.exists()) < 80:
        assert time.monotonic() < deadline, "issuers made no progress"
        time.sleep(0.02)
    began = time.time()
    result = cli.ok("backup", "--to", str(tmp_path / "backups"), "--json").json()
    for p in procs:
        p.join(120)
        assert p.exitcode == 0
    written = {int(i): float(t) for log in logs for i, t in (line.split() for line in log.read_text().splitlines())}
    assert len(written) == ISSUERS * PER_ISSUER, "some issuing failed"
    before = {i for i, t in written.items() if t < began}
    assert len(before) >= 80
    copy = Path(result["path"])
    in_copy = _tickets(copy)
    assert before <= in_copy, f"missing from the backup: {sorted(before - in_copy)[:10]}"
    assert result["tickets"] == len(in_copy)
    assert len(in_copy) < ISSUERS * PER_ISSUER, "the backup was not taken while issuing went on"

    # Restore it over the live database: what comes back is exactly the copy.
    restored = cli("restore", str(copy), "--yes")
    assert restored.status == 0, restored.err
    assert _tickets(tmp_path / "hall.db") == in_copy
    assert "the database as it was is kept in" in restored.out
    kept = Path(restored.out.split("the database as it was is kept in ", 1)[1].split("\n", 1)[0])
    assert _tickets(kept) == set(written), "the replaced database was not kept whole"


def test_restore_refuses_a_file_that_is_not_a_backup_and_changes_nothing(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'hall.db'}"
    cli = Cli(tmp_path / "config.toml", url)
    cli.ok("init")
    before = (tmp_path / "hall.db").read_bytes()
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    result = cli("restore", str(junk), "--yes")
    assert result.status == 2 and "Traceback" not in result.err
    assert "not a readable SQLite database" in result.err
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE x (y)").connection.close()
    result = cli("restore", str(other), "--yes")
    assert result.status == 2 and "is not an MPP Kiosk database" in result.err
    assert (tmp_path / "hall.db").read_bytes() == before


def test_restore_without_a_terminal_asks_for_yes(tmp_path: Path) -> None:
    cli = Cli(tmp_path / "config.toml", f"sqlite:///{tmp_path / 'hall.db'}")
    cli.ok("init")
    backup = cli.ok("backup", "--to", str(tmp_path), "--json").json()["path"]
    result = cli("restore", backup)
    assert result.status == 2 and "add --yes" in result.err


def test_init_backs_up_a_database_before_upgrading_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'hall.db'}"
    old = Database(url)
    upgrade(old, "0004")
    old.dispose()
    cli = Cli(tmp_path / "config.toml", url)
    result = cli.ok("init")
    assert "backup before upgrading from 0004" in result.out
    path = Path(result.out.split("backup before upgrading from 0004: ", 1)[1].split("\n", 1)[0])
    copy = Database(f"sqlite:///{path}")
    assert current_revision(copy) == "0004"
    copy.dispose()
    assert "backup before" not in cli.ok("init").out  # nothing to upgrade, no backup


def test_postgresql_backup_is_a_pg_dump_of_the_hall_s_schema(tmp_path: Path) -> None:
    if shutil.which("pg_dump") is None:
        if ci_requires_everything():
            pytest.fail("CI=true but pg_dump is not installed")
        pytest.skip("PostgreSQL client tools not installed")
    with postgres_schema_url() as url:
        cli = Cli(tmp_path / "config.toml", url)
        cli.ok("init")
        cli.now = "2026-11-24T09:00"
        cli.ok("ticket", "issue", "50", "--no-print")
        result = cli.ok("backup", "--to", str(tmp_path), "--json").json()
        listing = subprocess.run(["pg_restore", "--list", result["path"]], capture_output=True, text=True,
                                 check=True).stdout
        assert "TABLE DATA" in listing and " ticket " in listing
        schema = url.split("search_path%3D", 1)[1]
        assert all(schema in line for line in listing.splitlines() if "TABLE DATA" in line)


def test_slips_printed_before_a_reinstall_are_refused_and_come_back_with_the_restored_backup(
    tmp_path: Path,
) -> None:
    """The same config file (and secret) over a new database: ticket #1 again, but the slip from
    the old database is 'another office'; restoring the backup makes the old slips valid again."""
    cli = Cli(tmp_path / "config.toml", f"sqlite:///{tmp_path / 'hall.db'}")
    cli.ok("init")
    cli.now = "2026-11-24T09:00"
    old = cli.ok("ticket", "issue", "50", "--no-print", "--json").json()
    backup = cli.ok("backup", "--to", str(tmp_path / "backups"), "--json").json()["path"]
    (tmp_path / "hall.db").unlink()
    cli.ok("init")
    new = cli.ok("ticket", "issue", "50", "--no-print", "--json").json()
    assert (new["id"], new["code"]) == (old["id"], old["code"]) and new["token"] != old["token"]
    refused = cli("ticket", "verify", old["token"])
    assert refused.status == 2 and "ditandatangani oleh kantor atau terminal lain" in refused.err
    cli.ok("restore", backup, "--yes")
    assert "tiket sah: A-001" in cli.ok("ticket", "verify", old["token"]).out
    assert cli("ticket", "verify", new["token"]).status == 2
