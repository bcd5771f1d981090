"""Indonesian number words and letter names, as a caller reads them aloud.

Words are returned as lists because each word is also the key of a recorded sound segment:
"dua puluh tiga" is three recordings ("dua", "puluh", "tiga"), so a bank of a few dozen words
covers every number up to 9999.
"""

from __future__ import annotations

UNITS: tuple[str, ...] = (
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
)

# Indonesian fuses "satu" with the multiplier into a "se-" word (sepuluh, sebelas, seratus,
# seribu); every other digit stays a separate word before the multiplier.
SEPULUH = "sepuluh"
SEBELAS = "sebelas"
SERATUS = "seratus"
SERIBU = "seribu"
BELAS = "belas"
PULUH = "puluh"
RATUS = "ratus"
RIBU = "ribu"

NUMBER_WORDS: tuple[str, ...] = (
    *UNITS,
    SEPULUH,
    SEBELAS,
    BELAS,
    PULUH,
    SERATUS,
    RATUS,
    SERIBU,
    RIBU,
)

MAX_NUMBER = 9999

LETTER_NAMES: dict[str, str] = {
    "A": "a",
    "B": "be",
    "C": "ce",
    "D": "de",
    "E": "e",
    "F": "ef",
    "G": "ge",
    "H": "ha",
    "I": "i",
    "J": "je",
    "K": "ka",
    "L": "el",
    "M": "em",
    "N": "en",
    "O": "o",
    "P": "pe",
    "Q": "ki",
    "R": "er",
    "S": "es",
    "T": "te",
    "U": "u",
    "V": "ve",
    "W": "we",
    "X": "eks",
    "Y": "ye",
    "Z": "zet",
}


def number_words(n: int) -> list[str]:
    """Words for ``n`` (0..9999): 123 -> ["seratus", "dua", "puluh", "tiga"]."""
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"number_words expects an int, got {type(n).__name__}")
    if not 0 <= n <= MAX_NUMBER:
        raise ValueError(f"number_words covers 0..{MAX_NUMBER}, got {n}")
    if n == 0:
        return [UNITS[0]]
    return _below_10000(n)


def say_number(n: int) -> str:
    """``number_words`` joined with spaces: 2025 -> "dua ribu dua puluh lima"."""
    return " ".join(number_words(n))


def _below_10000(n: int) -> list[str]:
    thousands, rest = divmod(n, 1000)
    words = _scaled(thousands, SERIBU, RIBU)
    hundreds, rest = divmod(rest, 100)
    words += _scaled(hundreds, SERATUS, RATUS)
    return words + _below_100(rest)


def _scaled(count: int, se_word: str, multiplier: str) -> list[str]:
    if count == 0:
        return []
    if count == 1:
        return [se_word]
    return [UNITS[count], multiplier]


def _below_100(n: int) -> list[str]:
    if n == 0:
        return []
    if n < 10:
        return [UNITS[n]]
    if n == 10:
        return [SEPULUH]
    if n == 11:
        return [SEBELAS]
    if n < 20:
        return [UNITS[n - 10], BELAS]
    tens, units = divmod(n, 10)
    return [UNITS[tens], PULUH] + ([UNITS[units]] if units else [])


def letter_name(letter: str) -> str:
    """How Indonesian reads a Latin letter aloud: "K" -> "ka", "q" -> "ki"."""
    name = LETTER_NAMES.get(letter.upper()) if len(letter) == 1 else None
    if name is None:
        raise ValueError(f"not a Latin letter A-Z: {letter!r}")
    return name
