"""Voice-call speed: how long from a counter's call to sound reaching the player.

Prints `name: value unit` lines. The baseline is concatenating the same WAV files' bytes with no
parsing at all (the least any recorded-segment approach must do), measured in the same run.
"""

from __future__ import annotations

import argparse
import statistics
import threading
import time
from collections.abc import Callable
from importlib import resources

from devices.sound import AnnouncementQueue, SegmentBank, wav_duration_s
from kiosk.announce import call_phrase, say_number


def _median_ms(run: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


class _StampingPlayer:
    def __init__(self) -> None:
        self.started = threading.Event()
        self.at = 0.0

    def play(self, wav: bytes) -> None:
        self.at = time.perf_counter()
        self.started.set()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args(argv)

    phrase = call_phrase("A-123", 3, recall=True)
    folder = resources.files("assets.sounds")

    def baseline() -> bytes:
        return b"".join(folder.joinpath(f"{key}.wav").read_bytes() for key in phrase.keys)

    def cold_render() -> bytes:
        return SegmentBank.bundled().join(phrase.keys)

    warm = SegmentBank.bundled()
    warm.join(phrase.keys)
    base_ms = _median_ms(baseline, args.repeat)
    cold_ms = _median_ms(cold_render, args.repeat)
    warm_ms = _median_ms(lambda: warm.join(phrase.keys), args.repeat)
    print(f"baseline_concat_files: {base_ms:.3f} ms")
    print(f"render_call_cold: {cold_ms:.3f} ms")
    print(f"render_call_cold_vs_baseline: {cold_ms / base_ms:.2f} x")
    print(f"render_call_warm: {warm_ms:.3f} ms")
    print(f"render_call_warm_vs_baseline: {warm_ms / base_ms:.2f} x")

    start = time.perf_counter()
    check = SegmentBank.bundled().check(warm.keys)
    print(f"check_whole_bank: {(time.perf_counter() - start) * 1000:.3f} ms")
    assert check == [], check

    start = time.perf_counter()
    for n in range(10000):
        say_number(n)
    print(f"number_words_0_to_9999: {(time.perf_counter() - start) * 1e6 / 10000:.2f} us/number")

    player = _StampingPlayer()
    latencies = []
    with AnnouncementQueue(warm, player) as queue:
        for event_id in range(1, args.repeat + 1):
            player.started.clear()
            sent = time.perf_counter()
            queue.call(event_id, f"B-{event_id:03d}", event_id % 99 + 1)
            player.started.wait(5)
            latencies.append(player.at - sent)
            queue.wait_idle(5)
        wav = queue.compose(phrase, chime=True, voice=True)
    print(f"call_to_player_latency_median: {statistics.median(latencies) * 1000:.3f} ms")
    assert wav is not None
    print(f"recall_audio_length: {wav_duration_s(wav):.2f} s")


if __name__ == "__main__":
    main()
