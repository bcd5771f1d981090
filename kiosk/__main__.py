from kiosk.cli import console_main

console_main()
