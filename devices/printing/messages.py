"""What a print outcome means, in words: for the applicant at the kiosk and for the officer.

Applicant texts are plain and formal and never blame the applicant; officer texts say what to do
with the printer. Indonesian first, English second.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Reason(StrEnum):
    """Stable codes for a print outcome; stored with the job, so never rename one."""

    PRINTED = "printed"
    PRINTED_PAPER_NEAR_END = "printed_paper_near_end"
    SENT_UNCONFIRMED = "sent_unconfirmed"
    PAPER_OUT = "paper_out"
    COVER_OPEN = "cover_open"
    OFFLINE = "offline"
    PRINTER_ERROR = "printer_error"
    NO_ANSWER = "no_answer"
    GARBLED = "garbled"
    OPEN_FAILED = "open_failed"
    WRITE_TIMEOUT = "write_timeout"
    CONNECTION_LOST = "connection_lost"
    RENDER_FAILED = "render_failed"


@dataclass(frozen=True)
class Wording:
    applicant_id: str
    applicant_en: str
    staff_id: str
    staff_en: str


_TAKE_TICKET = ("Tiket Anda sudah dicetak. Silakan ambil tiket Anda.",
                "Your ticket has been printed. Please take your ticket.")
_NOT_READY = ("Mohon maaf, printer tiket sedang tidak siap sehingga tiket tidak dapat dicetak. "
              "Silakan hubungi petugas.",
              "Sorry, the ticket printer is not ready, so your ticket could not be printed. "
              "Please ask an officer for help.")
_FAULT = ("Mohon maaf, printer tiket sedang mengalami gangguan sehingga tiket tidak dapat "
          "dicetak. Silakan hubungi petugas.",
          "Sorry, the ticket printer has a fault, so your ticket could not be printed. "
          "Please ask an officer for help.")
_INCOMPLETE = ("Mohon maaf, tiket Anda mungkin tidak tercetak dengan lengkap. "
               "Silakan hubungi petugas.",
               "Sorry, your ticket may not have printed completely. "
               "Please ask an officer for help.")

_STAFF: dict[Reason, tuple[str, str]] = {
    Reason.PRINTED: ("Tiket tercetak.", "Ticket printed."),
    Reason.PRINTED_PAPER_NEAR_END: (
        "Tiket tercetak, tetapi kertas printer hampir habis. Siapkan gulungan kertas baru.",
        "Ticket printed, but the printer paper is nearly out. Have a new roll ready.",
    ),
    Reason.SENT_UNCONFIRMED: (
        "Data tiket terkirim, tetapi printer ini tidak dapat melaporkan status, sehingga hasil "
        "cetak tidak dapat dipastikan.",
        "Ticket data sent, but this printer cannot report status, so printing is unconfirmed.",
    ),
    Reason.PAPER_OUT: ("Kertas printer habis. Ganti gulungan kertas.",
                       "The printer is out of paper. Load a new roll."),
    Reason.COVER_OPEN: ("Penutup printer terbuka. Tutup kembali penutup printer.",
                        "The printer cover is open. Close the cover."),
    Reason.OFFLINE: ("Printer sedang offline. Periksa lampu indikator dan tombol printer.",
                     "The printer is offline. Check its indicator lights and buttons."),
    Reason.PRINTER_ERROR: (
        "Printer melaporkan kesalahan (misalnya pemotong kertas macet). Matikan lalu nyalakan "
        "kembali printer.",
        "The printer reports an error (for example a jammed cutter). Switch it off and on.",
    ),
    Reason.NO_ANSWER: (
        "Printer tidak menjawab permintaan status. Periksa daya printer, kabel data, dan "
        "pengaturan port.",
        "The printer does not answer status requests. Check its power, data cable and port "
        "settings.",
    ),
    Reason.GARBLED: (
        "Jawaban printer tidak dapat dibaca. Periksa kecepatan baud dan kabel data.",
        "The printer's reply cannot be read. Check the baud rate and the data cable.",
    ),
    Reason.OPEN_FAILED: (
        "Port printer tidak dapat dibuka. Periksa kabel USB/serial, jaringan, dan pengaturan "
        "port.",
        "The printer port cannot be opened. Check the USB/serial cable, network and port "
        "settings.",
    ),
    Reason.WRITE_TIMEOUT: (
        "Printer berhenti menerima data di tengah pencetakan. Periksa kertas dan printer, lalu "
        "cetak ulang tiket.",
        "The printer stopped accepting data mid-job. Check paper and printer, then reprint.",
    ),
    Reason.CONNECTION_LOST: (
        "Sambungan ke printer terputus di tengah pencetakan. Periksa kabel, lalu cetak ulang.",
        "The connection to the printer broke mid-job. Check the cable, then reprint.",
    ),
    Reason.RENDER_FAILED: (
        "Tiket tidak dapat diubah menjadi perintah printer. Laporkan ke pengelola sistem.",
        "The ticket could not be turned into printer commands. Report this to the "
        "system administrator.",
    ),
}

_APPLICANT_BEFORE: dict[Reason, tuple[str, str]] = {
    Reason.PRINTED: _TAKE_TICKET,
    Reason.PRINTED_PAPER_NEAR_END: _TAKE_TICKET,
    Reason.SENT_UNCONFIRMED: (
        "Tiket Anda sedang dicetak. Silakan ambil tiket Anda. Bila tiket tidak keluar, mohon "
        "hubungi petugas.",
        "Your ticket is being printed. Please take your ticket. If no ticket comes out, "
        "please ask an officer.",
    ),
    Reason.PAPER_OUT: (
        "Mohon maaf, kertas tiket sedang habis sehingga tiket tidak dapat dicetak. Silakan "
        "hubungi petugas.",
        "Sorry, the ticket paper has run out, so your ticket could not be printed. Please ask "
        "an officer for help.",
    ),
    Reason.COVER_OPEN: _NOT_READY,
    Reason.OFFLINE: _NOT_READY,
    Reason.PRINTER_ERROR: _FAULT,
    Reason.NO_ANSWER: _FAULT,
    Reason.GARBLED: _FAULT,
    Reason.OPEN_FAILED: _FAULT,
    Reason.WRITE_TIMEOUT: _INCOMPLETE,
    Reason.CONNECTION_LOST: _INCOMPLETE,
    Reason.RENDER_FAILED: _FAULT,
}


def wording(reason: Reason, *, bytes_sent: int) -> Wording:
    """The texts for ``reason``. Once bytes have gone out a failure may have left half a ticket,
    which the applicant is told instead of "could not be printed"."""
    applicant = _APPLICANT_BEFORE[reason]
    failed = reason not in (Reason.PRINTED, Reason.PRINTED_PAPER_NEAR_END,
                            Reason.SENT_UNCONFIRMED)
    if failed and bytes_sent > 0:
        applicant = _INCOMPLETE
    staff = _STAFF[reason]
    return Wording(applicant[0], applicant[1], staff[0], staff[1])
