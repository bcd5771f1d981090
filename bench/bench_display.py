"""Queue display: time from a staff desk's call to the display's event in another process.

The desk calls in this process; the display (``python -m ui.display.headless --record``) runs in
its own and stamps the moment each call reaches it. Latency = display's receipt - the moment
``call_next`` returned (committed). Run on SQLite (polling every 0.15 s) and PostgreSQL (LISTEN /
NOTIFY) when a server answers at ``MPP_TEST_PG``. The issue's budget is one second; the ratio
lines compare p99 with it and PostgreSQL with SQLite.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import ExitStack
from pathlib import Path

from bench.common import percentiles, ratio, report
from kiosk import config
from kiosk.calendar import OfficeCalendar
from kiosk.clock import parse_instant
from kiosk.queue import Office, ensure_default_layout, issue_ticket
from kiosk.queue.states import Action
from kiosk.setup import load_bundled_catalog
from kiosk.staff import add_officer
from kiosk.staff.desk import start_desk
from kiosk.storage import Database
from kiosk.storage.migrate import upgrade
from tests.staff.hall import ADMIN
from tests.support.databases import postgres_available, postgres_schema_url

ROOT = Path(__file__).resolve().parents[1]
CALLS = 40
PACE_S = 0.05
BUDGET_S = 1.0
NOW = "2026-11-24T09:00:00+07:00"
SECRET = "ab" * 32


def _hall(url: str) -> tuple[Database, Office]:
    db = Database(url)
    upgrade(db)
    now = parse_instant(NOW)
    load_bundled_catalog(db, config.validate({}, "bench"), now)
    ensure_default_layout(db)
    add_officer(db, ADMIN, now, code="bench", name="Bench", role="officer", pin="135790")
    office = Office(OfficeCalendar(), SECRET)
    for _ in range(CALLS):
        issue_ticket(db, 50, office=office, now=now)
    return db, office


def measure(url: str, folder: Path) -> list[float]:
    db, office = _hall(url)
    cfg = folder / "display.toml"
    cfg.write_text(f'[security]\nsecret = "{SECRET}"\n[display]\nvoice_engine = "recordings"\n', encoding="utf-8")
    env = {**os.environ, "MPP_KIOSK_NO_LOG_FILE": "1", "PYTHONPATH": str(ROOT)}
    display = subprocess.Popen(
        [sys.executable, "-m", "ui.display.headless", "--config", str(cfg), "--db", url, "--record", "--now", NOW],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    lines: queue.Queue[str] = queue.Queue()
    assert display.stdout is not None
    stdout = display.stdout
    threading.Thread(target=lambda: [lines.put(line) for line in stdout], daemon=True).start()
    try:
        while not lines.get(timeout=30).startswith("READY"):
            pass
        desk = start_desk(db, office, code="bench", pin="135790", counter=1, terminal="bench",
                          clock=lambda: parse_instant(NOW))
        committed: dict[str, float] = {}
        for _ in range(CALLS):
            called = desk.call_next()
            committed_at = time.time()
            assert called is not None
            committed[called.ticket.code] = committed_at
            desk.act(Action.COMPLETE, called.ticket.code)
            time.sleep(PACE_S)
        seen: dict[str, float] = {}
        while len(seen) < CALLS:
            line = lines.get(timeout=10)
            if line.startswith("{"):
                item = json.loads(line)
                seen[item["code"]] = item["seen_at"]
        return [seen[code] - committed[code] for code in committed]
    finally:
        display.terminate()
        display.wait(10)
        db.dispose()


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sqlite = measure(f"sqlite:///{folder / 'bench.db'}", folder)
        p50, p99 = percentiles(sqlite)
        report("display_call_latency_sqlite_p50", p50 * 1000, "ms")
        report("display_call_latency_sqlite_p99", p99 * 1000, "ms")
        ratio("display_call_latency_sqlite_p99_vs_1s_budget", p99, BUDGET_S)
        if not postgres_available():
            print("# PostgreSQL not reachable at MPP_TEST_PG: skipped", flush=True)
            return
        with ExitStack() as stack:
            url = stack.enter_context(postgres_schema_url())
            pg = measure(url, folder)
        pg50, pg99 = percentiles(pg)
        report("display_call_latency_postgresql_p50", pg50 * 1000, "ms")
        report("display_call_latency_postgresql_p99", pg99 * 1000, "ms")
        ratio("display_call_latency_postgresql_p99_vs_1s_budget", pg99, BUDGET_S)
        ratio("display_call_latency_postgresql_vs_sqlite_p50", pg50, p50)


if __name__ == "__main__":
    main()
