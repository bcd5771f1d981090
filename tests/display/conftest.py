from tests.staff.hall import hall

__all__ = ["hall"]
