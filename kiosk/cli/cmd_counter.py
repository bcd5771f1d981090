"""``mpp-kiosk counter add|set|open|close|list``: the hall's counters (loket)."""

from __future__ import annotations

import argparse

from kiosk.cli.cmd_staff import cli_actor
from kiosk.cli.cmd_ticket import office_of, refusals
from kiosk.cli.context import Context
from kiosk.queue import CounterInfo, add_counter, list_counters, set_counter_open
from kiosk.queue.layout import change_counter


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("counter", help="add, open, close and list counters (loket)")
    cs = p.add_subparsers(dest="counter_command", required=True, metavar="ACTION")
    add = cs.add_parser("add", help="add a counter serving one or more queues")
    add.add_argument("number", type=int, metavar="N")
    add.add_argument("--name", help="default: 'Loket N'")
    add.add_argument("--queues", required=True, metavar="A,B", help="queue letters it calls from")
    add.add_argument("--open", action="store_true", help="open it right away")
    add.add_argument("--by", metavar="OFFICER_ID", help="the administrator making the change (checked and audited)")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=handle_add)
    change = cs.add_parser("set", help="rename a counter or change the queues it calls from")
    change.add_argument("number", type=int, metavar="N")
    change.add_argument("--name")
    change.add_argument("--queues", metavar="A,B", help="queue letters it calls from")
    change.add_argument("--by", metavar="OFFICER_ID", help="the administrator making the change (checked and audited)")
    change.add_argument("--json", action="store_true")
    change.set_defaults(handler=handle_set)
    for name, is_open in (("open", True), ("close", False)):
        sp = cs.add_parser(name, help=f"{name} a counter")
        sp.add_argument("number", type=int, metavar="N")
        sp.add_argument("--officer", help="officer id, for the record")
        sp.add_argument("--json", action="store_true")
        sp.set_defaults(handler=handle_open_close, is_open=is_open)
    ls = cs.add_parser("list", help="counters with their queues and whether they are open")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=handle_list)


def _line(c: CounterInfo) -> str:
    return f"{c.number:>3}  {c.name}  [{'buka' if c.is_open else 'tutup'}]  antrean {', '.join(c.queues) or '-'}"


@refusals
def handle_add(ctx: Context) -> int:
    letters = [q.strip() for q in ctx.args.queues.split(",") if q.strip()]
    info = add_counter(ctx.database(), ctx.args.number, ctx.args.name, queues=letters, is_open=ctx.args.open,
                       actor=cli_actor(ctx), now=ctx.clock())
    ctx.emit(info.to_json(), _line(info))
    return 0


@refusals
def handle_set(ctx: Context) -> int:
    letters = None if ctx.args.queues is None else [q.strip() for q in ctx.args.queues.split(",") if q.strip()]
    info = change_counter(ctx.database(), ctx.args.number, name=ctx.args.name, queues=letters,
                          actor=cli_actor(ctx), now=ctx.clock())
    ctx.emit(info.to_json(), _line(info))
    return 0


@refusals
def handle_open_close(ctx: Context) -> int:
    info = set_counter_open(
        ctx.database(),
        ctx.args.number,
        ctx.args.is_open,
        office=office_of(ctx),
        now=ctx.clock(),
        officer=ctx.args.officer,
    )
    ctx.emit(info.to_json(), _line(info))
    return 0


@refusals
def handle_list(ctx: Context) -> int:
    counters = list_counters(ctx.database())
    ctx.emit([c.to_json() for c in counters], "\n".join(_line(c) for c in counters) or "(belum ada loket)")
    return 0
