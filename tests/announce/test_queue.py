"""The announcement queue: order, no overlap, chime/voice switches, one call per event."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from devices.sound import (
    Announcement,
    AnnouncementQueue,
    AnnouncementTiming,
    MissingSegmentsError,
    PlaybackError,
    RecordingPlayer,
    SegmentBank,
    WavFilePlayer,
)
from devices.sound.players import Player
from kiosk.announce import call_phrase
from tests.announce.audio import bundled_folder, file_frames, silence, wav_frames

TIMING = AnnouncementTiming(word_gap_ms=40, group_gap_ms=260, after_chime_ms=350)
MakeQueue = Callable[..., AnnouncementQueue]


@pytest.fixture
def make_queue(bank: SegmentBank) -> Iterator[MakeQueue]:
    made: list[AnnouncementQueue] = []

    def make(player: Player, **options: object) -> AnnouncementQueue:
        options.setdefault("bank", bank)
        queue = AnnouncementQueue(player=player, timing=TIMING, **options)  # type: ignore[arg-type]
        made.append(queue)
        return queue

    yield make
    for queue in made:
        queue.close()


def frames_of(key: str) -> bytes:
    return file_frames(bundled_folder() / f"{key}.wav")


def expected_voice(keys_by_group: list[list[str]]) -> bytes:
    """The voice part built by hand from the files: words 40 ms apart, groups 260 ms apart."""
    return silence(260).join(
        silence(40).join(frames_of(key) for key in group) for group in keys_by_group
    )


A123_AT_3 = [
    ["nomor_antrian"],
    ["a", "seratus", "dua", "puluh", "tiga"],
    ["silakan_menuju_loket", "tiga"],
]


def test_a_call_is_chime_then_the_spoken_words(make_queue: MakeQueue) -> None:
    player = RecordingPlayer()
    queue = make_queue(player)
    assert queue.call(1, "A-123", 3)
    assert queue.wait_idle(10)
    [played] = player.played
    fmt, frames = wav_frames(played)
    assert fmt == (22050, 1, 2)
    assert frames == frames_of("chime") + silence(350) + expected_voice(A123_AT_3)


def test_calls_play_in_order_one_at_a_time(make_queue: MakeQueue) -> None:
    player = RecordingPlayer(realtime_factor=0.03)
    queue = make_queue(player)
    codes = ["A-001", "B-002", "C-003", "D-004", "E-005", "F-006"]
    for event_id, code in enumerate(codes, start=1):
        queue.call(event_id, code, 1)
    assert queue.wait_idle(30)
    expected = [
        queue.compose(call_phrase(code, 1), chime=True, voice=True) for code in codes
    ]
    assert player.played == expected
    assert player.max_concurrent == 1


def test_calls_from_many_counters_at_once_never_overlap(make_queue: MakeQueue) -> None:
    player = RecordingPlayer(realtime_factor=0.03)
    queue = make_queue(player)
    start = threading.Barrier(6)

    def counter_calls(counter: int) -> None:
        start.wait()
        queue.call(counter, f"A-{counter:03d}", counter)

    threads = [threading.Thread(target=counter_calls, args=(c,)) for c in range(1, 7)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert queue.wait_idle(30)
    assert len(player.played) == 6
    assert player.max_concurrent == 1


PLAY_LOGGING_PLAYER = """\
import sys, time
log = {log!r}
with open(log, "a") as f:
    f.write("start\\n")
time.sleep(0.15)
with open(log, "a") as f:
    f.write("end\\n")
"""


def test_a_real_player_process_finishes_before_the_next_starts(
    make_queue: MakeQueue, tmp_path: Path
) -> None:
    log = tmp_path / "log.txt"
    script = tmp_path / "player.py"
    script.write_text(PLAY_LOGGING_PLAYER.format(log=str(log)), encoding="utf-8")
    queue = make_queue(WavFilePlayer([sys.executable, str(script), "{path}"]))
    for event_id in range(1, 4):
        queue.call(event_id, f"B-{event_id}", 2)
    assert queue.wait_idle(30)
    assert log.read_text().split() == ["start", "end"] * 3


def test_chime_off_keeps_the_voice(make_queue: MakeQueue) -> None:
    player = RecordingPlayer()
    queue = make_queue(player, chime_enabled=False)
    queue.call(1, "A-123", 3)
    assert queue.wait_idle(10)
    [played] = player.played
    assert wav_frames(played)[1] == expected_voice(A123_AT_3)


def test_voice_off_plays_only_the_chime(make_queue: MakeQueue) -> None:
    player = RecordingPlayer()
    queue = make_queue(player, voice_enabled=False)
    queue.call(1, "A-123", 3)
    assert queue.wait_idle(10)
    [played] = player.played
    assert wav_frames(played)[1] == frames_of("chime")


def test_switches_can_change_while_the_display_runs(make_queue: MakeQueue) -> None:
    player = RecordingPlayer()
    queue = make_queue(player)
    queue.chime_enabled = False
    queue.voice_enabled = False
    assert queue.call(1, "A-1", 1)
    assert queue.wait_idle(10)
    assert player.played == []
    assert queue.already_announced(1)
    queue.voice_enabled = True
    queue.call(2, "A-2", 1)
    assert queue.wait_idle(10)
    assert wav_frames(player.played[0])[1] == expected_voice(
        [["nomor_antrian"], ["a", "dua"], ["silakan_menuju_loket", "satu"]]
    )


def test_the_same_event_is_announced_once(make_queue: MakeQueue) -> None:
    player = RecordingPlayer()
    queue = make_queue(player)
    assert queue.call(7, "A-123", 3)
    assert not queue.call(7, "A-123", 3)
    assert queue.wait_idle(10)
    assert not queue.call(7, "A-123", 3)
    assert queue.wait_idle(10)
    assert len(player.played) == 1
    assert queue.already_announced(7)
    assert not queue.already_announced(8)


def test_a_recall_is_a_new_event_and_is_announced_again(make_queue: MakeQueue) -> None:
    player = RecordingPlayer()
    queue = make_queue(player, chime_enabled=False)
    assert queue.call(10, "A-123", 3)
    assert queue.call(11, "A-123", 3, recall=True)
    assert queue.wait_idle(10)
    first, again = (wav_frames(w)[1] for w in player.played)
    assert again == frames_of("panggilan_ulang") + silence(260) + first


def test_a_restarted_display_does_not_repeat_old_calls(make_queue: MakeQueue) -> None:
    before = RecordingPlayer()
    first_run = make_queue(before, high_water_mark=100)
    for event_id in (101, 102, 103):
        first_run.call(event_id, f"A-{event_id}", 1)
    assert first_run.wait_idle(10)
    assert first_run.high_water_mark == 103
    first_run.close()

    after = RecordingPlayer()
    restarted = make_queue(after, high_water_mark=first_run.high_water_mark)
    # The display re-reads recent events on start; only the new one may speak.
    for event_id in (99, 101, 102, 103, 104):
        restarted.call(event_id, f"A-{event_id}", 1)
    assert restarted.wait_idle(10)
    assert after.played == [restarted.compose(call_phrase("A-104", 1), chime=True, voice=True)]


def test_events_arriving_out_of_order_are_each_announced_once(make_queue: MakeQueue) -> None:
    player = RecordingPlayer()
    queue = make_queue(player, high_water_mark=10)
    assert queue.call(12, "A-12", 1)
    assert queue.call(11, "A-11", 2)
    assert not queue.call(12, "A-12", 1)
    assert not queue.call(10, "A-10", 1)
    assert queue.wait_idle(10)
    assert len(player.played) == 2


def test_a_long_running_display_keeps_accepting_new_events(make_queue: MakeQueue) -> None:
    player = RecordingPlayer()
    queue = make_queue(player, chime_enabled=False, voice_enabled=False)
    assert all(queue.call(event_id, "A-1", 1) for event_id in range(1, 10001))
    assert queue.wait_idle(30)
    assert all(queue.already_announced(event_id) for event_id in range(1, 10001))
    assert queue.call(10001, "A-1", 1)
    assert queue.high_water_mark == 10001


FAIL_ONCE_PLAYER = """\
import os, sys
marker, log = {marker!r}, {log!r}
if not os.path.exists(marker):
    open(marker, "w").close()
    sys.stderr.write("speaker unplugged")
    sys.exit(1)
with open(log, "a") as f:
    f.write("played\\n")
"""


@pytest.mark.expect_warnings(r"announcement for event \d+ failed: .*speaker unplugged")
def test_a_playback_failure_does_not_silence_later_calls(
    make_queue: MakeQueue, tmp_path: Path
) -> None:
    log = tmp_path / "log.txt"
    script = tmp_path / "player.py"
    script.write_text(
        FAIL_ONCE_PLAYER.format(marker=str(tmp_path / "failed"), log=str(log)), encoding="utf-8"
    )
    errors: list[tuple[int, Exception]] = []
    queue = make_queue(
        WavFilePlayer([sys.executable, str(script), "{path}"]),
        on_error=lambda item, exc: errors.append((item.event_id, exc)),
    )
    for event_id in (1, 2, 3):
        queue.call(event_id, "A-1", 1)
    assert queue.wait_idle(30)
    assert [event_id for event_id, _ in errors] == [1]
    assert isinstance(errors[0][1], PlaybackError)
    assert "speaker unplugged" in str(errors[0][1])
    assert log.read_text().split() == ["played", "played"]


@pytest.mark.expect_warnings(r"Missing recordings for: tiga")
def test_a_missing_word_still_rings_the_chime_and_is_reported(
    make_queue: MakeQueue, bank_copy: Path
) -> None:
    (bank_copy / "tiga.wav").unlink()
    errors: list[Exception] = []
    player = RecordingPlayer()
    queue = make_queue(
        player,
        bank=SegmentBank.from_folder(bank_copy),
        on_error=lambda item, exc: errors.append(exc),
    )
    queue.call(1, "A-123", 3)
    queue.call(2, "A-12", 1)
    assert queue.wait_idle(10)
    assert wav_frames(player.played[0])[1] == frames_of("chime")
    assert len(player.played) == 2 and len(player.played[1]) > len(player.played[0])
    assert len(errors) == 1 and isinstance(errors[0], MissingSegmentsError)
    assert errors[0].keys == ("tiga",)


@pytest.mark.expect_warnings(r"Missing recordings for: chime")
def test_a_missing_chime_still_speaks_the_call(make_queue: MakeQueue, bank_copy: Path) -> None:
    (bank_copy / "chime.wav").unlink()
    player = RecordingPlayer()
    queue = make_queue(player, bank=SegmentBank.from_folder(bank_copy))
    queue.call(1, "A-123", 3)
    assert queue.wait_idle(10)
    assert wav_frames(player.played[0])[1] == expected_voice(A123_AT_3)


class Voice:
    """Stands in for the display's QtTextToSpeech voice, which only exists in ui/."""

    def __init__(self, broken: bool = False) -> None:
        self.broken = broken
        self.spoken: list[str] = []

    def speak(self, text: str) -> None:
        if self.broken:
            raise RuntimeError("no Indonesian voice installed")
        self.spoken.append(text)


def test_a_system_voice_speaks_the_phrase_text_after_the_chime(make_queue: MakeQueue) -> None:
    player, voice = RecordingPlayer(), Voice()
    queue = make_queue(player, speaker=voice)
    queue.call(1, "4K-10", 2)
    assert queue.wait_idle(10)
    assert voice.spoken == ["Nomor antrian empat K sepuluh, silakan menuju loket dua"]
    assert [wav_frames(w)[1] for w in player.played] == [frames_of("chime")]


@pytest.mark.expect_warnings(r"no Indonesian voice installed")
def test_when_the_system_voice_fails_the_recordings_speak(make_queue: MakeQueue) -> None:
    player = RecordingPlayer()
    errors: list[Announcement] = []
    queue = make_queue(
        player,
        speaker=Voice(broken=True),
        chime_enabled=False,
        on_error=lambda item, exc: errors.append(item),
    )
    queue.call(5, "A-123", 3)
    assert queue.wait_idle(10)
    assert [wav_frames(w)[1] for w in player.played] == [expected_voice(A123_AT_3)]
    assert [item.event_id for item in errors] == [5]


def test_closing_drops_waiting_calls_and_refuses_new_ones(make_queue: MakeQueue) -> None:
    player = RecordingPlayer(realtime_factor=0.2)
    queue = make_queue(player)
    for event_id in range(1, 6):
        queue.call(event_id, "A-1", 1)
    queue.close()
    assert len(player.played) <= 1
    with pytest.raises(RuntimeError):
        queue.call(9, "A-1", 1)
