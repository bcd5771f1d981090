"""``run --restart``: keep a role's screens running, whatever happens to the process.

A crash, an abort inside Qt or a kill starts the screens again after a short pause that grows
(3 s, 6 s, ... up to a minute) while the failures come quickly, so a broken printer driver cannot
make the PC spin. Exit status 0 is the staff menu's "quit": then the supervisor ends too.
"""

from __future__ import annotations

import logging
import subprocess
import time
from collections.abc import Callable, Sequence

_LOG = logging.getLogger("kiosk.supervisor")

FIRST_PAUSE_S = 3.0
LONGEST_PAUSE_S = 60.0
STABLE_AFTER_S = 300.0


def supervise(
    argv: Sequence[str],
    *,
    run: Callable[[Sequence[str]], int] = subprocess.call,
    sleep: Callable[[float], None] = time.sleep,
    monotonic: Callable[[], float] = time.monotonic,
    max_starts: int | None = None,
) -> int:
    pause = FIRST_PAUSE_S
    starts = 0
    while True:
        started = monotonic()
        starts += 1
        status = run(list(argv))
        if status == 0:
            _LOG.info("%s ended normally", " ".join(argv[-2:]))
            return 0
        if max_starts is not None and starts >= max_starts:
            return status
        if monotonic() - started > STABLE_AFTER_S:
            pause = FIRST_PAUSE_S
        _LOG.warning("screens ended with status %s; starting them again in %.0f s", status, pause)
        sleep(pause)
        pause = min(pause * 2, LONGEST_PAUSE_S)
