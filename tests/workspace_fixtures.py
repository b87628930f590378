"""Fixtures of the two workspaces: a jubilee call, the family declaration, a published resolution with item 9
(all member organizations) and an item naming organization A (imported by tests/leaders and tests/secretariat)."""

import datetime
import io

import pytest

from organizations.models import MaterialCall
from resolutions.models import ProgressReport, ReportAttachment, ResolutionStatus, Responsibility
from tests.factories import DeclarationFactory, ItemFactory, ResolutionFactory, UserFactory


@pytest.fixture
def call(db):
    return MaterialCall.objects.create(
        title="Материалы для книги «20 лет КСОРС Таджикистана – новый путь соотечественного развития»",
        slug="jubilee-book",
        description="Юбилейная публикация.",
        requested="История организации\nФотографии\nВидео",
        deadline=datetime.date.today() + datetime.timedelta(days=30),
        deadline_text="сентябрь-октябрь 2027 год",
    )


@pytest.fixture
def declaration(db):
    return DeclarationFactory(title="Международная декларация о защите семьи", slug="family-protection", is_open=True)


@pytest.fixture
def resolution(db):
    from django.utils import timezone

    return ResolutionFactory(
        title="Резолюция XX Страновой тематической конференции", slug="xx-2026-06-19",
        status=ResolutionStatus.PUBLISHED, published_at=timezone.now(),
    )


@pytest.fixture
def item_9(resolution):
    item = ItemFactory(
        resolution=resolution, label="9", position=9,
        text="Рекомендовать всем организациям-членам КСОРС РТ направить материалы для юбилейной книги.",
        deadline_text="сентябрь-октябрь 2027 год", deadline_kind="range",
        due_start=datetime.date(2027, 9, 1), due_end=datetime.date(2027, 10, 31),
    )
    Responsibility.objects.create(item=item, text="все организации-члены КСОРС РТ", all_members=True)
    return item


@pytest.fixture
def item_for_a(resolution, org_a):
    item = ItemFactory(resolution=resolution, label="7б", position=7, text="Поручить ОО «Альфа» провести фестиваль.")
    Responsibility.objects.create(item=item, text="ОО «Альфа»", organization=org_a)
    return item


@pytest.fixture
def plain_user(db):
    return UserFactory(email="nobody@example.org", full_name="Без роли")


@pytest.fixture
def report_a(item_for_a, org_a, leader_a):
    report = ProgressReport.objects.create(item=item_for_a, organization=org_a, author=leader_a, text="Фестиваль прошёл.")
    attachment = ReportAttachment(report=report, original_name="отчёт.txt", size=5)
    attachment.file.save("r.txt", io.BytesIO(b"hello"), save=True)
    return report


# --- Real files, built in memory -------------------------------------------------------------------------
