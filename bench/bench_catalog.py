"""Catalog: importing a 500-service annex, and search latency over it.

Baselines from the same run: inserting the same component rows with a bare executemany
(what storage alone costs), and a plain substring scan over titles (what search costs at least).
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import text

from bench.common import percentiles, ratio, report, timed
from kiosk.catalog.importer import read_files
from kiosk.catalog.search import CatalogSearch
from kiosk.catalog.store import list_services, store
from kiosk.storage import Database
from kiosk.storage.migrate import upgrade
from tests.support.documents import annex_of

COUNT = 500
ROUNDS = 5


def main() -> None:
    annex = annex_of(COUNT).encode()
    with tempfile.TemporaryDirectory() as folder:
        opened: list[Database] = []

        def new_database() -> Database:
            opened.append(Database(f"sqlite:///{Path(folder) / f'bench{len(opened)}.db'}"))
            upgrade(opened[-1])
            return opened[-1]

        def import_into(db: Database) -> float:
            start = time.perf_counter()
            ready = read_files([("annex.txt", annex)])
            with db.write() as session:
                store(session, ready, datetime.now(UTC))
            return time.perf_counter() - start

        ready = read_files([("annex.txt", annex)])

        def store_into(db: Database) -> float:
            start = time.perf_counter()
            with db.write() as session:
                store(session, ready, datetime.now(UTC))
            return time.perf_counter() - start

        rows = [{"v": n, "t": "x" * 2000} for n in range(COUNT * 14)]

        def bare_insert(db: Database) -> float:
            start = time.perf_counter()
            with db.write() as session:
                session.execute(text("CREATE TABLE IF NOT EXISTS bare (v INTEGER, t TEXT)"))
                session.execute(text("INSERT INTO bare VALUES (:v, :t)"), rows)
            return time.perf_counter() - start

        # This host's speed drifts by half within a minute: each round measures the baseline and
        # the import back to back, each into a new database (a second import finds nothing new),
        # and the ratios are the median of the rounds' ratios.
        rounds = []
        for _ in range(ROUNDS):
            baseline = bare_insert(new_database())
            imported = import_into(new_database())
            parsed = timed(lambda: read_files([("annex.txt", annex)]))
            stored = store_into(new_database())
            rounds.append((baseline, imported, parsed, stored))
        baseline, seconds, parse_only, stored = (statistics.median(column) for column in zip(*rounds, strict=True))
        db = opened[1]
        report("catalog_import_500_services", seconds, "s")
        report("catalog_import_per_service", seconds / COUNT * 1000, "ms")
        report("catalog_parse_500_services", parse_only, "s")
        report("catalog_store_500_services", stored, "s")
        report("baseline_bare_insert_component_rows", baseline, "s")
        print(f"catalog_import_vs_bare_insert: {statistics.median(r[1] / r[0] for r in rounds):.3g} ratio")
        # The writing alone: what bulk statements leave above the bare insert (reading the
        # document and deriving the checklists is the rest).
        print(f"catalog_store_vs_bare_insert: {statistics.median(r[3] / r[0] for r in rounds):.3g} ratio")

        services = list_services(db)
        search = CatalogSearch(services)
        rng = random.Random(7)
        queries = ["sertifikat", "kamra", "26791", "industri kamera proyektor", "sertipikat", "zzz", "izin"]
        samples = []
        for _ in range(200):
            q = rng.choice(queries)
            start = time.perf_counter()
            search.search(q)
            samples.append(time.perf_counter() - start)
        p50, p99 = percentiles(samples)
        report("catalog_search_p50_500_services", p50 * 1000, "ms")
        report("catalog_search_p99_500_services", p99 * 1000, "ms")
        titles = [s.title.lower() for s in services]
        scan = []
        for _ in range(200):
            q = rng.choice(queries)
            start = time.perf_counter()
            [t for t in titles if q in t]
            scan.append(time.perf_counter() - start)
        ratio("catalog_search_p50_vs_substring_scan", p50, percentiles(scan)[0])
        for each in opened:
            each.dispose()


if __name__ == "__main__":
    main()
