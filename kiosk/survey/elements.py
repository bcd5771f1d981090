"""The nine SKM elements (unsur) of PermenPANRB 14/2017 with their questions and answers.

Answer labels run from score 1 to score 4 and follow the regulation's form word for word; forms
that swap elements 8 and 9 only move labels, since every element weighs the same.
"""

from __future__ import annotations

from dataclasses import dataclass

SCORES = (1, 2, 3, 4)


@dataclass(frozen=True)
class SkmElement:
    key: str
    number: int
    name_id: str
    name_en: str
    question_id: str
    question_en: str
    answers_id: tuple[str, str, str, str]
    answers_en: tuple[str, str, str, str]

    def answer_id(self, score: int) -> str:
        return self.answers_id[_index(score)]

    def answer_en(self, score: int) -> str:
        return self.answers_en[_index(score)]


def _index(score: int) -> int:
    if isinstance(score, bool) or score not in SCORES:
        raise ValueError(f"an SKM score is 1, 2, 3 or 4, not {score!r}")
    return score - 1


_SUITABLE_ID = ("Tidak sesuai", "Kurang sesuai", "Sesuai", "Sangat sesuai")
_SUITABLE_EN = ("Not suitable", "Somewhat unsuitable", "Suitable", "Very suitable")

ELEMENTS: tuple[SkmElement, ...] = (
    SkmElement(
        "u1", 1, "Persyaratan", "Requirements",
        "Bagaimana pendapat Anda tentang kesesuaian persyaratan pelayanan dengan jenis "
        "pelayanannya?",
        "How well do the service requirements suit the kind of service?",
        _SUITABLE_ID, _SUITABLE_EN,
    ),
    SkmElement(
        "u2", 2, "Sistem, mekanisme, prosedur", "System, mechanism and procedure",
        "Bagaimana pendapat Anda tentang kemudahan prosedur pelayanan di unit ini?",
        "How easy is the service procedure at this unit?",
        ("Tidak mudah", "Kurang mudah", "Mudah", "Sangat mudah"),
        ("Not easy", "Not very easy", "Easy", "Very easy"),
    ),
    SkmElement(
        "u3", 3, "Waktu penyelesaian", "Completion time",
        "Bagaimana pendapat Anda tentang kecepatan waktu dalam memberikan pelayanan?",
        "How fast was the service delivered?",
        ("Tidak cepat", "Kurang cepat", "Cepat", "Sangat cepat"),
        ("Not fast", "Not very fast", "Fast", "Very fast"),
    ),
    SkmElement(
        "u4", 4, "Biaya/tarif", "Cost/fee",
        "Bagaimana pendapat Anda tentang kewajaran biaya/tarif dalam pelayanan?",
        "How reasonable is the cost or fee of the service?",
        ("Sangat mahal", "Cukup mahal", "Murah", "Gratis"),
        ("Very expensive", "Fairly expensive", "Inexpensive", "Free"),
    ),
    SkmElement(
        "u5", 5, "Produk spesifikasi jenis pelayanan", "Service product specification",
        "Bagaimana pendapat Anda tentang kesesuaian produk pelayanan antara yang tercantum "
        "dalam standar pelayanan dengan hasil yang diberikan?",
        "How well does the product you received match what the service standard states?",
        _SUITABLE_ID, _SUITABLE_EN,
    ),
    SkmElement(
        "u6", 6, "Kompetensi pelaksana", "Staff competence",
        "Bagaimana pendapat Anda tentang kompetensi/kemampuan petugas dalam pelayanan?",
        "How competent were the staff who served you?",
        ("Tidak kompeten", "Kurang kompeten", "Kompeten", "Sangat kompeten"),
        ("Not competent", "Not very competent", "Competent", "Very competent"),
    ),
    SkmElement(
        "u7", 7, "Perilaku pelaksana", "Staff conduct",
        "Bagaimana pendapat Anda tentang perilaku petugas dalam pelayanan terkait kesopanan "
        "dan keramahan?",
        "How polite and friendly were the staff?",
        ("Tidak sopan dan ramah", "Kurang sopan dan ramah", "Sopan dan ramah",
         "Sangat sopan dan ramah"),
        ("Not polite and friendly", "Not very polite and friendly", "Polite and friendly",
         "Very polite and friendly"),
    ),
    SkmElement(
        "u8", 8, "Sarana dan prasarana", "Facilities",
        "Bagaimana pendapat Anda tentang kualitas sarana dan prasarana?",
        "How good are the facilities?",
        ("Buruk", "Cukup", "Baik", "Sangat baik"),
        ("Poor", "Fair", "Good", "Very good"),
    ),
    SkmElement(
        "u9", 9, "Penanganan pengaduan, saran dan masukan",
        "Handling of complaints, suggestions and feedback",
        "Bagaimana pendapat Anda tentang penanganan pengaduan pengguna layanan?",
        "How are complaints from service users handled?",
        ("Tidak ada", "Ada tetapi tidak berfungsi", "Berfungsi kurang maksimal",
         "Dikelola dengan baik"),
        ("None", "Exists but does not work", "Works, but not fully", "Well managed"),
    ),
)

ELEMENT_KEYS: tuple[str, ...] = tuple(e.key for e in ELEMENTS)
_BY_KEY = {e.key: e for e in ELEMENTS}


def element(key: str) -> SkmElement:
    """The element ``u1`` .. ``u9``; KeyError for anything else."""
    return _BY_KEY[key]
