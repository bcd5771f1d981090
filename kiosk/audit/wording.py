"""Audit entries in words a supervisor reads: what was done, and to what, in both languages.

The stored action names (``staff.unlock``) stay stable for programs; these are only for people.
An action or subject kind not listed here is shown as stored, never hidden."""

from __future__ import annotations

ACTION_WORDS: dict[str, tuple[str, str]] = {
    "staff.first_administrator": ("membuat administrator pertama", "created the first administrator"),
    "staff.add": ("menambah petugas", "added an officer"),
    "staff.change": ("mengubah data petugas", "changed an officer"),
    "staff.set_pin": ("mengganti PIN", "changed a PIN"),
    "staff.unlock": ("membuka kunci akun", "unlocked an account"),
    "staff.locked": ("akun terkunci (PIN salah)", "account locked (wrong PINs)"),
    "staff.sign_in": ("masuk", "signed in"),
    "staff.sign_in_failed": ("gagal masuk", "failed sign-in"),
    "staff.sign_out": ("keluar", "signed out"),
    "staff.resume": ("membuka kembali meja", "resumed the desk"),
    "queue.call_next": ("memanggil nomor berikutnya", "called the next number"),
    "queue.call": ("memanggil", "called"),
    "queue.recall": ("memanggil ulang", "recalled"),
    "queue.serve": ("mulai melayani", "started serving"),
    "queue.complete": ("menyelesaikan layanan", "completed the service"),
    "queue.skip": ("menandai tidak hadir", "marked a no-show"),
    "queue.hold": ("menunda", "put on hold"),
    "queue.resume": ("melanjutkan", "resumed"),
    "queue.cancel": ("membatalkan", "cancelled"),
    "queue.admit": ("memasukkan ke antrean", "admitted to the line"),
    "queue.transfer": ("memindahkan", "transferred"),
    "queue.reprint": ("mencetak ulang tiket", "reprinted a ticket"),
    "queue.scan_refused": ("kode QR ditolak", "QR code refused"),
    "files.accept": ("menerima berkas", "accepted a file"),
    "files.status": ("mengubah status berkas", "changed a file's status"),
    "complaint.record": ("mencatat pengaduan", "recorded a complaint"),
    "complaint.status": ("mengubah status pengaduan", "changed a complaint's status"),
    "layout.add_queue": ("menambah antrean", "added a queue"),
    "layout.change_queue": ("mengubah antrean", "changed a queue"),
    "layout.add_counter": ("menambah loket", "added a counter"),
    "layout.change_counter": ("mengubah loket", "changed a counter"),
    "layout.import": ("mengimpor tata loket", "imported a layout"),
    "calendar.close_day": ("menutup kantor pada tanggal", "closed the office on a day"),
    "calendar.reopen_day": ("membuka kembali tanggal", "reopened a day"),
    "calendar.set_hours": ("mengubah jam layanan kantor", "changed the office hours"),
    "catalog.edit": ("mengubah layanan (versi baru)", "edited a service (new version)"),
    "report.export": ("menyimpan laporan", "saved a report"),
    "terminal.test_print": ("meminta cetak uji", "asked for a test print"),
    "catalog.import": ("mengimpor katalog layanan", "imported the service catalog"),
    "catalog.activate": ("mengaktifkan layanan", "switched a service on"),
    "catalog.deactivate": ("menonaktifkan layanan", "switched a service off"),
}

_SUBJECT_WORDS: dict[str, tuple[str, str]] = {
    "officer": ("petugas", "officer"),
    "ticket": ("tiket", "ticket"),
    "counter": ("loket", "counter"),
    "queue": ("antrean", "queue"),
    "file": ("berkas", "file"),
    "complaint": ("pengaduan", "complaint"),
    "day": ("tanggal", "day"),
    "report": ("laporan", "report"),
    "terminal": ("terminal", "terminal"),
    "service": ("layanan", "service"),
}


def action_words(action: str) -> tuple[str, str]:
    return ACTION_WORDS.get(action, (action, action))


def subject_words(subject: str | None) -> tuple[str, str]:
    if not subject:
        return ("", "")
    kind, _, rest = subject.partition(":")
    words = _SUBJECT_WORDS.get(kind)
    if words is None or not rest:
        return (subject, subject)
    shown = rest.replace(":", " ")
    return (f"{words[0]} {shown}", f"{words[1]} {shown}")
