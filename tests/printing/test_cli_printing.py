"""Printing from the command line, as an administrator or a script would."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from kiosk import config
from tests.printing.conftest import FakeFactory
from tests.printing.helpers import qr_texts
from tests.support.cli import Cli

TUESDAY = "2026-11-24T09:00:00+07:00"


def _cli(cli: Cli, printer: str) -> Cli:
    cli.config.write_text(printer, encoding="utf-8")
    hall = Cli(cli.config, cli.db_url, now=TUESDAY)
    hall.ok("init")
    return hall


def test_ticket_issue_with_the_virtual_printer_leaves_a_png_whose_qr_verifies(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "previews"
    hall = _cli(cli, f'[printer]\nkind = "virtual"\noutput_dir = "{out.as_posix()}"\n')

    ticket = hall.ok("ticket", "issue", "50", "--json").json()

    assert ticket["printed"] is True and ticket["code"] == "A-001" and ticket["print_state"] == "printed"
    png = Path(ticket["preview_png"])
    assert png.parent == out and png.exists()
    [payload] = qr_texts(Image.open(png))
    assert payload == ticket["token"]
    verified = hall.ok("ticket", "verify", payload, "--json").json()
    assert verified["valid"] and verified["ticket"]["code"] == "A-001"
    forged = payload[:-1] + ("A" if payload[-1] != "A" else "B")
    refused = hall("ticket", "verify", forged)
    assert refused.status == 2 and "dipalsukan" in refused.err


def test_paper_out_then_reprint_from_the_cli(cli: Cli, serial_printer: FakeFactory) -> None:
    empty = serial_printer("paper_out")
    hall = _cli(cli, f'[printer]\nkind = "serial"\nport = "{empty.port}"\n')

    failed = hall("ticket", "issue", "50", "--json")
    assert failed.status == 1
    body = failed.json()
    assert body["printed"] is False and body["print_state"] == "failed" and body["status"] == "waiting"
    assert "kertas" in body["message_id"].lower()

    refilled = serial_printer("ok")
    config_text = hall.config.read_text(encoding="utf-8").replace(empty.port, refilled.port)
    hall.config.write_text(config_text, encoding="utf-8")
    again = hall.ok("ticket", "reprint", body["code"], "--json").json()
    assert again["printed"] is True and again["print_state"] == "printed"
    assert config.load(str(hall.config)).secret  # init kept the generated secret alongside


def test_printer_status_and_test_page_on_a_serial_port(cli: Cli, serial_printer: FakeFactory) -> None:
    hall = _cli(cli, "")
    near_end = serial_printer("near_end")
    status = hall.ok("printer", "status", "--port", near_end.port, "--json").json()
    assert status["state"] == "paper_near_end"

    silent = serial_printer("silence")
    result = hall("printer", "test", "--port", silent.port)
    assert result.status == 1
    assert "Tidak menjawab" in result.out
