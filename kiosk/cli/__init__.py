"""The ``mpp-kiosk`` command line."""

from __future__ import annotations

import os
import sys


def main(argv: list[str] | None = None) -> int:
    from kiosk.cli.app import run

    try:
        return run(argv)
    except BrokenPipeError:
        # `mpp-kiosk queue status | head`: the reader left; that is not an error of ours.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
