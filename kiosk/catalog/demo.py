"""A large demo hall for trying the kiosk and testing it at scale: many agencies, hundreds of
services, generated from the one real service standard that ships with the program.

Nothing here is presented as real: every service is marked ``is_demo`` (the kiosk says "contoh,
bukan layanan sebenarnya" beside it), its title says it is an example, and its standard is the real
licence's text copied unchanged, never invented. The agencies are the kinds of offices a Mal
Pelayanan Publik houses.
"""

from __future__ import annotations

import json

from kiosk import bundled
from kiosk.catalog.annex import parse_annex
from kiosk.catalog.structured import FORMAT

DEMO_AGENCIES: tuple[str, ...] = (
    "DPMPTSP Kabupaten Purwakarta",
    "Dinas Kependudukan dan Pencatatan Sipil",
    "Dinas Kesehatan",
    "Dinas Pendidikan",
    "Dinas Perhubungan",
    "Dinas Sosial",
    "Dinas Tenaga Kerja dan Transmigrasi",
    "Dinas Lingkungan Hidup",
    "Dinas Pekerjaan Umum dan Penataan Ruang",
    "Dinas Perumahan dan Kawasan Permukiman",
    "Dinas Pertanian",
    "Dinas Perikanan dan Peternakan",
    "Dinas Koperasi, UKM, Perdagangan dan Perindustrian",
    "Dinas Pariwisata dan Kebudayaan",
    "Dinas Pemuda dan Olahraga",
    "Dinas Komunikasi dan Informatika",
    "Dinas Pemberdayaan Masyarakat dan Desa",
    "Dinas Pengendalian Penduduk dan Keluarga Berencana",
    "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
    "Dinas Ketahanan Pangan",
    "Dinas Perpustakaan dan Kearsipan",
    "Badan Pendapatan Daerah",
    "Badan Penanggulangan Bencana Daerah",
    "Kantor Pertanahan",
    "Kantor Imigrasi",
    "Samsat",
    "BPJS Kesehatan",
    "BPJS Ketenagakerjaan",
    "Kepolisian Resor (SKCK)",
    "Kantor Kementerian Agama",
    "Pengadilan Agama",
    "Perumda Air Minum",
    "Kejaksaan Negeri",
    "Kantor Pos",
)
FIRST_NUMBER = 1001


def demo_hall_json(agencies: int = 30, services: int = 200) -> str:
    """``services`` example services spread over the first ``agencies`` agencies, as a catalog
    export file (``catalog import`` reads it; nothing is written here)."""
    if not 1 <= agencies <= len(DEMO_AGENCIES):
        raise ValueError(f"agencies: 1-{len(DEMO_AGENCIES)}")
    if not agencies <= services <= 2000:
        raise ValueError(f"services: {agencies}-2000")
    text = bundled.catalog_files()[0][1].decode("utf-8")
    parsed, _ = parse_annex(text, "bundled")
    base = parsed[0]
    components = [{"number": c.number, "name": c.name, "text": c.html}
                  for c in sorted(base.components.values(), key=lambda c: c.number)]
    rows = []
    for i in range(services):
        agency = DEMO_AGENCIES[i % agencies]
        number = FIRST_NUMBER + i
        rows.append({"number": number, "title": f"Contoh layanan {i + 1} - {agency}", "sector": None,
                     "agency": agency, "is_demo": True, "components": components})
    return json.dumps({"format": FORMAT, "services": rows}, ensure_ascii=False)
