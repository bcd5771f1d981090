"""What keeps the page safe on public Wi-Fi: per-address rate limits, a token against cross-site
form posts, and headers that keep the pages from being framed or from loading anything foreign."""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from collections.abc import Callable

CSRF_COOKIE = "mpp_form"
CSRF_FIELD = "form_key"


class RateLimit:
    """A token bucket per address: ``per_minute`` requests a minute, with bursts up to a third of
    that (a page and its styles and script come together). Forgets quiet addresses."""

    def __init__(self, per_minute: int, clock: Callable[[], float] = time.monotonic) -> None:
        self._rate = per_minute / 60.0
        self._burst = max(5.0, per_minute / 3)
        self._clock = clock
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()
        self._last_sweep = clock()

    def allow(self, address: str, cost: float = 1.0) -> bool:
        now = self._clock()
        with self._lock:
            tokens, at = self._buckets.get(address, (self._burst, now))
            tokens = min(self._burst, tokens + (now - at) * self._rate)
            allowed = tokens >= cost
            self._buckets[address] = (tokens - cost if allowed else tokens, now)
            if now - self._last_sweep > 300:
                self._sweep(now)
            return allowed

    def retry_after(self) -> int:
        return max(1, round(1 / self._rate))

    def _sweep(self, now: float) -> None:
        full = self._burst / self._rate
        self._buckets = {a: v for a, v in self._buckets.items() if now - v[1] < full}
        self._last_sweep = now


def new_form_key() -> str:
    return secrets.token_urlsafe(24)


def form_key_ok(cookie: str | None, field: str | None) -> bool:
    """Double submit: the form's hidden key must equal the cookie the page set; another site can
    make a browser post a form, but cannot read or set this site's cookie to match it."""
    return bool(cookie) and bool(field) and hmac.compare_digest(str(cookie), str(field))


def same_origin(origin: str | None, host: str | None) -> bool:
    """A browser names the page a form came from; one from another site is refused outright."""
    if not origin or origin == "null":
        return origin is None  # no header (old browsers): the form key decides; "null": refused
    if not host:
        return False
    return origin.split("://", 1)[-1].rstrip("/") == host


SECURITY_HEADERS = {
    # Everything is served from here (no CDN): the hall works without the internet.
    "content-security-policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                               "connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
    "x-content-type-options": "nosniff",
    # Nothing of the ticket link leaks to other sites; same-origin keeps the Origin header on our forms
    # ("no-referrer" makes browsers send "Origin: null", which the form check refuses).
    "referrer-policy": "same-origin",
    "x-frame-options": "DENY",
    "cache-control": "no-store",
}
