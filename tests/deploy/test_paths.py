"""Where a terminal's files go: the user's folders until an administrator sets the PC up
machine-wide, then every account (the auto-logon kiosk user too) finds the same files."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from kiosk import config, paths


def test_user_scope_until_a_machine_config_exists(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("MPP_KIOSK_CONFIG")
    assert paths.current_scope() == "user"
    assert paths.default_config_file() == paths.user_folders().config_file
    machine = paths.machine_folders()
    assert machine.config == tmp_path / "machine" / "config"
    machine.config.mkdir(parents=True)
    machine.config_file.write_text("[terminal]\nrole = \"display\"\n", encoding="utf-8")
    assert paths.current_scope() == "machine"
    assert config.config_path(None) == machine.config_file
    assert paths.default_database_url().endswith(str(machine.data / "kiosk.db"))


def test_a_user_config_of_their_own_wins_over_the_machine(tmp_path: Path) -> None:
    for folders in (paths.machine_folders(), paths.user_folders()):
        folders.config.mkdir(parents=True)
        folders.config_file.write_text("", encoding="utf-8")
    assert paths.current_scope() == "user"


def test_scope_can_be_forced(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MPP_KIOSK_SCOPE", "machine")
    assert paths.data_dir() == paths.machine_folders().data
    monkeypatch.setenv("MPP_KIOSK_SCOPE", "user")
    assert paths.data_dir() == paths.user_folders().data


@pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX")
def test_folders_created_for_data_are_owner_only_and_existing_ones_untouched(tmp_path: Path) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    shared.chmod(0o755)
    made = paths.make_private_dir(shared / "a" / "b")
    assert stat.S_IMODE(made.stat().st_mode) == 0o700
    assert stat.S_IMODE((shared / "a").stat().st_mode) == 0o700
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755


@pytest.mark.skipif(os.name != "posix", reason="permission bits are POSIX")
def test_init_machine_sets_up_private_folders_that_a_kiosk_account_then_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("MPP_KIOSK_CONFIG")
    monkeypatch.setenv("MPP_KIOSK_SCOPE", "")  # restored afterwards: `init --machine` sets it
    assert _main("init", "--machine") == 0
    machine = paths.machine_folders()
    for folder in (machine.config, machine.data, machine.logs):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    assert "secret = " in machine.config_file.read_text(encoding="utf-8")
    assert stat.S_IMODE(machine.config_file.stat().st_mode) == 0o600
    # Another process of the same PC, with no scope given, finds the machine's files by itself.
    monkeypatch.delenv("MPP_KIOSK_SCOPE")
    assert paths.current_scope() == "machine"
    assert config.load().source == machine.config_file
    assert (machine.data / "kiosk.db").exists()


def _main(*args: str) -> int:
    from kiosk.cli import main

    return main(list(args))
