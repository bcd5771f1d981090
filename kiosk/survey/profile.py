"""The optional respondent fields of the SKM form: age band, sex, education, occupation.

Values are stored as short codes so reports group on them and a CSV typed by hand stays short;
the form's printed category lists (PermenPANRB 14/2017 sample form) give the labels. Every field
may be left empty: the respondent is never made to identify themselves.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Choice:
    code: str
    label_id: str
    label_en: str
    aliases: tuple[str, ...] = ()  # what people write on paper: "S1", "SLTA", "ASN", "Pria"


@dataclass(frozen=True)
class ProfileField:
    key: str
    name_id: str
    name_en: str
    choices: tuple[Choice, ...]

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(c.code for c in self.choices)

    def label_id(self, code: str) -> str:
        return self._choice(code).label_id

    def label_en(self, code: str) -> str:
        return self._choice(code).label_en

    def _choice(self, code: str) -> Choice:
        for choice in self.choices:
            if choice.code == code:
                return choice
        raise KeyError(f"{self.key}: unknown code {code!r}")

    def parse(self, text: str) -> str | None:
        """The code for ``text`` (a code or its Indonesian label, any case); None when empty.

        ValueError names what is accepted, for the line of a CSV import that carried it.
        """
        value = " ".join(text.split())
        if not value:
            return None
        folded = value.casefold()
        for choice in self.choices:
            if folded in (choice.code.casefold(), choice.label_id.casefold(), *(a.casefold() for a in choice.aliases)):
                return choice.code
        if self.key == "umur":
            return age_band(_years(value))
        raise ValueError(f"{self.key} {value!r} is not one of {', '.join(self.codes)}")


AGE = ProfileField(
    "umur", "Umur", "Age",
    (
        Choice("<20", "Di bawah 20 tahun", "Under 20"),
        Choice("20-29", "20–29 tahun", "20–29"),
        Choice("30-39", "30–39 tahun", "30–39"),
        Choice("40-49", "40–49 tahun", "40–49"),
        Choice("50-59", "50–59 tahun", "50–59"),
        Choice("60+", "60 tahun ke atas", "60 and over"),
    ),
)
SEX = ProfileField(
    "jenis_kelamin", "Jenis kelamin", "Sex",
    (Choice("L", "Laki-laki", "Male", ("pria", "laki laki")), Choice("P", "Perempuan", "Female", ("wanita",))),
)
EDUCATION = ProfileField(
    "pendidikan", "Pendidikan terakhir", "Education",
    (
        Choice("SD", "SD ke bawah", "Primary or less", ("SD/sederajat", "tidak sekolah")),
        Choice("SMP", "SMP/sederajat", "Junior high", ("SLTP", "MTs")),
        Choice("SMA", "SMA/SMK/sederajat", "Senior high", ("SLTA", "SMK", "MA")),
        Choice("D1-D3", "Diploma (D1–D3)", "Diploma (D1–D3)", ("D1", "D2", "D3", "diploma")),
        Choice("D4-S1", "D4/S1", "Bachelor (D4/S1)", ("S1", "D4")),
        Choice("S2+", "S2 ke atas", "Master or higher", ("S2", "S3")),
    ),
)
OCCUPATION = ProfileField(
    "pekerjaan", "Pekerjaan utama", "Occupation",
    (
        Choice("PNS", "PNS/ASN", "Civil servant", ("ASN", "PPPK")),
        Choice("TNI", "TNI", "Armed forces"),
        Choice("POLRI", "POLRI", "Police"),
        Choice("SWASTA", "Pegawai swasta", "Private employee", ("karyawan swasta",)),
        Choice("WIRAUSAHA", "Wirausaha", "Self-employed", ("wiraswasta", "pengusaha")),
        Choice("PELAJAR", "Pelajar/Mahasiswa", "Student", ("pelajar", "mahasiswa")),
        Choice("LAINNYA", "Lainnya", "Other"),
    ),
)

PROFILE_FIELDS: tuple[ProfileField, ...] = (AGE, SEX, EDUCATION, OCCUPATION)
PROFILE_KEYS: tuple[str, ...] = tuple(f.key for f in PROFILE_FIELDS)

MAX_SUGGESTION_CHARS = 2000


def profile_field(key: str) -> ProfileField:
    for field in PROFILE_FIELDS:
        if field.key == key:
            return field
    raise KeyError(key)


def age_band(years: int) -> str:
    if years < 20:
        return "<20"
    if years >= 60:
        return "60+"
    low = years // 10 * 10
    return f"{low}-{low + 9}"


def _years(text: str) -> int:
    try:
        years = int(text)
    except ValueError:
        raise ValueError(
            f"umur {text!r} is neither an age in years (10-120) nor one of {', '.join(AGE.codes)}"
        ) from None
    if not 10 <= years <= 120:
        raise ValueError(f"umur {years} is outside 10-120 years")
    return years


def clean_suggestion(text: str | None) -> str | None:
    """Suggestion text trimmed to one stored form; None when nothing was written."""
    if text is None:
        return None
    cleaned = "\n".join(line.rstrip() for line in text.strip().splitlines())
    if not cleaned:
        return None
    if len(cleaned) > MAX_SUGGESTION_CHARS:
        raise ValueError(f"saran is longer than {MAX_SUGGESTION_CHARS} characters")
    return cleaned
