"""The Counters and queues page: counters (name, queues they call, open or closed) and queues
(name, services, priority policy with a worked example of the next calls under it).

Typed text (letters, service numbers, the ratio) is read by kiosk.queue.layout, which also checks
the permission and writes the audit entry.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.queue import CounterInfo, Office, QueueInfo, list_counters, list_queues, set_counter_open
from kiosk.queue.example import worked_example
from kiosk.queue.layout import (
    add_counter,
    add_queue,
    change_counter,
    change_queue,
    check_counter_number,
    check_policy,
    parse_letters,
    parse_services,
)
from kiosk.queue.priority import Policy, PolicySpec
from kiosk.refusals import Refused
from kiosk.staff import allows
from kiosk.staff.roles import Permission
from ui.common.rows import RowsModel
from ui.staff.pagemodel import DeskState, PageModel

POLICY_WORDS = {
    Policy.RATIO.value: ("Rasio", "Ratio"),
    Policy.STRICT.value: ("Prioritas ketat", "Strict priority"),
    Policy.WEIGHTED_WAIT.value: ("Tunggu terbobot", "Weighted wait"),
}


class LayoutPage(PageModel):
    changed = Signal()
    exampleChanged = Signal()

    def __init__(self, state: DeskState, office: Office, parent: QObject | None = None) -> None:
        super().__init__(state, parent)
        self._office = office
        self._counters = RowsModel(("number", "name", "open", "queues"), self)
        self._queues = RowsModel(("letter", "name", "services", "policy", "policyText", "ratio", "weight",
                                  "counters"), self)
        self._policies = RowsModel(("key", "label"), self)
        self._counter_info: list[CounterInfo] = []
        self._queue_info: list[QueueInfo] = []
        self._example: tuple[str, str] = ("", "")
        self._example_rule: tuple[str, str] = ("", "")
        self.relabel()

    def _get_can_manage(self) -> bool:
        actor = self.state.actor()
        return actor is not None and allows(actor.role, Permission.MANAGE_LAYOUT)

    def _get_counters(self) -> RowsModel:
        return self._counters

    def _get_queues(self) -> RowsModel:
        return self._queues

    def _get_policies(self) -> RowsModel:
        return self._policies

    def _get_example(self) -> str:
        return self.state.words().say(*self._example)

    def _get_example_rule(self) -> str:
        return self.state.words().say(*self._example_rule)

    canManage = Property(bool, _get_can_manage, notify=changed)
    counters = Property(QObject, _get_counters, constant=True)
    queues = Property(QObject, _get_queues, constant=True)
    policies = Property(QObject, _get_policies, constant=True)
    example = Property(str, _get_example, notify=exampleChanged)
    exampleRule = Property(str, _get_example_rule, notify=exampleChanged)

    def relabel(self) -> None:
        words = self.state.words()
        self._policies.set_rows({"key": k, "label": words.pick(v)} for k, v in POLICY_WORDS.items())
        self._show(self._counter_info, self._queue_info)
        self.exampleChanged.emit()
        super().relabel()

    def _show(self, counters: list[CounterInfo], queues: list[QueueInfo]) -> None:
        self._counter_info, self._queue_info = counters, queues
        words = self.state.words()
        self._counters.set_rows({"number": c.number, "name": c.name, "open": c.is_open,
                                 "queues": ", ".join(c.queues) or "-"} for c in counters)
        self._queues.set_rows({
            "letter": q.letter, "name": q.name,
            "services": words.say("semua", "all") if q.all_services and not q.services
            else ", ".join(map(str, q.services)) or "-",
            "policy": q.policy.kind.value, "policyText": words.say(q.policy.describe_id(), q.policy.describe_en()),
            "ratio": q.policy.ratio_normal, "weight": q.policy.priority_weight,
            "counters": ", ".join(map(str, q.counters)) or "-",
        } for q in queues)
        self.changed.emit()

    @Slot()
    def refresh(self) -> None:
        db = self.state.db
        self.operate(lambda: (list_counters(db), list_queues(db)), lambda both: self._show(*both))

    def _done(self, indonesian: str, english: str) -> None:
        self.say(indonesian, english)
        self.refresh()

    # -- counters --------------------------------------------------------------------------------

    @Slot(str, str, str)
    def addCounter(self, number: str, name: str, letters: str) -> None:
        db, now = self.state.db, self.state.clock()

        def job() -> CounterInfo:
            checked = check_counter_number(_whole(number, "Nomor loket", "Counter number"))
            return add_counter(db, checked, name.strip() or None, queues=parse_letters(letters),
                               actor=self.actor(), now=now)

        self.operate(job, lambda c: self._done(f"{c.name} ditambahkan.", f"{c.name} added."))

    @Slot(int, str, str)
    def changeCounter(self, number: int, name: str, letters: str) -> None:
        db, now = self.state.db, self.state.clock()
        self.operate(lambda: change_counter(db, number, name=name, queues=parse_letters(letters),
                                            actor=self.actor(), now=now),
                     lambda c: self._done(f"{c.name} disimpan.", f"{c.name} saved."))

    @Slot(int, bool)
    def setCounterOpen(self, number: int, is_open: bool) -> None:
        db, now, office = self.state.db, self.state.clock(), self._office

        def job() -> CounterInfo:
            return set_counter_open(db, number, is_open, office=office, now=now, officer=self.actor().code)

        def done(c: CounterInfo) -> None:
            if c.is_open:
                self._done(f"{c.name} dibuka.", f"{c.name} opened.")
            else:
                self._done(f"{c.name} ditutup.", f"{c.name} closed.")

        self.operate(job, done)

    # -- queues ----------------------------------------------------------------------------------

    @Slot(str, str, str, str, str, str)
    def addQueue(self, letter: str, name: str, services: str, policy: str, ratio: str, weight: str) -> None:
        db, now = self.state.db, self.state.clock()

        def job() -> QueueInfo:
            numbers, every, spec = _queue_form(services, policy, ratio, weight)
            return add_queue(db, letter.strip().upper(), name, services=numbers, all_services=every,
                             policy=spec.kind.value, ratio_normal=spec.ratio_normal,
                             priority_weight=spec.priority_weight, actor=self.actor(), now=now)

        self.operate(job, lambda q: self._done(f"Antrean {q.letter} ditambahkan.", f"Queue {q.letter} added."))

    @Slot(str, str, str, str, str, str)
    def changeQueue(self, letter: str, name: str, services: str, policy: str, ratio: str, weight: str) -> None:
        db, now = self.state.db, self.state.clock()

        def job() -> tuple[QueueInfo, list[str]]:
            numbers, every, spec = _queue_form(services, policy, ratio, weight)
            return change_queue(db, letter, name=name, services=None if every else numbers,
                                all_services=True if every else None, policy=spec.kind.value,
                                ratio_normal=spec.ratio_normal, priority_weight=spec.priority_weight,
                                actor=self.actor(), now=now)

        def done(result: tuple[QueueInfo, list[str]]) -> None:
            queue, notes = result
            extra = ("; " + "; ".join(notes)) if notes else ""
            self._done(f"Antrean {queue.letter} disimpan{extra}.", f"Queue {queue.letter} saved{extra}.")

        self.operate(job, done)

    @Slot(str, str, str)
    def preview(self, policy: str, ratio: str, weight: str) -> None:
        """The worked example for the policy being typed, before it is saved."""
        try:
            spec = _policy(policy, ratio, weight)
        except Refused as refusal:
            self._example, self._example_rule = (refusal.message_id, refusal.message_en), ("", "")
        else:
            calls = worked_example(spec)
            order = " ".join(c.code for c in calls)
            self._example = (f"Urutan panggilan: {order}", f"Call order: {order}")
            self._example_rule = (spec.describe_id(), spec.describe_en())
        self.exampleChanged.emit()


def _queue_form(services: str, policy: str, ratio: str, weight: str) -> tuple[list[int], bool, PolicySpec]:
    """A queue as typed on the page: its services (or all of them) and its policy, checked."""
    numbers, every = parse_services(services)
    return numbers, every, _policy(policy, ratio, weight)


def _policy(policy: str, ratio: str, weight: str) -> PolicySpec:
    """The policy as typed on the page (ratio and weight as text), checked by the domain."""
    return check_policy(policy, _whole(ratio, "Rasio", "Ratio"), _number(weight))


def _whole(text: str, what_id: str, what_en: str) -> int:
    value = text.strip()
    if not value.isdigit() or len(value) > 6:
        raise Refused(f"{what_id} harus bilangan bulat.", f"{what_en} must be a whole number.", code="not_a_number")
    return int(value)


def _number(text: str) -> float:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        raise Refused("Bobot prioritas harus angka, misalnya 2 atau 1,5.",
                      "The priority weight must be a number, e.g. 2 or 1.5.", code="not_a_number") from None
