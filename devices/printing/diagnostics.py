"""What ``mpp-kiosk printer status`` and ``mpp-kiosk printer test`` run, and how they word it.

Kept apart from the CLI so staff screens can show the same lines.
"""

from __future__ import annotations

from datetime import datetime

from devices.printing.printer import Printer, PrinterSettings, PrintResult
from devices.printing.status import PrinterState, StatusReport
from kiosk.receipts.layouts import test_page

_STATE_ID = {
    PrinterState.OK: "Siap mencetak",
    PrinterState.PAPER_NEAR_END: "Siap mencetak, kertas hampir habis",
    PrinterState.PAPER_OUT: "Kertas habis",
    PrinterState.COVER_OPEN: "Penutup printer terbuka",
    PrinterState.OFFLINE: "Offline / tidak terjangkau",
    PrinterState.ERROR: "Printer melaporkan kesalahan",
    PrinterState.NO_ANSWER: "Tidak menjawab",
    PrinterState.GARBLED: "Jawaban tidak terbaca",
    PrinterState.UNKNOWN: "Status tidak tersedia",
}
_STATE_EN = {
    PrinterState.OK: "Ready",
    PrinterState.PAPER_NEAR_END: "Ready, paper nearly out",
    PrinterState.PAPER_OUT: "Out of paper",
    PrinterState.COVER_OPEN: "Cover open",
    PrinterState.OFFLINE: "Offline / unreachable",
    PrinterState.ERROR: "Printer reports an error",
    PrinterState.NO_ANSWER: "No answer",
    PrinterState.GARBLED: "Unreadable answer",
    PrinterState.UNKNOWN: "Status not available",
}


def state_label(state: PrinterState) -> str:
    """``Kertas habis / Out of paper``."""
    return f"{_STATE_ID[state]} / {_STATE_EN[state]}"


def printer_status(settings: PrinterSettings) -> StatusReport:
    return Printer(settings).status()


def print_test_page(
    settings: PrinterSettings, office_name: str, now: datetime | None = None
) -> PrintResult:
    moment = now or datetime.now().astimezone()
    return Printer(settings).print_document(test_page(settings.profile, office_name, moment))


def describe_status(settings: PrinterSettings, report: StatusReport) -> list[str]:
    lines = [
        f"Printer: {settings.kind} {settings.where} (profil {settings.profile})",
        f"Status: {state_label(report.state)}",
    ]
    if report.detail:
        lines.append(f"Detail: {report.detail}")
    return lines


def describe_result(result: PrintResult) -> list[str]:
    lines = [
        f"Hasil / Result: {'berhasil / ok' if result.ok else 'gagal / failed'} "
        f"({result.reason_code})",
        result.staff_message_id,
        result.staff_message_en,
        f"Byte terkirim / bytes sent: {result.bytes_sent} dari/of {result.bytes_total}",
    ]
    if result.state is not None:
        lines.append(f"Status: {state_label(result.state)}")
    if result.preview_png is not None:
        lines.append(f"Pratinjau / preview: {result.preview_png}")
    if result.detail:
        lines.append(f"Detail: {result.detail}")
    return lines


def exit_code(result: PrintResult | StatusReport) -> int:
    """0 when the printer can print (or printed), 1 otherwise: for scripts and monitoring."""
    if isinstance(result, PrintResult):
        return 0 if result.ok else 1
    return 0 if result.can_print else 1
