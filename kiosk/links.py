"""What the printed QR codes hold: a link to the hall's page for phones when ``[web] base_url`` is
set, else the bare token or standard reference (scanners at the desk and survey read both)."""

from __future__ import annotations

from kiosk import config


def base_url(settings: config.Settings) -> str:
    return str(settings.get("web", "base_url")).rstrip("/")


def ticket_link(settings: config.Settings, token: str) -> str:
    base = base_url(settings)
    return f"{base}/t/{token}" if base else token


def standard_link(settings: config.Settings, number: int, version: int) -> str:
    base = base_url(settings)
    return f"{base}/layanan/{number}" if base else f"SP-{number}-v{version}"
