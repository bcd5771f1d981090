from __future__ import annotations

import importlib
import io
import pkgutil
import re
import sys
from pathlib import Path

# Issue 17's targets: (metric printed by a bench module, how it compares, the target).
TARGETS: tuple[tuple[str, str, float], ...] = (
    ("ui_cold_start_kiosk_vs_bare", "<=", 3),
    ("ui_tap_to_next_screen_p99", "<=", 100),
    ("report_ikm_vs_bare_sql", "<=", 2),
    ("report_queue_vs_bare_sql", "<=", 2),
    ("queue_issue_vs_baseline_sqlite_1proc", ">=", 0.2),
    ("queue_call_next_p50_vs_baseline_sqlite_30counters_5000waiting", "<=", 10),
    ("queue_call_next_p50_vs_baseline_postgresql_30counters_5000waiting", "<=", 10),
    ("ticket_bytes_raster_80", "<=", 2500),
    ("catalog_import_vs_bare_insert", "<=", 5),
    ("catalog_store_vs_bare_insert", "<=", 5),
)
_LINE = re.compile(r"^([A-Za-z0-9_]+): ([-0-9.e+]+) (\S+)")


class _Tee(io.TextIOBase):
    """Passes every line through and keeps the ``name: value unit`` ones for the summary."""

    def __init__(self, out: io.TextIOBase) -> None:
        self.out = out
        self.seen: dict[str, tuple[float, str]] = {}
        self._partial = ""

    def write(self, text: str) -> int:
        self.out.write(text)
        self._partial += text
        *lines, self._partial = self._partial.split("\n")
        for line in lines:
            found = _LINE.match(line)
            if found:
                self.seen[found.group(1)] = (float(found.group(2)), found.group(3))
        return len(text)

    def flush(self) -> None:
        self.out.flush()


def summary(seen: dict[str, tuple[float, str]]) -> list[str]:
    lines = []
    for name, sense, target in TARGETS:
        if name not in seen:
            continue
        value, unit = seen[name]
        met = value <= target if sense == "<=" else value >= target
        lines.append(f"target_{name}: {value:.4g} {unit} (target {sense} {target:g}: {'met' if met else 'not met'})")
    return lines


def main(argv: list[str]) -> int:
    folder = Path(__file__).parent
    names = sorted(m.name for m in pkgutil.iter_modules([str(folder)]) if m.name.startswith("bench_"))
    wanted = [n for n in names if not argv or any(a in n for a in argv)]
    tee = _Tee(sys.stdout)  # type: ignore[arg-type]
    sys.stdout = tee
    try:
        for name in wanted:
            print(f"# {name}", flush=True)
            importlib.import_module(f"bench.{name}").main()
    finally:
        sys.stdout = tee.out  # type: ignore[assignment]
    lines = summary(tee.seen)
    if lines:
        print("# issue 17 targets (the report ratios at the default sizes; see bench_reports for 1M/5M)")
        print("\n".join(lines), flush=True)
    return 0


raise SystemExit(main(sys.argv[1:]))
