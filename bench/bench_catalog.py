"""Catalog: importing a 500-service annex, and search latency over it.

Baselines from the same run: inserting the same component rows with a bare executemany
(what storage alone costs), and a plain substring scan over titles (what search costs at least).
"""

from __future__ import annotations

import random
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


def main() -> None:
    annex = annex_of(COUNT).encode()
    with tempfile.TemporaryDirectory() as folder:
        db = Database(f"sqlite:///{Path(folder) / 'bench.db'}")
        upgrade(db)

        def full_import() -> None:
            ready = read_files([("annex.txt", annex)])
            with db.write() as session:
                store(session, ready, datetime.now(UTC))

        seconds = timed(full_import)
        report("catalog_import_500_services", seconds, "s")
        report("catalog_import_per_service", seconds / COUNT * 1000, "ms")

        parse_only = timed(lambda: read_files([("annex.txt", annex)]))
        report("catalog_parse_500_services", parse_only, "s")
        ready = read_files([("annex.txt", annex)])
        fresh = Database(f"sqlite:///{Path(folder) / 'store.db'}")
        upgrade(fresh)

        def store_only() -> None:
            with fresh.write() as session:
                store(session, ready, datetime.now(UTC))

        stored = timed(store_only)
        report("catalog_store_500_services", stored, "s")
        fresh.dispose()

        rows = [{"v": n, "t": "x" * 2000} for n in range(COUNT * 14)]

        def bare_insert() -> None:
            with db.write() as session:
                session.execute(text("CREATE TABLE IF NOT EXISTS bare (v INTEGER, t TEXT)"))
                session.execute(text("INSERT INTO bare VALUES (:v, :t)"), rows)

        baseline = timed(bare_insert)
        report("baseline_bare_insert_component_rows", baseline, "s")
        ratio("catalog_import_vs_bare_insert", seconds, baseline)
        # The writing alone: what bulk statements leave above the bare insert (parsing the
        # document's HTML with the standard library's parser is the rest).
        ratio("catalog_store_vs_bare_insert", stored, baseline)

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
        db.dispose()


if __name__ == "__main__":
    main()
