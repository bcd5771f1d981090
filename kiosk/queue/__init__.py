"""The queue engine: tickets that never collide, explicit priority, counters and calls.

Every operation takes a Database (and runs in its own write transaction) or an open write
Session (and runs in the caller's), plus an :class:`Office` (calendar, secret, settings) and
``now``. Refusals raise :class:`QueueError` subclasses with Indonesian and English messages.
"""

from kiosk.queue.calling import call_next
from kiosk.queue.errors import (
    CounterUnavailable,
    ForeignToken,
    ForgedToken,
    IllegalTransition,
    LayoutError,
    MalformedToken,
    OfficeClosed,
    QueueError,
    TokenError,
    UnknownCounter,
    UnknownQueue,
    UnknownService,
    UnknownTicket,
)
from kiosk.queue.estimates import WaitEstimate, estimate_wait
from kiosk.queue.events import EventView, Subscription, events_after, latest_event_id, record_event, subscribe
from kiosk.queue.issuing import issue_ticket, mark_print_failed, mark_printed
from kiosk.queue.layout import (
    CounterInfo,
    QueueInfo,
    add_counter,
    add_queue,
    change_counter,
    change_queue,
    ensure_default_layout,
    import_layout,
    list_counters,
    list_queues,
    set_counter_open,
)
from kiosk.queue.office import Office, calendar_from_settings
from kiosk.queue.overview import HallOverview, hall_overview
from kiosk.queue.priority import DEFAULT_CATEGORIES, Category, Policy, PolicySpec, TransferRule
from kiosk.queue.queries import get_ticket
from kiosk.queue.settings import QueueSettings
from kiosk.queue.states import Action, PrintState, Status
from kiosk.queue.tokens import sign_ticket, verify_token
from kiosk.queue.transitions import (
    act,
    transfer_ticket,
)
from kiosk.queue.views import ActionResult, CallResult, TicketView

__all__ = [
    "DEFAULT_CATEGORIES",
    "Action",
    "ActionResult",
    "CallResult",
    "Category",
    "CounterInfo",
    "CounterUnavailable",
    "EventView",
    "ForeignToken",
    "ForgedToken",
    "HallOverview",
    "IllegalTransition",
    "LayoutError",
    "MalformedToken",
    "Office",
    "OfficeClosed",
    "Policy",
    "PolicySpec",
    "PrintState",
    "QueueError",
    "QueueInfo",
    "QueueSettings",
    "Status",
    "Subscription",
    "TicketView",
    "TokenError",
    "TransferRule",
    "UnknownCounter",
    "UnknownQueue",
    "UnknownService",
    "UnknownTicket",
    "WaitEstimate",
    "act",
    "add_counter",
    "add_queue",
    "calendar_from_settings",
    "call_next",
    "change_counter",
    "change_queue",
    "ensure_default_layout",
    "estimate_wait",
    "events_after",
    "get_ticket",
    "hall_overview",
    "import_layout",
    "issue_ticket",
    "latest_event_id",
    "list_counters",
    "list_queues",
    "mark_print_failed",
    "mark_printed",
    "record_event",
    "set_counter_open",
    "sign_ticket",
    "subscribe",
    "transfer_ticket",
    "verify_token",
]
