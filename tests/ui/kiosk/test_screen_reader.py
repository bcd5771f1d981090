"""The kiosk as a screen reader meets it: the real program on a real X server, its Qt AT-SPI
bridge on a private D-Bus session, read by an AT-SPI client (pyatspi, what Orca uses) while a
keyboard (XTest, as a USB keyboard) walks from welcome to ticket.

On every screen, every control that can take the focus must have a role and a name that makes
sense alone, the focused one must be the one the keys are on, and the checklist's answers must be
radio buttons that say which one is chosen. The client runs in the system Python, which has
Debian's python3-pyatspi (see dump_tree.py).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.support.cli import Cli
from tests.support.databases import ci_requires_everything

CLIENT = Path(__file__).parent / "atspi" / "dump_tree.py"
SYSTEM_PYTHON = "/usr/bin/python3"
WIDTH, HEIGHT = 1920, 1080


def _missing() -> str | None:
    for tool in ("Xvfb", "dbus-daemon"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed"
    if not Path(SYSTEM_PYTHON).exists():
        return "no system Python for the AT-SPI client"
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True)
    if probe.returncode != 0:
        return "python3-pyatspi is not installed"
    return None


@dataclass
class Node:
    role: str
    name: str
    description: str
    states: frozenset[str]

    @property
    def showing(self) -> bool:
        return "showing" in self.states


@dataclass
class Reader:
    """The AT-SPI client's view of the kiosk, and a keyboard plugged into its X server."""

    pid: int
    env: dict[str, str]
    display: object

    def nodes(self) -> list[Node]:
        run = subprocess.run([SYSTEM_PYTHON, str(CLIENT), str(self.pid)], env=self.env, capture_output=True,
                             text=True, timeout=30)
        if run.returncode == 3:
            return []
        assert run.returncode == 0, run.stderr
        found = []
        for line in run.stdout.splitlines():
            raw = json.loads(line)
            found.append(Node(raw["role"], raw["name"], raw["description"], frozenset(raw["states"])))
        return found

    def focused(self) -> Node | None:
        return next((n for n in self.nodes() if "focused" in n.states and n.showing), None)

    def wait(self, what: str, test: Callable[[list[Node]], bool], timeout: float = 20) -> list[Node]:
        deadline = time.monotonic() + timeout
        while True:
            nodes = self.nodes()
            if test(nodes):
                return nodes
            if time.monotonic() > deadline:
                shown = "\n".join(f"  {n.role}: {n.name!r} {sorted(n.states)}" for n in nodes if n.showing)
                raise AssertionError(f"timed out waiting for {what}; the reader sees:\n{shown}")
            time.sleep(0.1)

    def wait_focus(self, prefix: str) -> list[Node]:
        return self.wait(f"focus on {prefix!r}", lambda nodes: any(
            "focused" in n.states and n.showing and n.name.startswith(prefix) for n in nodes))

    def key(self, name: str) -> None:
        from Xlib import XK, X
        from Xlib.ext import xtest

        display = self.display
        code = display.keysym_to_keycode(XK.string_to_keysym(name))  # type: ignore[attr-defined]
        assert code, f"no key {name}"
        shift = name == "ISO_Left_Tab"
        if shift:
            shift_code = display.keysym_to_keycode(XK.string_to_keysym("Shift_L"))  # type: ignore[attr-defined]
            xtest.fake_input(display, X.KeyPress, shift_code)
        xtest.fake_input(display, X.KeyPress, code)
        xtest.fake_input(display, X.KeyRelease, code)
        if shift:
            xtest.fake_input(display, X.KeyRelease, shift_code)
        display.sync()  # type: ignore[attr-defined]
        time.sleep(0.15)


def problems(nodes: list[Node]) -> list[str]:
    """What a screen reader user could not use: a control without a name or a role, a toggle
    without its state."""
    found = []
    for node in nodes:
        if not node.showing or "focusable" not in node.states:
            continue
        if not node.name.strip():
            found.append(f"a {node.role} without a name")
        if node.role in ("unknown", "filler", "invalid", ""):
            found.append(f"{node.name!r} has no role ({node.role!r})")
        if node.role == "radio button" and "checkable" not in node.states:
            found.append(f"{node.name!r} is an option that does not say whether it is chosen")
    return found


@pytest.fixture
def reader(tmp_path: Path) -> Iterator[Reader]:
    why = _missing()
    if why is not None:
        if ci_requires_everything():
            pytest.fail(f"CI=true but {why}")
        pytest.skip(why)
    from Xlib import display as xdisplay

    number = next(n for n in range(120, 250) if not Path(f"/tmp/.X11-unix/X{n}").exists()
                  and not Path(f"/tmp/.X{n}-lock").exists())
    processes: list[subprocess.Popen[bytes]] = []
    bus_pid = 0
    try:
        server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", f"{WIDTH}x{HEIGHT}x24", "-nolisten", "tcp"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        processes.append(server)
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            assert server.poll() is None and time.monotonic() < deadline, "Xvfb did not start"
            time.sleep(0.05)
        # A private session bus: the AT-SPI bus launcher is started on it when Qt asks for it.
        bus = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
                             capture_output=True, text=True, check=True, timeout=30)
        address, pid = bus.stdout.split()[:2]
        bus_pid = int(pid)
        home = tmp_path / "home"
        home.mkdir()
        env = {**os.environ, "DISPLAY": f":{number}", "QT_QPA_PLATFORM": "xcb", "DBUS_SESSION_BUS_ADDRESS": address,
               "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1", "HOME": str(home), "XDG_RUNTIME_DIR": str(home)}
        os.chmod(home, 0o700)
        config = tmp_path / "config.toml"
        config.write_text('[terminal]\nstaff_pin = "2468"\n', encoding="utf-8")
        url = f"sqlite:///{tmp_path / 'kiosk.db'}"
        Cli(config, url).ok("init")
        kiosk = subprocess.Popen(
            [sys.executable, "-m", "kiosk", "--config", str(config), "--db", url, "--now", "2026-11-24T09:00",
             "run", "--role", "kiosk", "--demo"],
            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        )
        processes.append(kiosk)
        x = xdisplay.Display(f":{number}")
        yield Reader(kiosk.pid, env, x)
        x.close()
        assert kiosk.poll() is None, kiosk.communicate()[1].decode(errors="replace")
    finally:
        for process in reversed(processes):
            process.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                process.wait(10)
        if bus_pid:
            with contextlib.suppress(ProcessLookupError):
                os.kill(bus_pid, signal.SIGTERM)


def named(nodes: list[Node], role: str, name: str) -> Node:
    found = [n for n in nodes if n.showing and n.role == role and n.name == name]
    assert found, f"no {role} named {name!r}; showing: {[(n.role, n.name) for n in nodes if n.showing]}"
    return found[0]


def test_a_screen_reader_follows_the_walk_in_flow_from_welcome_to_ticket(reader: Reader) -> None:
    nodes = reader.wait_focus("Ambil nomor antrean")
    assert problems(nodes) == []
    named(nodes, "heading", "Selamat datang")
    assert any(n.role == "frame" and n.name == "Kios Antrean MPP" for n in nodes)
    assert any(n.role == "push button" and n.name == "Panduan suara" for n in nodes)

    reader.key("Return")
    nodes = reader.wait_focus("Sertifikat Standar (Risiko Menengah Tinggi) KBLI 26791")
    assert problems(nodes) == []
    named(nodes, "heading", "Pilih layanan yang Anda perlukan")
    named(nodes, "list", "Daftar layanan")
    named(nodes, "text", "Cari layanan: ketik nama layanan atau kode KBLI")

    reader.key("Return")
    nodes = reader.wait_focus("Lanjut")
    assert problems(nodes) == []
    named(nodes, "heading", "Sertifikat Standar (Risiko Menengah Tinggi) KBLI 26791 Industri Kamera Cinematografi "
                            "Proyektor dan Perlengkapannya")

    reader.key("Return")
    nodes = reader.wait_focus("Skala usaha kecil atau menengah: Ya")
    assert problems(nodes) == []
    first = next(n for n in nodes if "focused" in n.states)
    assert first.role == "radio button" and "checked" not in first.states
    reader.key("space")
    nodes = reader.wait("the first answer to read as chosen", lambda ns: any(
        n.name == "Skala usaha kecil atau menengah: Ya" and "checked" in n.states for n in ns))
    assert not any(n.name == "Skala usaha kecil atau menengah: Belum" and "checked" in n.states for n in nodes)
    # The second requirement: not yet ("Belum"), chosen with the arrow to the right.
    reader.key("Down")
    reader.key("Right")
    nodes = reader.wait_focus("Memiliki akun Sistem Informasi Industri Nasional.: Belum")
    reader.key("space")
    nodes = reader.wait("the second answer to read as chosen", lambda ns: any(
        n.name == "Memiliki akun Sistem Informasi Industri Nasional.: Belum" and "checked" in n.states for n in ns))
    assert problems(nodes) == []
    # Whatever part of the list shows, each answer is an option of a named requirement.
    options = [n for n in nodes if n.showing and n.role == "radio button"]
    assert len(options) >= 6 and all(": " in n.name for n in options)

    # The rest at once ("Sisanya sudah ada"), then the verdict's own text is readable.
    for _ in range(40):
        focused = reader.focused()
        if focused is not None and focused.name.startswith("Sisanya sudah ada"):
            break
        reader.key("Tab")
    reader.key("Return")
    nodes = reader.wait("the verdict", lambda ns: any(n.role == "heading" and n.name == "Ada persyaratan yang belum "
                                                      "terpenuhi" for n in ns))
    assert problems(nodes) == []
    verdict = next(n for n in nodes if "focused" in n.states)
    assert verdict.name == "Ada persyaratan yang belum terpenuhi"
    assert "Memiliki akun Sistem Informasi Industri Nasional." in verdict.description

    for _ in range(10):
        focused = reader.focused()
        if focused is not None and focused.name.startswith("Ambil nomor antrean konsultasi"):
            break
        reader.key("Tab")
    reader.key("Return")
    nodes = reader.wait_focus("Tidak, saya pengunjung umum")
    assert problems(nodes) == []
    assert any(n.name.startswith("Ya, saya termasuk: ") for n in nodes if n.showing)

    reader.key("Return")
    nodes = reader.wait_focus("Selesai")
    assert problems(nodes) == []
    named(nodes, "label", "Nomor antrean Anda: A-001")
