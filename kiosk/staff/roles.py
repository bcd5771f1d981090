"""Three roles, each allowed everything the one below it may do."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    OFFICER = "officer"
    SUPERVISOR = "supervisor"
    ADMINISTRATOR = "administrator"


ROLES: tuple[str, ...] = tuple(r.value for r in Role)

_RANK = {Role.OFFICER: 1, Role.SUPERVISOR: 2, Role.ADMINISTRATOR: 3}


class Permission(StrEnum):
    SERVE = "serve"  # call, accept files, record complaints
    UNLOCK = "unlock"
    VIEW_AUDIT = "view_audit"
    OVERVIEW = "overview"
    REPRINT = "reprint"
    MANAGE_STAFF = "manage_staff"
    MANAGE_LAYOUT = "manage_layout"  # counters, queues, which services a queue serves
    MANAGE_CATALOG = "manage_catalog"
    MANAGE_CALENDAR = "manage_calendar"  # hours, breaks, local closures
    VIEW_REPORTS = "view_reports"
    MANAGE_TERMINALS = "manage_terminals"  # see terminals, test prints


# What each permission lets someone do, as a refusal names it ("... may not <this>").
PERMISSION_WORDS: dict[Permission, tuple[str, str]] = {
    Permission.SERVE: ("melayani antrean", "serve the queue"),
    Permission.UNLOCK: ("membuka kunci akun petugas", "unlock officer accounts"),
    Permission.VIEW_AUDIT: ("melihat log audit", "view the audit log"),
    Permission.OVERVIEW: ("melihat ringkasan aula", "view the hall overview"),
    Permission.REPRINT: ("mencetak ulang tiket", "reprint tickets"),
    Permission.MANAGE_STAFF: ("mengelola petugas", "manage officers"),
    Permission.MANAGE_LAYOUT: ("mengatur loket dan antrean", "set up counters and queues"),
    Permission.MANAGE_CATALOG: ("mengelola katalog layanan", "manage the service catalog"),
    Permission.MANAGE_CALENDAR: ("mengatur kalender kantor", "set the office calendar"),
    Permission.VIEW_REPORTS: ("melihat laporan", "view reports"),
    Permission.MANAGE_TERMINALS: ("mengelola terminal", "manage terminals"),
}

ROLE_WORDS: dict[Role, tuple[str, str]] = {
    Role.OFFICER: ("petugas", "officer"),
    Role.SUPERVISOR: ("supervisor", "supervisor"),
    Role.ADMINISTRATOR: ("administrator", "administrator"),
}

_NEEDS = {
    Permission.SERVE: Role.OFFICER,
    Permission.UNLOCK: Role.SUPERVISOR,
    Permission.VIEW_AUDIT: Role.SUPERVISOR,
    Permission.OVERVIEW: Role.SUPERVISOR,
    Permission.REPRINT: Role.SUPERVISOR,
    Permission.MANAGE_STAFF: Role.ADMINISTRATOR,
    Permission.MANAGE_LAYOUT: Role.ADMINISTRATOR,
    Permission.MANAGE_CATALOG: Role.ADMINISTRATOR,
    Permission.MANAGE_CALENDAR: Role.SUPERVISOR,
    Permission.VIEW_REPORTS: Role.SUPERVISOR,
    Permission.MANAGE_TERMINALS: Role.SUPERVISOR,
}


def allows(role: str, permission: Permission) -> bool:
    try:
        rank = _RANK[Role(role)]
    except ValueError:
        return False
    return rank >= _RANK[_NEEDS[permission]]
