"""The call as segment keys and as text: exact wording, code reading, recall."""

from __future__ import annotations

import pytest

from kiosk.announce import VOICE_KEYS, call_phrase, code_words, read_code, read_counter


def test_call_for_a123_at_counter_3_reads_exactly() -> None:
    phrase = call_phrase("A-123", 3)
    assert phrase.text == "Nomor antrian A seratus dua puluh tiga, silakan menuju loket tiga"
    assert phrase.keys == (
        "nomor_antrian",
        "a",
        "seratus",
        "dua",
        "puluh",
        "tiga",
        "silakan_menuju_loket",
        "tiga",
    )


def test_pauses_fall_where_the_text_has_its_breaks() -> None:
    phrase = call_phrase("A-123", 3)
    assert phrase.groups == (
        ("nomor_antrian",),
        ("a", "seratus", "dua", "puluh", "tiga"),
        ("silakan_menuju_loket", "tiga"),
    )


def test_digit_before_letter_is_read_in_order() -> None:
    assert code_words("4K-10") == ["empat", "ka", "sepuluh"]
    phrase = call_phrase("4K-10", 2)
    assert phrase.keys[1:4] == ("empat", "ka", "sepuluh")
    assert phrase.text == "Nomor antrian empat K sepuluh, silakan menuju loket dua"


def test_recall_says_the_same_call_after_panggilan_ulang() -> None:
    first = call_phrase("A-123", 3)
    again = call_phrase("A-123", 3, recall=True)
    assert again.recall and not first.recall
    assert again.keys == ("panggilan_ulang", *first.keys)
    assert again.text == (
        "Panggilan ulang, nomor antrian A seratus dua puluh tiga, silakan menuju loket tiga"
    )


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("A-007", ["a", "tujuh"]),
        ("B-010", ["be", "sepuluh"]),
        ("C-000", ["ce", "nol"]),
        ("AB-12", ["a", "be", "dua", "belas"]),
        ("ab-12", ["a", "be", "dua", "belas"]),
        ("4K10", ["empat", "ka", "sepuluh"]),
        ("K 4 10", ["ka", "empat", "sepuluh"]),
        ("PK/2025", ["pe", "ka", "dua", "ribu", "dua", "puluh", "lima"]),
        ("X-99", ["eks", "sembilan", "puluh", "sembilan"]),
        ("Ａ－１２", ["a", "dua", "belas"]),
        ("É-5", ["e", "lima"]),
        ("Z-12345", ["zet", "satu", "dua", "tiga", "empat", "lima"]),
        ("7", ["tujuh"]),
    ],
)
def test_codes_with_any_mix_of_letters_and_digits(code: str, words: list[str]) -> None:
    assert code_words(code) == words


def test_caption_shows_letters_as_printed_and_numbers_in_words() -> None:
    assert read_code("AB-12").caption == "A B dua belas"


@pytest.mark.parametrize("bad", ["", "---", "  ", "Ж-1", "A-١٢"])
def test_unreadable_codes_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        read_code(bad)


def test_counter_numbers_and_labels() -> None:
    assert read_counter(12).keys == ("dua", "belas")
    assert read_counter("3A").keys == ("tiga", "a")
    assert call_phrase("A-1", "3A").text.endswith("silakan menuju loket tiga A")
    for bad in (0, -1, 10000):
        with pytest.raises(ValueError):
            read_counter(bad)


def test_every_ticket_code_and_counter_uses_only_known_segments() -> None:
    used: set[str] = set()
    for letter in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        for number in range(1, 1000):
            used.update(read_code(f"{letter}-{number:03d}").keys)
    for counter in range(1, 100):
        used.update(read_counter(counter).keys)
    used.update(call_phrase("A-001", 1, recall=True).keys)
    assert used - VOICE_KEYS == set()
    # The sweep touches all 26 letter names and every word from nol..sembilan ratus.
    assert {"a", "zet", "sembilan", "sebelas", "seratus", "ratus", "panggilan_ulang"} <= used
