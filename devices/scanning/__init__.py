"""QR / barcode scanners. Keyboard-wedge scanners need nothing here (they type into the focused
field); serial scanners (RS-232 or USB CDC "virtual COM") are read by SerialScanner."""

from devices.scanning.serial_scanner import ScannerSettings, SerialScanner

__all__ = ["ScannerSettings", "SerialScanner"]
