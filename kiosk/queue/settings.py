"""The ``[queue]`` table of a terminal's config file, checked key by key::

    [queue]
    default_minutes_per_person = [5, 10]   # wait estimate before any history exists
    history_days = 7                       # finished tickets this recent feed the estimate
    history_size = 30                      # at most this many of them
    priority_categories = ["lansia", "disabilitas", "ibu_hamil", "ibu_balita",
                           { key = "veteran", label_id = "veteran", label_en = "veteran" }]

Queues, counters and their policies live in the database (``mpp-kiosk queue ...``) because
every terminal of a hall must agree on them; these are the per-terminal bits.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kiosk.config import ConfigError
from kiosk.queue.priority import DEFAULT_CATEGORIES, Category

_KEYS = ("default_minutes_per_person", "history_days", "history_size", "priority_categories")
_CATEGORY_KEY = re.compile(r"^[a-z][a-z0-9_]{0,29}$")


def _problem(key: str, value: Any, allowed: str) -> ConfigError:
    return ConfigError(f"[queue] {key} = {value!r} is not allowed; expected {allowed}")


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


@dataclass(frozen=True)
class QueueSettings:
    categories: tuple[Category, ...] = DEFAULT_CATEGORIES
    default_minutes_per_person: tuple[float, float] = (5.0, 10.0)
    history_days: int = 7
    history_size: int = 30

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> QueueSettings:
        if not isinstance(data, Mapping):
            raise ConfigError("[queue] must be a table of keys")
        for key in data:
            if key not in _KEYS:
                raise ConfigError(f"[queue] unknown key {key!r}; allowed: {', '.join(_KEYS)}")
        minutes = data.get("default_minutes_per_person", [5, 10])
        if (
            not isinstance(minutes, list)
            or len(minutes) != 2
            or not all((_whole(m) or isinstance(m, float)) and m > 0 for m in minutes)
            or minutes[0] > minutes[1]
        ):
            raise _problem("default_minutes_per_person", minutes, "[low, high] minutes, 0 < low <= high")
        days = data.get("history_days", 7)
        if not _whole(days) or not 1 <= days <= 90:
            raise _problem("history_days", days, "a whole number of days 1-90")
        size = data.get("history_size", 30)
        if not _whole(size) or not 3 <= size <= 1000:
            raise _problem("history_size", size, "a whole number 3-1000")
        return cls(
            categories=_categories(data.get("priority_categories")),
            default_minutes_per_person=(float(minutes[0]), float(minutes[1])),
            history_days=days,
            history_size=size,
        )


def _categories(value: Any) -> tuple[Category, ...]:
    if value is None:
        return DEFAULT_CATEGORIES
    hint = 'a list of category keys ("lansia") or tables { key = "...", label_id = "...", label_en = "..." }'
    if not isinstance(value, list):
        raise _problem("priority_categories", value, hint)
    known = {c.key: c for c in DEFAULT_CATEGORIES}
    found: list[Category] = []
    for i, entry in enumerate(value):
        where = f"priority_categories[{i}]"
        if isinstance(entry, str) and entry in known:
            found.append(known[entry])
        elif isinstance(entry, Mapping) and set(entry) <= {"key", "label_id", "label_en"}:
            key, label_id = entry.get("key"), entry.get("label_id")
            label_en = entry.get("label_en", label_id)
            if not isinstance(key, str) or not _CATEGORY_KEY.match(key):
                raise _problem(f"{where}.key", key, "lower-case letters, digits and _ (at most 30)")
            if not isinstance(label_id, str) or not label_id.strip() or not isinstance(label_en, str):
                raise _problem(f"{where}.label_id", label_id, "the words shown to visitors")
            found.append(Category(key, label_id.strip(), label_en.strip()))
        else:
            raise _problem(where, entry, f"one of {', '.join(known)} or a table {{ key, label_id, label_en }}")
    keys = [c.key for c in found]
    if len(set(keys)) != len(keys):
        raise _problem("priority_categories", keys, "each category listed once")
    return tuple(found)
