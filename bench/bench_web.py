"""The hall's page for phones under a busy morning: 300 phones follow their tickets (server-sent
events) while 4 desks call, serve and finish, one call a second each. Measured from the phones'
side: how long after a call is committed each phone sees its new state; beside it, in the same
run and on the same server, how long a bare static response takes. And the web server's CPU.

The server runs in its own process (as it does in a hall), on an embedded SQLite file.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import socket
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from bench.common import percentiles, ratio, report
from kiosk import config
from kiosk.audit import Actor
from kiosk.queue.calling import call_next
from kiosk.queue.issuing import issue_ticket
from kiosk.queue.layout import add_counter, ensure_default_layout
from kiosk.queue.office import Office
from kiosk.queue.signing import ticket_token
from kiosk.queue.states import Action
from kiosk.queue.transitions import act
from kiosk.setup import load_bundled_catalog
from kiosk.storage import Database
from kiosk.storage.migrate import upgrade

PHONES = 300
DESKS = 4
CALLS_PER_DESK = 12
NOW = datetime(2026, 11, 24, 9, 0, tzinfo=ZoneInfo("Asia/Jakarta"))

SERVER = """
import sys, uvicorn
from datetime import datetime
from zoneinfo import ZoneInfo
from kiosk import config
from kiosk.storage import Database
from ui.web.app import create_app
url, secret, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
settings = config.validate({"security": {"secret": secret}, "web": {"requests_per_minute": 100000}}, "bench")
db = Database(url)
now = datetime(2026, 11, 24, 9, 0, tzinfo=ZoneInfo("Asia/Jakarta"))
uvicorn.run(create_app(settings, lambda: db, lambda: now), host="127.0.0.1", port=port, log_config=None,
            access_log=False)
"""


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


async def _follow(port: int, token: str, received: list[tuple[float, str]], ready: asyncio.Event,
                  opened: list[int], stop: asyncio.Event) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(f"GET /t/{token}/events HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/event-stream\r\n\r\n".encode())
    await writer.drain()
    first = True
    try:
        while not stop.is_set():
            line = await reader.readline()
            if not line:
                break
            if line.startswith(b"data: "):
                state = json.loads(line[6:])
                if first:
                    first = False
                    opened.append(1)
                    if len(opened) == PHONES:
                        ready.set()
                    continue
                received.append((time.perf_counter(), state["status"]))
    finally:
        writer.close()


async def _static_latencies(port: int, count: int, stop: asyncio.Event) -> list[float]:
    samples: list[float] = []
    while len(samples) < count and not stop.is_set():
        start = time.perf_counter()
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        writer.write(b"GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        await writer.drain()
        await reader.read()
        writer.close()
        samples.append(time.perf_counter() - start)
        await asyncio.sleep(0.02)
    return samples


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="mpp-bench-web-"))
    url = f"sqlite:///{folder / 'hall.db'}"
    secret = secrets.token_hex(32)
    db = Database(url)
    upgrade(db)
    settings = config.validate({"security": {"secret": secret}}, "bench")
    load_bundled_catalog(db, settings, NOW)
    ensure_default_layout(db)
    add_counter(db, 4, queues=["A"], is_open=True, actor=Actor("bench", "administrator", "bench"), now=NOW)
    office = Office.from_settings(settings, db)
    tickets = [issue_ticket(db, 50, office=office, now=NOW) for _ in range(PHONES + DESKS * CALLS_PER_DESK)]
    with db.read() as session:
        tokens = [ticket_token(session, t.id, secret) for t in tickets[-PHONES:]]

    port = _free_port()
    server = subprocess.Popen([sys.executable, "-c", SERVER, url, secret, str(port)])
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise RuntimeError("the web server did not start") from None
                time.sleep(0.1)
        calls: list[float] = []
        received: list[tuple[float, str]] = []

        def desk(counter: int) -> None:
            for _ in range(CALLS_PER_DESK):
                result = call_next(db, counter, office=office, now=NOW, officer=f"PTG-{counter}")
                calls.append(time.perf_counter())
                time.sleep(1.0)
                if result is not None:
                    act(db, result.ticket.id, Action.SERVE, office=office, now=NOW, counter=counter, officer="x")
                    act(db, result.ticket.id, Action.COMPLETE, office=office, now=NOW, counter=counter, officer="x")

        async def run() -> tuple[list[float], float, float]:
            stop, ready = asyncio.Event(), asyncio.Event()
            opened: list[int] = []
            followers = [asyncio.create_task(_follow(port, t, received, ready, opened, stop)) for t in tokens]
            await asyncio.wait_for(ready.wait(), 60)
            cpu_before, wall_before = _cpu_seconds(server.pid), time.perf_counter()
            desks = [threading.Thread(target=desk, args=(n,)) for n in range(1, DESKS + 1)]
            for thread in desks:
                thread.start()
            static = await _static_latencies(port, 200, stop)
            while any(thread.is_alive() for thread in desks):
                await asyncio.sleep(0.1)
            await asyncio.sleep(2.0)  # the last updates arrive
            cpu = _cpu_seconds(server.pid) - cpu_before
            wall = time.perf_counter() - wall_before
            stop.set()
            for task in followers:
                task.cancel()
            await asyncio.gather(*followers, return_exceptions=True)
            return static, cpu, wall

        static, cpu, wall = asyncio.run(run())
    finally:
        server.terminate()
        server.wait(10)
        db.dispose()

    ordered_calls = sorted(calls)
    delays = []
    for at, _status in received:
        before = [c for c in ordered_calls if c <= at]
        if before:
            delays.append(at - before[-1])
    update_p50, update_p99 = percentiles(delays)
    static_p50, static_p99 = percentiles(static)
    report("web_phones_following", PHONES, "phones")
    report("web_updates_delivered", len(delays), "updates")
    report("web_update_delay_p50", update_p50 * 1000, "ms")
    report("web_update_delay_p99", update_p99 * 1000, "ms")
    report("web_static_response_p50", static_p50 * 1000, "ms")
    report("web_static_response_p99", static_p99 * 1000, "ms")
    ratio("web_update_p99_vs_static_p99", update_p99, static_p99)
    report("web_server_cpu", 100 * cpu / wall, "% of one core")
    report("web_server_cpu_per_call", 1000 * cpu / max(1, len(calls)), "ms")


if __name__ == "__main__":
    main()
