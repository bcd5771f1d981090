"""The per-terminal configuration file as an administrator edits it."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk import config
from tests.support.cli import Cli


def _write(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(body, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ("[terminal]\nrole = 'kasir'\n", "[terminal] role = 'kasir' is not allowed; expected one of 'kiosk', 'staff'"),
        ("[terminal]\nidle_timeout = -5\n", "[terminal] idle_timeout = -5 is not allowed; expected a whole number"),
        ("[terminal]\nidle = 60\n", "[terminal] unknown key 'idle'; allowed: role, language, idle_timeout"),
        ("[printr]\nkind = 'serial'\n", "unknown section [printr]; allowed:"),
        ("[printer]\nbaud = 9601\n", "[printer] baud = 9601 is not allowed; expected one of 9600, 19200"),
        ("[terminal\nrole = 'kiosk'\n", "not valid TOML"),
    ],
)
def test_wrong_key_or_value_names_file_key_and_allowed(tmp_path: Path, body: str, message: str) -> None:
    path = _write(tmp_path, body)
    with pytest.raises(config.ConfigError) as err:
        config.load(str(path))
    assert str(err.value).startswith(str(path))
    assert message in str(err.value)


def test_cli_reports_config_errors_without_traceback(tmp_path: Path) -> None:
    path = _write(tmp_path, "[terminal]\nlanguage = 'fr'\n")
    result = Cli(path, f"sqlite:///{tmp_path / 'k.db'}")("catalog", "list")
    assert result.status == 2
    assert "[terminal] language = 'fr' is not allowed; expected one of 'id', 'en'" in result.err
    assert "Traceback" not in result.err


def test_init_generates_a_secret_that_config_show_never_prints(tmp_path: Path) -> None:
    path = _write(tmp_path, "[office]\nname = 'DPMPTSP Uji'\n")
    cli = Cli(path, f"sqlite:///{tmp_path / 'k.db'}")
    cli.ok("init")
    secret = config.load(str(path)).secret
    assert len(secret) == 64
    assert config.load(str(path)).get("office", "name") == "DPMPTSP Uji"

    shown = cli.ok("config", "show")
    assert secret not in shown.out and "********" in shown.out
    as_json = cli.ok("config", "show", "--json").json()
    assert as_json["security"]["secret"] == "********"
    assert as_json["database"]["url"].startswith("sqlite:///")

    cli.ok("init")
    assert config.load(str(path)).secret == secret, "a second init must keep the hall's secret"


def test_database_url_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _write(tmp_path, "[database]\nurl = 'sqlite:///from-file.db'\n")
    assert config.load(str(path)).database_url == "sqlite:///from-file.db"
    monkeypatch.setenv("MPP_KIOSK_DB", "sqlite:///from-env.db")
    assert config.load(str(path)).database_url == "sqlite:///from-env.db"
    assert config.load(str(path), db_url="sqlite:///from-flag.db").database_url == "sqlite:///from-flag.db"


def test_a_file_saved_by_windows_notepad_with_a_byte_order_mark_is_read(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes("\ufeff[office]\nname = 'DPMPTSP Purwakarta – Uji'\n".encode())
    assert config.load(str(path)).get("office", "name") == "DPMPTSP Purwakarta – Uji"
    cli = Cli(path, f"sqlite:///{tmp_path / 'k.db'}")
    cli.ok("init")  # the secret is added without breaking the file
    assert len(config.load(str(path)).secret) == 64


@pytest.mark.parametrize("empty", ['secret = ""', "secret = ''", 'secret = ""   # filled by init'])
def test_init_fills_an_empty_secret_instead_of_adding_a_second_one(tmp_path: Path, empty: str) -> None:
    path = _write(tmp_path, f"[security]\n{empty}\n\n[terminal]\nrole = 'kiosk'\n")
    cli = Cli(path, f"sqlite:///{tmp_path / 'k.db'}")
    cli.ok("init")
    text = path.read_text(encoding="utf-8")
    assert text.count("secret") == 1
    assert len(config.load(str(path)).secret) == 64
    cli.ok("catalog", "list")  # every later command still reads the file


def test_every_problem_of_a_file_is_reported_at_once(tmp_path: Path) -> None:
    path = _write(tmp_path, "[terminal]\nlanguage = 'fr'\nidle = 3\n[printer]\nbaud = 1\n[printr]\n")
    with pytest.raises(config.ConfigError) as err:
        config.load(str(path))
    lines = str(err.value).splitlines()
    assert len(lines) == 4
    assert all(line.startswith(str(path)) for line in lines)


def test_the_printer_section_accepts_exactly_what_the_printer_accepts() -> None:
    from dataclasses import fields

    from devices.printing import PrinterSettings
    from devices.printing.printer import KINDS
    from devices.printing.status import SIMULATED_REPLIES

    assert set(config.SCHEMA["printer"]) == {f.name for f in fields(PrinterSettings)}
    assert config.PRINTER_KINDS == KINDS
    assert {s.value for s in SIMULATED_REPLIES} <= set(config.VIRTUAL_STATES)
    defaults = {k: v.default for k, v in config.SCHEMA["printer"].items()}
    built = PrinterSettings.from_mapping(defaults)
    for f in fields(PrinterSettings):
        expected = getattr(PrinterSettings(), f.name)
        assert getattr(built, f.name) == expected, f.name


def test_config_check_runs_every_owner_s_validation_and_exits_2(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "[printer]\nkind = 'serial'\n[queue]\npolicy = 'x'\n[calendar]\nissue_cutoff_minutes = 'soon'\n"
        "[display]\nchime = 'loud'\n[staff]\nmax_attempts = 0\n[survey]\nallow_anonymous = 'yes'\n",
    )
    cli = Cli(path, f"sqlite:///{tmp_path / 'k.db'}")
    result = cli("config", "check")
    assert result.status == 2
    for section in ("printer", "queue", "calendar", "display", "staff", "survey"):
        assert f"[{section}]" in result.out, section
    assert "a serial printer needs a port" in result.out
    as_json = cli("config", "check", "--json").json()
    assert as_json["ok"] is False and len(as_json["problems"]) == 6


def test_config_check_of_a_good_file_says_so(tmp_path: Path) -> None:
    path = _write(tmp_path, "[printer]\nkind = 'serial'\nport = 'COM3'\n[display]\nchime = false\n")
    result = Cli(path, f"sqlite:///{tmp_path / 'k.db'}").ok("config", "check")
    assert "configuration OK" in result.out
