"""Argument parsing and dispatch for ``mpp-kiosk``. Each command group lives in its own module
with ``register(subparsers)``; handlers take a Context and return an exit status."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import logging
import sys
from collections.abc import Callable

from kiosk import __version__, config, faults, paths
from kiosk import clock as clock_mod
from kiosk.catalog.problems import CatalogImportError
from kiosk.cli.context import CommandError, Context
from kiosk.logs import setup_logging
from kiosk.refusals import REFUSED_STATUS, Refused

# Each command word and the module that registers it, in the order ``--help`` lists them.
COMMANDS = {
    "init": "kiosk.cli.cmd_init",
    "config": "kiosk.cli.cmd_config",
    "catalog": "kiosk.cli.cmd_catalog",
    "run": "kiosk.cli.cmd_run",
    "serve": "kiosk.cli.cmd_run",
    "ticket": "kiosk.cli.cmd_ticket",
    "queue": "kiosk.cli.cmd_queue",
    "counter": "kiosk.cli.cmd_counter",
    "calendar": "kiosk.cli.cmd_calendar",
    "staff": "kiosk.cli.cmd_staff",
    "files": "kiosk.cli.cmd_files",
    "complaint": "kiosk.cli.cmd_complaint",
    "survey": "kiosk.cli.cmd_survey",
    "report": "kiosk.cli.cmd_report",
    "printer": "kiosk.cli.cmd_printer",
    "backup": "kiosk.cli.cmd_backup",
    "restore": "kiosk.cli.cmd_backup",
    "service": "kiosk.cli.cmd_service",
}
COMMAND_MODULES = tuple(dict.fromkeys(COMMANDS.values()))
# A command line builds the parser of its own command only: importing every command (reports,
# backups, the catalog importer) would cost a restarted kiosk about 0.3 s before its first
# frame, and every scripted command the same before it starts. A line without a known command
# (``--help``, a typing error) builds the whole parser, to list them all.
_GLOBAL_WITH_VALUE = ("--config", "--db", "--now")

Handler = Callable[[Context], int]

_LOG = logging.getLogger("kiosk.cli")


def _command_name(argv: list[str]) -> str | None:
    """The command word of ``argv``: the first word that is not a global option or its value."""
    words = iter(argv)
    for word in words:
        if word in _GLOBAL_WITH_VALUE:
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The parser for ``argv`` (every command when it is not given)."""
    parser = argparse.ArgumentParser(
        prog="mpp-kiosk",
        description="Queue kiosk, staff desk, queue display and survey terminal for MPP service halls.",
    )
    parser.add_argument("--version", action="version", version=f"mpp-kiosk {__version__}")
    parser.add_argument("--config", help="configuration file (default: MPP_KIOSK_CONFIG or the user config folder)")
    parser.add_argument("--db", help="SQLAlchemy database URL (default: MPP_KIOSK_DB, config, or a local SQLite file)")
    parser.add_argument("--now", help="pretend the time is this ISO date-time (scripting, tests); also MPP_KIOSK_NOW")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    own = COMMANDS.get(_command_name(argv) or "") if argv is not None else None
    for name in (own,) if own else COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    for leaf in _commands(parser):
        if "--json" not in leaf._option_string_actions:
            # A script calling any command can read a refusal or fault as the JSON error object.
            leaf.add_argument("--json", action="store_true", help="report errors as a JSON object on stdout")
    return parser


def _commands(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """The parsers of runnable commands (leaves of the sub-command tree)."""
    children = [
        child
        for action in parser._actions
        if isinstance(action, argparse._SubParsersAction)
        for child in dict.fromkeys(action.choices.values())
    ]
    if not children:
        return [parser]
    return [leaf for child in children for leaf in _commands(child)]


def log_name(args: argparse.Namespace, settings: config.Settings) -> str:
    """A terminal's screens log under their role; every admin command under ``cli``."""
    if args.command == "run":
        return str(getattr(args, "role", None) or settings.role)
    return "cli"


def run(argv: list[str] | None = None) -> int:
    parser = build_parser(sys.argv[1:] if argv is None else argv)
    args = parser.parse_args(argv)
    handler: Handler = args.handler
    try:
        settings = config.load(args.config, db_url=args.db, must_exist=args.command != "init")
        setup_logging(log_name(args, settings))
        ctx = Context(args, settings, clock_mod.from_environment(args.now, str(settings.get("office", "timezone"))))
    except (config.ConfigError, ValueError) as exc:
        print(f"mpp-kiosk: {exc}", file=sys.stderr)
        return 2
    try:
        return handler(ctx)
    except CatalogImportError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        print("mpp-kiosk: nothing was imported", file=sys.stderr)
        return 2
    except Refused as exc:
        return report_refusal(exc, exc, args)
    except (CommandError, config.ConfigError) as exc:
        cause = exc.__cause__
        return report_refusal(exc, cause if isinstance(cause, Refused) else None, args)
    except KeyboardInterrupt:
        print("mpp-kiosk: stopped", file=sys.stderr)
        return 130
    except BrokenPipeError:
        raise
    except Exception as exc:
        return report_fault(exc, args)
    finally:
        with contextlib.suppress(Exception):
            ctx.close()


def report_refusal(exc: Exception, refusal: Refused | None, args: argparse.Namespace) -> int:
    """The rules said no, or the input was wrong: one line (both languages where the core gave
    them), exit status 2 unless the command chose another, and the error object with --json."""
    status = int(getattr(exc, "status", REFUSED_STATUS))
    if getattr(args, "json", False):
        if refusal is not None:
            error = {"code": refusal.code, "message_id": refusal.message_id, "message_en": refusal.message_en}
        else:
            error = {"code": "refused", "message_id": str(exc), "message_en": str(exc)}
        json.dump({"error": {**error, "status": status, "detail": ""}}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    print(f"mpp-kiosk: {exc}", file=sys.stderr)
    return status


def report_fault(exc: Exception, args: argparse.Namespace) -> int:
    """The error boundary: an expected fault as a calm line; anything else logged, never shown raw."""
    fault = faults.classify(exc)
    if fault is None:
        _LOG.error("internal error in `%s`", " ".join(sys.argv[1:]) or args.command, exc_info=exc)
        fault = faults.internal(exc, f"see {paths.log_dir()}")
    else:
        _LOG.warning("%s: %s", fault.code, fault.detail)
    if getattr(args, "json", False):
        json.dump(fault.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    print(f"mpp-kiosk: {fault.text()}", file=sys.stderr)
    return fault.status
