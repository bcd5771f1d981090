"""The receipts the kiosk prints, built as printer-neutral documents.

Layouts stay within 32 columns' worth of sense (the narrowest 58 mm roll) and leave wrapping to the
renderer. Wording is formal Indonesian; an applicant who chose English gets each line in
Indonesian first and English below it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from kiosk.receipts.document import QR, Block, Cut, Document, Feed, Rule, Text
from kiosk.receipts.indonesian_dates import format_datetime

TICKET_NUMBER_SIZE = (4, 4)
HEADING_SIZE = (1, 2)
ENGLISH = "en"


def _require_aware(moment: datetime, name: str) -> None:
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware so the printed time is unambiguous")


_EN_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_EN_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


def _english_datetime(moment: datetime) -> str:
    # Spelled out rather than strftime so the kiosk's OS locale cannot change the words.
    day = _EN_DAYS[moment.weekday()]
    return f"{day}, {moment.day} {_EN_MONTHS[moment.month - 1]} {moment.year} {moment:%H:%M}"


def wait_range_id(wait_min: int | None, wait_max: int | None) -> str | None:
    """``Perkiraan tunggu 10-20 menit``; None when nothing is known."""
    if wait_min is None and wait_max is None:
        return None
    if wait_min is None:
        return f"Perkiraan tunggu hingga {wait_max} menit"
    if wait_max is None:
        return f"Perkiraan tunggu lebih dari {wait_min} menit"
    low, high = sorted((wait_min, wait_max))
    if low == high:
        return f"Perkiraan tunggu {low} menit"
    return f"Perkiraan tunggu {low}-{high} menit"


def wait_range_en(wait_min: int | None, wait_max: int | None) -> str | None:
    if wait_min is None and wait_max is None:
        return None
    if wait_min is None:
        return f"Estimated wait up to {wait_max} minutes"
    if wait_max is None:
        return f"Estimated wait more than {wait_min} minutes"
    low, high = sorted((wait_min, wait_max))
    if low == high:
        return f"Estimated wait {low} minutes"
    return f"Estimated wait {low}-{high} minutes"


def people_ahead_id(ahead: int) -> str:
    if ahead <= 0:
        return "Tidak ada antrean di depan Anda"
    return f"Antrean di depan Anda: {ahead} orang"


def people_ahead_en(ahead: int) -> str:
    if ahead <= 0:
        return "Nobody is ahead of you"
    return f"People ahead of you: {ahead}"


@dataclass(frozen=True)
class TicketPrint:
    """What a queue ticket shows. ``token`` goes into the QR (e.g. a status or survey link)."""

    office_name: str
    office_address: str
    code: str
    service_title: str
    queue_name: str
    counter_group: str
    ahead: int
    wait_min: int | None
    wait_max: int | None
    issued_at: datetime
    priority_label: str | None
    token: str
    language: str = "id"
    survey_code: str = ""  # the number and its check code, typed at a survey terminal without a scanner
    consultation: bool = False  # the applicant's papers are not all there: the officer helps check them


def queue_ticket(t: TicketPrint) -> Document:
    _require_aware(t.issued_at, "issued_at")
    english = t.language == ENGLISH
    blocks: list[Block] = [
        Text(t.office_name, align="center", bold=True),
    ]
    if t.office_address:
        blocks.append(Text(t.office_address, align="center"))
    blocks.append(Rule())
    blocks.append(
        Text("NOMOR ANTREAN / QUEUE NUMBER" if english else "NOMOR ANTREAN", align="center")
    )
    blocks.append(Text(t.code, align="center", bold=True, size=TICKET_NUMBER_SIZE))
    if t.priority_label:
        blocks.append(Text(f"* {t.priority_label} *", align="center", bold=True, size=HEADING_SIZE))
    if t.consultation:
        blocks.append(Text("* KONSULTASI *", align="center", bold=True, size=HEADING_SIZE))
        blocks.append(Text("Persyaratan belum lengkap; petugas membantu memeriksa." if not english
                           else "Requirements not complete; an officer will help you check them.", align="center"))
    blocks.append(Text(t.service_title, align="center", bold=True))
    where = " - ".join(part for part in (t.queue_name, t.counter_group) if part)
    if where:
        blocks.append(Text(where, align="center"))
    blocks.append(Rule())
    blocks.append(Text(people_ahead_id(t.ahead)))
    if english:
        blocks.append(Text(people_ahead_en(t.ahead)))
    wait_id = wait_range_id(t.wait_min, t.wait_max)
    if wait_id:
        blocks.append(Text(wait_id))
        wait_en = wait_range_en(t.wait_min, t.wait_max)
        if english and wait_en:
            blocks.append(Text(wait_en))
    # One date line even in English (numbers read the same; bytes cost wire time), and no
    # "WIB": with it the line overflows 32 columns on 58 mm rolls.
    blocks.append(Text(format_datetime(t.issued_at)))
    blocks.append(QR(t.token))
    if t.survey_code:
        blocks.append(Text(f"{'Survey code' if english else 'Kode survei'}: {t.survey_code}", align="center"))
    blocks.append(Text("Silakan menunggu nomor Anda dipanggil", align="center"))
    if english:
        blocks.append(Text("Please wait until your number is called", align="center"))
    blocks.append(Cut())
    return Document(blocks=tuple(blocks), title=f"Tiket antrean {t.code}")


@dataclass(frozen=True)
class MissingDocs:
    """A list handed to an applicant whose file is incomplete, with a QR to look it up again."""

    office_name: str
    service_number: str
    service_title: str
    missing: Sequence[str]
    unsure: Sequence[str]
    help_text: str
    reference: str
    issued_at: datetime
    language: str = field(default="id")
    office_address: str = ""
    office_phone: str = ""
    hours: Sequence[str] = ()  # the week in short lines, e.g. "Sen-Kam 08:00-15:00"
    all_items: bool = False  # the whole list from "Lihat persyaratan", not what is missing


def _numbered(items: Sequence[str]) -> list[Block]:
    blocks: list[Block] = []
    for number, item in enumerate(items, start=1):
        prefix = f"{number}. "
        blocks.append(Text(prefix + item, indent=len(prefix)))
    return blocks


def missing_documents(m: MissingDocs) -> Document:
    _require_aware(m.issued_at, "issued_at")
    english = m.language == ENGLISH
    blocks: list[Block] = [
        Text(m.office_name, align="center", bold=True),
        Rule(),
        Text("DAFTAR PERSYARATAN" if m.all_items else "PERSYARATAN YANG BELUM TERPENUHI", align="center", bold=True,
             size=HEADING_SIZE),
    ]
    if english:
        blocks.append(Text("Requirements" if m.all_items else "Requirements not yet met", align="center"))
    service = f"Layanan {m.service_number}: {m.service_title}" if m.service_number else (
        f"Layanan: {m.service_title}"
    )
    blocks.append(Text(service, bold=True))
    blocks.append(Text(format_datetime(m.issued_at)))
    if english:
        blocks.append(Text(_english_datetime(m.issued_at)))
    blocks.append(Rule())
    if not m.missing and not m.unsure:
        blocks.append(Text("Berkas Anda sudah lengkap."))
        if english:
            blocks.append(Text("Your documents are complete."))
    if m.missing and m.all_items:
        blocks.extend(_numbered(m.missing))
    elif m.missing:
        heading = "Belum terpenuhi:"
        blocks.append(Text(heading + (" / Not yet met:" if english else ""), bold=True))
        blocks.extend(_numbered(m.missing))
    if m.unsure:
        if m.missing:
            blocks.append(Feed(1))
        heading = "Mohon dipastikan ke petugas:"
        blocks.append(Text(heading + (" / Please check with an officer:" if english else ""),
                           bold=True))
        blocks.extend(_numbered(m.unsure))
    blocks.append(Rule())
    if m.help_text:
        blocks.append(Text(m.help_text))
    # Where and when to come back with the papers: the slip goes home with the applicant.
    if m.office_address:
        blocks.append(Text(m.office_address))
    if m.office_phone:
        blocks.append(Text(f"Telp. {m.office_phone}"))
    if m.hours:
        blocks.append(Text("Jam layanan:" + (" / Service hours:" if english else "")))
        blocks.extend(Text(line, indent=2) for line in m.hours)
    blocks.append(QR(m.reference))
    blocks.append(Text(f"Standar pelayanan: {m.reference}", align="center"))
    blocks.append(Cut())
    title = "Persyaratan layanan" if m.all_items else "Persyaratan belum terpenuhi, layanan"
    return Document(blocks=tuple(blocks), title=f"{title} {m.service_number}")


def tracking_heading(office_name: str, office_address: str, title_id: str, title_en: str | None,
                     tracking_number: str) -> list[Block]:
    """The top of a receipt the applicant keeps to ask about it later (an accepted file, a
    complaint): the office, what the paper is, and its tracking number large enough to read out."""
    blocks: list[Block] = [Text(office_name, align="center", bold=True)]
    if office_address:
        blocks.append(Text(office_address, align="center"))
    blocks += [Rule(), Text(title_id, align="center", bold=True, size=(1, 2))]
    if title_en is not None:
        blocks.append(Text(title_en, align="center"))
    return [*blocks, Text(tracking_number, align="center", bold=True, size=(2, 2)), Rule()]


def test_page(profile_name: str, office_name: str, now: datetime) -> Document:
    """A page that shows at a glance whether sizes, alignment, rules, QR and the cutter work."""
    _require_aware(now, "now")
    blocks: list[Block] = [
        Text("HALAMAN UJI PRINTER", align="center", bold=True, size=(2, 2)),
        Text("Printer test page", align="center"),
        Rule(),
        Text(office_name, align="center", bold=True),
        Text(f"Profil: {profile_name}"),
        Text(format_datetime(now)),
        Rule(),
        Text("Rata kiri / left"),
        Text("Tengah / centre", align="center"),
        Text("Rata kanan / right", align="right"),
        Text("Tebal / bold", bold=True),
        Text("Lebar 2x", size=(2, 1)),
        Text("Tinggi 2x", size=(1, 2)),
        Text("A-123", align="center", bold=True, size=TICKET_NUMBER_SIZE),
        Text("0123456789 ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz .,:;-/()"),
        Rule(),
        QR(f"MPP-KIOSK TEST {profile_name} {now.isoformat(timespec='seconds')}"),
        Text("Cetak uji berhasil bila semua baris terbaca dan kode QR dapat dipindai.",
             align="center"),
        Text("The test passes if every line is readable and the QR code scans.", align="center"),
        Cut(),
    ]
    return Document(blocks=tuple(blocks), title=f"Halaman uji {profile_name}")


# pytest collects module-level callables named test_*; this one is a layout, not a test.
test_page.__test__ = False  # type: ignore[attr-defined]
