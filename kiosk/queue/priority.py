"""Priority categories and the three calling policies, as pure functions.

Each queue has one policy. Whichever it is, tickets transferred "to the front" go first, in the
order they arrived there; among the rest:

``strict``
    A waiting priority ticket is always called before any regular one.
``ratio`` (default, N = 2)
    After N regular calls the next call goes to a waiting priority ticket. A priority ticket that
    was issued before the first regular one in line is simply its turn, and either class is
    called when the other has nobody waiting.
``weighted_wait``
    The ticket with the longest *weighted* wait: a priority ticket's minutes count ``weight``
    times (default 2), so nobody waits forever and priority still moves faster.

Worked example, ratio 2:1, line in issue order A-001, A-002 (lansia), A-003, A-004, A-005 (ibu
hamil), A-006. Calls: A-001 (regular, 1 of 2) → A-002 (priority: it came before the first regular
ticket still waiting, A-003) → A-003 (regular 1 of 2) → A-004 (regular 2 of 2) → A-005 (priority:
2 regular calls have been made) → A-006. Under ``strict`` the order would be A-002, A-005, A-001,
A-003, A-004, A-006. Every call states its reason, e.g. ``prioritas: lansia (aturan 2 reguler :
1 prioritas)``, so the staff screen can show why that ticket was chosen.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from enum import Enum, StrEnum, auto
from functools import cached_property
from typing import NamedTuple


@dataclass(frozen=True)
class Category:
    key: str
    label_id: str
    label_en: str


DEFAULT_CATEGORIES: tuple[Category, ...] = (
    Category("lansia", "lansia", "older person"),
    Category("disabilitas", "penyandang disabilitas", "person with a disability"),
    Category("ibu_hamil", "ibu hamil", "pregnant woman"),
    Category("ibu_balita", "ibu dengan balita", "mother with a young child"),
)


class Policy(StrEnum):
    STRICT = "strict"
    RATIO = "ratio"
    WEIGHTED_WAIT = "weighted_wait"


class TransferRule(StrEnum):
    FRONT = "front"
    BY_ISSUE_TIME = "by_issue_time"
    BACK = "back"


@dataclass(frozen=True)
class PolicySpec:
    kind: Policy = Policy.RATIO
    ratio_normal: int = 2
    priority_weight: float = 2.0

    def rule_id(self) -> str:
        if self.kind is Policy.STRICT:
            return "aturan: prioritas selalu didahulukan"
        if self.kind is Policy.RATIO:
            return f"aturan {self.ratio_normal} reguler : 1 prioritas"
        return f"aturan: tunggu terlama, menit prioritas dikali {_num(self.priority_weight)}"

    def rule_en(self) -> str:
        if self.kind is Policy.STRICT:
            return "rule: priority always first"
        if self.kind is Policy.RATIO:
            return f"rule {self.ratio_normal} regular : 1 priority"
        return f"rule: longest wait, priority minutes count {_num(self.priority_weight)} times"

    def describe_id(self) -> str:
        if self.kind is Policy.STRICT:
            return "Prioritas ketat: nomor prioritas yang menunggu selalu dipanggil lebih dulu."
        if self.kind is Policy.RATIO:
            n = self.ratio_normal
            return (
                f"{n} reguler : 1 prioritas: setelah {n} nomor reguler dipanggil, nomor prioritas "
                "berikutnya didahulukan; nomor yang datang lebih dulu tetap didahulukan."
            )
        return (
            "Tunggu terbobot: dipanggil yang menunggu paling lama; menit tunggu nomor prioritas "
            f"dihitung {_num(self.priority_weight)} kali."
        )

    def describe_en(self) -> str:
        if self.kind is Policy.STRICT:
            return "Strict priority: a waiting priority ticket is always called first."
        if self.kind is Policy.RATIO:
            n = self.ratio_normal
            return (
                f"{n} regular : 1 priority: after {n} regular calls the next priority ticket goes "
                "first; a ticket that came earlier still goes first."
            )
        return (
            "Weighted wait: the longest wait is called; a priority ticket's minutes count "
            f"{_num(self.priority_weight)} times."
        )


class Candidate(NamedTuple):
    """A waiting ticket as the policies see it (a tuple: a line of hundreds is read on every
    issue, and a tuple is made several times faster than a frozen dataclass)."""

    ticket_id: int
    code: str
    lane: int
    rank_at: datetime
    priority: str | None

    @property
    def key(self) -> tuple[int, datetime, int]:
        return (self.lane, self.rank_at, self.ticket_id)


@dataclass(frozen=True)
class Choice:
    candidate: Candidate
    reason_id: str
    reason_en: str


class Labels:
    """Category key -> words, tolerant of keys no longer configured (old tickets)."""

    def __init__(self, categories: Iterable[Category] = DEFAULT_CATEGORIES) -> None:
        self._by_key = {c.key: c for c in categories}

    def id(self, key: str) -> str:
        found = self._by_key.get(key)
        return found.label_id if found else key.replace("_", " ")

    def en(self, key: str) -> str:
        found = self._by_key.get(key)
        return found.label_en if found else key.replace("_", " ")

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def keys(self) -> list[str]:
        return list(self._by_key)


class Why(Enum):
    """Which rule picked a ticket; :func:`explain` turns it into words."""

    FRONT = auto()
    NO_PRIORITY = auto()
    NO_NORMAL = auto()
    STRICT = auto()
    RATIO_DUE = auto()
    CAME_FIRST = auto()
    RATIO_TURN = auto()
    LONGER_WEIGHTED = auto()
    LONGER_REGULAR = auto()


def pick(
    spec: PolicySpec,
    *,
    front: Candidate | None,
    priority: Candidate | None,
    normal: Candidate | None,
    normal_streak: int,
    now: datetime,
) -> tuple[Candidate, Why] | None:
    """The next ticket of one queue from the heads of its three lines, and the rule that chose it.

    ``front`` is the first ticket transferred to the front, ``priority`` and ``normal`` the
    first priority and regular tickets of the ordinary line, ``normal_streak`` the regular calls
    since this queue last called a priority ticket today. The policy lives here alone; the
    words come from :func:`explain` only for the calls somebody reads.
    """
    if front is not None:
        return front, Why.FRONT
    if priority is None:
        return None if normal is None else (normal, Why.NO_PRIORITY)
    if normal is None:
        return priority, Why.NO_NORMAL
    if spec.kind is Policy.STRICT:
        return priority, Why.STRICT
    if spec.kind is Policy.RATIO:
        if normal_streak >= spec.ratio_normal:
            return priority, Why.RATIO_DUE
        if priority.key < normal.key:
            return priority, Why.CAME_FIRST
        return normal, Why.RATIO_TURN
    score_p = _minutes(now, priority.rank_at) * spec.priority_weight
    if (score_p, _neg(priority.key)) > (_minutes(now, normal.rank_at), _neg(normal.key)):
        return priority, Why.LONGER_WEIGHTED
    return normal, Why.LONGER_REGULAR


def explain(
    spec: PolicySpec,
    chosen: Candidate,
    why: Why,
    *,
    priority: Candidate | None,
    normal: Candidate | None,
    normal_streak: int,
    now: datetime,
    labels: Labels,
) -> Choice:
    """The call :func:`pick` made, with its reason in both languages."""
    if why is Why.FRONT:
        return Choice(chosen, "dipindahkan ke depan antrean", "transferred to the front of the line")
    rule_id, rule_en = spec.rule_id(), spec.rule_en()
    if why is Why.NO_PRIORITY:
        return Choice(
            chosen,
            f"reguler: tidak ada nomor prioritas yang menunggu ({rule_id})",
            f"regular: no priority ticket is waiting ({rule_en})",
        )
    if why is Why.RATIO_TURN:
        turn = normal_streak + 1
        return Choice(
            chosen,
            f"reguler ke-{turn} dari {spec.ratio_normal} sebelum prioritas berikutnya ({rule_id})",
            f"regular {turn} of {spec.ratio_normal} before the next priority ticket ({rule_en})",
        )
    assert priority is not None
    cat_id, cat_en = labels.id(priority.priority or ""), labels.en(priority.priority or "")
    if why is Why.NO_NORMAL:
        return Choice(
            chosen,
            f"prioritas: {cat_id} (tidak ada nomor reguler yang menunggu; {rule_id})",
            f"priority: {cat_en} (no regular ticket is waiting; {rule_en})",
        )
    if why in (Why.STRICT, Why.RATIO_DUE):
        return Choice(chosen, f"prioritas: {cat_id} ({rule_id})", f"priority: {cat_en} ({rule_en})")
    assert normal is not None
    if why is Why.CAME_FIRST:
        return Choice(
            chosen,
            f"prioritas: {cat_id} (datang lebih dulu dari {normal.code}; {rule_id})",
            f"priority: {cat_en} (came before {normal.code}; {rule_en})",
        )
    waited_p = _minutes(now, priority.rank_at)
    waited_n = _minutes(now, normal.rank_at)
    score_p = waited_p * spec.priority_weight
    weight = _num(spec.priority_weight)
    if why is Why.LONGER_WEIGHTED:
        return Choice(
            chosen,
            f"prioritas: {cat_id} (menunggu {_num(waited_p)} menit × {weight} = {_num(score_p)}, "
            f"lebih lama dari {normal.code} {_num(waited_n)} menit)",
            f"priority: {cat_en} (waited {_num(waited_p)} min × {weight} = {_num(score_p)}, "
            f"longer than {normal.code} at {_num(waited_n)} min)",
        )
    return Choice(
        chosen,
        f"reguler: menunggu {_num(waited_n)} menit, lebih lama dari {priority.code} "
        f"{_num(waited_p)} menit × {weight} = {_num(score_p)}",
        f"regular: waited {_num(waited_n)} min, longer than {priority.code} at "
        f"{_num(waited_p)} min × {weight} = {_num(score_p)}",
    )


def choose(
    spec: PolicySpec,
    *,
    front: Candidate | None,
    priority: Candidate | None,
    normal: Candidate | None,
    normal_streak: int,
    now: datetime,
    labels: Labels,
) -> Choice | None:
    """:func:`pick` with its reason: what a counter calls, and why."""
    picked = pick(spec, front=front, priority=priority, normal=normal, normal_streak=normal_streak, now=now)
    if picked is None:
        return None
    return explain(
        spec, *picked, priority=priority, normal=normal, normal_streak=normal_streak, now=now, labels=labels
    )


def next_streak(spec: PolicySpec, chosen: Candidate, streak: int) -> int:
    """The regular-call streak after calling ``chosen``; front-lane calls leave it alone."""
    if chosen.lane == 0:
        return streak
    return 0 if chosen.priority else streak + 1


class _Step(NamedTuple):
    chosen: Candidate
    why: Why
    priority: Candidate | None
    normal: Candidate | None
    streak: int


class Prediction:
    """The calls a queue would make, first to last, if nobody else arrived.

    Runs the same :func:`pick` the counters use, so "people ahead" follows the policy instead of
    plain issue order (under ``strict`` a regular ticket has every priority ticket ahead of it).
    The reasons are put into words only when :attr:`calls` is read: a ticket's place in line,
    worked out on every issue, needs the order alone.
    """

    def __init__(
        self, spec: PolicySpec, waiting: Iterable[Candidate], *, normal_streak: int, now: datetime, labels: Labels
    ) -> None:
        self._spec, self._now, self._labels = spec, now, labels
        ordered = sorted(waiting, key=lambda c: c.key)
        front = deque(c for c in ordered if c.lane == 0)
        prio = deque(c for c in ordered if c.lane != 0 and c.priority)
        normal = deque(c for c in ordered if c.lane != 0 and not c.priority)
        self._steps: list[_Step] = []
        streak = normal_streak
        # The policy only decides while both classes wait: the front lane goes first whatever
        # the policy, and once one class is empty the other follows in its own order. Most
        # lines hold few priority tickets, so the rest (the bulk of a long line) is kept as it
        # is and put into words only if somebody reads the calls.
        while front or (prio and normal):
            p, n = (prio[0] if prio else None), (normal[0] if normal else None)
            picked = pick(spec, front=front[0] if front else None, priority=p, normal=n, normal_streak=streak, now=now)
            assert picked is not None
            chosen, why = picked
            (front if why is Why.FRONT else prio if chosen is p else normal).popleft()
            self._steps.append(_Step(chosen, why, p, n, streak))
            streak = next_streak(spec, chosen, streak)
        self._rest, self._rest_why, self._rest_streak = (normal, Why.NO_PRIORITY, streak) if normal else (
            prio, Why.NO_NORMAL, streak)

    def _all_steps(self) -> list[_Step]:
        steps, streak = list(self._steps), self._rest_streak
        for chosen in self._rest:
            regular = self._rest_why is Why.NO_PRIORITY
            steps.append(_Step(chosen, self._rest_why, None if regular else chosen, chosen if regular else None,
                               streak))
            streak = next_streak(self._spec, chosen, streak)
        return steps

    @cached_property
    def sequence(self) -> list[Candidate]:
        return [step.chosen for step in self._steps] + list(self._rest)

    @cached_property
    def calls(self) -> list[Choice]:
        return [
            explain(
                self._spec,
                step.chosen,
                step.why,
                priority=step.priority,
                normal=step.normal,
                normal_streak=step.streak,
                now=self._now,
                labels=self._labels,
            )
            for step in self._all_steps()
        ]


def predicted_calls(
    spec: PolicySpec,
    waiting: Iterable[Candidate],
    *,
    normal_streak: int,
    now: datetime,
    labels: Labels,
) -> list[Choice]:
    """The calls the queue would make, with their reasons (see :class:`Prediction`)."""
    return Prediction(spec, waiting, normal_streak=normal_streak, now=now, labels=labels).calls


def pick_across_queues(choices: Mapping[str, Choice]) -> tuple[str, Choice] | None:
    """Among the choices of a counter's queues (by letter), the ticket that has waited longest.

    Each queue's own policy has already put priority where it belongs; between queues the
    longest wait is the only rule staff can check at a glance.
    """
    if not choices:
        return None
    letter = min(choices, key=lambda q: choices[q].candidate.key)
    choice = choices[letter]
    if len(choices) == 1:
        return letter, choice
    others = ", ".join(sorted(q for q in choices if q != letter))
    return letter, Choice(
        choice.candidate,
        f"{choice.reason_id}; antrean {letter} menunggu lebih lama dari antrean {others}",
        f"{choice.reason_en}; queue {letter} has waited longer than queue {others}",
    )


def _minutes(now: datetime, since: datetime) -> float:
    return max(0.0, (now - since).total_seconds() / 60)


def _num(value: float) -> str:
    rounded = round(value, 1)
    return str(int(rounded)) if rounded == int(rounded) else f"{rounded:.1f}"


def _neg(key: tuple[int, datetime, int]) -> tuple[int, float, int]:
    # Equal weighted waits go to the ticket earlier in line: negate the key so "greater" wins.
    return (-key[0], -key[1].timestamp(), -key[2])
