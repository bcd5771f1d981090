"""The ``mpp-kiosk`` command line."""

from __future__ import annotations


def main(argv: list[str] | None = None) -> int:
    from kiosk.cli.app import run

    return run(argv)
