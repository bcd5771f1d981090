"""Whether a requirement is a document the applicant brings or a condition they must meet.

"Fotokopi KTP" is checked by looking in the applicant's folder; "Skala usaha kecil atau
menengah" is not a paper at all. The catalog stores the answer per item once an administrator
sets it; until then it is guessed from the first words, which in Indonesian service standards
name the paper when there is one.
"""

from __future__ import annotations

from enum import StrEnum


class Nature(StrEnum):
    DOCUMENT = "document"
    CONDITION = "condition"


NATURE_WORDS = {
    Nature.DOCUMENT: ("dokumen yang dibawa", "document to bring"),
    Nature.CONDITION: ("syarat yang dipenuhi", "condition to meet"),
}

_PAPERS = (
    "akta", "asli", "berita acara", "berkas", "bukti", "buku", "daftar", "denah", "dokumen", "formulir",
    "foto", "fotocopy", "fotokopi", "gambar", "ijazah", "izin", "kartu", "keputusan", "ktp", "kk ", "kwitansi",
    "laporan", "npwp", "nib ", "pas foto", "peta", "proposal", "rekomendasi", "salinan", "scan", "sertifikat",
    "sk ", "surat", "tanda", "nota",
)


def guess_nature(text: str) -> Nature:
    start = " ".join(text.lower().split()) + " "
    return Nature.DOCUMENT if start.startswith(_PAPERS) else Nature.CONDITION


def nature_of(stored: str | None, text: str) -> Nature:
    """The administrator's choice when there is one, else the guess."""
    if stored in (Nature.DOCUMENT.value, Nature.CONDITION.value):
        return Nature(stored)
    return guess_nature(text)
