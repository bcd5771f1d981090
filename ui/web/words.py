"""The page's words, Indonesian first and English second, like every screen of the hall."""

from __future__ import annotations

WORDS: dict[str, tuple[str, str]] = {
    "title": ("Antrean MPP", "MPP queue"),
    "switch": ("English", "Bahasa Indonesia"),
    "your_number": ("Nomor antrean Anda", "Your queue number"),
    "ahead_none": ("Tidak ada antrean di depan Anda. Bersiaplah, Anda segera dipanggil.",
                   "Nobody is ahead of you. Get ready, you will be called soon."),
    "ahead_one": ("1 orang di depan Anda", "1 person ahead of you"),
    "ahead_many": ("{n} orang di depan Anda", "{n} people ahead of you"),
    "wait": ("Perkiraan waktu tunggu: {a}–{b} menit", "Estimated wait: {a}–{b} minutes"),
    "waiting": ("Menunggu panggilan", "Waiting to be called"),
    "go_to": ("Silakan menuju {counter}", "Please go to {counter}"),
    "recalled": ("Panggilan ulang ({n}×): silakan segera menuju {counter}",
                 "Called again ({n}×): please go to {counter} now"),
    "serving": ("Sedang dilayani di {counter}", "Being served at {counter}"),
    "held": ("Ditunda sebentar oleh petugas: Anda akan dipanggil lagi.",
             "Put on hold by the officer: you will be called again."),
    "done": ("Selesai dilayani. Terima kasih.", "Service completed. Thank you."),
    "no_show": ("Tidak hadir saat dipanggil. Silakan ke meja informasi bila Anda masih di sini.",
                "Not present when called. Please go to the information desk if you are still here."),
    "cancelled": ("Tiket ini dibatalkan.", "This ticket was cancelled."),
    "expired": ("Tiket ini sudah tidak berlaku (hari layanan telah lewat).",
                "This ticket is no longer valid (its service day has passed)."),
    "live": ("Halaman ini diperbarui otomatis.", "This page updates by itself."),
    "offline": ("Koneksi terputus, mencoba lagi…", "Connection lost, trying again…"),
    "survey_link": ("Isi survei kepuasan (2 menit)", "Take the satisfaction survey (2 minutes)"),
    "survey_title": ("Survei Kepuasan Masyarakat", "Public Satisfaction Survey"),
    "survey_intro": ("Penilaian Anda untuk pelayanan tiket {code}. Semua pertanyaan boleh dilewati, "
                     "kecuali harus ada setidaknya satu jawaban.",
                     "Your rating of the service for ticket {code}. Any question may be skipped, "
                     "but at least one must be answered."),
    "profile": ("Tentang Anda (tidak wajib)", "About you (optional)"),
    "suggestion": ("Saran dan masukan (tidak wajib)", "Suggestions (optional)"),
    "no_answer": ("Tidak menjawab", "No answer"),
    "send": ("Kirim penilaian", "Send rating"),
    "thanks": ("Terima kasih atas penilaian Anda.", "Thank you for your rating."),
    "services": ("Standar pelayanan", "Service standards"),
    "services_intro": ("Persyaratan, waktu, biaya dan prosedur setiap layanan.",
                       "Requirements, time, fee and procedure of every service."),
    "time": ("Waktu penyelesaian", "Completion time"),
    "fee": ("Biaya", "Fee"),
    "free": ("Gratis", "Free of charge"),
    "complaint": ("Pengaduan dan saran", "Complaints and suggestions"),
    "complaint_intro": ("Tuliskan pengaduan Anda. Dengan nama Anda, pengaduan ditanggapi dalam batas waktu; "
                        "tanpa nama, dicatat sebagai saran. Kontak diperlukan agar kami dapat mengabari Anda.",
                        "Write your complaint. With your name it is answered within a deadline; without a "
                        "name it is recorded as a suggestion. Leave a contact so we can tell you the outcome."),
    "matter": ("Pokok pengaduan", "What happened"),
    "name": ("Nama", "Name"),
    "contact": ("Nomor telepon atau surel (tidak wajib)", "Phone or email (optional)"),
    "service": ("Layanan (tidak wajib)", "Service (optional)"),
    "send_complaint": ("Kirim pengaduan", "Send complaint"),
    "received": ("Pengaduan Anda diterima.", "Your complaint was received."),
    "tracking": ("Nomor pengaduan", "Complaint number"),
    "due": ("Tanggapan paling lambat {date}.", "You will get an answer by {date}."),
    "suggestion_kind": ("Dicatat sebagai saran (tanpa nama, atau layanan sudah terlalu lama), tanpa tenggat "
                        "tanggapan.",
                        "Recorded as a suggestion (no name given, or the service was too long ago), with no "
                        "answer deadline."),
    "keep_number": ("Simpan nomor ini untuk menanyakan tindak lanjutnya.",
                    "Keep this number to ask about what was done."),
    "home": ("Beranda", "Home"),
    "back_ticket": ("Kembali ke tiket Anda", "Back to your ticket"),
    "back": ("Kembali", "Back"),
    "unknown_ticket": ("Tiket tidak dikenal", "Unknown ticket"),
    "unknown_ticket_text": ("Kode QR ini bukan tiket antrean dari aula ini, atau telah diubah. Silakan "
                            "tanyakan ke meja informasi.",
                            "This QR code is not a queue ticket of this hall, or it was altered. Please ask "
                            "at the information desk."),
    "not_found": ("Halaman tidak ditemukan", "Page not found"),
    "slow_down": ("Terlalu banyak permintaan", "Too many requests"),
    "slow_down_text": ("Mohon tunggu sebentar, lalu coba lagi.", "Please wait a moment and try again."),
    "bad_form": ("Formulir kedaluwarsa", "The form has expired"),
    "bad_form_text": ("Silakan buka kembali halaman ini dan kirim ulang.",
                      "Please open the page again and send it once more."),
    "error": ("Terjadi gangguan", "Something went wrong"),
    "error_text": ("Layanan sedang sibuk atau terganggu. Silakan coba lagi sebentar lagi; bila berlanjut, "
                   "tanyakan ke meja informasi.",
                   "The service is busy or disrupted. Please try again shortly; if it persists, ask at "
                   "the information desk."),
    "refused": ("Survei tidak dapat dikirim", "The survey cannot be sent"),
}


def word(key: str, language: str, **values: object) -> str:
    indonesian, english = WORDS[key]
    text = english if language == "en" else indonesian
    return text.format(**values) if values else text
