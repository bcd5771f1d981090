"""The ``[display]`` table of the display terminal's configuration::

    [display]
    chime = true                 # the gong before each call
    voice = true                 # the spoken call
    voice_engine = "auto"        # "auto": a system voice that speaks Indonesian, else recordings;
                                 # "recordings": always the recorded segments; "system": only TTS
    sounds = ""                  # a folder with the office's own recordings (default: bundled)
    player = []                  # e.g. ["aplay", "-q", "{path}"]; empty: found automatically
    running_text = ["Selamat datang di Mal Pelayanan Publik"]
    recent_calls = 6             # calls kept in the "last calls" strip
    stale_call_seconds = 120     # calls older than this when they arrive are shown, not spoken
    queues = []                  # this display's zone, e.g. ["A", "B"]; empty: every queue of the hall
    agencies = []                # or by agency: the queues that call these agencies' services

Each value is checked, so a typo stops the display at start with the key named.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from kiosk.config import ConfigError

VOICE_ENGINES = ("auto", "recordings", "system")
_KEYS = ("chime", "voice", "voice_engine", "sounds", "player", "running_text", "recent_calls", "stale_call_seconds",
         "queues", "agencies")


def _bad(key: str, value: Any, expected: str) -> ConfigError:
    return ConfigError(f"[display] {key} = {value!r} is not allowed; expected {expected}")


@dataclass(frozen=True)
class DisplaySettings:
    chime: bool = True
    voice: bool = True
    voice_engine: str = "auto"
    sounds: str = ""
    player: tuple[str, ...] = ()
    running_text: tuple[str, ...] = field(default=())
    recent_calls: int = 6
    stale_call_seconds: int = 120
    queues: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()

    @classmethod
    def from_mapping(cls, data: Any) -> DisplaySettings:
        if not isinstance(data, Mapping):
            raise ConfigError("[display] must be a table of keys")
        unknown = sorted(set(data) - set(_KEYS))
        if unknown:
            raise ConfigError(f"[display] unknown key {unknown[0]!r}; allowed: {', '.join(_KEYS)}")
        values: dict[str, Any] = {}
        for key in ("chime", "voice"):
            if key in data:
                if not isinstance(data[key], bool):
                    raise _bad(key, data[key], "true or false")
                values[key] = data[key]
        if "voice_engine" in data:
            if data["voice_engine"] not in VOICE_ENGINES:
                raise _bad("voice_engine", data["voice_engine"], "one of " + ", ".join(VOICE_ENGINES))
            values["voice_engine"] = data["voice_engine"]
        if "sounds" in data:
            if not isinstance(data["sounds"], str):
                raise _bad("sounds", data["sounds"], "a folder path")
            values["sounds"] = data["sounds"]
        if "queues" in data:
            letters = data["queues"]
            if not isinstance(letters, list) or not all(isinstance(q, str) and q.strip().isalpha()
                                                        and len(q.strip()) <= 2 for q in letters):
                raise _bad("queues", letters, 'a list of queue letters, e.g. ["A", "B"]')
            values["queues"] = tuple(q.strip().upper() for q in letters)
        if "agencies" in data:
            names = data["agencies"]
            if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
                raise _bad("agencies", names, 'a list of agency names, e.g. ["Dinas Kesehatan"]')
            values["agencies"] = tuple(n.strip() for n in names)
        for key in ("player", "running_text"):
            if key in data:
                items = data[key]
                if not isinstance(items, list) or not all(isinstance(i, str) and i.strip() for i in items):
                    raise _bad(key, items, "a list of texts")
                values[key] = tuple(items)
        for key, low, high in (("recent_calls", 1, 12), ("stale_call_seconds", 5, 3600)):
            if key in data:
                v = data[key]
                if not isinstance(v, int) or isinstance(v, bool) or not low <= v <= high:
                    raise _bad(key, v, f"a whole number {low}-{high}")
                values[key] = v
        return cls(**values)
