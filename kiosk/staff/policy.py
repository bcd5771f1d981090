"""Sign-in limits, from the ``[staff]`` table of the terminal's configuration."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from kiosk.config import ConfigError, Settings

_KEYS = ("max_attempts", "lockout_minutes", "idle_lock_minutes", "counters", "scanner_port", "scanner_baud")


@dataclass(frozen=True)
class StaffPolicy:
    max_attempts: int = 5
    lockout_minutes: int = 15
    idle_lock_minutes: int = 5
    counters: tuple[str, ...] = tuple(str(n) for n in range(1, 31))
    # A serial QR scanner (COM4, /dev/ttyACM0); empty for keyboard-wedge scanners, which type.
    scanner_port: str = ""
    scanner_baud: int = 9600

    @property
    def lockout(self) -> timedelta:
        return timedelta(minutes=self.lockout_minutes)

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> StaffPolicy:
        unknown = sorted(set(data) - set(_KEYS))
        if unknown:
            raise ConfigError(f"[staff] unknown key {unknown[0]!r}; allowed: {', '.join(_KEYS)}")
        values: dict[str, Any] = {}
        if "scanner_port" in data:
            if not isinstance(data["scanner_port"], str):
                raise ConfigError(
                    f"[staff] scanner_port = {data['scanner_port']!r} is not allowed; expected text such as 'COM4'"
                )
            values["scanner_port"] = data["scanner_port"].strip()
        for key in ("max_attempts", "lockout_minutes", "idle_lock_minutes", "scanner_baud"):
            if key in data:
                value = data[key]
                if not isinstance(value, int) or isinstance(value, bool) or value <= 0:
                    raise ConfigError(f"[staff] {key} = {value!r} is not allowed; expected a whole number > 0")
                values[key] = value
        if "counters" in data:
            counters = data["counters"]
            if (
                not isinstance(counters, list)
                or not counters
                or not all(isinstance(c, str | int) and not isinstance(c, bool) and str(c).strip() for c in counters)
            ):
                raise ConfigError(f"[staff] counters = {counters!r} is not allowed; expected a list such as [1, 2, 3]")
            values["counters"] = tuple(str(c).strip() for c in counters)
        return cls(**values)

    @classmethod
    def from_settings(cls, settings: Settings) -> StaffPolicy:
        section = settings.extra.get("staff", {})
        if not isinstance(section, Mapping):
            raise ConfigError("[staff] must be a table of keys")
        return cls.from_mapping(section)
