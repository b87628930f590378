import datetime
from pathlib import Path

import pytest

from organizations.models import MembershipStatus
from resolutions.models import ExecutionStatus, Responsibility
from tests.factories import ItemFactory, OrganizationFactory, PersonFactory, ResolutionFactory

SAMPLE = Path(__file__).resolve().parents[2] / "ksors" / "demo" / "resolution-2026-06-19-xx.txt"


@pytest.fixture(autouse=True)
def _fast_passwords(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture
def sample_text():
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture
def draft(db):
    resolution = ResolutionFactory(title="Резолюция заседания", slug="draft-1", preamble="Участники отметили.")
    first = ItemFactory(resolution=resolution, label="1", position=1, text="Провести семинар.", deadline_text="до ноября 2026 года",
                        due_end=datetime.date(2026, 10, 31), deadline_kind="by")
    second = ItemFactory(resolution=resolution, label="1а", position=2, parent=first, text="Подготовить программу.")
    Responsibility.objects.create(item=first, text="Секретариат КСОРС РТ")
    return resolution, first, second


@pytest.fixture
def members(db):
    umet = OrganizationFactory(name="ОО татар «Умет»", short_name="Умет", slug="umet")
    iriston = OrganizationFactory(name="ОО осетинское общество «Иристон»", short_name="Иристон", slug="iriston")
    assert umet.status == iriston.status == MembershipStatus.ACTIVE
    return umet, iriston


@pytest.fixture
def task_factory(db):
    """Published items with a responsible person and a window ending on a given day."""
    resolution = ResolutionFactory(title="Опубликованная резолюция", slug="published-1", status="published",
                                   published_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC))
    person = PersonFactory(full_name="Ким Виктор Михайлович", short_name="Ким В.М.")
    counter = iter(range(1, 1000))

    def make(due_end, status=ExecutionStatus.NOT_STARTED, **kwargs):
        n = next(counter)
        item = ItemFactory(resolution=resolution, label=str(n), position=n, text=f"Задача {n}", due_end=due_end,
                           deadline_text="срок", deadline_kind="by", execution_status=status, **kwargs)
        Responsibility.objects.create(item=item, text="Ким В.М.", person=person)
        return item

    make.resolution = resolution
    make.person = person
    return make
