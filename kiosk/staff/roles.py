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


# What each permission lets someone do, as a refusal names it ("... may not <this>").
PERMISSION_WORDS: dict[Permission, tuple[str, str]] = {
    Permission.SERVE: ("melayani antrean", "serve the queue"),
    Permission.UNLOCK: ("membuka kunci akun petugas", "unlock officer accounts"),
    Permission.VIEW_AUDIT: ("melihat log audit", "view the audit log"),
    Permission.OVERVIEW: ("melihat ringkasan aula", "view the hall overview"),
    Permission.REPRINT: ("mencetak ulang tiket", "reprint tickets"),
    Permission.MANAGE_STAFF: ("mengelola petugas", "manage officers"),
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
}


def allows(role: str, permission: Permission) -> bool:
    try:
        rank = _RANK[Role(role)]
    except ValueError:
        return False
    return rank >= _RANK[_NEEDS[permission]]
