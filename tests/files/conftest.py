import pytest

from kiosk.storage import Database
from tests.staff.hall import Hall, make_hall


@pytest.fixture
def hall(db: Database) -> Hall:
    """Files and complaints only need an officer's Actor, not a signed-in account."""
    return make_hall(db, officers=False)
