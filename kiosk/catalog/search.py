"""Search as an applicant types: title words, KBLI code, and forgiving of misspellings.

Every query word must match some word of the service (AND), by equality, prefix (results
appear while typing), a known spelling variant (ijin/izin), or a small edit distance
(one typo in short words, two in long ones). The index is built once in memory: a hall
has a few hundred services, and a kiosk must answer within a keystroke.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from kiosk.catalog.views import ServiceSummary

# Spellings applicants type that differ from the documents' official ones.
VARIANTS = {
    "ijin": "izin",
    "sertipikat": "sertifikat",
    "serifikat": "sertifikat",
    "nomer": "nomor",
    "setifikat": "sertifikat",
    "ktp": "ktp",
    "akte": "akta",
    "apotik": "apotek",
    "resiko": "risiko",
    "propinsi": "provinsi",
    "kwitansi": "kuitansi",
    "praktek": "praktik",
    "sim": "sim",
    "imb": "pbg",
    "situ": "situ",
    "kamra": "kamera",
}

_WORD = re.compile(r"[a-z0-9]+")


def normalise(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return [VARIANTS.get(w, w) for w in _WORD.findall(folded)]


def within(a: str, b: str, limit: int) -> bool:
    """Optimal-string-alignment distance ≤ limit (a swapped pair of letters is one typo)."""
    if abs(len(a) - len(b)) > limit:
        return False
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        if min(current) > limit:
            return False
        previous2, previous = previous, current
    return previous[-1] <= limit


def _typos_allowed(word: str) -> int:
    return 0 if len(word) < 4 else 1 if len(word) < 8 else 2


@dataclass(frozen=True)
class _Entry:
    service: ServiceSummary
    words: frozenset[str]
    title_words: tuple[str, ...]


class CatalogSearch:
    def __init__(self, services: Sequence[ServiceSummary]) -> None:
        self._entries = []
        for s in services:
            title = normalise(s.title)
            extra = normalise(" ".join(x for x in (s.kbli, s.sector, s.agency, str(s.number)) if x))
            self._entries.append(_Entry(s, frozenset(title + extra), tuple(title)))

    def _word_score(self, query: str, words: frozenset[str]) -> int:
        if query in words:
            return 4
        if any(w.startswith(query) for w in words):
            return 3
        limit = _typos_allowed(query)
        if limit and any(within(query, w[: len(query) + limit], limit) for w in words):
            return 1
        return 0

    def search(self, query: str, limit: int = 30) -> list[ServiceSummary]:
        terms = normalise(query)
        if not terms:
            return [e.service for e in self._entries][:limit]
        scored: list[tuple[int, int, ServiceSummary]] = []
        for entry in self._entries:
            total = 0
            for term in terms:
                score = self._word_score(term, entry.words)
                if score == 0:
                    break
                total += score
            else:
                scored.append((-total, entry.service.number, entry.service))
        scored.sort(key=lambda t: (t[0], t[1]))
        return [s for _, _, s in scored[:limit]]
