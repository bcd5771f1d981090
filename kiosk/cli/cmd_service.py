"""``mpp-kiosk service install|remove --role R``: start a terminal at login, bring it back after
a crash (systemd user unit on Linux, Task Scheduler on Windows)."""

from __future__ import annotations

import argparse
import getpass
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from kiosk.cli.context import CommandError, Context
from kiosk.config import ROLES
from kiosk.deploy import systemd, windows_task
from kiosk.deploy.launch import HEADLESS_ROLES, role_command


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("service", help="start a terminal automatically at login and after a crash")
    ps = p.add_subparsers(dest="service_command", required=True, metavar="ACTION")
    for name, handler, text in (
        ("install", handle_install, "set this terminal to start at login and restart after a crash"),
        ("remove", handle_remove, "undo `service install`"),
    ):
        q = ps.add_parser(name, help=text)
        q.add_argument("--role", choices=ROLES, help="which terminal (default: from the config file)")
        q.add_argument("--no-enable", action="store_true",
                       help="only write the files; do not ask systemd / Task Scheduler (for checking them first)")
        if name == "install":
            q.add_argument("--user", help="(Windows) the account whose logon starts it (default: you)")
        q.set_defaults(handler=handler)


def _windows() -> bool:
    return sys.platform.startswith("win")


def _run(commands: list[list[str]]) -> str | None:
    """Run each command; the first failure's explanation, or None when all worked."""
    for argv in commands:
        try:
            done = subprocess.run(argv, capture_output=True, text=True, check=False, timeout=60)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return f"{argv[0]} could not run: {exc}"
        if done.returncode != 0:
            return f"`{' '.join(argv)}` said: {(done.stderr or done.stdout).strip()[-300:]}"
    return None


def handle_install(ctx: Context) -> int:
    role = ctx.args.role or ctx.settings.role
    config = str(ctx.settings.source) if ctx.settings.source else None
    if _windows():
        return _install_windows(ctx, role, config)
    service = systemd.user_service(role)
    env = {k: v for k, v in os.environ.items() if k in ("MPP_KIOSK_DB", "MPP_KIOSK_SCOPE", "MPP_KIOSK_MACHINE_ROOT")}
    written = systemd.write(service, role_command(role, config), env)
    for path in written:
        print(f"written: {path}")
    if ctx.args.no_enable:
        print(f"not enabled (--no-enable); to enable: systemctl --user enable {service.unit_name}")
        return 0
    problem = _run(systemd.enable_commands(service))
    if problem:
        raise CommandError(
            f"the unit is written but could not be enabled: {problem}\n"
            f"as the terminal's user, in its desktop session, run: systemctl --user enable {service.unit_name}",
            status=1,
        )
    if role in HEADLESS_ROLES:
        print(f"enabled: {service.unit_name} starts with this user's service manager and restarts after a crash; "
              f"`loginctl enable-linger {getpass.getuser()}` starts it at boot, before anyone signs in")
        return 0
    print(f"enabled: {service.unit_name} starts with this user's desktop session and restarts after a crash")
    return 0


def _install_windows(ctx: Context, role: str, config: str | None) -> int:
    command = role_command(role, config, windowless=True, supervised=True)
    xml = windows_task.task_xml(role, command, ctx.args.user)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"mpp-kiosk-{role}.xml"
        path.write_text(xml, encoding="utf-16")
        if ctx.args.no_enable:
            kept = Path.cwd() / path.name
            kept.write_text(xml, encoding="utf-16")
            print(f"written: {kept} (register with: {' '.join(windows_task.create_command(role, str(kept)))})")
            return 0
        problem = _run([windows_task.create_command(role, str(path))])
    if problem:
        raise CommandError(f"Task Scheduler refused the task: {problem}", status=1)
    print(f"scheduled task {windows_task.task_name(role)}: starts at logon and restarts after a crash")
    return 0


def handle_remove(ctx: Context) -> int:
    role = ctx.args.role or ctx.settings.role
    if _windows():
        problem = None if ctx.args.no_enable else _run([windows_task.delete_command(role)])
        if problem:
            raise CommandError(f"could not remove the task: {problem}", status=1)
        print(f"removed task {windows_task.task_name(role)}")
        return 0
    service = systemd.user_service(role)
    problem = None if ctx.args.no_enable else _run(systemd.disable_commands(service))
    for path in systemd.remove(service):
        print(f"removed: {path}")
    if problem:
        print(f"note: {problem}", file=sys.stderr)
    return 0
