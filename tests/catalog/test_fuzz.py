"""No input makes the importer end in a traceback: mutated real documents and random bytes."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.catalog.importer import read_files
from kiosk.catalog.problems import CatalogImportError
from tests.support.documents import real_text

REAL = real_text()
REAL_LINES = REAL.splitlines()


def _read(data: bytes) -> None:
    try:
        services = read_files([("fuzz.txt", data)])
    except CatalogImportError as exc:
        assert exc.problems, "an import error must say what is wrong"
        for problem in exc.problems:
            assert problem.file == "fuzz.txt" and problem.line >= 0 and problem.message
    else:
        for s in services:
            assert len(s.parsed.components) == 14
            assert s.derived.fee >= 0


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4000))
def test_random_bytes(data: bytes) -> None:
    _read(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.integers(0, len(REAL_LINES) - 1),
            st.sampled_from(["drop", "dup", "cut", "tab", "junk", "swap"]),
            st.text(max_size=20),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_mutated_real_document(mutations: list[tuple[int, str, str]]) -> None:
    lines = list(REAL_LINES)
    for index, kind, junk in mutations:
        index %= len(lines) or 1
        if not lines:
            break
        if kind == "drop":
            del lines[index]
        elif kind == "dup":
            lines.insert(index, lines[index])
        elif kind == "cut":
            lines[index] = lines[index][: len(lines[index]) // 2]
        elif kind == "tab":
            lines[index] = lines[index].replace("\t", junk, 1)
        elif kind == "junk":
            lines.insert(index, junk)
        else:
            lines[index], lines[-1] = lines[-1], lines[index]
    _read("\n".join(lines).encode("utf-8", "surrogatepass"))


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('{}[]":,0123456789abc format services number')), max_size=300))
def test_random_structured_json(text: str) -> None:
    _read(("{" + text).encode())
