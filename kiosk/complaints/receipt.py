"""The receipt handed to a complainant: the reference to quote when asking, and by when the office
must answer (a complaint) or that it was recorded as a suggestion (anonymous or late).

Indonesian first, English under it when the desk speaks English. The QR holds the reference so
any desk can find the complaint again.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from kiosk.calendar.wording import date_en
from kiosk.complaints.channels import channel_label
from kiosk.complaints.records import ComplaintView
from kiosk.receipts.document import QR, Cut, Document, Rule, Text
from kiosk.receipts.indonesian_dates import format_date, format_datetime
from kiosk.receipts.layouts import tracking_heading

COMPLAINT_QR_PREFIX = "MPP-PENGADUAN:"
MATTER_SHOWN = 300  # the slip repeats the matter so the complainant can check it was heard right


def complaint_receipt(c: ComplaintView, *, office_name: str, office_address: str = "", office_phone: str = "",
                      officer_name: str = "", timezone: str = "Asia/Jakarta", language: str = "id") -> Document:
    english = language == "en"
    received = c.received_at.astimezone(ZoneInfo(timezone))
    complaint = c.kind == "complaint"
    title_en = ("Complaint receipt" if complaint else "Suggestion receipt") if english else None
    blocks = tracking_heading(office_name, office_address,
                              "TANDA TERIMA PENGADUAN" if complaint else "TANDA TERIMA SARAN", title_en,
                              c.tracking_number)
    blocks += [
        Text(f"Diterima: {format_datetime(received, with_zone=True)}"),
        Text(f"Melalui: {channel_label(c.channel, 'id')}"),
    ]
    if c.service_title:
        blocks.append(Text(f"Layanan: {c.service_title}", indent=9))
    matter = c.matter if len(c.matter) <= MATTER_SHOWN else c.matter[: MATTER_SHOWN - 1] + "…"
    blocks.append(Text(f"Isi: {matter}", indent=5))
    if complaint and c.response_due is not None:
        blocks += [
            Text("Wajib dijawab paling lambat:", bold=True),
            Text(format_date(c.response_due), align="center", bold=True, size=(1, 2)),
        ]
        if english:
            blocks.append(Text(f"The office must answer by {date_en(c.response_due)}."))
    else:
        blocks.append(Text("Dicatat sebagai saran: tanpa identitas pengadu atau lebih dari 30 hari setelah "
                           "layanan, sehingga tidak ada batas waktu jawaban."))
        if english:
            blocks.append(Text("Recorded as a suggestion (no complainant identity, or more than 30 days after "
                               "the service), so there is no answer deadline."))
    blocks += [Rule(), QR(COMPLAINT_QR_PREFIX + c.tracking_number),
               Text("Sebutkan nomor ini saat menanyakan tindak lanjut.", align="center")]
    if english:
        blocks.append(Text("Quote this number when you ask about it.", align="center"))
    if office_phone:
        blocks.append(Text(f"Telp. {office_phone}", align="center"))
    who = officer_name or c.recorded_by
    blocks += [Text(f"Petugas: {who}", align="center"), Cut()]
    return Document(blocks=tuple(blocks), title=f"Tanda terima pengaduan {c.tracking_number}")
