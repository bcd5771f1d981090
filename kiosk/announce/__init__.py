"""What a queue call says: Indonesian number words, letter names and call phrases.

Pure text and segment keys; playing them is devices.sound's job.
"""

from kiosk.announce.numbers import LETTER_NAMES, letter_name, number_words, say_number
from kiosk.announce.phrases import (
    CallPhrase,
    CodeReading,
    call_phrase,
    code_words,
    read_code,
    read_counter,
)
from kiosk.announce.vocabulary import CHIME, REQUIRED_KEYS, VOICE_KEYS, segment_text

__all__ = [
    "CHIME",
    "LETTER_NAMES",
    "REQUIRED_KEYS",
    "VOICE_KEYS",
    "CallPhrase",
    "CodeReading",
    "call_phrase",
    "code_words",
    "letter_name",
    "number_words",
    "read_code",
    "read_counter",
    "say_number",
    "segment_text",
]
