"""The QR token on a ticket: genuine ones verify, altered, forged and foreign ones are refused,
and the code stays small enough to scan from a thermal print."""

from __future__ import annotations

import string
from pathlib import Path

import pytest
import qrcode
from hypothesis import given, settings
from hypothesis import strategies as st
from pyzbar.pyzbar import decode

from kiosk.queue import (
    ForeignToken,
    ForgedToken,
    MalformedToken,
    Office,
    QueueError,
    TokenError,
    ensure_default_layout,
    get_ticket,
    issue_ticket,
    sign_ticket,
    verify_token,
)
from kiosk.storage import Database
from kiosk.storage.migrate import upgrade
from tests.queue.conftest import SECRET, TUESDAY_9, load_services
from tests.support.databases import database_url

OTHER_OFFICE = "0ff1ce" * 10 + "abcd"
QR_ALPHANUMERIC = set(string.digits + string.ascii_uppercase + " $%*+-./:")


def test_a_genuine_token_names_its_ticket() -> None:
    assert verify_token(sign_ticket(1234, SECRET), SECRET) == 1234


def test_changing_the_ticket_number_is_detected() -> None:
    token = sign_ticket(1234, SECRET)
    altered = token.replace("MPP1.1234.", "MPP1.1235.")
    with pytest.raises(ForgedToken) as refused:
        verify_token(altered, SECRET)
    assert refused.value.message_id == "Tanda tangan tiket tidak cocok: kode QR telah diubah atau dipalsukan."


def test_a_token_from_another_office_is_named_as_such() -> None:
    with pytest.raises(ForeignToken, match="kantor atau terminal lain"):
        verify_token(sign_ticket(7, OTHER_OFFICE), SECRET)


@pytest.mark.parametrize("text", ["", "hello", "MPP1.0.AAAA.AAAAAAAAAAAAAAAA", "MPP2.1.AAAA.AAAAAAAAAAAAAAAA", "A-001"])
def test_something_else_is_not_a_ticket(text: str) -> None:
    with pytest.raises(MalformedToken, match="bukan tiket antrean MPP"):
        verify_token(text, SECRET)


def test_no_secret_means_no_token() -> None:
    with pytest.raises(QueueError, match="jalankan `mpp-kiosk init`"):
        sign_ticket(1, "")


@settings(max_examples=300, deadline=None)
@given(ticket_id=st.integers(1, 10**9), position=st.integers(0, 200), replacement=st.sampled_from("0123456789ABZ27.x"))
def test_any_one_character_change_is_refused(ticket_id: int, position: int, replacement: str) -> None:
    token = sign_ticket(ticket_id, SECRET)
    i = position % len(token)
    changed = token[:i] + replacement + token[i + 1 :]
    if changed.upper() == token:
        return
    with pytest.raises(TokenError):
        verify_token(changed, SECRET)


def test_the_qr_is_small_and_scans_back() -> None:
    token = sign_ticket(9_999_999, SECRET)  # ten years of a busy hall
    assert len(token) < 60
    assert set(token) <= QR_ALPHANUMERIC, "alphanumeric mode keeps the code small"
    code = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=4, border=4)
    code.add_data(token)
    code.make(fit=True)
    assert code.version <= 3
    image = code.make_image().get_image().convert("L")
    assert [d.data.decode() for d in decode(image)] == [token]


def test_a_scanned_token_finds_the_ticket_and_a_forged_one_does_not(hall: Database, office: Office) -> None:
    view = issue_ticket(hall, 50, office=office, now=TUESDAY_9)
    found, _ = get_ticket(hall, view.token, office=office, now=TUESDAY_9)
    assert found.code == view.code
    forged = sign_ticket(view.id, OTHER_OFFICE)
    with pytest.raises(ForeignToken):
        get_ticket(hall, forged, office=office, now=TUESDAY_9)


def test_a_database_created_again_with_the_same_secret_issues_different_tokens(
    hall: Database, office: Office, db_url: str, tmp_path: Path
) -> None:
    """A reinstall restarts ticket ids at 1 with the same config file: ticket #1's token must not
    be the one already printed on a slip from the old database, and old slips are refused."""
    first = issue_ticket(hall, 50, office=office, now=TUESDAY_9)
    kind = "postgresql" if db_url.startswith("postgresql") else "sqlite"
    (tmp_path / "again").mkdir()
    with database_url(kind, tmp_path / "again") as url:
        again = Database(url)
        try:
            upgrade(again)
            load_services(again, range(50, 53))
            ensure_default_layout(again)
            second = issue_ticket(again, 50, office=office, now=TUESDAY_9)
            assert second.id == first.id and second.code == first.code
            assert second.token != first.token
            with pytest.raises(ForeignToken):
                get_ticket(again, first.token, office=office, now=TUESDAY_9)
            assert get_ticket(again, second.token, office=office, now=TUESDAY_9)[0].id == second.id
        finally:
            again.dispose()
    # The original keeps accepting its own slips.
    assert get_ticket(hall, first.token, office=office, now=TUESDAY_9)[0].id == first.id
