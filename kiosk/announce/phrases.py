"""The spoken call "Nomor antrian A seratus dua puluh tiga, silakan menuju loket tiga".

A call is built twice from the same reading: as sound-segment keys grouped where a speaker pauses
(for the recorded bank) and as one line of text (for captions and for a system text-to-speech voice
on the display).

Reading rules, chosen so a hall hears what the ticket shows:
- A ticket code is read as runs of letters and digits; any other character ("-", " ", "/", ".")
  only separates runs. Letters are spelled one by one with their Indonesian names ("4K-10" ->
  "empat ka sepuluh", "AB-7" -> "a be tujuh").
- A run of up to four digits is read as a number, so zero padding is silent ("A-007" -> "a tujuh"):
  the padding is a printing convention, and "nol nol tujuh" makes a long call longer. A run of five
  or more digits is not a queue number a person would say as one value, so it is read digit by digit.
- A recall says the same words after "Panggilan ulang," so people who heard the first call
  recognise the number, and those who missed it know it was called before.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from kiosk.announce.numbers import MAX_NUMBER, UNITS, letter_name, number_words
from kiosk.announce.vocabulary import (
    NOMOR_ANTRIAN,
    PANGGILAN_ULANG,
    PHRASE_TEXT,
    SILAKAN_MENUJU_LOKET,
)

_MAX_DIGITS_AS_NUMBER = len(str(MAX_NUMBER))
_RUN = re.compile(r"[A-Z]+|[0-9]+")


@dataclass(frozen=True)
class CodeReading:
    """How one code (or counter label) is said: segment keys, and the caption shown for it."""

    keys: tuple[str, ...]
    caption: str


@dataclass(frozen=True)
class CallPhrase:
    """One call: segment keys grouped by pauses, and the same words as a single line of text."""

    code: str
    counter: str
    recall: bool
    groups: tuple[tuple[str, ...], ...]
    text: str

    @property
    def keys(self) -> tuple[str, ...]:
        """All segment keys in speaking order."""
        return tuple(key for group in self.groups for key in group)


def read_code(code: str) -> CodeReading:
    """Read a ticket code such as "A-123" or "4K-10" (see the module docstring for the rules)."""
    keys: list[str] = []
    captions: list[str] = []
    for kind, run in _runs(code):
        if kind == "letters":
            for letter in run:
                keys.append(letter_name(letter))
                captions.append(letter)
        else:
            words = _digit_run_words(run)
            keys.extend(words)
            captions.extend(words)
    if not keys:
        raise ValueError(f"nothing to read in code {code!r}")
    return CodeReading(keys=tuple(keys), caption=" ".join(captions))


def code_words(code: str) -> list[str]:
    """The words said for a code: "4K-10" -> ["empat", "ka", "sepuluh"]."""
    return list(read_code(code).keys)


def read_counter(counter: int | str) -> CodeReading:
    """Read a counter number (3 -> "tiga") or label ("3A" -> "tiga a")."""
    if isinstance(counter, bool):
        raise TypeError("counter must be an int or a label, not a bool")
    if isinstance(counter, int):
        if not 1 <= counter <= MAX_NUMBER:
            raise ValueError(f"counter number must be 1..{MAX_NUMBER}, got {counter}")
        words = tuple(number_words(counter))
        return CodeReading(keys=words, caption=" ".join(words))
    return read_code(counter)


def call_phrase(code: str, counter: int | str, *, recall: bool = False) -> CallPhrase:
    """The announcement for calling ticket ``code`` to ``counter``.

    >>> call_phrase("A-123", 3).text
    'Nomor antrian A seratus dua puluh tiga, silakan menuju loket tiga'
    """
    ticket = read_code(code)
    desk = read_counter(counter)
    groups: list[tuple[str, ...]] = []
    lead = _capitalised(PHRASE_TEXT[NOMOR_ANTRIAN])
    if recall:
        groups.append((PANGGILAN_ULANG,))
        lead = f"{_capitalised(PHRASE_TEXT[PANGGILAN_ULANG])}, {PHRASE_TEXT[NOMOR_ANTRIAN]}"
    groups.append((NOMOR_ANTRIAN,))
    groups.append(ticket.keys)
    groups.append((SILAKAN_MENUJU_LOKET, *desk.keys))
    text = f"{lead} {ticket.caption}, {PHRASE_TEXT[SILAKAN_MENUJU_LOKET]} {desk.caption}"
    return CallPhrase(
        code=code,
        counter=str(counter),
        recall=recall,
        groups=tuple(groups),
        text=text,
    )


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _digit_run_words(run: str) -> list[str]:
    if len(run) <= _MAX_DIGITS_AS_NUMBER:
        return number_words(int(run))
    return [UNITS[int(digit)] for digit in run]


def _runs(code: str) -> list[tuple[str, str]]:
    """Split into ("letters", "AB") / ("digits", "123") runs; other characters only separate."""
    # NFKD turns full-width digits and accented capitals typed on some keyboards into ASCII.
    folded = "".join(
        ch for ch in unicodedata.normalize("NFKD", code) if not unicodedata.combining(ch)
    ).upper()
    for ch in folded:
        if ch.isalnum() and not ("A" <= ch <= "Z" or "0" <= ch <= "9"):
            raise ValueError(f"cannot read character {ch!r} in code {code!r}")
    return [
        ("digits" if run[0].isdigit() else "letters", run)
        for run in _RUN.findall(folded)
    ]
