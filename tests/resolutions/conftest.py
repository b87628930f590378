import pytest

from tests.public_data import build_public


@pytest.fixture
def xx(db):
    """The published XX resolution with its conference history, organizations and declaration."""
    return build_public()
