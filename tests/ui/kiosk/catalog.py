"""One office's worth of services for screen tests and screenshots, made from the one real standard
(one agency: the kiosk browses by sector; tests/ui/kiosk/test_agencies.py tries a hall of many).

Every service keeps the real document's components (requirements, procedure, complaints) and
changes only its number, title (and so its KBLI and sector) and agency. They are marked
``is_demo`` so nobody mistakes them for published standards.
"""

from __future__ import annotations

import json
from datetime import datetime

from kiosk.catalog.importer import read_files
from kiosk.catalog.store import store
from kiosk.catalog.structured import FORMAT
from kiosk.storage import Database
from tests.support.documents import real_text

_DPMPTSP = "DPMPTSP Kabupaten Purwakarta"
_LOW, _HIGH = "Sertifikat Standar (Risiko Menengah Rendah)", "Sertifikat Standar (Risiko Menengah Tinggi)"
DEMO_SERVICES: tuple[tuple[int, str, str], ...] = (
    (101, f"{_LOW} KBLI 10792 Industri Roti dan Kue", _DPMPTSP),
    (102, f"{_HIGH} KBLI 47111 Perdagangan Eceran Minimarket", _DPMPTSP),
    (103, f"{_LOW} KBLI 56101 Restoran", _DPMPTSP),
    (104, f"{_HIGH} KBLI 86103 Aktivitas Klinik Pratama", _DPMPTSP),
    (105, f"{_LOW} KBLI 49431 Angkutan Bermotor untuk Barang Umum", _DPMPTSP),
    (106, f"{_HIGH} KBLI 41011 Konstruksi Gedung Hunian", _DPMPTSP),
    (107, f"{_LOW} KBLI 85492 Pendidikan Bahasa", _DPMPTSP),
)


def demo_catalog_json() -> str:
    """The demo services as a ``catalog export`` file, built from the real annex's components."""
    base = read_files([("real.txt", real_text().encode())])[0].parsed
    services = []
    for number, title, agency in DEMO_SERVICES:
        services.append(
            {
                "number": number,
                "title": title,
                "sector": None,
                "agency": agency,
                "is_demo": True,
                "components": [
                    {"number": c.number, "name": c.name, "text": c.html}
                    for c in sorted(base.components.values(), key=lambda c: c.number)
                ],
            }
        )
    return json.dumps({"format": FORMAT, "services": services}, ensure_ascii=False)


def load_demo_services(db: Database, now: datetime) -> None:
    ready = read_files([("demo.json", demo_catalog_json().encode())])
    with db.write() as session:
        store(session, ready, now)
