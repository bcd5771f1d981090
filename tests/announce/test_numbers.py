"""Indonesian number words and letter names, checked against the rules of the language."""

from __future__ import annotations

import re

import pytest

from kiosk.announce import LETTER_NAMES, letter_name, number_words, say_number
from kiosk.announce.numbers import NUMBER_WORDS

DIGITS = ["nol", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"]


def reference_reading(n: int) -> str:
    """A second derivation, by place value and two spelling rules, independent of the code.

    Read each non-zero place as "<digit> <place>", then apply the rules of Indonesian:
    (1) "satu puluh <u>" for 11..19 becomes "<u> belas";
    (2) "satu" fuses with a following multiplier into "se-" (sepuluh, sebelas, seratus, seribu).
    """
    if n == 0:
        return "nol"
    text = " ".join(
        f"{DIGITS[int(d)]} {place}".strip()
        for d, place in zip(f"{n:04d}", ("ribu", "ratus", "puluh", ""), strict=True)
        if d != "0"
    )
    text = re.sub(r"satu puluh (\w+)$", r"\1 belas", text)
    return re.sub(r"\bsatu (puluh|belas|ratus|ribu)\b", r"se\1", text)


SPOT_CHECKS = {
    1: "satu",
    10: "sepuluh",
    11: "sebelas",
    12: "dua belas",
    19: "sembilan belas",
    20: "dua puluh",
    21: "dua puluh satu",
    99: "sembilan puluh sembilan",
    100: "seratus",
    101: "seratus satu",
    110: "seratus sepuluh",
    111: "seratus sebelas",
    119: "seratus sembilan belas",
    123: "seratus dua puluh tiga",
    200: "dua ratus",
    999: "sembilan ratus sembilan puluh sembilan",
    1000: "seribu",
    1001: "seribu satu",
    1100: "seribu seratus",
    2025: "dua ribu dua puluh lima",
    9999: "sembilan ribu sembilan ratus sembilan puluh sembilan",
}


@pytest.mark.parametrize(("n", "expected"), sorted(SPOT_CHECKS.items()))
def test_hand_written_readings(n: int, expected: str) -> None:
    assert say_number(n) == expected


def test_every_number_up_to_9999_follows_the_rules() -> None:
    wrong = {n: say_number(n) for n in range(10000) if say_number(n) != reference_reading(n)}
    assert wrong == {}


def test_reference_derivation_agrees_with_the_hand_written_table() -> None:
    # Guards the second derivation itself, so the sweep above compares against something right.
    assert {n: reference_reading(n) for n in SPOT_CHECKS} == SPOT_CHECKS


def test_no_forbidden_forms() -> None:
    def broken(n: int) -> bool:
        text = say_number(n)
        return bool(
            re.search(r"\bsatu (puluh|belas|ratus|ribu)\b", text)
            or "nol" in text.split()
            or ("sepuluh" in text and n % 100 != 10)
        )

    assert [n for n in range(1, 10000) if broken(n)] == []


def test_words_are_separate_bank_keys() -> None:
    assert number_words(123) == ["seratus", "dua", "puluh", "tiga"]
    assert number_words(12) == ["dua", "belas"]
    assert number_words(0) == ["nol"]
    every_word = {word for n in range(10000) for word in number_words(n)}
    assert every_word == set(NUMBER_WORDS)


@pytest.mark.parametrize("bad", [-1, 10000, 123456])
def test_out_of_range_is_refused(bad: int) -> None:
    with pytest.raises(ValueError, match=r"0\.\.9999"):
        number_words(bad)


@pytest.mark.parametrize("bad", [True, 1.0, "12"])
def test_non_integers_are_refused(bad: object) -> None:
    with pytest.raises(TypeError):
        number_words(bad)  # type: ignore[arg-type]


def test_letter_names_as_indonesian_reads_them() -> None:
    expected = [
        *("a", "be", "ce", "de", "e", "ef", "ge", "ha", "i", "je", "ka", "el", "em"),
        *("en", "o", "pe", "ki", "er", "es", "te", "u", "ve", "we", "eks", "ye", "zet"),
    ]
    assert [letter_name(chr(ord("A") + i)) for i in range(26)] == expected
    assert len(LETTER_NAMES) == 26


def test_lowercase_letters_read_the_same() -> None:
    assert letter_name("k") == "ka"
    assert letter_name("q") == "ki"


@pytest.mark.parametrize("bad", ["", "AB", "1", "-", "Ж"])
def test_non_letters_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        letter_name(bad)
