"""The hall's layout: queues (letter, services, policy) and counters (number, name, queues, open).

Stored in the database because every terminal of a hall must agree on it. Changed through
``mpp-kiosk queue add|set``, ``counter add|open|close``, or ``queue import FILE.toml``::

    [[queue]]
    letter = "A"
    name = "Perizinan Berusaha"
    services = "all"            # every service no other queue names; or a list: [50, 51]
    policy = "ratio"            # strict | ratio | weighted_wait
    ratio = 2                   # ratio: regular calls per priority call
    priority_weight = 2.0       # weighted_wait: a priority minute counts this much
    transfer = "by_issue_time"  # where transferred tickets rejoin: front | by_issue_time | back
    max_recalls = 2             # recalls before a called ticket becomes a no-show

    [[counter]]
    number = 1
    name = "Loket 1"
    queues = ["A"]
    open = true
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from kiosk import audit
from kiosk.audit import Actor
from kiosk.catalog.models import Service
from kiosk.queue.calling import counter_ticket
from kiosk.queue.errors import CounterUnavailable, LayoutError, UnknownQueue, UnknownService
from kiosk.queue.events import record_event
from kiosk.queue.lines import policy_of
from kiosk.queue.lookup import get_counter, get_queue
from kiosk.queue.models import Counter, CounterQueue, Queue, QueueService
from kiosk.queue.office import Office
from kiosk.queue.priority import Policy, PolicySpec, TransferRule
from kiosk.queue.reservations import release_reservations
from kiosk.queue.transactions import in_write
from kiosk.staff.accounts import require
from kiosk.staff.roles import Permission
from kiosk.storage import Database

_LETTER = re.compile(r"^[A-Z]{1,2}$")
MAX_RATIO = 20
MAX_RECALLS = 10
WEIGHT_RANGE = (1.0, 10.0)


@dataclass(frozen=True)
class QueueInfo:
    letter: str
    name: str
    all_services: bool
    services: tuple[int, ...]
    policy: PolicySpec
    transfer_rule: str
    max_recalls: int
    active: bool
    counters: tuple[int, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "letter": self.letter,
            "name": self.name,
            "services": "all" if self.all_services else list(self.services),
            "explicit_services": list(self.services),
            "policy": self.policy.kind.value,
            "ratio": self.policy.ratio_normal,
            "priority_weight": self.policy.priority_weight,
            "policy_description_id": self.policy.describe_id(),
            "policy_description_en": self.policy.describe_en(),
            "transfer": self.transfer_rule,
            "max_recalls": self.max_recalls,
            "active": self.active,
            "counters": list(self.counters),
        }


@dataclass(frozen=True)
class CounterInfo:
    number: int
    name: str
    is_open: bool
    queues: tuple[str, ...]

    def to_json(self) -> dict[str, Any]:
        return {"number": self.number, "name": self.name, "open": self.is_open, "queues": list(self.queues)}


@dataclass
class LayoutReport:
    lines: list[str] = field(default_factory=list)


def _in_read(target: Database | Session) -> Any:
    return target.read() if isinstance(target, Database) else _Borrowed(target)


class _Borrowed:
    def __init__(self, session: Session) -> None:
        self.session = session

    def __enter__(self) -> Session:
        return self.session

    def __exit__(self, *exc: object) -> None:
        return None


# -- checks ----------------------------------------------------------------------------------


def _bad(what_id: str, what_en: str) -> LayoutError:
    return LayoutError(what_id, what_en)


def check_letter(value: Any) -> str:
    letter = value.strip().upper() if isinstance(value, str) else ""
    if not _LETTER.match(letter):
        raise _bad(
            f"Huruf antrean {value!r} tidak valid; pakai 1-2 huruf A-Z.",
            f"Queue letter {value!r} is invalid; use 1-2 letters A-Z.",
        )
    return letter


def check_policy(policy: Any, ratio: Any, weight: Any) -> PolicySpec:
    try:
        kind = Policy(policy)
    except ValueError:
        options = ", ".join(p.value for p in Policy)
        raise _bad(
            f"Kebijakan {policy!r} tidak dikenal; pilihan: {options}.", f"Unknown policy {policy!r}; choose {options}."
        ) from None
    if isinstance(ratio, bool) or not isinstance(ratio, int) or not 1 <= ratio <= MAX_RATIO:
        raise _bad(
            f"Rasio {ratio!r} tidak valid; pakai bilangan bulat 1-{MAX_RATIO}.",
            f"Ratio {ratio!r} is invalid; use a whole number 1-{MAX_RATIO}.",
        )
    low, high = WEIGHT_RANGE
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not low <= weight <= high:
        raise _bad(
            f"Bobot prioritas {weight!r} tidak valid; pakai angka {low:g}-{high:g}.",
            f"Priority weight {weight!r} is invalid; use a number {low:g}-{high:g}.",
        )
    return PolicySpec(kind, ratio, float(weight))


def parse_services(text: str) -> tuple[list[int], bool]:
    """What people type for a queue's services: ``all``/``semua`` (every service no other queue
    names), or numbers like ``50, 51``. Returns (numbers, all_services)."""
    if text.strip().lower() in ("all", "semua"):
        return [], True
    numbers = []
    for part in text.replace(";", ",").split(","):
        if not part.strip():
            continue
        if not part.strip().isdigit() or len(part.strip()) > 9:
            raise _bad(f"Layanan {text!r}: tulis 'semua' atau nomor layanan seperti 50, 51.",
                       f"Services {text!r}: write 'all' or service numbers like 50, 51.")
        numbers.append(int(part))
    return numbers, False


def parse_letters(text: str) -> list[str]:
    """Queue letters as typed: ``A, B`` or ``AB``."""
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    if len(parts) == 1 and len(parts[0]) > 2 and " " not in parts[0]:
        parts = list(parts[0])
    return [check_letter(p.upper()) for p in parts]


def check_transfer(rule: Any) -> TransferRule:
    try:
        return TransferRule(rule)
    except ValueError:
        options = ", ".join(r.value for r in TransferRule)
        raise _bad(
            f"Aturan pindah {rule!r} tidak dikenal; pilihan: {options}.",
            f"Unknown transfer rule {rule!r}; choose {options}.",
        ) from None


def check_recalls(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_RECALLS:
        raise _bad(
            f"Batas panggil ulang {value!r} tidak valid; pakai 0-{MAX_RECALLS}.",
            f"Recall limit {value!r} is invalid; use 0-{MAX_RECALLS}.",
        )
    return value


def check_name(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value.strip() or len(value.strip()) > 60:
        raise _bad(
            f"Nama {what} harus diisi (paling banyak 60 huruf).",
            f"The {what} name must be given (at most 60 characters).",
        )
    return value.strip()


def check_counter_number(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= 999:
        raise _bad(
            f"Nomor loket {value!r} tidak valid; pakai 1-999.", f"Counter number {value!r} is invalid; use 1-999."
        )
    return value


# -- reading ---------------------------------------------------------------------------------


def _queue_info(session: Session, queue: Queue) -> QueueInfo:
    services = session.scalars(
        select(Service.number)
        .join(QueueService, QueueService.service_id == Service.id)
        .where(QueueService.queue_id == queue.id)
        .order_by(Service.number)
    )
    counters = session.scalars(
        select(Counter.number)
        .join(CounterQueue, CounterQueue.counter_id == Counter.id)
        .where(CounterQueue.queue_id == queue.id)
        .order_by(Counter.number)
    )
    return QueueInfo(
        letter=queue.letter,
        name=queue.name,
        all_services=queue.fallback,
        services=tuple(services),
        policy=policy_of(queue),
        transfer_rule=queue.transfer_rule,
        max_recalls=queue.max_recalls,
        active=queue.active,
        counters=tuple(counters),
    )


def _counter_info(session: Session, counter: Counter) -> CounterInfo:
    letters = session.scalars(
        select(Queue.letter)
        .join(CounterQueue, CounterQueue.queue_id == Queue.id)
        .where(CounterQueue.counter_id == counter.id)
        .order_by(Queue.letter)
    )
    return CounterInfo(counter.number, counter.name, counter.is_open, tuple(letters))


def list_queues(target: Database | Session) -> list[QueueInfo]:
    with _in_read(target) as session:
        return [_queue_info(session, q) for q in session.scalars(select(Queue).order_by(Queue.letter))]


def list_counters(target: Database | Session) -> list[CounterInfo]:
    with _in_read(target) as session:
        return [_counter_info(session, c) for c in session.scalars(select(Counter).order_by(Counter.number))]


# -- writing ---------------------------------------------------------------------------------


def _service_ids(session: Session, numbers: Sequence[int]) -> dict[int, int]:
    rows = session.execute(select(Service.number, Service.id).where(Service.number.in_(list(numbers))))
    found = {number: service_id for number, service_id in rows}
    missing = sorted(set(numbers) - set(found))
    if missing:
        listed = ", ".join(str(n) for n in missing)
        raise UnknownService(
            f"Layanan nomor {listed} tidak ada di katalog.", f"Service number {listed} is not in the catalog."
        )
    return found


def _assign_services(session: Session, queue: Queue, numbers: Sequence[int], *, move: bool) -> list[str]:
    """Route exactly ``numbers`` to ``queue``; returns notes about services taken from others."""
    ids = _service_ids(session, numbers)
    notes: list[str] = []
    taken = session.execute(
        select(QueueService, Queue.letter, Service.number)
        .join(Queue, Queue.id == QueueService.queue_id)
        .join(Service, Service.id == QueueService.service_id)
        .where(QueueService.service_id.in_(list(ids.values())), QueueService.queue_id != queue.id)
    ).all()
    for link, letter, number in taken:
        if not move:
            raise _bad(
                f"Layanan {number} sudah dilayani antrean {letter}; lepaskan dulu dari antrean {letter}.",
                f"Service {number} already belongs to queue {letter}; take it off queue {letter} first.",
            )
        session.delete(link)
        notes.append(f"layanan {number} dipindah dari antrean {letter} ke {queue.letter}")
    session.flush()
    session.execute(delete(QueueService).where(QueueService.queue_id == queue.id))
    for service_id in ids.values():
        session.add(QueueService(queue_id=queue.id, service_id=service_id))
    return notes


def _take_fallback(session: Session, queue: Queue, *, move: bool) -> list[str]:
    others = session.scalars(select(Queue).where(Queue.fallback.is_(True), Queue.id != queue.id)).all()
    notes = []
    for other in others:
        if not move:
            raise _bad(
                f"Antrean {other.letter} sudah melayani semua layanan lain; hanya satu antrean boleh begitu.",
                f"Queue {other.letter} already serves all other services; only one queue may.",
            )
        other.fallback = False
        notes.append(f"antrean {other.letter} tidak lagi melayani semua layanan lain")
    queue.fallback = True
    return notes


def add_queue(
    target: Database | Session,
    letter: str,
    name: str,
    *,
    services: Sequence[int] = (),
    all_services: bool = False,
    policy: str = "ratio",
    ratio_normal: int = 2,
    priority_weight: float = 2.0,
    transfer_rule: str = "by_issue_time",
    max_recalls: int = 2,
    actor: Actor,
    now: datetime,
) -> QueueInfo:
    require(actor, Permission.MANAGE_LAYOUT)
    code = check_letter(letter)
    spec = check_policy(policy, ratio_normal, priority_weight)
    rule = check_transfer(transfer_rule)
    recalls = check_recalls(max_recalls)
    title = check_name(name, "antrean")

    def work(session: Session) -> QueueInfo:
        if session.scalars(select(Queue).where(Queue.letter == code)).first() is not None:
            raise _bad(
                f"Antrean {code} sudah ada; pilih huruf lain atau ubah antrean {code}.",
                f"Queue {code} exists; choose another letter or change queue {code}.",
            )
        queue = Queue(
            letter=code,
            name=title,
            fallback=False,
            policy=spec.kind.value,
            ratio_normal=spec.ratio_normal,
            priority_weight=spec.priority_weight,
            transfer_rule=rule.value,
            max_recalls=recalls,
            active=True,
        )
        session.add(queue)
        session.flush()
        if all_services:
            _take_fallback(session, queue, move=False)
        _assign_services(session, queue, services, move=False)
        session.flush()
        info = _queue_info(session, queue)
        audit.record(session, actor, "layout.add_queue", now, subject=f"queue:{code}", name=title,
                     policy=spec.kind.value, services=list(info.services))
        return info

    return in_write(target, work)


def change_queue(
    target: Database | Session,
    letter: str,
    *,
    name: str | None = None,
    services: Sequence[int] | None = None,
    all_services: bool | None = None,
    policy: str | None = None,
    ratio_normal: int | None = None,
    priority_weight: float | None = None,
    transfer_rule: str | None = None,
    max_recalls: int | None = None,
    active: bool | None = None,
    actor: Actor,
    now: datetime,
) -> tuple[QueueInfo, list[str]]:
    """Change what is given, leave the rest; services named here move from other queues."""
    require(actor, Permission.MANAGE_LAYOUT)

    def work(session: Session) -> tuple[QueueInfo, list[str]]:
        queue = get_queue(session, check_letter(letter))
        before = _queue_info(session, queue)
        notes: list[str] = []
        spec = check_policy(
            policy if policy is not None else queue.policy,
            ratio_normal if ratio_normal is not None else queue.ratio_normal,
            priority_weight if priority_weight is not None else queue.priority_weight,
        )
        queue.policy, queue.ratio_normal, queue.priority_weight = (
            spec.kind.value,
            spec.ratio_normal,
            spec.priority_weight,
        )
        if name is not None:
            queue.name = check_name(name, "antrean")
        if transfer_rule is not None:
            queue.transfer_rule = check_transfer(transfer_rule).value
        if max_recalls is not None:
            queue.max_recalls = check_recalls(max_recalls)
        if active is not None:
            queue.active = active
        if all_services is True:
            notes += _take_fallback(session, queue, move=True)
        elif all_services is False:
            queue.fallback = False
        if services is not None:
            notes += _assign_services(session, queue, services, move=True)
        session.flush()
        after = _queue_info(session, queue)
        audit.record(session, actor, "layout.change_queue", now, subject=f"queue:{queue.letter}",
                     changes=_changes(before.to_json(), after.to_json()))
        return after, notes

    return in_write(target, work)


def _set_counter_queues(session: Session, counter: Counter, letters: Sequence[str]) -> None:
    queue_ids = []
    for letter in letters:
        queue_ids.append(get_queue(session, check_letter(letter)).id)
    session.execute(delete(CounterQueue).where(CounterQueue.counter_id == counter.id))
    for queue_id in sorted(set(queue_ids)):
        session.add(CounterQueue(counter_id=counter.id, queue_id=queue_id))


def _find_counter(session: Session, number: int) -> Counter | None:
    return session.scalars(select(Counter).where(Counter.number == number)).first()


def _put_counter(session: Session, number: int, name: str, *, is_open: bool, letters: Sequence[str]) -> bool:
    """Counter ``number`` with this name, state and queues, made if new (True) or updated: the
    one place the layout writes a counter, whether typed, imported or set up for a new hall."""
    counter = _find_counter(session, number)
    created = counter is None
    if counter is None:
        counter = Counter(number=number, name=name, is_open=is_open)
        session.add(counter)
    counter.name, counter.is_open = name, is_open
    session.flush()
    _set_counter_queues(session, counter, letters)
    session.flush()
    return created


def add_counter(
    target: Database | Session, number: int, name: str | None = None, *, queues: Sequence[str], is_open: bool = False,
    actor: Actor, now: datetime,
) -> CounterInfo:
    require(actor, Permission.MANAGE_LAYOUT)
    checked = check_counter_number(number)
    title = check_name(name if name is not None else f"Loket {checked}", "loket")
    if not queues:
        raise _bad(
            "Loket harus melayani paling sedikit satu antrean (--queues A,B).",
            "A counter must serve at least one queue (--queues A,B).",
        )

    def work(session: Session) -> CounterInfo:
        if _find_counter(session, checked) is not None:
            raise _bad(f"Loket {checked} sudah ada.", f"Counter {checked} already exists.")
        _put_counter(session, checked, title, is_open=is_open, letters=queues)
        info = _counter_info(session, get_counter(session, checked))
        audit.record(session, actor, "layout.add_counter", now, subject=f"counter:{checked}", name=title,
                     queues=list(info.queues))
        return info

    return in_write(target, work)


def change_counter(
    target: Database | Session, number: int, *, name: str | None = None, queues: Sequence[str] | None = None,
    actor: Actor, now: datetime,
) -> CounterInfo:
    """Rename a counter or change which queues it calls from."""
    require(actor, Permission.MANAGE_LAYOUT)
    title = check_name(name, "loket") if name is not None else None
    if queues is not None and not queues:
        raise _bad("Loket harus melayani paling sedikit satu antrean.", "A counter must serve at least one queue.")

    def work(session: Session) -> CounterInfo:
        counter = get_counter(session, number, lock=True)
        before = _counter_info(session, counter)
        if title is not None:
            counter.name = title
        if queues is not None:
            _set_counter_queues(session, counter, queues)
        session.flush()
        after = _counter_info(session, counter)
        audit.record(session, actor, "layout.change_counter", now, subject=f"counter:{counter.number}",
                     changes=_changes(before.to_json(), after.to_json()))
        return after

    return in_write(target, work)


def _changes(before: Mapping[str, Any], after: Mapping[str, Any]) -> dict[str, list[Any]]:
    return {k: [before[k], after[k]] for k in after if before.get(k) != after[k]}


def set_counter_open(
    target: Database | Session, number: int, is_open: bool, *, office: Office, now: datetime, officer: str | None = None
) -> CounterInfo:
    """Open or close a counter. Closing is refused while it still has a called or serving ticket."""

    def work(session: Session) -> CounterInfo:
        counter = get_counter(session, number, lock=True)
        if counter.is_open == is_open:
            return _counter_info(session, counter)
        if not is_open:
            busy = counter_ticket(session, counter, office.service_day(now))
            if busy is not None:
                raise CounterUnavailable(
                    f"{counter.name} masih menangani {busy.code}; selesaikan atau tunda dulu sebelum menutup loket.",
                    f"{counter.name} still has {busy.code}; complete or hold it before closing.",
                )
        counter.is_open = is_open
        released = [] if is_open else release_reservations(session, counter, now=now, officer=officer)
        session.flush()
        info = _counter_info(session, counter)
        record_event(
            session,
            "counter_opened" if is_open else "counter_closed",
            at=now,
            counter=counter,
            officer=officer,
            payload={"queues": list(info.queues), **({"released": released} if released else {})},
        )
        return info

    return in_write(target, work)


# -- import and defaults ---------------------------------------------------------------------

_QUEUE_KEYS = {"letter", "name", "services", "policy", "ratio", "priority_weight", "transfer", "max_recalls", "active"}
_COUNTER_KEYS = {"number", "name", "queues", "open"}


def import_layout(
    target: Database | Session, data: Mapping[str, Any], *, source: str, actor: Actor, now: datetime
) -> LayoutReport:
    """Add or update every ``[[queue]]`` and ``[[counter]]`` in ``data``, all or nothing.

    Queues are matched by letter and counters by number; what the file does not mention stays.
    A problem is reported as ``SOURCE: queue[2].policy: ...`` and nothing is changed.
    """
    require(actor, Permission.MANAGE_LAYOUT)
    unknown = sorted(set(data) - {"queue", "counter"})
    if unknown:
        raise _bad(
            f"{source}: bagian {unknown[0]!r} tidak dikenal; pakai [[queue]] dan [[counter]].",
            f"{source}: unknown table {unknown[0]!r}; use [[queue]] and [[counter]].",
        )
    queues, counters = data.get("queue", []), data.get("counter", [])
    if not isinstance(queues, list) or not isinstance(counters, list):
        raise _bad(
            f"{source}: [[queue]] dan [[counter]] harus berupa daftar tabel.",
            f"{source}: [[queue]] and [[counter]] must be arrays of tables.",
        )

    def work(session: Session) -> LayoutReport:
        report = LayoutReport()
        fallbacks = [i for i, q in enumerate(queues) if isinstance(q, Mapping) and q.get("services") == "all"]
        if len(fallbacks) > 1:
            raise _bad(
                f'{source}: hanya satu antrean boleh services = "all".',
                f'{source}: only one queue may have services = "all".',
            )
        for i, entry in enumerate(queues):
            where = f"{source}: queue[{i}]"
            try:
                report.lines += _import_queue(session, entry)
            except (LayoutError, UnknownService) as exc:
                raise _bad(f"{where}: {exc.message_id}", f"{where}: {exc.message_en}") from None
        for i, entry in enumerate(counters):
            where = f"{source}: counter[{i}]"
            try:
                report.lines.append(_import_counter(session, entry))
            except (LayoutError, UnknownQueue) as exc:
                raise _bad(f"{where}: {exc.message_id}", f"{where}: {exc.message_en}") from None
        session.flush()
        audit.record(session, actor, "layout.import", now, subject=None, source=source[-120:], lines=report.lines)
        return report

    return in_write(target, work)


def _import_queue(session: Session, entry: Any) -> list[str]:
    if not isinstance(entry, Mapping):
        raise _bad("harus berupa tabel.", "must be a table.")
    extra = sorted(set(entry) - _QUEUE_KEYS)
    if extra:
        raise _bad(
            f"kunci {extra[0]!r} tidak dikenal; pilihan: {', '.join(sorted(_QUEUE_KEYS))}.",
            f"unknown key {extra[0]!r}; allowed: {', '.join(sorted(_QUEUE_KEYS))}.",
        )
    letter = check_letter(entry.get("letter"))
    name = check_name(entry.get("name", f"Antrean {letter}"), "antrean")
    services = entry.get("services", [])
    if services != "all" and (
        not isinstance(services, list) or not all(isinstance(n, int) and not isinstance(n, bool) for n in services)
    ):
        raise _bad(
            'services harus "all" atau daftar nomor layanan.', 'services must be "all" or a list of service numbers.'
        )
    spec = check_policy(entry.get("policy", "ratio"), entry.get("ratio", 2), entry.get("priority_weight", 2.0))
    rule = check_transfer(entry.get("transfer", "by_issue_time"))
    recalls = check_recalls(entry.get("max_recalls", 2))
    active = entry.get("active", True)
    if not isinstance(active, bool):
        raise _bad("active harus true atau false.", "active must be true or false.")
    queue = session.scalars(select(Queue).where(Queue.letter == letter)).first()
    verb = "diperbarui"
    if queue is None:
        queue = Queue(letter=letter, name=name, fallback=False)
        session.add(queue)
        verb = "dibuat"
    queue.name, queue.policy, queue.ratio_normal = name, spec.kind.value, spec.ratio_normal
    queue.priority_weight, queue.transfer_rule, queue.max_recalls, queue.active = (
        spec.priority_weight,
        rule.value,
        recalls,
        active,
    )
    session.flush()
    notes: list[str] = []
    if services == "all":
        notes += _take_fallback(session, queue, move=True)
        notes += _assign_services(session, queue, [], move=True)
    else:
        queue.fallback = False
        notes += _assign_services(session, queue, services, move=True)
    return [f"antrean {letter} {verb}: {spec.describe_id()}", *notes]


def _import_counter(session: Session, entry: Any) -> str:
    if not isinstance(entry, Mapping):
        raise _bad("harus berupa tabel.", "must be a table.")
    extra = sorted(set(entry) - _COUNTER_KEYS)
    if extra:
        raise _bad(
            f"kunci {extra[0]!r} tidak dikenal; pilihan: {', '.join(sorted(_COUNTER_KEYS))}.",
            f"unknown key {extra[0]!r}; allowed: {', '.join(sorted(_COUNTER_KEYS))}.",
        )
    number = check_counter_number(entry.get("number"))
    name = check_name(entry.get("name", f"Loket {number}"), "loket")
    letters = entry.get("queues")
    if not isinstance(letters, list) or not letters or not all(isinstance(q, str) for q in letters):
        raise _bad(
            'queues harus daftar huruf antrean, misalnya ["A", "B"].',
            'queues must be a list of queue letters, e.g. ["A", "B"].',
        )
    is_open = entry.get("open", False)
    if not isinstance(is_open, bool):
        raise _bad("open harus true atau false.", "open must be true or false.")
    verb = "dibuat" if _put_counter(session, number, name, is_open=is_open, letters=letters) else "diperbarui"
    return f"loket {number} {verb}: {name}, antrean {', '.join(sorted(set(letters)))}, {'buka' if is_open else 'tutup'}"


DEFAULT_QUEUE_NAME = "Antrean Umum"
DEFAULT_COUNTERS = 3


def default_queues_step(db: Database, settings: object, now: datetime) -> str:
    """``mpp-kiosk init`` step (see kiosk.setup.STEPS); runs after the catalog is loaded."""
    return ensure_default_layout(db)


def ensure_default_layout(db: Database) -> str:
    """A new hall gets queue A for every service (ratio 2:1) and open counters Loket 1-3."""
    with db.write() as session:
        queues = session.scalar(select(func.count()).select_from(Queue)) or 0
        counters = session.scalar(select(func.count()).select_from(Counter)) or 0
        if queues:
            return f"queues: {queues} queue(s) and {counters} counter(s) already configured"
        queue = Queue(
            letter="A",
            name=DEFAULT_QUEUE_NAME,
            fallback=True,
            policy=Policy.RATIO.value,
            ratio_normal=2,
            priority_weight=2.0,
            transfer_rule=TransferRule.BY_ISSUE_TIME.value,
            max_recalls=2,
            active=True,
        )
        session.add(queue)
        session.flush()
        for number in range(1, DEFAULT_COUNTERS + 1):
            if _find_counter(session, number) is None:
                _put_counter(session, number, f"Loket {number}", is_open=True, letters=[queue.letter])
    return (
        f"queues: created queue A ({DEFAULT_QUEUE_NAME}, all services, 2 regular : 1 priority) "
        f"and open counters 1-{DEFAULT_COUNTERS}"
    )
