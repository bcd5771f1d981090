"""`mpp-kiosk staff`, `files` and `complaint` as an administrator would type them."""

from __future__ import annotations

import io

import pytest

from tests.support.cli import Cli


@pytest.fixture
def hall_cli(initialised_cli: Cli, monkeypatch: pytest.MonkeyPatch) -> Cli:
    cli = Cli(initialised_cli.config, initialised_cli.db_url, now="2026-11-24T09:00")
    monkeypatch.setattr("sys.stdin", io.StringIO("246810\n"))
    cli.ok("staff", "add", "ani", "--name", "Ani Suryani", "--role", "supervisor", "--pin-stdin")
    monkeypatch.setattr("sys.stdin", io.StringIO("135790\n"))
    cli.ok("staff", "add", "budi", "--name", "Budi Santoso", "--pin-stdin")
    return cli


def test_staff_add_and_list(hall_cli: Cli) -> None:
    officers = hall_cli.ok("staff", "list", "--json").json()
    assert [(o["code"], o["role"], o["locked_until"]) for o in officers] == [
        ("ANI", "supervisor", None), ("BUDI", "officer", None)]
    assert "135790" not in hall_cli.ok("staff", "list", "--json").out
    text = hall_cli.ok("staff", "list").out
    assert "BUDI" in text and "active" in text


def test_staff_add_refuses_a_short_pin_and_a_duplicate(hall_cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("1234\n"))
    short = hall_cli("staff", "add", "dedi", "--name", "Dedi", "--pin-stdin")
    assert short.status == 2 and "6 to 12 digits" in short.err
    monkeypatch.setattr("sys.stdin", io.StringIO("123456\n"))
    again = hall_cli("staff", "add", "BUDI", "--name", "Budi Lain", "--pin-stdin")
    assert again.status == 2 and "already exists" in again.err


def test_unlock_by_supervisor_and_refused_for_an_officer(hall_cli: Cli) -> None:
    from kiosk.staff import SignInRefused, sign_in
    from kiosk.storage import Database
    from tests.staff.hall import at

    db = Database(hall_cli.db_url)
    for _ in range(5):
        with pytest.raises(SignInRefused):
            sign_in(db, "budi", "000000", counter="2", terminal="t", now=at("2026-11-24 08:55"))
    db.dispose()
    assert hall_cli.ok("staff", "list", "--json").json()[1]["locked_until"] is not None
    refused = hall_cli("staff", "unlock", "budi", "--by", "budi")
    assert refused.status == 2 and "may not unlock" in refused.err
    hall_cli.ok("staff", "unlock", "budi", "--by", "ani")
    assert hall_cli.ok("staff", "list", "--json").json()[1]["locked_until"] is None
    log = hall_cli.ok("staff", "audit", "--action", "staff.unlock", "--json").json()
    assert [(e["actor"], e["subject"]) for e in log] == [("ANI", "officer:BUDI")]


def test_files_accept_then_list_by_due_date(hall_cli: Cli) -> None:
    out = hall_cli.ok("files", "accept", "--service", "50", "--applicant", "Siti", "--ticket", "A7", "--by", "budi",
                      "--counter", "3").out
    assert "BRK-20261124-0001" in out and "Kamis, 3 Desember 2026" in out
    listed = hall_cli.ok("files", "list", "--json").json()
    assert [(f["tracking_number"], f["due_date"], f["risk"], f["officer"], f["counter"]) for f in listed] == [
        ("BRK-20261124-0001", "2026-12-03", "on_track", "BUDI", "3")]
    later = Cli(hall_cli.config, hall_cli.db_url, now="2026-12-02T09:00")
    assert "BERISIKO" in later.ok("files", "list", "--at-risk").out
    later.ok("files", "status", "BRK-20261124-0001", "completed")
    assert later.ok("files", "list").out.strip() == "(no open files)"


def test_files_accept_unknown_service_fails_clearly(hall_cli: Cli) -> None:
    result = hall_cli("files", "accept", "--service", "404", "--applicant", "X")
    assert result.status == 2 and "no service number 404" in result.err


def test_complaint_add_list_update(hall_cli: Cli) -> None:
    named = hall_cli.ok("complaint", "add", "--channel", "whatsapp", "--name", "Rahmat", "--contact", "0812",
                        "--matter", "Jawaban lama", "--service", "50", "--service-date", "2026-11-20").out
    assert "ADU-20261124-0001" in named and "Senin, 14 Desember 2026" in named
    anonymous = hall_cli.ok("complaint", "add", "--channel", "box", "--matter", "Toilet kotor").out
    assert "saran" in anonymous and "tanpa identitas" in anonymous
    rows = hall_cli.ok("complaint", "list", "--open", "--json").json()
    assert [(c["kind"], c["response_due"]) for c in rows] == [("complaint", "2026-12-14"), ("suggestion", None)]
    hall_cli.ok("complaint", "update", "ADU-20261124-0001", "--status", "handling", "--by", "ani")
    missing = hall_cli("complaint", "update", "ADU-20261124-0001", "--status", "answered")
    assert missing.status == 2 and "answer" in missing.err
    hall_cli.ok("complaint", "update", "ADU-20261124-0001", "--status", "answered", "--answer", "Sudah ditindaklanjuti")
    assert [c["tracking_number"] for c in hall_cli.ok("complaint", "list", "--open", "--json").json()] == [
        "ADU-20261124-0002"]


def test_files_accept_prints_the_receipt_and_writes_a_pdf(hall_cli: Cli, tmp_path) -> None:  # type: ignore[no-untyped-def]
    out_dir = tmp_path / "printed"
    hall_cli.config.write_text(
        hall_cli.config.read_text() + f'\n[printer]\nkind = "virtual"\noutput_dir = "{out_dir.as_posix()}"\n'
    )
    pdf = tmp_path / "tt.pdf"
    hall_cli.ok("files", "accept", "--service", "50", "--applicant", "Siti", "--by", "budi", "--print",
                "--pdf", str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF")
    from devices.printing.decode import decode

    [job] = sorted(out_dir.glob("*.bin"))
    lines = [line.strip() for line in decode(job.read_bytes()).lines()]
    assert "Kamis, 3 Desember 2026" in lines and "Petugas: Budi Santoso" in lines
