"""KBLI 2020 sections, so services can be browsed by sector without the document naming one."""

from __future__ import annotations

_SECTIONS: tuple[tuple[int, int, str], ...] = (
    (1, 3, "Pertanian, Kehutanan dan Perikanan"),
    (5, 9, "Pertambangan dan Penggalian"),
    (10, 33, "Industri Pengolahan"),
    (35, 35, "Pengadaan Listrik, Gas, Uap/Air Panas dan Udara Dingin"),
    (36, 39, "Pengelolaan Air, Sampah, Limbah dan Daur Ulang"),
    (41, 43, "Konstruksi"),
    (45, 47, "Perdagangan Besar dan Eceran; Reparasi Mobil dan Sepeda Motor"),
    (49, 53, "Pengangkutan dan Pergudangan"),
    (55, 56, "Penyediaan Akomodasi dan Makan Minum"),
    (58, 63, "Informasi dan Komunikasi"),
    (64, 66, "Aktivitas Keuangan dan Asuransi"),
    (68, 68, "Real Estat"),
    (69, 75, "Aktivitas Profesional, Ilmiah dan Teknis"),
    (77, 82, "Aktivitas Penyewaan, Ketenagakerjaan, Agen Perjalanan dan Penunjang Usaha"),
    (84, 84, "Administrasi Pemerintahan, Pertahanan dan Jaminan Sosial Wajib"),
    (85, 85, "Pendidikan"),
    (86, 88, "Aktivitas Kesehatan Manusia dan Aktivitas Sosial"),
    (90, 93, "Kesenian, Hiburan dan Rekreasi"),
    (94, 96, "Aktivitas Jasa Lainnya"),
    (97, 98, "Aktivitas Rumah Tangga sebagai Pemberi Kerja"),
    (99, 99, "Aktivitas Badan Internasional dan Badan Ekstra Internasional Lainnya"),
)


def sector_of(kbli: str | None) -> str | None:
    if not kbli or len(kbli) < 2 or not kbli[:2].isdigit():
        return None
    division = int(kbli[:2])
    for low, high, name in _SECTIONS:
        if low <= division <= high:
            return name
    return None
