"""Log files shared by several processes of one PC: one file per role and day, nothing renamed
(Windows cannot rename a file another process holds open), nothing lost, old days deleted."""

from __future__ import annotations

import logging
import multiprocessing as mp
import re
import time
from pathlib import Path

from kiosk.logs import DailyLogHandler

MIDNIGHT = time.mktime(time.strptime("2026-12-02 00:00:00", "%Y-%m-%d %H:%M:%S"))
PER_PROCESS = 400


def _record(handler: DailyLogHandler, created: float, text: str) -> None:
    record = logging.LogRecord("kiosk", logging.INFO, __file__, 1, text, None, None)
    record.created = created
    handler.handle(record)


def _writer(folder: str, index: int) -> None:
    handler = DailyLogHandler(Path(folder), "kiosk", max_bytes=20_000)
    handler.setFormatter(logging.Formatter("%(process)d %(message)s"))
    for i in range(PER_PROCESS):
        # Each process crosses midnight half-way through, as a kiosk running overnight does.
        created = MIDNIGHT - 60 + (120 * i / PER_PROCESS)
        _record(handler, created, f"p{index} line {i:04d} " + "x" * 40)
    handler.close()


def test_four_processes_across_midnight_lose_nothing_and_rename_nothing(tmp_path: Path) -> None:
    ctx = mp.get_context("spawn")
    processes = [ctx.Process(target=_writer, args=(str(tmp_path), n)) for n in range(4)]
    for p in processes:
        p.start()
    for p in processes:
        p.join(60)
        assert p.exitcode == 0
    names = sorted(p.name for p in tmp_path.iterdir())
    assert all(re.fullmatch(r"kiosk-2026-12-0[12](\.\d+)?\.log", n) for n in names), names
    assert any(n.startswith("kiosk-2026-12-01") for n in names) and any(n.startswith("kiosk-2026-12-02") for n in names)
    assert any(re.fullmatch(r"kiosk-2026-12-0\d\.\d+\.log", n) for n in names), "size cap never continued a day"
    seen: dict[str, str] = {}
    for path in tmp_path.iterdir():
        for line in path.read_text(encoding="utf-8").splitlines():
            match = re.fullmatch(r"\d+ (p\d line \d{4}) x{40}", line)
            assert match, f"torn or mixed line in {path.name}: {line!r}"
            assert match.group(1) not in seen, f"{match.group(1)} written twice"
            seen[match.group(1)] = path.name
    assert len(seen) == 4 * PER_PROCESS
    for key, name in seen.items():
        index = int(key.split()[-1])
        day = "2026-12-01" if index < PER_PROCESS // 2 else "2026-12-02"
        assert name.startswith(f"kiosk-{day}"), (key, name)


def test_old_days_are_deleted_and_other_files_left_alone(tmp_path: Path) -> None:
    for name in ("kiosk-2026-11-01.log", "kiosk-2026-11-01.2.log", "kiosk-2026-11-20.log", "staff-2026-11-01.log",
                 "notes.txt"):
        (tmp_path / name).write_text("old\n", encoding="utf-8")
    handler = DailyLogHandler(tmp_path, "kiosk", keep_days=14)
    handler.setFormatter(logging.Formatter("%(message)s"))
    _record(handler, MIDNIGHT + 3600, "today")
    handler.close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "kiosk-2026-11-20.log", "kiosk-2026-12-02.log", "notes.txt", "staff-2026-11-01.log",
    ]
