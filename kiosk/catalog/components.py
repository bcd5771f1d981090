"""The 14 components of a Standar Pelayanan (UU 25/2009 Pasal 21; PermenPANRB 15/2014)."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class ComponentSpec:
    number: int
    name: str
    group: str  # "A" service delivery (published to applicants), "B" management
    name_en: str
    aliases: tuple[str, ...] = ()


COMPONENTS: tuple[ComponentSpec, ...] = (
    ComponentSpec(1, "Persyaratan", "A", "Requirements", ("persyaratan pelayanan",)),
    ComponentSpec(
        2, "Sistem, Mekanisme, dan Prosedur", "A", "System, mechanism and procedure", ("prosedur", "alur pelayanan")
    ),
    ComponentSpec(
        3, "Jangka Waktu Penyelesaian", "A", "Completion time", ("waktu penyelesaian", "jangka waktu pelayanan")
    ),
    ComponentSpec(4, "Biaya/Tarif", "A", "Fee", ("biaya", "tarif", "biaya / tarif")),
    ComponentSpec(5, "Produk Pelayanan", "A", "Service product", ("produk layanan", "produk")),
    ComponentSpec(
        6, "Penanganan Pengaduan, Saran, dan Masukan", "A", "Complaints, suggestions and feedback", ("pengaduan",)
    ),
    ComponentSpec(7, "Dasar Hukum", "B", "Legal basis"),
    ComponentSpec(8, "Sarana, Prasarana, dan/atau Fasilitas", "B", "Facilities", ("sarana dan prasarana",)),
    ComponentSpec(9, "Kompetensi Pelaksana", "B", "Staff competence"),
    ComponentSpec(10, "Pengawasan Internal", "B", "Internal supervision"),
    ComponentSpec(11, "Jumlah Pelaksana", "B", "Number of staff"),
    ComponentSpec(12, "Jaminan Pelayanan", "B", "Service guarantee"),
    ComponentSpec(13, "Jaminan Keamanan dan Keselamatan Pelayanan", "B", "Safety and security guarantee"),
    ComponentSpec(14, "Evaluasi Kinerja Pelaksana", "B", "Staff performance evaluation"),
)

BY_NUMBER = {c.number: c for c in COMPONENTS}


def _key(name: str) -> str:
    # Documents word the names differently ("dan" vs ", dan", "dan/atau", "Layanan"): compare
    # letters only, and treat "layanan" as "pelayanan".
    words = re.sub(r"[^a-z]+", " ", name.lower()).split()
    words = ["pelayanan" if w == "layanan" else w for w in words if w not in {"dan", "atau"}]
    return " ".join(words)


_BY_KEY: dict[str, ComponentSpec] = {}
for _c in COMPONENTS:
    for _n in (_c.name, *_c.aliases):
        _BY_KEY[_key(_n)] = _c


def by_name(name: str) -> ComponentSpec | None:
    return _BY_KEY.get(_key(name))
