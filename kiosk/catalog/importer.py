"""Reading catalog files (annex text or structured JSON) into checked, derived services."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kiosk.catalog.annex import decode, parse_annex
from kiosk.catalog.derive import Derived, derive
from kiosk.catalog.kbli import sector_of
from kiosk.catalog.parsed import ParsedService
from kiosk.catalog.problems import CatalogImportError, Problem
from kiosk.catalog.structured import parse_structured


@dataclass(frozen=True)
class ReadyService:
    parsed: ParsedService
    derived: Derived


def read_bytes(data: bytes, name: str) -> tuple[list[ParsedService], list[Problem]]:
    text, problems = decode(data, name)
    if text is None:
        return [], problems
    if text.lstrip().startswith("{"):
        return parse_structured(text, name)
    return parse_annex(text, name)


def read_files(files: list[tuple[str, bytes]], *, agency: str | None = None) -> list[ReadyService]:
    """Parse and check every file; raise CatalogImportError with every problem found, or
    return services ready to store. Nothing here touches the database."""
    problems: list[Problem] = []
    ready: list[ReadyService] = []
    first_seen: dict[int, Problem] = {}
    for name, data in files:
        services, found = read_bytes(data, name)
        problems.extend(found)
        for service in services:
            where = Problem(service.source, service.line, "")
            if service.number in first_seen and first_seen[service.number].file != service.source:
                first = first_seen[service.number]
                problems.append(
                    Problem(
                        service.source,
                        service.line,
                        f"duplicate service number {service.number} (also at {first.file}:{first.line})",
                        f"nomor layanan {service.number} ganda (juga di {first.file}:{first.line})",
                    )
                )
            first_seen.setdefault(service.number, where)
            if len(service.components) != 14:
                continue
            derived, derive_problems = derive(service)
            problems.extend(derive_problems)
            if derived is not None:
                service.sector = service.sector or sector_of(derived.kbli)
                service.agency = service.agency or agency
                ready.append(ReadyService(service, derived))
    if problems:
        raise CatalogImportError(sorted(problems, key=lambda p: (p.file, p.line)))
    return ready


def read_paths(paths: list[Path], *, agency: str | None = None) -> list[ReadyService]:
    files: list[tuple[str, bytes]] = []
    for path in paths:
        try:
            files.append((str(path), path.read_bytes()))
        except OSError as exc:
            raise CatalogImportError([Problem(str(path), 0, f"cannot read file: {exc.strerror}",
                                              f"berkas tidak dapat dibaca: {exc.strerror}")]) from exc
    return read_files(files, agency=agency)
