"""The queue, ticket, counter and calendar commands as a script or an administrator uses them."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.queue import sign_ticket
from tests.support.cli import Cli

TUESDAY = "2026-11-24T09:00"


@pytest.fixture
def hall_cli(initialised_cli: Cli) -> Cli:
    initialised_cli.now = TUESDAY
    return initialised_cli


def test_ticket_issue_json_has_what_a_script_needs(hall_cli: Cli) -> None:
    first = hall_cli.ok("ticket", "issue", "50", "--json").json()
    assert {k: first[k] for k in ("code", "queue", "number", "service", "status", "ahead")} == {
        "code": "A-001",
        "queue": "A",
        "number": 1,
        "service": 50,
        "status": "waiting",
        "ahead": 0,
    }
    assert first["token"].startswith("MPP1.") and first["issued_at"] == "2026-11-24T02:00:00+00:00"
    second = hall_cli.ok("ticket", "issue", "50", "--priority", "ibu_hamil", "--checklist", "1=ada,2=belum",
                         "--json").json()
    assert (second["code"], second["priority_label"], second["checklist"]) == (
        "A-002", "ibu hamil", {"1": "ada", "2": "belum"})
    verified = hall_cli.ok("ticket", "verify", first["token"])
    assert verified.out.startswith("tiket sah: A-001")


def test_ticket_issue_outside_hours_says_why_and_when_to_return(hall_cli: Cli) -> None:
    hall_cli.now = "2026-11-28T10:00"  # Saturday
    refused = hall_cli("ticket", "issue", "50")
    assert refused.status == 2
    assert "Kantor tutup pada hari Sabtu" in refused.err
    assert "Senin, 30 November 2026 pukul 08.00" in refused.err
    assert "next opening 2026-11-30T08:00:00+07:00" in refused.err


def test_call_act_and_transfer_through_the_cli(hall_cli: Cli) -> None:
    hall_cli.ok("queue", "add", "B", "--name", "Kasir", "--transfer", "front")
    for _ in range(3):
        hall_cli.ok("ticket", "issue", "50")
    call = hall_cli.ok("queue", "call", "--counter", "2", "--officer", "198701", "--json").json()
    assert (call["called"], call["counter_name"], call["policy"]) == ("A-001", "Loket 2", "ratio")
    assert call["reason_id"].startswith("reguler: tidak ada nomor prioritas yang menunggu")
    busy = hall_cli("queue", "call", "--counter", "2")
    assert busy.status == 2 and "Loket 2 masih menangani A-001" in busy.err
    assert hall_cli.ok("queue", "recall", "A-001", "--counter", "2").out.startswith(
        "A-001 dipanggil ulang (ke-1 dari 2) di Loket 2.")
    hall_cli.ok("queue", "serve", "A-001", "--counter", "2")
    moved = hall_cli.ok("queue", "transfer", "A-001", "--to", "B", "--counter", "2", "--json").json()
    assert (moved["code"], moved["queue"], moved["status"], moved["number"]) == ("A-001", "B", "waiting", 1)
    hall_cli.ok("queue", "hold", "A-002")
    hall_cli.ok("queue", "resume", "A-002")
    hall_cli.ok("queue", "cancel", "A-003")
    wrong = hall_cli("queue", "complete", "A-002")
    assert wrong.status == 2
    assert "Tidak dapat menyelesaikan tiket A-002: statusnya menunggu" in wrong.err
    missing = hall_cli("queue", "skip", "A-099")
    assert missing.status == 2 and "Tiket A-099 tidak ditemukan" in missing.err
    status = hall_cli.ok("queue", "status", "--json").json()
    queues = {q["letter"]: q for q in status["queues"]}
    assert [n["code"] for n in queues["A"]["next"]] == ["A-002"]
    assert [n["code"] for n in queues["B"]["next"]] == ["A-001"]
    assert queues["B"]["next"][0]["reason_id"] == "dipindahkan ke depan antrean"
    assert queues["A"]["counts"] == {"waiting": 1, "cancelled": 1}
    text = hall_cli.ok("queue", "status").out
    assert "antrean B (Kasir): 1 menunggu, 0 prioritas" in text
    kinds = [e["kind"] for e in hall_cli.ok("queue", "events", "--after", "0", "--json").json()]
    assert kinds[-6:] == ["recalled", "serving", "transferred", "held", "resumed", "cancelled"]


def test_transfer_to_a_counter_through_the_cli(hall_cli: Cli) -> None:
    for _ in range(2):
        hall_cli.ok("ticket", "issue", "50")
    hall_cli.ok("queue", "call", "--counter", "1")
    moved = hall_cli.ok("queue", "transfer", "A-001", "--to-counter", "3", "--counter", "1", "--officer", "198701")
    assert moved.out.startswith("A-001 dipindahkan ke Loket 3 dengan nomor yang sama")
    assert "dipindahkan ke Loket 3" in hall_cli.ok("ticket", "show", "A-001").out
    assert "Loket 3 [buka] antrean A: -; menunggu dipindahkan ke sini: A-001" in hall_cli.ok("queue", "status").out
    assert hall_cli.ok("queue", "call", "--counter", "2", "--json").json()["called"] == "A-002"
    call = hall_cli.ok("queue", "call", "--counter", "3", "--json").json()
    assert (call["called"], call["policy"]) == ("A-001", "transfer")
    both = hall_cli("queue", "transfer", "A-002", "--to", "A", "--to-counter", "3")
    assert both.status == 2 and "not allowed with argument" in both.err
    closed = hall_cli("queue", "transfer", "A-002", "--to-counter", "9")
    assert closed.status == 2 and "Loket 9 tidak ada" in closed.err


def test_a_forged_qr_is_refused_at_the_desk(hall_cli: Cli) -> None:
    ticket = hall_cli.ok("ticket", "issue", "50", "--json").json()
    forged = sign_ticket(ticket["id"], "0ff1ce" * 11)
    refused = hall_cli("queue", "cancel", forged)
    assert refused.status == 2 and "ditandatangani oleh kantor atau terminal lain" in refused.err
    tampered = ticket["token"][:-1] + ("A" if ticket["token"][-1] != "A" else "B")
    refused = hall_cli("ticket", "verify", tampered)
    assert refused.status == 2 and "telah diubah atau dipalsukan" in refused.err
    # The genuine token works where a code does.
    assert hall_cli.ok("queue", "cancel", ticket["token"]).out.startswith("A-001 dibatalkan.")


def test_now_comes_from_the_environment_too(hall_cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    hall_cli.now = None
    monkeypatch.setenv("MPP_KIOSK_NOW", "2026-11-25T10:15")
    issued = hall_cli.ok("ticket", "issue", "50", "--json").json()
    assert (issued["service_day"], issued["issued_at"]) == ("2026-11-25", "2026-11-25T03:15:00+00:00")


def test_counters_and_queue_import_from_the_cli(hall_cli: Cli, tmp_path: Path) -> None:
    hall_cli.ok("counter", "add", "9", "--name", "Loket Prioritas", "--queues", "A")
    assert "Loket Prioritas  [tutup]" in hall_cli.ok("counter", "list").out
    hall_cli.ok("counter", "open", "9", "--officer", "198701")
    assert {c["number"]: c["open"] for c in hall_cli.ok("counter", "list", "--json").json()}[9] is True
    hall_cli.ok("counter", "close", "1")
    layout = tmp_path / "hall.toml"
    layout.write_text('[[queue]]\nletter = "A"\nname = "Umum"\nservices = "all"\npolicy = "strict"\n',
                      encoding="utf-8")
    assert "antrean A diperbarui: Prioritas ketat" in hall_cli.ok("queue", "import", str(layout)).out
    (queue,) = hall_cli.ok("queue", "list", "--json").json()
    assert (queue["name"], queue["policy"], queue["services"]) == ("Umum", "strict", "all")
    layout.write_text('[[queue]]\nletter = "A"\npolicy = "lottery"\n', encoding="utf-8")
    refused = hall_cli("queue", "import", str(layout))
    assert refused.status == 2 and f"{layout}: queue[0]: Kebijakan 'lottery' tidak dikenal" in refused.err
    assert hall_cli.ok("queue", "list", "--json").json()[0]["policy"] == "strict"
    hall_cli.ok("ticket", "issue", "50")
    closed = hall_cli("queue", "call", "--counter", "1")
    assert closed.status == 2 and "Loket 1 sedang tutup" in closed.err


def test_nobody_waiting_is_not_an_error(hall_cli: Cli) -> None:
    idle = hall_cli.ok("queue", "call", "--counter", "1", "--json").json()
    assert idle["called"] is None and idle["message_id"] == "Tidak ada antrean yang menunggu."


# -- calendar ----------------------------------------------------------------------------------


@pytest.fixture
def calendar_cli(tmp_path: Path) -> Cli:
    """The calendar needs no database and no secret: a terminal with an empty config file."""
    config = tmp_path / "config.toml"
    config.write_text("", encoding="utf-8")
    return Cli(config, f"sqlite:///{tmp_path / 'unused.db'}")


@pytest.mark.parametrize(
    ("start", "days", "due"),
    [
        ("2026-11-24", 7, "2026-12-03"),  # plain weekdays and one weekend
        ("2026-08-14", 1, "2026-08-18"),  # Friday; weekend and Independence Day skipped
        ("2026-12-22", 7, "2027-01-06"),  # cuti bersama, Christmas, New Year, Isra Mikraj
    ],
)
def test_calendar_due(calendar_cli: Cli, start: str, days: int, due: str) -> None:
    assert calendar_cli.ok("calendar", "due", "--from", start, "--days", str(days)).out.splitlines()[0] == due
    as_json = calendar_cli.ok("calendar", "due", "--from", start, "--days", str(days), "--json").json()
    assert as_json["due"] == due


def test_cuti_bersama_follows_the_setting(calendar_cli: Cli) -> None:
    closed = calendar_cli.ok("calendar", "open-at", "2026-12-24T09:00", "--json").json()
    assert (closed["open"], closed["closed_day"]["kind"]) == (False, "cuti_bersama")
    assert closed["reason_id"].startswith("Kantor tutup: Cuti Bersama Hari Raya Natal")
    assert calendar_cli.ok("calendar", "due", "--from", "2026-12-22", "--days", "7").out.splitlines()[0] == "2027-01-06"
    calendar_cli.config.write_text("[calendar]\ncuti_bersama_is_working_day = true\n", encoding="utf-8")
    opened = calendar_cli.ok("calendar", "open-at", "2026-12-24T09:00", "--json").json()
    assert (opened["open"], opened["can_issue"]) == (True, True)
    assert calendar_cli.ok("calendar", "due", "--from", "2026-12-22", "--days", "7").out.splitlines()[0] == "2027-01-04"


def test_calendar_open_at_explains_closed_moments(calendar_cli: Cli) -> None:
    saturday = calendar_cli.ok("calendar", "open-at", "2026-11-28 10:00")
    assert saturday.out.startswith("TUTUP: Kantor tutup pada hari Sabtu. Silakan datang kembali pada Senin")
    holiday = calendar_cli.ok("calendar", "open-at", "2026-08-17T09:00", "--json").json()
    assert holiday["closed_day"] == {
        "kind": "public_holiday",
        "reason_id": "Hari Kemerdekaan Republik Indonesia",
        "reason_en": "Independence Day",
    }
    friday_prayer = calendar_cli.ok("calendar", "open-at", "2026-11-27T05:00:00+00:00", "--json").json()
    assert (friday_prayer["state"], friday_prayer["at"]) == ("break", "2026-11-27T12:00:00+07:00")
    assert calendar_cli("calendar", "open-at", "next tuesday").status == 2
    assert calendar_cli("calendar", "due", "--from", "2026-13-01", "--days", "3").status == 2
