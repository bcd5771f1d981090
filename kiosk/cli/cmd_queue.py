"""``mpp-kiosk queue``: set up queues, call and move tickets, and watch the hall."""

from __future__ import annotations

import argparse
import tomllib
from pathlib import Path

from kiosk.cli.cmd_staff import cli_actor
from kiosk.cli.cmd_ticket import office_of, refusals, ticket_text
from kiosk.cli.context import CommandError, Context
from kiosk.queue import (
    Action,
    Policy,
    QueueInfo,
    TransferRule,
    act,
    add_queue,
    call_next,
    change_queue,
    hall_overview,
    import_layout,
    list_queues,
    subscribe,
)
from kiosk.queue.layout import parse_services

STAFF_ACTIONS = {
    "recall": (Action.RECALL, "call the ticket again (a no-show past the queue's recall limit)"),
    "serve": (Action.SERVE, "the visitor has arrived at the counter"),
    "complete": (Action.COMPLETE, "service finished"),
    "skip": (Action.SKIP, "the visitor did not come: no-show"),
    "hold": (Action.HOLD, "put the ticket on hold (e.g. fetching a document)"),
    "resume": (Action.RESUME, "a held ticket (or a late no-show) rejoins the line where it stood"),
    "cancel": (Action.CANCEL, "cancel the ticket"),
    "admit": (Action.ADMIT, "let an issued ticket whose paper failed join the line"),
}


def _services(text: str | None) -> tuple[list[int] | None, bool | None]:
    if text is None:
        return None, None
    return parse_services(text)


def _queue_options(p: argparse.ArgumentParser, *, defaults: bool) -> None:
    p.add_argument("--name", help="name shown on tickets and screens")
    p.add_argument("--services", metavar="all|N,N", help="'all' (every service no other queue names) or numbers")
    p.add_argument("--policy", choices=[x.value for x in Policy], default="ratio" if defaults else None)
    p.add_argument(
        "--ratio", type=int, default=2 if defaults else None, help="ratio policy: regular calls per priority"
    )
    p.add_argument("--weight", type=float, default=2.0 if defaults else None, help="weighted_wait: priority weight")
    p.add_argument(
        "--transfer",
        choices=[r.value for r in TransferRule],
        default="by_issue_time" if defaults else None,
        help="where tickets transferred into this queue rejoin it",
    )
    p.add_argument("--max-recalls", type=int, default=2 if defaults else None, help="recalls before a no-show")
    p.add_argument("--by", metavar="OFFICER_ID", help="the administrator making the change (checked and audited)")
    p.add_argument("--json", action="store_true")


def _staff_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--counter", type=int, metavar="N", help="the counter acting (must hold the ticket if it is at one)")
    p.add_argument("--officer", help="officer id, for the record")
    p.add_argument("--json", action="store_true")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("queue", help="queues, calls, transfers and the hall's status")
    qs = p.add_subparsers(dest="queue_command", required=True, metavar="ACTION")

    add = qs.add_parser("add", help="add a queue")
    add.add_argument("letter", metavar="LETTER")
    _queue_options(add, defaults=True)
    add.set_defaults(handler=handle_add)
    change = qs.add_parser("set", help="change a queue's name, services or policy")
    change.add_argument("letter", metavar="LETTER")
    _queue_options(change, defaults=False)
    change.add_argument("--active", choices=["yes", "no"])
    change.set_defaults(handler=handle_set)
    ls = qs.add_parser("list", help="queues with their services, policy and counters")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=handle_list)
    imp = qs.add_parser("import", help="add or update queues and counters from a TOML file")
    imp.add_argument("file", type=Path, metavar="FILE.toml")
    imp.add_argument("--by", metavar="OFFICER_ID", help="the administrator making the change (checked and audited)")
    imp.set_defaults(handler=handle_import)

    call = qs.add_parser("call", help="call the next ticket for a counter, by its queues' policies")
    call.add_argument("--counter", type=int, required=True, metavar="N")
    call.add_argument("--officer", help="officer id, for the record")
    call.add_argument("--json", action="store_true")
    call.set_defaults(handler=handle_call)
    for name, (action, help_text) in STAFF_ACTIONS.items():
        sp = qs.add_parser(name, help=help_text)
        sp.add_argument("ticket", metavar="TICKET", help="today's code (A-001), #id, or QR token")
        _staff_options(sp)
        sp.set_defaults(handler=handle_action, action=action)
    move = qs.add_parser(
        "transfer", help="move a ticket to another queue or counter, keeping its number"
    )
    move.add_argument("ticket", metavar="TICKET")
    target = move.add_mutually_exclusive_group(required=True)
    target.add_argument("--to", metavar="QUEUE", help="rejoin this queue by its transfer rule")
    target.add_argument(
        "--to-counter", type=int, metavar="N", help="this counter calls the ticket next, before its own lines"
    )
    _staff_options(move)
    move.set_defaults(handler=handle_action, action=Action.TRANSFER)

    status = qs.add_parser("status", help="waiting tickets in call order with reasons, and the counters")
    status.add_argument("--limit", type=int, default=10, help="upcoming tickets shown per queue")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=handle_status)
    events = qs.add_parser("events", help="events after an id (what displays receive)")
    events.add_argument("--after", type=int, default=0, metavar="ID")
    events.add_argument("--wait", type=float, default=0.0, metavar="SECONDS", help="wait this long for new events")
    events.add_argument("--json", action="store_true")
    events.set_defaults(handler=handle_events)


def _queue_line(q: QueueInfo) -> str:
    services = "semua layanan lain" if q.all_services else ", ".join(str(n) for n in q.services) or "-"
    if q.all_services and q.services:
        services += " + " + ", ".join(str(n) for n in q.services)
    counters = ", ".join(str(n) for n in q.counters) or "-"
    state = "" if q.active else "  [tidak aktif]"
    return (
        f"{q.letter}  {q.name}{state}\n"
        f"   layanan: {services}; loket: {counters}; pindahan: {q.transfer_rule}; "
        f"panggil ulang maks. {q.max_recalls}\n"
        f"   {q.policy.describe_id()}"
    )


@refusals
def handle_add(ctx: Context) -> int:
    a = ctx.args
    services, all_services = _services(a.services)
    info = add_queue(
        ctx.database(),
        a.letter,
        a.name or f"Antrean {a.letter.upper()}",
        services=services or [],
        all_services=bool(all_services),
        policy=a.policy,
        ratio_normal=a.ratio,
        priority_weight=a.weight,
        transfer_rule=a.transfer,
        max_recalls=a.max_recalls,
        actor=cli_actor(ctx),
        now=ctx.clock(),
    )
    ctx.emit(info.to_json(), _queue_line(info))
    return 0


@refusals
def handle_set(ctx: Context) -> int:
    a = ctx.args
    services, all_services = _services(a.services)
    info, notes = change_queue(
        ctx.database(),
        a.letter,
        name=a.name,
        services=services if all_services is False else None,
        all_services=all_services,
        policy=a.policy,
        ratio_normal=a.ratio,
        priority_weight=a.weight,
        transfer_rule=a.transfer,
        max_recalls=a.max_recalls,
        active=None if a.active is None else a.active == "yes",
        actor=cli_actor(ctx),
        now=ctx.clock(),
    )
    ctx.emit({**info.to_json(), "notes": notes}, "\n".join([_queue_line(info), *notes]))
    return 0


@refusals
def handle_list(ctx: Context) -> int:
    queues = list_queues(ctx.database())
    ctx.emit([q.to_json() for q in queues], "\n".join(_queue_line(q) for q in queues) or "(belum ada antrean)")
    return 0


@refusals
def handle_import(ctx: Context) -> int:
    path: Path = ctx.args.file
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise CommandError(f"{path}: cannot read ({exc.strerror})") from exc
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise CommandError(f"{path}: not valid TOML: {exc}") from exc
    report = import_layout(ctx.database(), data, source=str(path), actor=cli_actor(ctx), now=ctx.clock())
    print("\n".join(report.lines) or "(berkas tidak berisi antrean atau loket)")
    return 0


@refusals
def handle_call(ctx: Context) -> int:
    result = call_next(
        ctx.database(), ctx.args.counter, office=office_of(ctx), now=ctx.clock(), officer=ctx.args.officer
    )
    if result is None:
        ctx.emit(
            {
                "called": None,
                "counter": ctx.args.counter,
                "message_id": "Tidak ada antrean yang menunggu.",
                "message_en": "Nobody is waiting.",
            },
            "Tidak ada antrean yang menunggu. (Nobody is waiting.)",
        )
        return 0
    ctx.emit(
        {"called": result.ticket.code, **result.to_json()},
        f"{result.ticket.code} → {result.counter_name}\nalasan: {result.reason_id}\n{ticket_text(result.ticket)}",
    )
    return 0


@refusals
def handle_action(ctx: Context) -> int:
    a = ctx.args
    result = act(
        ctx.database(),
        a.ticket,
        a.action,
        office=office_of(ctx),
        now=ctx.clock(),
        counter=a.counter,
        officer=a.officer,
        to_queue=getattr(a, "to", None),
        to_counter=getattr(a, "to_counter", None),
    )
    ctx.emit(result.to_json(), f"{result.message_id}\n{ticket_text(result.ticket)}")
    return 0


@refusals
def handle_status(ctx: Context) -> int:
    hall = hall_overview(ctx.database(), office=office_of(ctx), now=ctx.clock(), limit=ctx.args.limit)
    lines = [f"hari layanan {hall.service_day.isoformat()}"]
    for q in hall.queues:
        lines.append(f"\nantrean {q.letter} ({q.name}): {q.waiting} menunggu, {q.waiting_priority} prioritas")
        lines.append(f"   {q.policy.describe_id()}")
        for place, n in enumerate(q.next_up, start=1):
            lines.append(f"   {place:>3}. {n.ticket.code}  {n.reason_id}")
    lines.append("")
    for c in hall.counters:
        state = "buka" if c.is_open else "tutup"
        doing = f"{c.current.code} ({c.current.status_label})" if c.current else "-"
        sent = f"; menunggu dipindahkan ke sini: {', '.join(c.transferred)}" if c.transferred else ""
        lines.append(f"{c.name} [{state}] antrean {', '.join(c.queues) or '-'}: {doing}{sent}")
    ctx.emit(hall.to_json(), "\n".join(lines))
    return 0


MAX_EVENT_WAIT_S = 3600.0


@refusals
def handle_events(ctx: Context) -> int:
    if not 0 <= ctx.args.wait <= MAX_EVENT_WAIT_S:  # also refuses nan and inf
        raise CommandError(f"--wait must be between 0 and {MAX_EVENT_WAIT_S:.0f} seconds")
    with subscribe(ctx.database(), ctx.args.after) as feed:
        found = feed.poll(timeout=ctx.args.wait)
    ctx.emit(
        [e.to_json() for e in found],
        "\n".join(f"#{e.id} {e.at.isoformat()} {e.kind} {e.code or ''} {e.counter_name or ''}".rstrip() for e in found),
    )
    return 0
