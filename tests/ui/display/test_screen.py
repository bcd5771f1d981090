"""The TV board, offscreen: what it shows from real calls, its voice, the lost-server banner,
and screenshots (docs/screenshots/display-*.png with MPP_SCREENSHOT_DIR set)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from devices.sound import RecordingPlayer
from kiosk import config
from kiosk.clock import parse_instant
from kiosk.display.feed import FeedUpdate
from kiosk.queue import issue_ticket
from kiosk.queue.states import Action
from kiosk.staff.desk import Desk, start_desk
from tests.display.processes import NOW
from tests.staff.hall import PINS, SECRET, Hall
from tests.ui.qtsupport import cut_off_texts, find, is_shown, overlapping_texts, save_screenshot
from ui.common.host import RoleOptions
from ui.display.screen import open_display


def _settings(hall: Hall) -> config.Settings:
    return config.validate(
        {
            "database": {"url": hall.db.url},
            "security": {"secret": SECRET},
            "display": {
                "voice_engine": "recordings",
                "running_text": ["Layanan tanpa biaya", "Jam layanan Senin-Jumat 08.00-15.00 WIB"],
            },
        },
        "test",
    )


def _busy_hall(hall: Hall) -> tuple[list[str], list[Desk]]:
    """Fifteen tickets (one for an older person), six calls at three counters; codes in call order."""
    now = parse_instant(NOW)
    for n in range(15):
        issue_ticket(hall.db, 50, office=hall.office, now=now, priority="lansia" if n == 1 else None)
    desks = [start_desk(hall.db, hall.office, code=c, pin=PINS[c.upper()], counter=n, terminal=f"pc{n}",
                        clock=lambda: now) for c, n in (("budi", 1), ("ani", 2), ("citra", 3))]
    called: list[str] = []
    for round_ in range(2):
        for desk in desks:
            result = desk.call_next()
            assert result is not None
            called.append(result.ticket.code)
            if round_ == 0:
                desk.act(Action.COMPLETE, result.ticket.code)
    return called, desks


def test_board_shows_the_hall_and_speaks_a_new_call(hall: Hall, qtbot: QtBot, tmp_path: Path) -> None:
    codes, desks = _busy_hall(hall)
    player = RecordingPlayer()
    handle, parts = open_display(_settings(hall), lambda: parse_instant(NOW), RoleOptions(size=(1920, 1080)),
                                 player=player, poll_timeout=0.2)
    try:
        board = parts.board
        qtbot.waitUntil(lambda: board.property("started") and board.property("connected"), timeout=10000)
        # Six calls before the display started: the newest is shown big, the rest listed, none spoken.
        assert board.property("currentCode") == codes[5]
        assert board.property("currentCounter") == "Loket 3"
        recent = board.property("recentCalls").rows()
        assert [r["code"] for r in recent] == codes[4::-1]
        waiting = board.property("waitingLines").rows()
        assert [(w["letter"], w["waiting"]) for w in waiting] == [("A", 9), ("B", 0)]
        window = handle.window
        qtbot.waitUntil(lambda: find(window, "display.currentCode").property("text") == codes[5])
        qtbot.wait(300)
        assert cut_off_texts(window, allow_outside=("display.runningText",)) == []
        assert overlapping_texts(window) == []
        save_screenshot(window, "display-board.png", tmp_path)
        assert player.played == []

        desks[0].act(Action.COMPLETE, codes[3])
        with qtbot.waitSignal(board.callArrived, timeout=10000):
            called = desks[0].call_next()
        assert called is not None
        qtbot.waitUntil(lambda: board.property("currentCode") == called.ticket.code, timeout=5000)
        assert board.property("currentCounter") == "Loket 1"
        assert player.wait_for(1, timeout=10)
        assert len(player.played) == 1
        # "Now serving" on the TV: the three counters and their tickets.
        qtbot.waitUntil(lambda: is_shown(window, f"display.serving.{called.ticket.code}"), timeout=5000)
        assert {r["counter"]: r["code"] for r in board.property("servingCounters").rows()} == {
            "Loket 1": called.ticket.code, "Loket 2": codes[4], "Loket 3": codes[5]}
        # Sent to another queue: off the big number and the strip at once, not said again.
        desks[0].transfer(called.ticket.code, "B")
        qtbot.waitUntil(lambda: board.property("currentCode") == codes[5], timeout=5000)
        qtbot.waitUntil(lambda: not is_shown(window, f"display.serving.{called.ticket.code}"), timeout=5000)
        assert called.ticket.code not in [r["code"] for r in board.property("recentCalls").rows()]
        assert len(player.played) == 1
    finally:
        handle.close()


def test_board_says_when_it_has_lost_the_server(hall: Hall, qtbot: QtBot, tmp_path: Path) -> None:
    _busy_hall(hall)
    handle, parts = open_display(_settings(hall), lambda: parse_instant(NOW), RoleOptions(size=(1920, 1080)),
                                 player=RecordingPlayer(), poll_timeout=0.2)
    try:
        board = parts.board
        qtbot.waitUntil(lambda: board.property("connected"), timeout=10000)
        banner = find(handle.window, "display.offline")
        assert not banner.isVisible()
        # What the feed reports while it retries (the retry itself is tested in test_feed.py).
        feed_board = parts.feed.board
        parts.feed.stop()
        board.feed_update(FeedUpdate(tuple(feed_board.calls), tuple(feed_board.waiting), connected=False))
        qtbot.waitUntil(lambda: banner.isVisible(), timeout=5000)
        assert board.property("currentCode")  # the last calls stay on screen
        qtbot.wait(200)
        save_screenshot(handle.window, "display-offline.png", tmp_path)
    finally:
        handle.close()


def test_an_empty_morning_invites_people_to_wait(hall: Hall, qtbot: QtBot, tmp_path: Path) -> None:
    handle, parts = open_display(_settings(hall), lambda: parse_instant(NOW) - timedelta(hours=1),
                                 RoleOptions(size=(1920, 1080)), player=RecordingPlayer(), poll_timeout=0.2)
    try:
        qtbot.waitUntil(lambda: parts.board.property("connected"), timeout=10000)
        assert parts.board.property("currentCode") == ""
        qtbot.wait(200)
        assert cut_off_texts(handle.window, allow_outside=("display.runningText",)) == []
        save_screenshot(handle.window, "display-empty.png", tmp_path)
    finally:
        handle.close()


def test_run_role_display_opens_the_board(hall: Hall, qtbot: QtBot) -> None:
    import argparse

    from kiosk.cli.context import Context
    from ui.app import open_role

    ctx = Context(argparse.Namespace(windowed=False), _settings(hall), lambda: parse_instant(NOW))
    handle = open_role("display", ctx, RoleOptions(size=(1280, 720)))
    try:
        assert handle.window.objectName() == "display.window"
        assert find(handle.window, "display.hall").property("text") == "Mal Pelayanan Publik Bale Madukara"
    finally:
        handle.close()


def test_the_board_asks_for_the_staff_pin_on_a_close_request_and_quits_after_it(hall: Hall, qtbot: QtBot) -> None:
    settings = config.validate({"database": {"url": hall.db.url}, "security": {"secret": SECRET},
                                "terminal": {"staff_pin": "4321"}, "display": {"voice_engine": "recordings"}}, "test")
    handle, _parts = open_display(settings, lambda: parse_instant(NOW), RoleOptions(size=(1920, 1080)),
                                  player=RecordingPlayer(), start_feed=False)
    try:
        assert handle.window.close() is False and handle.window.isVisible()
        gate = handle.gate
        assert gate is not None and gate.property("state") == "pin"
        qtbot.waitUntil(lambda: find(handle.window, "pin.1").isVisible())
        quits: list[bool] = []
        gate.exitRequested.connect(lambda: quits.append(True))
        assert gate.enter("4321") and gate.property("state") == "menu"
        gate.exitKiosk()
        assert quits == [True]
    finally:
        handle.close()
