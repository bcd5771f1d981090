"""Small helpers shared by the printing tests."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from PIL import Image
from pyzbar import pyzbar

T = TypeVar("T")

# Generous: this only tells a hang from a return. Speed is measured in bench/bench_printing.py.
HANG_GUARD_SECONDS = 20.0


def returns(call: Callable[[], T]) -> T:
    """Run ``call`` and fail the test if it never returns (a hung print would block a kiosk)."""
    box: dict[str, object] = {}

    def run() -> None:
        try:
            box["value"] = call()
        except BaseException as exc:
            box["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(HANG_GUARD_SECONDS)
    assert not worker.is_alive(), "the call hung"
    if "error" in box:
        raise box["error"]  # type: ignore[misc]
    return box["value"]  # type: ignore[return-value]


def qr_texts(image: Image.Image) -> list[str]:
    """Every QR code a scanner finds in ``image``."""
    return [
        symbol.data.decode("utf-8")
        for symbol in pyzbar.decode(image.convert("L"))
        if symbol.type == "QRCODE"
    ]


def darkest(image: Image.Image) -> int:
    """The darkest grey level in ``image`` (0 = black ink, 255 = blank paper)."""
    extrema: object = image.convert("L").getextrema()
    assert isinstance(extrema, tuple)
    return int(extrema[0])
