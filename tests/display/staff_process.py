"""One staff desk in its own process, for the multi-process display test and the benchmark.

``python -m tests.display.staff_process URL SECRET OFFICER PIN COUNTER NOW [--recall-every N]``
signs in at COUNTER and calls until nobody is waiting: call, sometimes recall, complete. It
prints one JSON line per call or recall it made, with the ticket code.
"""

from __future__ import annotations

import argparse
import json
import sys

from kiosk import clock as clock_mod
from kiosk.calendar import OfficeCalendar
from kiosk.queue import Office
from kiosk.queue.states import Action
from kiosk.staff.desk import start_desk
from kiosk.storage import Database


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser()
    p.add_argument("url")
    p.add_argument("secret")
    p.add_argument("officer")
    p.add_argument("pin")
    p.add_argument("counter", type=int)
    p.add_argument("now")
    p.add_argument("--recall-every", type=int, default=0)
    args = p.parse_args(argv)
    db = Database(args.url)
    office = Office(OfficeCalendar(), args.secret)
    desk = start_desk(db, office, code=args.officer, pin=args.pin, counter=args.counter,
                      terminal=f"desk-{args.counter}", clock=clock_mod.fixed_clock(clock_mod.parse_instant(args.now)))
    calls = 0
    while True:
        result = desk.call_next()
        if result is None:
            break
        calls += 1
        code = result.ticket.code
        print(json.dumps({"action": "call", "code": code, "counter": args.counter}), flush=True)
        if args.recall_every and calls % args.recall_every == 0:
            desk.act(Action.RECALL, code)
            print(json.dumps({"action": "recall", "code": code, "counter": args.counter}), flush=True)
        desk.act(Action.COMPLETE, code)
    desk.sign_out()
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
