"""Every command, fed random and hostile arguments: huge numbers, impossible dates, long and odd
text. Whatever the input, the person at the terminal gets a message and a documented exit
status: never a traceback, never "internal error"."""

from __future__ import annotations

import argparse
import io
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.cli.app import build_parser
from tests.support.cli import Cli

DOCUMENTED = {0, 1, 2, 3, 4, 5, 6, 7, 8, 130}
# Opening windows, serving the page for phones until stopped, installing services and waiting on a
# serial port are not argument handling.
SKIPPED = {("run",), ("serve",), ("service", "install"), ("service", "remove")}

VALUES = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.sampled_from(["A-001", "#1", "#99999999999999999999", "0", "-1", "2026-02-30", "9999-12-31", "0001-01-01",
                     "2026-11-24", "2026-11-24T09:00", "99999-01-01", "", " ", "A" * 500, "A-" + "9" * 40,
                     "1e309", "nan", "Loket 1", "budi", "ADMIN", "../../etc/passwd", "COM3", "2026-Q4", "2026-13"]),
    st.text(min_size=0, max_size=80),
)


def leaf_commands(parser: argparse.ArgumentParser, prefix: tuple[str, ...] = ()) -> Iterator[
        tuple[tuple[str, ...], argparse.ArgumentParser]]:
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        yield prefix, parser
        return
    for name, child in subs[0].choices.items():
        yield from leaf_commands(child, (*prefix, name))


COMMANDS = [(path, p) for path, p in leaf_commands(build_parser()) if path not in SKIPPED and path[:1] != ("run",)]


def arguments(parser: argparse.ArgumentParser) -> st.SearchStrategy[list[str]]:
    parts: list[st.SearchStrategy[list[str]]] = []
    for action in parser._actions:
        if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
            continue
        value = st.sampled_from([str(c) for c in action.choices]) if action.choices else VALUES
        if "--wait" in action.option_strings:  # a real wait is not argument handling; the bounds are
            value = st.sampled_from(["0", "0.05", "-1", "1e309", "nan", "inf", "99999"])
        if not action.option_strings:
            count = 1 if action.nargs in (None, 1) else 2
            parts.append(st.lists(value, min_size=1 if action.nargs != "?" else 0, max_size=count))
            continue
        flag = action.option_strings[-1]
        one = st.just([flag]) if action.nargs == 0 else value.map(lambda v, f=flag: [f, v])
        parts.append(one if action.required else st.one_of(st.just([]), one))
    if not parts:
        return st.just([])
    return st.tuples(*parts).map(lambda chunks: [x for chunk in chunks for x in chunk])


@pytest.fixture(scope="module")
def hall(tmp_path_factory: pytest.TempPathFactory) -> Cli:
    folder = tmp_path_factory.mktemp("fuzz")
    config = folder / "config.toml"
    config.write_text("", encoding="utf-8")
    cli = Cli(config, f"sqlite:///{folder / 'kiosk.db'}", now="2026-11-24T09:00")
    cli.ok("init")
    cli.ok("ticket", "issue", "50", "--no-print")
    return cli


@pytest.mark.expect_warnings(r"kiosk\.cli: ", optional=True)  # refusals are logged for support
@pytest.mark.slow
@pytest.mark.parametrize(("path", "parser"), COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_no_argument_ends_in_a_traceback(path: tuple[str, ...], parser: argparse.ArgumentParser, hall: Cli,
                                        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)  # files a command writes (reports, backups) stay here

    @settings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
    @given(arguments(parser))
    def one(argv: list[str]) -> None:
        monkeypatch.setattr(sys, "stdin", io.StringIO("135790\n135790\n"))
        result = hall(*path, *argv)
        shown = result.out + result.err
        assert "Traceback" not in shown, (path, argv, shown[-2000:])
        assert result.status in DOCUMENTED, (path, argv, result.status, shown[-2000:])

    one()
