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
from enum import StrEnum


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


@dataclass(frozen=True)
class Candidate:
    """A waiting ticket as the policies see it."""

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
    """The next ticket of one queue from the heads of its three lines, with the reason.

    ``front`` is the first ticket transferred to the front, ``priority`` and ``normal`` the
    first priority and regular tickets of the ordinary line, ``normal_streak`` the regular calls
    since this queue last called a priority ticket today.
    """
    if front is not None:
        return Choice(front, "dipindahkan ke depan antrean", "transferred to the front of the line")
    if priority is None and normal is None:
        return None
    rule_id, rule_en = spec.rule_id(), spec.rule_en()
    if priority is None:
        assert normal is not None
        return Choice(
            normal,
            f"reguler: tidak ada nomor prioritas yang menunggu ({rule_id})",
            f"regular: no priority ticket is waiting ({rule_en})",
        )
    cat_id, cat_en = labels.id(priority.priority or ""), labels.en(priority.priority or "")
    if normal is None:
        return Choice(
            priority,
            f"prioritas: {cat_id} (tidak ada nomor reguler yang menunggu; {rule_id})",
            f"priority: {cat_en} (no regular ticket is waiting; {rule_en})",
        )
    if spec.kind is Policy.STRICT:
        return Choice(priority, f"prioritas: {cat_id} ({rule_id})", f"priority: {cat_en} ({rule_en})")
    if spec.kind is Policy.RATIO:
        if normal_streak >= spec.ratio_normal:
            return Choice(
                priority,
                f"prioritas: {cat_id} ({rule_id})",
                f"priority: {cat_en} ({rule_en})",
            )
        if priority.key < normal.key:
            return Choice(
                priority,
                f"prioritas: {cat_id} (datang lebih dulu dari {normal.code}; {rule_id})",
                f"priority: {cat_en} (came before {normal.code}; {rule_en})",
            )
        turn = normal_streak + 1
        return Choice(
            normal,
            f"reguler ke-{turn} dari {spec.ratio_normal} sebelum prioritas berikutnya ({rule_id})",
            f"regular {turn} of {spec.ratio_normal} before the next priority ticket ({rule_en})",
        )
    waited_p = _minutes(now, priority.rank_at)
    waited_n = _minutes(now, normal.rank_at)
    score_p = waited_p * spec.priority_weight
    weight = _num(spec.priority_weight)
    if (score_p, _neg(priority.key)) > (waited_n, _neg(normal.key)):
        return Choice(
            priority,
            f"prioritas: {cat_id} (menunggu {_num(waited_p)} menit × {weight} = {_num(score_p)}, "
            f"lebih lama dari {normal.code} {_num(waited_n)} menit)",
            f"priority: {cat_en} (waited {_num(waited_p)} min × {weight} = {_num(score_p)}, "
            f"longer than {normal.code} at {_num(waited_n)} min)",
        )
    return Choice(
        normal,
        f"reguler: menunggu {_num(waited_n)} menit, lebih lama dari {priority.code} "
        f"{_num(waited_p)} menit × {weight} = {_num(score_p)}",
        f"regular: waited {_num(waited_n)} min, longer than {priority.code} at "
        f"{_num(waited_p)} min × {weight} = {_num(score_p)}",
    )


def next_streak(spec: PolicySpec, chosen: Candidate, streak: int) -> int:
    """The regular-call streak after calling ``chosen``; front-lane calls leave it alone."""
    if chosen.lane == 0:
        return streak
    return 0 if chosen.priority else streak + 1


def predicted_calls(
    spec: PolicySpec,
    waiting: Iterable[Candidate],
    *,
    normal_streak: int,
    now: datetime,
    labels: Labels,
) -> list[Choice]:
    """The calls the queue would make, with their reasons, if nobody else arrived.

    Runs the same ``choose`` the counters use, so "people ahead" follows the policy instead of
    plain issue order (under ``strict`` a regular ticket has every priority ticket ahead of it).
    """
    ordered = sorted(waiting, key=lambda c: c.key)
    front = deque(c for c in ordered if c.lane == 0)
    prio = deque(c for c in ordered if c.lane != 0 and c.priority)
    normal = deque(c for c in ordered if c.lane != 0 and not c.priority)
    result: list[Choice] = []
    streak = normal_streak
    while front or prio or normal:
        choice = choose(
            spec,
            front=front[0] if front else None,
            priority=prio[0] if prio else None,
            normal=normal[0] if normal else None,
            normal_streak=streak,
            now=now,
            labels=labels,
        )
        assert choice is not None
        chosen = choice.candidate
        for line in (front, prio, normal):
            if line and line[0] is chosen:
                line.popleft()
                break
        streak = next_streak(spec, chosen, streak)
        result.append(choice)
    return result


def predicted_order(
    spec: PolicySpec,
    waiting: Iterable[Candidate],
    *,
    normal_streak: int,
    now: datetime,
    labels: Labels,
) -> list[Candidate]:
    calls = predicted_calls(spec, waiting, normal_streak=normal_streak, now=now, labels=labels)
    return [c.candidate for c in calls]


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
