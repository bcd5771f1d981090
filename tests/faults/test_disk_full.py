"""A full disk under the database (a real, tiny tmpfs; skipped where this machine may not mount
one): the command says the disk is full with its exit status, nothing is half-written, and once
space is freed the same database works on with every earlier ticket."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.cli import Cli


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=1m", f"mpp-{uuid.uuid4().hex[:6]}", str(mount)],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"this machine does not allow mounting a tmpfs here: {done.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path) -> Path:
    filler = folder / "filler"
    with contextlib.suppress(OSError), filler.open("wb") as out:
        while True:
            out.write(b"\0" * 4096)
            out.flush()
            os.fsync(out.fileno())
    return filler


@pytest.mark.expect_warnings(r"kiosk\.cli: disk_full")
def test_a_full_disk_is_reported_and_nothing_is_lost(small_disk: Path, tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text("", encoding="utf-8")
    url = f"sqlite:///{small_disk / 'kiosk.db'}"
    cli = Cli(config, url, now="2026-11-24T09:00")
    cli.ok("init")
    cli.ok("ticket", "issue", "50", "--no-print")
    filler = _fill(small_disk)
    last = None
    for _ in range(3000):  # the WAL has some room at first; sooner or later a write needs a new page
        last = cli("ticket", "issue", "50", "--no-print")
        if last.status != 0:
            break
    assert last is not None and last.status == 7, (last.status if last else None, last.err if last else "")
    assert "Disk penuh" in last.err and "The disk is full" in last.err and "Traceback" not in last.err
    issued = cli("queue", "list", "--json")
    filler.unlink()
    conn = sqlite3.connect(small_disk / "kiosk.db")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        codes = [row[0] for row in conn.execute("SELECT code FROM ticket ORDER BY id")]
    finally:
        conn.close()
    assert codes[0] == "A-001" and len(codes) == len(set(codes))
    assert issued.status in (0, 7)
    after = cli.ok("ticket", "issue", "50", "--no-print", "--json").json()
    assert after["code"] == f"A-{len(codes) + 1:03d}"
