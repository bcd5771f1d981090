"""The *tanda terima* handed over when a complete file is accepted.

Indonesian first; the due date is spelled out with the day name because applicants plan their
return trip by it. The QR holds the tracking number so any desk can open the file again.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from kiosk.calendar.wording import date_en, estimated_note
from kiosk.catalog.derive import UNIT_LABELS_EN, UNIT_LABELS_ID
from kiosk.files.records import AcceptedFile
from kiosk.receipts.document import QR, Cut, Document, Rule, Text
from kiosk.receipts.indonesian_dates import format_date, format_datetime
from kiosk.receipts.layouts import tracking_heading

TRACKING_QR_PREFIX = "MPP-BERKAS:"


def tracking_qr_payload(tracking_number: str) -> str:
    return TRACKING_QR_PREFIX + tracking_number


def tracking_number_from_qr(payload: str) -> str | None:
    payload = payload.strip()
    if payload.upper().startswith(TRACKING_QR_PREFIX):
        return payload[len(TRACKING_QR_PREFIX) :].strip().upper() or None
    return None


def file_receipt(
    f: AcceptedFile,
    *,
    office_name: str,
    office_address: str = "",
    officer_name: str = "",
    timezone: str = "Asia/Jakarta",
    language: str = "id",
) -> Document:
    english = language == "en"
    received_local = f.received_at.astimezone(ZoneInfo(timezone))
    unit_id = UNIT_LABELS_ID.get(f.processing_unit, f.processing_unit)
    blocks = tracking_heading(office_name, office_address, "TANDA TERIMA BERKAS",
                              "Receipt for your application" if english else None, f.tracking_number)
    blocks += [
        Text(f"Layanan: {f.service_title}", indent=9),
        Text(f"Pemohon: {f.applicant_name}", indent=9),
    ]
    if f.ticket_code:
        blocks.append(Text(f"Nomor antrean: {f.ticket_code}"))
    blocks.append(Text(f"Diterima: {format_datetime(received_local, with_zone=True)}"))
    blocks.append(Text("Berkas diterima lengkap."))
    if english:
        blocks.append(Text("Your file was received complete."))
    blocks += [
        Text(f"Waktu penyelesaian: {f.processing_value} {unit_id}"),
        Text("Perkiraan selesai:", bold=True),
        Text(format_date(f.due_date), align="center", bold=True, size=(1, 2)),
    ]
    if english:
        unit_en = UNIT_LABELS_EN.get(f.processing_unit, f.processing_unit)
        blocks.append(Text(f"Processing time {f.processing_value} {unit_en}; due {date_en(f.due_date)}"))
    note = estimated_note(f.estimated_years)
    if note is not None:
        blocks.append(Text(note[0], bold=True))
        if english:
            blocks.append(Text(note[1]))
    blocks += [
        Rule(),
        QR(tracking_qr_payload(f.tracking_number)),
        Text("Simpan tanda terima ini dan tunjukkan saat mengambil hasil layanan.", align="center"),
    ]
    if english:
        blocks.append(Text("Keep this receipt and show it when you collect the result.", align="center"))
    who = officer_name or f.officer
    counter = f" - Loket {f.counter}" if f.counter else ""
    blocks += [Text(f"Petugas: {who}{counter}", align="center"), Cut()]
    return Document(blocks=tuple(blocks), title=f"Tanda terima {f.tracking_number}")
