"""A hall with its page for phones running for real: uvicorn on a free local port, in a thread,
on the test's database (SQLite file or the PostgreSQL server), with a clock the test moves."""

from __future__ import annotations

import socket
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from http.client import HTTPResponse

import uvicorn
from starlette.applications import Starlette

from kiosk import config
from kiosk.queue.office import Office
from kiosk.queue.signing import ticket_token
from kiosk.storage import Database
from tests.survey.hall import SECRET, wib
from ui.web.app import create_app, stop_streams


@dataclass
class Clock:
    now: datetime

    def __call__(self) -> datetime:
        return self.now


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def web_settings(port: int, **web: object) -> config.Settings:
    return config.validate({"security": {"secret": SECRET},
                            "web": {"host": "127.0.0.1", "port": port, "base_url": f"http://127.0.0.1:{port}",
                                    **web}}, "test")


@dataclass
class Page:
    url: str
    settings: config.Settings
    clock: Clock
    office: Office
    app: Starlette

    def get(self, path: str, headers: dict[str, str] | None = None) -> tuple[int, str, dict[str, str]]:
        request = urllib.request.Request(self.url + path, headers=headers or {})
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                assert isinstance(response, HTTPResponse)
                return response.status, response.read().decode(), dict(response.headers)
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(), dict(error.headers)

    def post(self, path: str, data: bytes, headers: dict[str, str]) -> tuple[int, str, dict[str, str]]:
        request = urllib.request.Request(self.url + path, data=data, headers=headers, method="POST")
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status, response.read().decode(), dict(response.headers)
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode(), dict(error.headers)


def token_of(db: Database, ticket_id: int) -> str:
    with db.read() as session:
        return ticket_token(session, ticket_id, SECRET)


@contextmanager
def running(db: Database, *, start: datetime | None = None, **web: object) -> Iterator[Page]:
    port = free_port()
    settings = web_settings(port, **web)
    clock = Clock(start or wib(2026, 11, 24, 10, 30))
    app = create_app(settings, lambda: db, clock, poll_interval=0.1)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_config=None, access_log=False,
                                           timeout_graceful_shutdown=1))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not server.started:
        assert thread.is_alive() and time.monotonic() < deadline, "the web server did not start"
        time.sleep(0.02)
    try:
        yield Page(f"http://127.0.0.1:{port}", settings, clock, Office.from_settings(settings, db), app)
    finally:
        stop_streams(app)
        server.should_exit = True
        thread.join(10)
