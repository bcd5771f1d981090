"""The Officers page: accounts, roles, PIN resets, deactivation, and lockouts to lift.

Supervisors see the list and lift lockouts; administrators also add and change accounts. The
domain (kiosk.staff) checks both again and writes the audit entries.
"""

from __future__ import annotations

from PySide6.QtCore import Property, QObject, Signal, Slot

from kiosk.staff import ROLES, OfficerView, Role, add_officer, allows, list_officers, set_pin, unlock
from kiosk.staff.admin import change_officer
from kiosk.staff.pins import check_pin_pair
from kiosk.staff.roles import ROLE_WORDS, Permission
from ui.common.rows import RowsModel
from ui.staff.pagemodel import DeskState, TablePage

_COLUMNS = ("code", "name", "role", "roleLabel", "active", "statusLabel", "locked", "lockedUntil")


class OfficersPage(TablePage):
    changed = Signal()

    def __init__(self, state: DeskState, timezone: str, parent: QObject | None = None) -> None:
        super().__init__(state, timezone, _COLUMNS, parent)
        self._roles = RowsModel(("key", "label"), self)
        self._officers: list[OfficerView] = []
        self._selected = ""
        self.relabel()

    def _allowed(self, permission: Permission) -> bool:
        actor = self.state.actor()
        return actor is not None and allows(actor.role, permission)

    def _get_roles(self) -> RowsModel:
        return self._roles

    def _get_can_manage(self) -> bool:
        return self._allowed(Permission.MANAGE_STAFF)

    def _get_can_unlock(self) -> bool:
        return self._allowed(Permission.UNLOCK)

    def _get_locked_count(self) -> int:
        now = self.state.clock()
        return sum(1 for o in self._officers if o.locked_at(now))

    def _chosen(self) -> OfficerView | None:
        return next((o for o in self._officers if o.code == self._selected), None)

    def _get_selected(self) -> str:
        return self._selected

    def _get_selected_name(self) -> str:
        chosen = self._chosen()
        return chosen.name if chosen else ""

    def _get_selected_role(self) -> str:
        chosen = self._chosen()
        return chosen.role if chosen else ""

    def _get_selected_active(self) -> bool:
        chosen = self._chosen()
        return bool(chosen and chosen.active)

    def _get_selected_locked(self) -> bool:
        chosen = self._chosen()
        return bool(chosen and chosen.locked_at(self.state.clock()))

    selected = Property(str, _get_selected, notify=changed)
    selectedName = Property(str, _get_selected_name, notify=changed)
    selectedRole = Property(str, _get_selected_role, notify=changed)
    selectedActive = Property(bool, _get_selected_active, notify=changed)
    selectedLocked = Property(bool, _get_selected_locked, notify=changed)
    roles = Property(QObject, _get_roles, constant=True)
    canManage = Property(bool, _get_can_manage, notify=changed)
    canUnlock = Property(bool, _get_can_unlock, notify=changed)
    lockedCount = Property(int, _get_locked_count, notify=changed)

    def _fill(self) -> None:
        words = self.state.words()
        self._roles.set_rows({"key": r, "label": words.pick(ROLE_WORDS[Role(r)])} for r in ROLES)
        self._show(self._officers)

    def _show(self, officers: list[OfficerView]) -> None:
        self._officers = officers
        words = self.state.words()
        now = self.state.clock()
        rows = []
        for o in officers:
            locked = o.locked_at(now)
            until = o.locked_until.astimezone(self._zone).strftime("%H.%M") if locked and o.locked_until else ""
            status = words.say("Terkunci", "Locked") if locked else (
                words.say("Aktif", "Active") if o.active else words.say("Nonaktif", "Inactive"))
            rows.append({"code": o.code, "name": o.name, "role": o.role,
                         "roleLabel": words.pick(ROLE_WORDS[Role(o.role)]), "active": o.active,
                         "statusLabel": status, "locked": locked, "lockedUntil": until})
        self._rows.set_rows(rows)
        self.changed.emit()

    @Slot(str)
    def select(self, code: str) -> None:
        self._selected = code
        self.changed.emit()

    @Slot()
    def refresh(self) -> None:
        db = self.state.db
        self.operate(lambda: list_officers(db), self._show)

    def _then_refresh(self, indonesian: str, english: str) -> None:
        self.say(indonesian, english)
        self.refresh()

    @Slot(str, str, str, str, str)
    def add(self, code: str, name: str, role: str, pin: str, pin_again: str) -> None:
        db, now = self.state.db, self.state.clock()

        def job() -> OfficerView:
            check_pin_pair(pin, pin_again)
            return add_officer(db, self.actor(), now, code=code, name=name, role=role, pin=pin)

        def done(o: OfficerView) -> None:
            self._then_refresh(f"Petugas {o.code} ({o.name}) ditambahkan.", f"Officer {o.code} ({o.name}) added.")

        self.operate(job, done)

    @Slot(str, str, str)
    def change(self, code: str, name: str, role: str) -> None:
        db, now = self.state.db, self.state.clock()
        self.operate(lambda: change_officer(db, self.actor(), now, code, name=name, role=role),
                     lambda o: self._then_refresh(f"Data petugas {o.code} disimpan.", f"Officer {o.code} saved."))

    @Slot(str, bool)
    def setActive(self, code: str, active: bool) -> None:
        db, now = self.state.db, self.state.clock()

        def done(o: OfficerView) -> None:
            if o.active:
                self._then_refresh(f"Akun {o.code} diaktifkan.", f"Account {o.code} activated.")
            else:
                self._then_refresh(f"Akun {o.code} dinonaktifkan; sesinya diakhiri.",
                                   f"Account {o.code} deactivated; its sessions were ended.")

        self.operate(lambda: change_officer(db, self.actor(), now, code, active=active), done)

    @Slot(str, str, str)
    def resetPin(self, code: str, pin: str, pin_again: str) -> None:
        db, now = self.state.db, self.state.clock()

        def job() -> str:
            check_pin_pair(pin, pin_again)
            set_pin(db, self.actor(), now, code, pin)
            return code.strip().upper()

        self.operate(job, lambda c: self._then_refresh(f"PIN {c} telah diganti.", f"The PIN of {c} was changed."))

    @Slot(str)
    def unlock(self, code: str) -> None:
        db, now = self.state.db, self.state.clock()
        self.operate(lambda: unlock(db, self.actor(), now, code),
                     lambda o: self._then_refresh(f"Kunci akun {o.code} dibuka.", f"Account {o.code} unlocked."))

