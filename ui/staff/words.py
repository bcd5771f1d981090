"""The desk's own sentences in Indonesian and English, chosen by the desk's current language.

Screens translate their fixed labels with qsTr; sentences built here carry values (codes,
dates, names). Refusals from the domain core bring both languages themselves.
"""

from __future__ import annotations

from datetime import date, timedelta

from kiosk.calendar.wording import date_en
from kiosk.receipts.indonesian_dates import format_date
from kiosk.staff.errors import SIGN_IN_REFUSED

RISK_WORDS = {
    "overdue": ("Terlambat", "Overdue"),
    "due_today": ("Jatuh tempo hari ini", "Due today"),
    "at_risk": ("Berisiko terlambat", "At risk"),
    "on_track": ("Sesuai jadwal", "On track"),
    "done": ("Selesai", "Done"),
}
KIND_WORDS = {"complaint": ("Pengaduan", "Complaint"), "suggestion": ("Saran", "Suggestion")}
REASON_WORDS = {
    "anonymous": ("tanpa identitas pengadu", "no complainant identity"),
    "late": ("lebih dari 30 hari setelah layanan", "more than 30 days after the service"),
}
SIGN_IN_WORDS = {
    "bad_credentials": SIGN_IN_REFUSED,
    "session_ended": (
        "Sesi Anda telah berakhir (loket diambil alih atau dikunci). Silakan masuk kembali.",
        "Your session has ended (the counter was taken over or locked). Please sign in again.",
    ),
}


class Words:
    def __init__(self, language: str = "id") -> None:
        self.language = language

    @property
    def english(self) -> bool:
        return self.language == "en"

    def pick(self, pair: tuple[str, str]) -> str:
        return pair[1] if self.english else pair[0]

    def say(self, indonesian: str, english: str) -> str:
        return english if self.english else indonesian

    def day(self, d: date) -> str:
        return date_en(d) if self.english else format_date(d)

    def minutes(self, span: timedelta) -> str:
        m = max(0, int(span.total_seconds() // 60))
        return self.say(f"{m} menit", f"{m} minute{'s' if m != 1 else ''}")

    def locked(self, until: str, tries: int | None = None) -> str:
        return self.say(
            f"Akun dikunci sampai pukul {until} karena PIN salah berulang kali. Minta supervisor membukanya.",
            f"The account is locked until {until} after repeated wrong PINs. Ask a supervisor to unlock it.",
        )

    def tries_left(self, n: int) -> str:
        return self.say(f"PIN salah. Sisa percobaan: {n}.", f"Wrong PIN. {n} tries left.")


ID, EN = Words("id"), Words("en")  # for sentences kept in both languages until they are shown
