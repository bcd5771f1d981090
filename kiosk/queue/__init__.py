"""The queue engine: tickets that never collide, explicit priority, counters and calls.

Every operation takes a Database (and runs in its own write transaction) or an open write
Session (and runs in the caller's), plus an :class:`Office` (calendar, secret, settings) and
``now``. Refusals raise :class:`QueueError` subclasses with Indonesian and English messages.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kiosk.lazy import lazy_attributes

if TYPE_CHECKING:
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

# Names are imported from their modules on first use: a module that needs one light part (the
# priority categories, say) does not load the whole engine and SQLAlchemy with it, so the kiosk
# can draw its first screen before any of that is loaded.
_HOME = {
    "Action": "kiosk.queue.states",
    "ActionResult": "kiosk.queue.views",
    "CallResult": "kiosk.queue.views",
    "Category": "kiosk.queue.priority",
    "CounterInfo": "kiosk.queue.layout",
    "CounterUnavailable": "kiosk.queue.errors",
    "DEFAULT_CATEGORIES": "kiosk.queue.priority",
    "EventView": "kiosk.queue.events",
    "ForeignToken": "kiosk.queue.errors",
    "ForgedToken": "kiosk.queue.errors",
    "HallOverview": "kiosk.queue.overview",
    "IllegalTransition": "kiosk.queue.errors",
    "LayoutError": "kiosk.queue.errors",
    "MalformedToken": "kiosk.queue.errors",
    "Office": "kiosk.queue.office",
    "OfficeClosed": "kiosk.queue.errors",
    "Policy": "kiosk.queue.priority",
    "PolicySpec": "kiosk.queue.priority",
    "PrintState": "kiosk.queue.states",
    "QueueError": "kiosk.queue.errors",
    "QueueInfo": "kiosk.queue.layout",
    "QueueSettings": "kiosk.queue.settings",
    "Status": "kiosk.queue.states",
    "Subscription": "kiosk.queue.events",
    "TicketView": "kiosk.queue.views",
    "TokenError": "kiosk.queue.errors",
    "TransferRule": "kiosk.queue.priority",
    "UnknownCounter": "kiosk.queue.errors",
    "UnknownQueue": "kiosk.queue.errors",
    "UnknownService": "kiosk.queue.errors",
    "UnknownTicket": "kiosk.queue.errors",
    "WaitEstimate": "kiosk.queue.estimates",
    "act": "kiosk.queue.transitions",
    "add_counter": "kiosk.queue.layout",
    "add_queue": "kiosk.queue.layout",
    "calendar_from_settings": "kiosk.queue.office",
    "call_next": "kiosk.queue.calling",
    "change_counter": "kiosk.queue.layout",
    "change_queue": "kiosk.queue.layout",
    "ensure_default_layout": "kiosk.queue.layout",
    "estimate_wait": "kiosk.queue.estimates",
    "events_after": "kiosk.queue.events",
    "get_ticket": "kiosk.queue.queries",
    "hall_overview": "kiosk.queue.overview",
    "import_layout": "kiosk.queue.layout",
    "issue_ticket": "kiosk.queue.issuing",
    "latest_event_id": "kiosk.queue.events",
    "list_counters": "kiosk.queue.layout",
    "list_queues": "kiosk.queue.layout",
    "mark_print_failed": "kiosk.queue.issuing",
    "mark_printed": "kiosk.queue.issuing",
    "record_event": "kiosk.queue.events",
    "set_counter_open": "kiosk.queue.layout",
    "sign_ticket": "kiosk.queue.tokens",
    "subscribe": "kiosk.queue.events",
    "transfer_ticket": "kiosk.queue.transitions",
    "verify_token": "kiosk.queue.tokens",
}

__getattr__ = lazy_attributes(__name__, _HOME)


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
