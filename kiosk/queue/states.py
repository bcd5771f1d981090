"""Ticket states and which action may move a ticket from which state.

::

    issued ──admit/printed──▶ waiting ──call──▶ called ──serve──▶ serving ──complete──▶ done
                                 ▲              │  ▲ recall        │
                                 │              │  └───────┘       │
                                 │  resume      ├──skip / too many recalls──▶ no_show
                                 ├──────────────┼──hold──▶ held ◀──┘
                                 └──transfer (another queue or counter, same number)
    cancel: issued, waiting, called or held ──▶ cancelled

A ticket is ``issued`` while its paper is still being printed and joins the line (``waiting``)
once printed, so a ticket nobody holds is never called; a ticket that needs no paper (CLI, a
screen-only kiosk) is waiting at once. ``resume`` puts a held ticket, or a no-show who turns up
after all, back where it stood in the line.
"""

from __future__ import annotations

from enum import StrEnum

from kiosk.queue.errors import IllegalTransition


class Status(StrEnum):
    ISSUED = "issued"
    WAITING = "waiting"
    CALLED = "called"
    SERVING = "serving"
    HELD = "held"
    DONE = "done"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


class Action(StrEnum):
    ADMIT = "admit"
    CALL = "call"
    RECALL = "recall"
    SERVE = "serve"
    COMPLETE = "complete"
    SKIP = "skip"
    HOLD = "hold"
    RESUME = "resume"
    CANCEL = "cancel"
    TRANSFER = "transfer"


class PrintState(StrEnum):
    PENDING = "pending"
    PRINTED = "printed"
    FAILED = "failed"
    NOT_REQUIRED = "not_required"


STATUS_LABELS: dict[Status, tuple[str, str]] = {
    Status.ISSUED: ("diterbitkan, menunggu cetak", "issued, awaiting print"),
    Status.WAITING: ("menunggu", "waiting"),
    Status.CALLED: ("dipanggil", "called"),
    Status.SERVING: ("sedang dilayani", "being served"),
    Status.HELD: ("ditunda", "on hold"),
    Status.DONE: ("selesai", "done"),
    Status.NO_SHOW: ("tidak hadir", "no-show"),
    Status.CANCELLED: ("dibatalkan", "cancelled"),
}

ACTION_LABELS: dict[Action, tuple[str, str]] = {
    Action.ADMIT: ("memasukkan ke antrean", "admit to the line"),
    Action.CALL: ("memanggil", "call"),
    Action.RECALL: ("memanggil ulang", "recall"),
    Action.SERVE: ("mulai melayani", "start serving"),
    Action.COMPLETE: ("menyelesaikan", "complete"),
    Action.SKIP: ("melewati", "skip"),
    Action.HOLD: ("menunda", "hold"),
    Action.RESUME: ("melanjutkan", "resume"),
    Action.CANCEL: ("membatalkan", "cancel"),
    Action.TRANSFER: ("memindahkan", "transfer"),
}

# action -> (states it may start from, state it leads to). Recall stays in ``called`` (or ends
# in ``no_show`` past the queue's limit, decided by the caller of ``check``).
TRANSITIONS: dict[Action, tuple[frozenset[Status], Status]] = {
    Action.ADMIT: (frozenset({Status.ISSUED}), Status.WAITING),
    Action.CALL: (frozenset({Status.WAITING}), Status.CALLED),
    Action.RECALL: (frozenset({Status.CALLED}), Status.CALLED),
    Action.SERVE: (frozenset({Status.CALLED}), Status.SERVING),
    Action.COMPLETE: (frozenset({Status.CALLED, Status.SERVING}), Status.DONE),
    Action.SKIP: (frozenset({Status.CALLED}), Status.NO_SHOW),
    Action.HOLD: (frozenset({Status.WAITING, Status.CALLED, Status.SERVING}), Status.HELD),
    Action.RESUME: (frozenset({Status.HELD, Status.NO_SHOW}), Status.WAITING),
    Action.CANCEL: (frozenset({Status.ISSUED, Status.WAITING, Status.CALLED, Status.HELD}), Status.CANCELLED),
    Action.TRANSFER: (frozenset({Status.WAITING, Status.CALLED, Status.SERVING, Status.HELD}), Status.WAITING),
}

# States in which a ticket occupies its counter: the counter cannot call another one.
AT_COUNTER = frozenset({Status.CALLED, Status.SERVING})


def check(action: Action, status: str, code: str) -> Status:
    """The state ``action`` leads to from ``status``, or IllegalTransition saying why not."""
    allowed, target = TRANSITIONS[action]
    current = Status(status)
    if current in allowed:
        return target
    verb_id, verb_en = ACTION_LABELS[action]
    now_id, now_en = STATUS_LABELS[current]
    from_id = ", ".join(STATUS_LABELS[s][0] for s in sorted(allowed))
    from_en = ", ".join(STATUS_LABELS[s][1] for s in sorted(allowed))
    raise IllegalTransition(
        f"Tidak dapat {verb_id} tiket {code}: statusnya {now_id}; hanya bisa dari status {from_id}.",
        f"Cannot {verb_en} ticket {code}: it is {now_en}; allowed only when {from_en}.",
        ticket_code=code,
        status=current.value,
        action=action.value,
    )
