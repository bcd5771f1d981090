"""Several staff desks call at once while a display in another process follows the hall: it
announces every call and recall exactly once, in the order they happened, and a restarted
display repeats none of them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from kiosk.announce import call_phrase
from kiosk.clock import parse_instant
from kiosk.queue import issue_ticket
from kiosk.queue.models import Event
from kiosk.queue.states import Action
from kiosk.staff.desk import start_desk
from tests.display.processes import NOW, DisplayProcess, finish, staff_desk
from tests.staff.hall import PINS, SECRET, Hall

TICKETS = 18
# Several interpreters start per test: about 10 s per database engine.
pytestmark = pytest.mark.slow


def _config(tmp_path: Path) -> Path:
    path = tmp_path / "display.toml"
    path.write_text(f'[security]\nsecret = "{SECRET}"\n\n[display]\nvoice_engine = "recordings"\n', encoding="utf-8")
    return path


def _calls_after(hall: Hall, mark: int) -> list[tuple[int, str, int, bool]]:
    with hall.db.read() as s:
        rows = s.scalars(select(Event).where(Event.id > mark, Event.kind.in_(["called", "recalled"]))
                         .order_by(Event.id)).all()
        return [(r.id, r.code or "", r.counter_number or 0, r.kind == "recalled") for r in rows]


def test_calls_from_three_desks_are_announced_once_each_in_order(hall: Hall, tmp_path: Path) -> None:
    now = parse_instant(NOW)
    before = issue_ticket(hall.db, 50, office=hall.office, now=now)
    early = start_desk(hall.db, hall.office, code="citra", pin=PINS["CITRA"], counter=3, terminal="t",
                       clock=lambda: now)
    assert early.call_next() is not None  # called before the display started: never announced
    early.act(Action.COMPLETE, before.code)
    early.sign_out()

    display = DisplayProcess(_config(tmp_path), hall.db.url)
    try:
        mark = display.wait_ready()
        for _ in range(TICKETS):
            issue_ticket(hall.db, 50, office=hall.office, now=now)
        desks = [
            staff_desk(hall.db.url, SECRET, code, PINS[code.upper()], counter, recall_every=3)
            for code, counter in (("budi", 1), ("ani", 2), ("citra", 3))
        ]
        made = [line for desk in desks for line in finish(desk)]
        expected = _calls_after(hall, mark)
        display.read_until(lambda d: len(d.lines) >= len(expected))
        display.settle()  # a doubled call would arrive now
    finally:
        display.stop()

    assert sorted(line["code"] for line in made if line["action"] == "call") == sorted(
        {c for _, c, _, recall in expected if not recall})
    assert len(expected) == len(made) and len({c for _, c, _, r in expected if not r}) == TICKETS
    heard = [(line["event_id"], line["code"], line["counter"], line["recall"]) for line in display.lines]
    assert heard == expected  # every call and recall, once, in commit order
    assert before.code not in [line["code"] for line in display.lines]
    first = display.lines[0]
    assert first["text"] == call_phrase(first["code"], first["counter"], recall=first["recall"]).text


def test_a_restarted_display_repeats_no_old_call(hall: Hall, tmp_path: Path) -> None:
    now = parse_instant(NOW)
    config = _config(tmp_path)
    codes = [issue_ticket(hall.db, 50, office=hall.office, now=now).code for _ in range(2)]
    desk = start_desk(hall.db, hall.office, code="budi", pin=PINS["BUDI"], counter=1, terminal="t",
                      clock=lambda: now)
    first = DisplayProcess(config, hall.db.url)
    try:
        first.wait_ready()
        desk.call_next()
        first.read_until(lambda d: len(d.lines) == 1)
        first.settle()
    finally:
        first.stop()
    desk.act(Action.COMPLETE, codes[0])

    again = DisplayProcess(config, hall.db.url)
    try:
        again.wait_ready()
        desk.call_next()
        desk.act(Action.RECALL, codes[1])
        again.read_until(lambda d: len(d.lines) == 2)
        again.settle()
    finally:
        again.stop()
    assert [line["code"] for line in first.lines] == [codes[0]]
    assert [(line["code"], line["recall"]) for line in again.lines] == [(codes[1], False), (codes[1], True)]
    assert again.lines[1]["text"].startswith("Panggilan ulang")
