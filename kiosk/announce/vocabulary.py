"""Every sound segment an announcement can use, by key, with the words each one says.

The keys are the contract between the phrase builder (kiosk.announce.phrases), the recorded bank
(assets/sounds/manifest.json) and the tool that records it (tools/make_sound_bank.py). Number words
and letter names are their own keys ("dua", "ka"); fixed phrases use underscores.
"""

from __future__ import annotations

from kiosk.announce.numbers import LETTER_NAMES, NUMBER_WORDS

NOMOR_ANTRIAN = "nomor_antrian"
SILAKAN_MENUJU_LOKET = "silakan_menuju_loket"
PANGGILAN_ULANG = "panggilan_ulang"

# Not speech, but kept in the same bank so an office replaces it the same way as a word.
CHIME = "chime"

PHRASE_TEXT: dict[str, str] = {
    NOMOR_ANTRIAN: "nomor antrian",
    SILAKAN_MENUJU_LOKET: "silakan menuju loket",
    PANGGILAN_ULANG: "panggilan ulang",
}

SEGMENT_TEXT: dict[str, str] = {
    **PHRASE_TEXT,
    **{word: word for word in NUMBER_WORDS},
    **{name: name for name in LETTER_NAMES.values()},
}

CHIME_TEXT = "ding-dong (bunyi pembuka panggilan / opening chime)"

VOICE_KEYS: frozenset[str] = frozenset(SEGMENT_TEXT)
REQUIRED_KEYS: frozenset[str] = VOICE_KEYS | {CHIME}


def segment_text(key: str) -> str:
    """What the recording for ``key`` says (for captions, manifests and re-recording)."""
    if key == CHIME:
        return CHIME_TEXT
    try:
        return SEGMENT_TEXT[key]
    except KeyError:
        raise KeyError(f"unknown sound segment key: {key!r}") from None
