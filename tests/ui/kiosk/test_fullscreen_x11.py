"""The kiosk on a real X server with no window manager, as a kiosk PC boots straight into it:
a portrait 1080x1920 touchscreen must be covered completely (the "take a number" button is in
the lower half), and a close request (WM_DELETE_WINDOW, what Alt+F4 sends) must not end it.

Runs the real program (`python -m kiosk run --role kiosk`) under Xvfb and looks at the screen
through the X protocol (python-xlib), as a person would look at the glass.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image

from tests.support.cli import Cli
from tests.support.databases import ci_requires_everything

WIDTH, HEIGHT = 1080, 1920
PIN = "2468"


@pytest.fixture
def portrait_x(tmp_path: Path) -> Iterator[str]:
    if shutil.which("Xvfb") is None:
        if ci_requires_everything():
            pytest.fail("CI=true but Xvfb is not installed")
        pytest.skip("Xvfb not installed")
    number = next(n for n in range(91, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists()
                  and not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", f"{WIDTH}x{HEIGHT}x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            assert server.poll() is None and time.monotonic() < deadline, "Xvfb did not start"
            time.sleep(0.05)
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(10)


def _screenshot(display: object) -> Image.Image:
    from Xlib import X

    root = display.screen().root  # type: ignore[attr-defined]
    raw = root.get_image(0, 0, WIDTH, HEIGHT, X.ZPixmap, 0xFFFFFFFF)
    return Image.frombytes("RGB", (WIDTH, HEIGHT), raw.data, "raw", "BGRX")


def _black_share(image: Image.Image) -> float:
    histogram = image.convert("L").histogram()
    return histogram[0] / (image.width * image.height)


def _settled(display: object, timeout: float = 15.0) -> Image.Image:
    """The screen once two pictures half a second apart are the same."""
    last = _screenshot(display)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        time.sleep(0.5)
        now = _screenshot(display)
        if now.tobytes() == last.tobytes():
            return now
        last = now
    return last


def _kiosk_window(display: object) -> object | None:
    from Xlib import X

    root = display.screen().root  # type: ignore[attr-defined]
    for window in root.query_tree().children:
        attributes = window.get_attributes()
        geometry = window.get_geometry()
        if attributes.map_state == X.IsViewable and geometry.width > 100:
            return window
    return None


def test_portrait_screen_without_window_manager_is_covered_and_a_close_request_is_refused(
    portrait_x: str, tmp_path: Path
) -> None:
    from Xlib import X, display
    from Xlib.protocol import event

    config = tmp_path / "config.toml"
    config.write_text(f'[terminal]\nstaff_pin = "{PIN}"\n', encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'kiosk.db'}"
    Cli(config, url).ok("init")
    env = {**os.environ, "DISPLAY": portrait_x, "QT_QPA_PLATFORM": "xcb"}
    env.pop("WAYLAND_DISPLAY", None)
    kiosk = subprocess.Popen(
        [sys.executable, "-m", "kiosk", "--config", str(config), "--db", url, "--now", "2026-11-24T09:00",
         "run", "--role", "kiosk", "--demo"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )
    x = display.Display(portrait_x)
    try:
        deadline = time.monotonic() + 30
        window = None
        shot = None
        while time.monotonic() < deadline:
            assert kiosk.poll() is None, kiosk.communicate()[1].decode(errors="replace")
            window = window or _kiosk_window(x)
            if window is not None:
                shot = _screenshot(x)
                if _black_share(shot) < 0.01:
                    break
            time.sleep(0.2)
        assert window is not None, "no kiosk window appeared"
        geometry = window.get_geometry()  # type: ignore[attr-defined]
        origin = window.translate_coords(x.screen().root, 0, 0)  # type: ignore[attr-defined]
        assert (-origin.x, -origin.y, geometry.width, geometry.height) == (0, 0, WIDTH, HEIGHT)
        assert shot is not None
        shot.save(tmp_path / "kiosk-portrait-no-wm.png")
        if os.environ.get("MPP_SCREENSHOT_DIR"):
            shot.save(Path(os.environ["MPP_SCREENSHOT_DIR"]) / "kiosk-portrait-no-wm.png")
        lower_half = shot.crop((0, HEIGHT // 2, WIDTH, HEIGHT))
        assert _black_share(lower_half) < 0.01, "part of the screen is not drawn by the kiosk"

        # The kiosk reaches its database after the first frame and may still redraw (the day's
        # notice): compare against a settled screen, not the first one.
        shot = _settled(x)

        # What a window manager sends on Alt+F4 or the close button.
        protocols, delete = x.intern_atom("WM_PROTOCOLS"), x.intern_atom("WM_DELETE_WINDOW")
        message = event.ClientMessage(window=window, client_type=protocols,
                                      data=(32, [delete, X.CurrentTime, 0, 0, 0]))
        window.send_event(message, event_mask=X.NoEventMask)  # type: ignore[attr-defined]
        x.flush()
        # On a loaded machine the redraw can take longer than the usual fraction of a second.
        after = _screenshot(x)
        deadline = time.monotonic() + 15
        while after.tobytes() == shot.tobytes() and time.monotonic() < deadline:
            time.sleep(0.25)
            after = _screenshot(x)
        time.sleep(1.0)
        assert kiosk.poll() is None, "the kiosk ended on a close request"
        assert window.get_attributes().map_state == X.IsViewable  # type: ignore[attr-defined]
        after.save(tmp_path / "kiosk-portrait-close-request.png")
        if os.environ.get("MPP_SCREENSHOT_DIR"):
            after.save(Path(os.environ["MPP_SCREENSHOT_DIR"]) / "kiosk-portrait-close-request.png")
        # The staff PIN pad now dims the screen: the picture changed, and it is still all drawn.
        assert after.tobytes() != shot.tobytes()
        assert _black_share(after.crop((0, HEIGHT // 2, WIDTH, HEIGHT))) < 0.01
    finally:
        x.close()
        kiosk.terminate()
        with contextlib.suppress(subprocess.TimeoutExpired):
            kiosk.wait(10)
        if kiosk.poll() is None:
            kiosk.kill()
            kiosk.wait()
    errors = kiosk.stderr.read().decode(errors="replace") if kiosk.stderr else ""  # type: ignore[union-attr]
    assert "Traceback" not in errors
