"""Running ``mpp-kiosk`` in-process as a user would type it, capturing what they would see."""

from __future__ import annotations

import contextlib
import io
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kiosk.cli import main


@dataclass
class Result:
    status: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


class Cli:
    """``mpp-kiosk`` bound to one config file and one database."""

    def __init__(self, config: Path, db_url: str, now: str | None = None) -> None:
        self.config, self.db_url, self.now = config, db_url, now

    def __call__(self, *args: str) -> Result:
        out, err = io.StringIO(), io.StringIO()
        base = ["--config", str(self.config), "--db", self.db_url]
        if self.now:
            base += ["--now", self.now]
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                status = main([*base, *args])
            except SystemExit as exc:  # argparse errors
                status = int(exc.code or 0)
        return Result(status, out.getvalue(), err.getvalue())

    def ok(self, *args: str) -> Result:
        result = self(*args)
        assert result.status == 0, f"mpp-kiosk {' '.join(args)} failed:\n{result.err}"
        return result
