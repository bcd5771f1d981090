"""Entry point of the one-folder build (PyInstaller runs this file, not the package)."""

from kiosk.cli import main

raise SystemExit(main())
