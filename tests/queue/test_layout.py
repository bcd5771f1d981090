"""Queues and counters as an administrator sets them up: defaults from init, add/set, import."""

from __future__ import annotations

import tomllib

import pytest

from kiosk.queue import (
    CounterUnavailable,
    LayoutError,
    Office,
    add_counter,
    add_queue,
    call_next,
    change_queue,
    import_layout,
    issue_ticket,
    list_counters,
    list_queues,
    set_counter_open,
)
from kiosk.storage import Database
from tests.queue.conftest import TUESDAY_9
from tests.support.actors import SETUP, SETUP_TIME

LAYOUT = """
[[queue]]
letter = "A"
name = "Perizinan Berusaha"
services = "all"
policy = "strict"

[[queue]]
letter = "B"
name = "Kasir"
services = [51, 52]
policy = "weighted_wait"
priority_weight = 3.0
transfer = "front"
max_recalls = 1

[[counter]]
number = 4
name = "Loket Kasir"
queues = ["B"]
open = true

[[counter]]
number = 1
queues = ["A", "B"]
open = true
"""


def test_init_default_is_queue_a_for_every_service_and_three_open_counters(hall: Database) -> None:
    (queue,) = list_queues(hall)
    assert (queue.letter, queue.name, queue.all_services) == ("A", "Antrean Umum", True)
    assert (queue.policy.kind, queue.policy.ratio_normal, queue.counters) == ("ratio", 2, (1, 2, 3))
    assert [(c.number, c.name, c.is_open, c.queues) for c in list_counters(hall)] == [
        (1, "Loket 1", True, ("A",)),
        (2, "Loket 2", True, ("A",)),
        (3, "Loket 3", True, ("A",)),
    ]


def test_import_routes_services_and_sets_policies(hall: Database, office: Office) -> None:
    report = import_layout(hall, tomllib.loads(LAYOUT), source="hall.toml", actor=SETUP, now=SETUP_TIME)
    assert "antrean B dibuat: Tunggu terbobot" in "\n".join(report.lines)
    queues = {q.letter: q for q in list_queues(hall)}
    assert queues["A"].policy.kind == "strict" and queues["A"].all_services
    assert queues["B"].services == (51, 52) and queues["B"].transfer_rule == "front"
    assert queues["B"].policy.priority_weight == 3.0 and queues["B"].max_recalls == 1
    assert [issue_ticket(hall, n, office=office, now=TUESDAY_9).code for n in (50, 51, 52)] == [
        "A-001",
        "B-001",
        "B-002",
    ]
    counters = {c.number: c for c in list_counters(hall)}
    assert counters[4].queues == ("B",) and counters[4].name == "Loket Kasir"
    assert counters[1].queues == ("A", "B")
    # Counter 4 calls only from B; counter 1 takes the longest wait of A and B.
    four = call_next(hall, 4, office=office, now=TUESDAY_9)
    assert four is not None and four.ticket.code == "B-001"
    one = call_next(hall, 1, office=office, now=TUESDAY_9)
    assert one is not None and one.ticket.code == "A-001"
    assert one.reason_id.endswith("antrean A menunggu lebih lama dari antrean B")


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        ('[[queue]]\nletter = "B1"\n', "queue[0]: Huruf antrean 'B1' tidak valid"),
        ('[[queue]]\nletter = "B"\npolicy = "fifo"\n', "queue[0]: Kebijakan 'fifo' tidak dikenal"),
        ('[[queue]]\nletter = "B"\nservices = [999]\n', "queue[0]: Layanan nomor 999 tidak ada"),
        ('[[counter]]\nnumber = 9\nqueues = ["Z"]\n', "counter[0]: Antrean 'Z' tidak ada"),
        ('[[queue]]\nletter = "B"\ncolour = "red"\n', "queue[0]: kunci 'colour' tidak dikenal"),
        ('[[queue]]\nletter = "B"\nservices = "all"\n[[queue]]\nletter = "C"\nservices = "all"\n', "hanya satu"),
    ],
)
def test_a_bad_import_names_the_entry_and_changes_nothing(hall: Database, bad: str, message: str) -> None:
    good_then_bad = '[[queue]]\nletter = "K"\nname = "Konsultasi"\n' + bad.replace("queue[0]", "queue[1]")
    before = (list_queues(hall), list_counters(hall))
    with pytest.raises(LayoutError) as refused:
        import_layout(hall, tomllib.loads(good_then_bad), source="hall.toml", actor=SETUP, now=SETUP_TIME)
    expected = message.replace("queue[0]", "queue[1]") if bad.startswith("[[queue]]") else message
    assert expected in refused.value.message_id
    assert refused.value.message_id.startswith("hall.toml: ")
    assert (list_queues(hall), list_counters(hall)) == before


def test_a_service_belongs_to_one_queue(hall: Database) -> None:
    add_queue(hall, "B", "Kasir", services=[51], actor=SETUP, now=SETUP_TIME)
    with pytest.raises(LayoutError, match="Layanan 51 sudah dilayani antrean B"):
        add_queue(hall, "C", "Lain", services=[51], actor=SETUP, now=SETUP_TIME)
    with pytest.raises(LayoutError, match="Antrean A sudah melayani semua layanan lain"):
        add_queue(hall, "C", "Lain", all_services=True, actor=SETUP, now=SETUP_TIME)
    info, notes = change_queue(hall, "B", services=[51, 52], actor=SETUP, now=SETUP_TIME)
    assert info.services == (51, 52) and notes == []
    _, moved = change_queue(hall, "A", services=[52], actor=SETUP, now=SETUP_TIME)
    assert moved == ["layanan 52 dipindah dari antrean B ke A"]


def test_counters_open_close_and_refuse_while_busy(hall: Database, office: Office) -> None:
    add_counter(hall, 7, queues=["A"], actor=SETUP, now=SETUP_TIME)
    assert list_counters(hall)[-1].name == "Loket 7"
    issue_ticket(hall, 50, office=office, now=TUESDAY_9)
    with pytest.raises(CounterUnavailable, match="Loket 7 sedang tutup"):
        call_next(hall, 7, office=office, now=TUESDAY_9)
    set_counter_open(hall, 7, True, office=office, now=TUESDAY_9, officer="198701")
    called = call_next(hall, 7, office=office, now=TUESDAY_9)
    assert called is not None
    with pytest.raises(CounterUnavailable, match=f"Loket 7 masih menangani {called.ticket.code}"):
        set_counter_open(hall, 7, False, office=office, now=TUESDAY_9)
    with pytest.raises(CounterUnavailable, match=f"masih menangani {called.ticket.code}"):
        call_next(hall, 7, office=office, now=TUESDAY_9)
    with pytest.raises(LayoutError, match="Loket 7 sudah ada"):
        add_counter(hall, 7, queues=["A"], actor=SETUP, now=SETUP_TIME)
