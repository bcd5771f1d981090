"""A receipt printer on 127.0.0.1 for fault tests: answers DLE EOT like an Epson, reads slowly."""

from __future__ import annotations

import socket
import threading
import time

from devices.printing.status import SIMULATED_REPLIES, PrinterState

OK_REPLIES = SIMULATED_REPLIES[PrinterState.OK]


class SlowPrinter:
    """Accepts jobs on a TCP port, answers status queries, takes 64 bytes every 5 ms."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self._stop = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        self.server.settimeout(0.2)
        while not self._stop.is_set():
            try:
                conn, _ = self.server.accept()
            except TimeoutError:
                continue
            except OSError:  # closed
                return
            threading.Thread(target=self._job, args=(conn,), daemon=True).start()

    def _job(self, conn: socket.socket) -> None:
        with conn:
            conn.settimeout(5)
            try:
                while True:
                    data = conn.recv(64)
                    if not data:
                        return
                    for i in range(len(data) - 2):
                        if data[i] == 0x10 and data[i + 1] == 0x04 and data[i + 2] in OK_REPLIES:
                            conn.sendall(bytes([OK_REPLIES[data[i + 2]]]))
                    time.sleep(0.005)
            except OSError:
                return

    def close(self) -> None:
        self._stop.set()
        self.server.close()
