"""Fixtures for the public-portal tests, shared by the area conftests (import them there)."""

import pytest
from django.conf import settings
from django.utils import translation

from resolutions.models import ResolutionStatus
from tests.public_data import build_public, build_xx


@pytest.fixture
def xx(db):
    """The published XX resolution with the conference history, organizations and the declaration."""
    return build_public()


@pytest.fixture
def draft(db, xx):
    """An unpublished resolution whose words appear nowhere else («Черновиковый»), with a deadline."""
    resolution = build_xx(status=ResolutionStatus.DRAFT, slug="secret-draft")
    resolution.title = "Черновиковая резолюция о тайном совещании"
    resolution.save()
    item = resolution.items.get(label="1")
    item.text = "Провести тайное совещание черновиковой комиссии."
    item.deadline_text = "до 1 марта 2027 года"
    item.due_end = "2027-02-28"
    item.deadline_kind = "by"
    item.save()
    return resolution


@pytest.fixture(autouse=True)
def _default_language():
    """A request to /en/… leaves English active in the test thread; reverse() in the next test would say /en/."""
    yield
    translation.activate(settings.LANGUAGE_CODE)
