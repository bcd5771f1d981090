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

COMMAND_MODULES = (
    "kiosk.cli.cmd_init",
    "kiosk.cli.cmd_config",
    "kiosk.cli.cmd_catalog",
    "kiosk.cli.cmd_run",
    "kiosk.cli.cmd_ticket",
    "kiosk.cli.cmd_queue",
    "kiosk.cli.cmd_counter",
    "kiosk.cli.cmd_calendar",
    "kiosk.cli.cmd_staff",
    "kiosk.cli.cmd_files",
    "kiosk.cli.cmd_complaint",
    "kiosk.cli.cmd_survey",
    "kiosk.cli.cmd_report",
    "kiosk.cli.cmd_printer",
    "kiosk.cli.cmd_backup",
    "kiosk.cli.cmd_service",
)

# A terminal starting its screens builds the parser of its own command only: importing every
# command (reports, backups, the catalog importer) would cost a restarted kiosk about 0.3 s
# before its first frame. Every other command line builds the whole parser.
SCREEN_COMMANDS = {"run": "kiosk.cli.cmd_run", "serve": "kiosk.cli.cmd_run"}
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
    screens = SCREEN_COMMANDS.get(_command_name(argv) or "") if argv is not None else None
    for name in (screens,) if screens else COMMAND_MODULES:
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
