"""Entry point of the one-folder build (PyInstaller runs this file, not the package)."""

from kiosk.cli import console_main

console_main()
