from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kiosk.catalog import structured
from kiosk.catalog.admin import import_catalog, preview_import
from kiosk.catalog.derive import UNIT_LABELS_ID
from kiosk.catalog.editing import RequirementEdit, edit_service, service_versions
from kiosk.catalog.problems import CatalogImportError
from kiosk.catalog.richtext import to_plain
from kiosk.catalog.search import CatalogSearch
from kiosk.catalog.store import get_service, list_services
from kiosk.cli.cmd_staff import cli_actor
from kiosk.cli.context import CommandError, Context


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("catalog", help="import, list, show, search and export services")
    cs = p.add_subparsers(dest="catalog_command", required=True, metavar="ACTION")
    imp = cs.add_parser("import", help="import Standar Pelayanan annex files or JSON exports")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument("--dry-run", action="store_true", help="check and report, change nothing")
    imp.add_argument("--agency", help="agency to record for services that name none")
    imp.add_argument("--by", metavar="OFFICER_ID", help="the administrator importing (checked and audited)")
    imp.set_defaults(handler=handle_import)
    ls = cs.add_parser("list", help="list services")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(handler=handle_list)
    show = cs.add_parser("show", help="show one service's standard")
    show.add_argument("number", type=int)
    show.add_argument("--version", type=int, help="an older imported version")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=handle_show)
    find = cs.add_parser("search", help="search by title words, KBLI code (typos forgiven)")
    find.add_argument("query")
    find.add_argument("--json", action="store_true")
    find.set_defaults(handler=handle_search)
    exp = cs.add_parser("export", help="write services as editable JSON to standard output")
    exp.add_argument("numbers", nargs="+", type=int, metavar="NUMBER")
    exp.set_defaults(handler=handle_export)
    demo = cs.add_parser("demo", help="add a large demo hall (example services of many agencies, marked demo)")
    demo.add_argument("--agencies", type=int, default=30, metavar="N")
    demo.add_argument("--services", type=int, default=200, metavar="N")
    demo.add_argument("--by", metavar="OFFICER_ID", help="the administrator adding it (checked and audited)")
    demo.set_defaults(handler=handle_demo)
    versions = cs.add_parser("versions", help="every version of a service: imported or edited, when and by whom")
    versions.add_argument("number", type=int)
    versions.add_argument("--json", action="store_true")
    versions.set_defaults(handler=handle_versions)
    edit = cs.add_parser("edit", help="change a service's title, agency or requirement kinds (a new version)")
    edit.add_argument("number", type=int)
    edit.add_argument("--title")
    edit.add_argument("--agency")
    edit.add_argument("--nature", action="append", default=[], metavar="ITEM=document|condition",
                      help="requirement number (as in `catalog show`) and what it is; repeatable")
    edit.add_argument("--by", metavar="OFFICER_ID", help="the administrator editing (checked and audited)")
    edit.add_argument("--json", action="store_true")
    edit.set_defaults(handler=handle_edit)


def handle_import(ctx: Context) -> int:
    db, actor = ctx.database(), cli_actor(ctx)
    checked = preview_import(db, actor, ctx.args.files, agency=ctx.args.agency)
    if checked.problems:
        raise CatalogImportError(list(checked.problems))
    if ctx.args.dry_run:
        print(f"dry run: would import {len(checked.titles)} service(s): {checked.report.summary()}")
        return 0
    report = import_catalog(db, actor, ctx.clock(), ctx.args.files, agency=ctx.args.agency)
    print(f"imported {len(checked.titles)} service(s): {report.summary()}")
    return 0


def handle_list(ctx: Context) -> int:
    services = list_services(ctx.database())
    lines = [
        f"{s.number:>4}  {s.kbli or '-':<6} v{s.version}  {s.title}{'  [DEMO]' if s.is_demo else ''}" for s in services
    ]
    ctx.emit([s.__dict__ for s in services], "\n".join(lines) or "(no services; run `mpp-kiosk init`)")
    return 0


def handle_show(ctx: Context) -> int:
    detail = get_service(ctx.database(), ctx.args.number, ctx.args.version)
    if detail is None:
        raise CommandError(f"no service number {ctx.args.number}")
    unit = UNIT_LABELS_ID.get(detail.processing_unit or "", detail.processing_unit or "")
    lines = [f"{detail.number}. {detail.title}"]
    if detail.summary.kbli or detail.summary.risk:
        lines.append(f"KBLI {detail.summary.kbli or '-'}  risiko {detail.summary.risk or '-'}")
    if detail.processing_value is not None and detail.fee is not None:
        lines.append(f"waktu: {detail.processing_value} {unit}   biaya: Rp {detail.fee:,}".replace(",", "."))
    else:  # the built-in information desk (0): no standard behind it
        lines.append("(bukan standar pelayanan: nomor antrean informasi dan konsultasi)")
    lines.append("")
    for c in detail.components:
        lines.append(f"{c.number}. {c.name} [{c.group}]")
        lines.extend(f"    {line}" for line in to_plain(c.text).split("\n"))
    ctx.emit(detail.to_json(), "\n".join(lines))
    return 0


def handle_search(ctx: Context) -> int:
    hits = CatalogSearch(list_services(ctx.database())).search(ctx.args.query)
    ctx.emit([h.__dict__ for h in hits], "\n".join(f"{h.number:>4}  {h.title}" for h in hits) or "(nothing found)")
    return 0


def handle_export(ctx: Context) -> int:
    db = ctx.database()
    details = []
    for number in ctx.args.numbers:
        detail = get_service(db, number)
        if detail is None:
            raise CommandError(f"no service number {number}")
        details.append(detail)
    sys.stdout.write(structured.export(details))
    return 0


def handle_versions(ctx: Context) -> int:
    rows = service_versions(ctx.database(), ctx.args.number)
    ctx.emit([{"version": v.version, "made_at": v.made_at.isoformat(), "source": v.source, "title": v.title,
               "requirements": v.requirements, "current": v.current} for v in rows],
             "\n".join(f"v{v.version}{'*' if v.current else ' '} {v.made_at:%Y-%m-%d %H:%M}  {v.source}  "
                       f"({v.requirements} persyaratan)" for v in rows))
    return 0


def handle_edit(ctx: Context) -> int:
    db, args = ctx.database(), ctx.args
    detail = get_service(db, args.number)
    if detail is None:
        raise CommandError(f"no service number {args.number}")
    natures = {r.order: r.nature for r in detail.requirements}
    for item in args.nature:
        key, _, value = item.partition("=")
        if not key.strip().isdigit() or int(key) not in natures or value not in ("document", "condition"):
            raise CommandError(f"--nature {item!r}: expected ITEM=document or ITEM=condition, ITEM one of "
                               f"1-{len(natures)}")
        natures[int(key)] = value
    version = edit_service(db, cli_actor(ctx), ctx.clock(), args.number,
                           title=args.title if args.title is not None else detail.title,
                           agency=args.agency if args.agency is not None else (detail.summary.agency or ""),
                           requirements=[RequirementEdit(r.text, natures[r.order], r.group)
                                         for r in detail.requirements])
    ctx.emit({"number": args.number, "version": version}, f"layanan {args.number}: versi {version}")
    return 0


def handle_demo(ctx: Context) -> int:
    """Through the ordinary import (permission, audit, all or nothing), from a generated file."""
    import tempfile

    from kiosk.catalog.demo import demo_hall_json

    try:
        text = demo_hall_json(ctx.args.agencies, ctx.args.services)
    except ValueError as exc:
        raise CommandError(str(exc)) from None
    with tempfile.TemporaryDirectory(prefix="mpp-demo-") as folder:
        path = Path(folder) / "demo-hall.json"
        path.write_text(text, encoding="utf-8")
        report = import_catalog(ctx.database(), cli_actor(ctx), ctx.clock(), [path])
    print(f"demo hall: {ctx.args.services} example services of {ctx.args.agencies} agencies "
          f"({report.summary()}); each is marked as an example at the kiosk")
    return 0
