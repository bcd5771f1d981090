"""Spoken guidance through a real speech engine: Qt's "mock" text-to-speech engine goes through
the real QTextToSpeech states and reports each word it says, without a sound card (as the
display's voice tests use it). It has no Indonesian voice, so the two languages are given two of
its locales and the test checks each utterance went out in its language's locale.

One full walk with the keypad, in each language: what is said, in which order, ending with the
ticket number and where it is served; then repeat, stop, volume, the idle warning, and guidance
going off for the next applicant.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from tests.ui.kiosk.driver import KioskDriver, KioskFactory
from tests.ui.qtsupport import save_screenshot
from ui.common.guidevoice import QtVoice

QTextToSpeech = pytest.importorskip("PySide6.QtTextToSpeech").QTextToSpeech
K = Qt.Key


@dataclass
class Engine:
    """The mock engine and what it reported saying: one list of words per utterance."""

    tts: object
    locales: dict[str, QLocale]
    said: list[list[str]] = field(default_factory=list)
    locale_of: list[str] = field(default_factory=list)

    def voice(self) -> QtVoice:
        return QtVoice(self.tts, self.locales)

    def attach(self) -> None:
        tts: QTextToSpeech = self.tts  # type: ignore[assignment]

        def started(_id: int) -> None:
            self.said.append([])
            self.locale_of.append(tts.locale().name())

        tts.aboutToSynthesize.connect(started)
        tts.sayingWord.connect(lambda word, _id, _start, _length: self.said[-1].append(word))

    def idle(self) -> bool:
        tts: QTextToSpeech = self.tts  # type: ignore[assignment]
        return tts.state() == QTextToSpeech.State.Ready


@pytest.fixture
def engine() -> Iterator[Engine]:
    if "mock" not in QTextToSpeech.availableEngines():
        pytest.skip("this Qt build ships no mock speech engine")
    tts = QTextToSpeech("mock")
    tts.setRate(1.0)  # the mock says a word per 50 ms instead of 100: same words, half the wait
    names = {locale.name(): locale for locale in tts.availableLocales()}
    found = Engine(tts, {"id": names["nb_NO"], "en": names["en_GB"]})
    found.attach()
    yield found
    tts.stop()
    tts.deleteLater()


def heard(k: KioskDriver, engine: Engine, *digits: str, keyboard: Qt.Key | None = None) -> str:
    """Press keypad keys, wait until everything is said, and return the last utterance."""
    before = len(engine.said)
    for digit in digits:
        k.press(getattr(K, f"Key_{digit}") if digit.isdigit() else {"*": K.Key_Asterisk, ".": K.Key_Period,
                "/": K.Key_Slash, "+": K.Key_Plus, "-": K.Key_Minus}[digit], keypad=True)
    if keyboard is not None:
        k.press(keyboard)
    k.wait_until(lambda: len(engine.said) > before and engine.idle() and not k.guide._flush.isActive(),
                 timeout=60, what="the guidance to finish speaking")
    return " ".join(engine.said[-1])


def words(text: str) -> str:
    """The engine reports words without punctuation."""
    return " ".join(re.sub(r"[^\w\s'-]", " ", text).split())


def test_guidance_reads_a_whole_visit_in_indonesian(kiosk: KioskFactory, engine: Engine, tmp_path: Path) -> None:
    k = kiosk(voice=engine.voice)
    order = []
    order.append(heard(k, engine, "*"))
    assert k.text("header.guide") == "Suara aktif"
    save_screenshot(k.window, "keys-guidance-on.png", tmp_path)
    assert order[-1].startswith("Panduan suara aktif Tekan 2 atau 8 untuk berpindah pilihan")
    assert order[-1].endswith("Selamat datang Mal Pelayanan Publik Bale Madukara Layanan buka Nomor antrean diberikan "
                              "sampai pukul 14 30 Ambil nomor antrean Pilih layanan periksa kelengkapan berkas lalu "
                              "cetak nomor antrean")
    order.append(heard(k, engine, "5"))
    assert order[-1] == words("Pilih layanan yang Anda perlukan. Sentuh nama layanan, atau ketik sebagian nama atau "
                              "kode KBLI. Sertifikat Standar (Risiko Menengah Tinggi) KBLI 26791 Industri Kamera "
                              "Cinematografi Proyektor dan Perlengkapannya. KBLI 26791, Industri Pengolahan")
    order.append(heard(k, engine, "5"))
    assert order[-1].startswith(words("Sertifikat Standar (Risiko Menengah Tinggi) KBLI 26791"))
    assert words("Waktu penyelesaian: 7 hari kerja. Biaya: Gratis. Tekan 8 untuk membaca standar pelayanan lengkap. "
                 "Lanjut") in order[-1]
    order.append(heard(k, engine, "5"))
    assert order[-1].startswith("Periksa kelengkapan berkas Anda Untuk setiap persyaratan pilih jawaban Anda")
    assert order[-1].endswith("Skala usaha kecil atau menengah Ya belum dipilih")
    order.append(heard(k, engine, "5"))
    assert order[-1] == "Skala usaha kecil atau menengah Ya dipilih"
    order.append(heard(k, engine, "2", "6"))
    assert order[-1] == "Memiliki akun Sistem Informasi Industri Nasional Belum belum dipilih"
    # The rest at once: Tab would do; with the keypad it is down the list to the bar.
    for _ in range(11):
        k.press(K.Key_2, keypad=True)
    order.append(heard(k, engine, "2", "6"))
    assert order[-1] == "Sisanya sudah ada"
    order.append(heard(k, engine, "5"))
    assert order[-1] == words("Apakah Anda termasuk pengunjung prioritas? Pengunjung prioritas dilayani lebih dahulu. "
                              "Anda tidak perlu menunjukkan bukti di kios ini. Tidak, saya pengunjung umum")
    order.append(heard(k, engine, "5"))
    assert k.screen == "ticket"
    ticket = order[-1]
    assert ticket.startswith("Nomor antrean Anda A satu Sertifikat Standar")
    assert "dilayani di" in ticket and "Loket" in ticket  # where it will be served
    assert ticket.endswith("Silakan ambil tiket Anda di bawah layar Selesai")
    assert set(engine.locale_of) == {"nb_NO"}  # every word in the Indonesian voice

    # Done: the next applicant starts without guidance.
    k.press(K.Key_5, keypad=True)
    assert k.screen == "welcome" and not k.guide.property("on")


def test_guidance_reads_a_whole_visit_in_english(kiosk: KioskFactory, engine: Engine) -> None:
    k = kiosk(voice=engine.voice)
    heard(k, engine, "*")
    # Up from the first choice reaches the header: the language switch, named in English.
    switched = heard(k, engine, "8")
    assert switched == "English"
    order = [heard(k, engine, "5")]
    # The same screen again, now in English; the keys are still on the switch (named in Indonesian).
    assert order[-1] == words("Welcome. Mal Pelayanan Publik Bale Madukara. Open. Queue tickets are issued until "
                              "14.30. Bahasa Indonesia")
    order.append(heard(k, engine, "2"))
    assert order[-1] == words("Take a queue number. Choose a service, check your documents, then print your queue "
                              "number.")
    order.append(heard(k, engine, "5"))
    assert order[-1].startswith("Choose the service you need")
    order.append(heard(k, engine, "5"))
    assert "Completion time 7 working days Fee Free of charge Press 8 to read the full service standard" in order[-1]
    assert order[-1].endswith("Continue")
    order.append(heard(k, engine, "5"))
    assert order[-1].startswith("Check that your documents are complete Choose your answer for each requirement")
    # The requirement is the catalog's own (Indonesian) text; the answer and its state are English.
    assert order[-1].endswith("Skala usaha kecil atau menengah Yes not selected")
    order.append(heard(k, engine, "5"))
    assert order[-1].endswith("Yes selected")
    for _ in range(13):  # past the 13 requirements to the bar
        k.press(K.Key_2, keypad=True)
    order.append(heard(k, engine, "6"))
    assert order[-1] == "I have all the others"
    order.append(heard(k, engine, "5"))
    assert order[-1].startswith("Are you a priority visitor")
    order.append(heard(k, engine, "5"))
    ticket = order[-1]
    assert ticket.startswith("Your queue number A 1 ")
    assert "served at" in ticket and ticket.endswith("Please take your ticket from below the screen Done")
    english = [locale for text, locale in zip(engine.said[2:], engine.locale_of[2:], strict=True) if text]
    assert set(english) == {"en_GB"}


def test_repeat_stop_louder_and_the_idle_warning_are_spoken(kiosk: KioskFactory, engine: Engine) -> None:
    k = kiosk(voice=engine.voice, fake_idle_clock=True)
    heard(k, engine, "*")
    services = heard(k, engine, "5")
    assert heard(k, engine, ".") == services  # repeat: the screen and where the keys are
    tts: QTextToSpeech = engine.tts  # type: ignore[assignment]
    before = tts.volume()
    assert heard(k, engine, "+") == "Suara lebih keras"
    assert tts.volume() > before
    assert heard(k, engine, "-", "-") == "Suara lebih pelan"
    assert tts.volume() < before
    # Stop cuts the current utterance short.
    k.press(K.Key_Period, keypad=True)
    k.wait_until(lambda: tts.state() == QTextToSpeech.State.Speaking, what="speaking")
    k.press(K.Key_Slash, keypad=True)
    k.wait_until(engine.idle, what="silence")
    assert len(engine.said[-1]) < len(services.split())
    # The idle warning, spoken too.
    assert k.monotonic is not None
    k.monotonic.advance(50)
    warning = heard(k, engine)
    assert warning.startswith("Apakah Anda masih di sini Layar akan kembali ke awal dalam")
    assert warning.endswith("detik Tekan 5 atau sentuh layar untuk melanjutkan Lanjutkan")  # and its button
    # Switched off: said once, then silence.
    assert heard(k, engine, "*") == "Panduan suara dimatikan"
    count = len(engine.said)
    k.press(K.Key_Down)
    k.settle()
    assert len(engine.said) == count
