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
