"""What the parser found, on the review screen and in the saved draft: confidence, controller, rhythm, hour."""

import datetime

import pytest
from django.urls import reverse

from resolutions.models import Item

TEXT = (
    "РЕШЕНИЕ\nКоординационного совета\n15 января 2026 г., г. Бишкек\nРЕШИЛИ:\n"
    "1. Поручить Секретариату подготовить отчёт до 1 мая 2026 г.\n"
    "2. Членам Совета ежеквартально представлять отчёты.\n"
    "3. Провести заседание 19.09.2026 в 16-00.\n"
    "4. Контроль за исполнением настоящего решения возложить на заместителя председателя Ахметову Г.К.\n"
)


@pytest.fixture
def secretary_client(client, secretary):
    client.force_login(secretary)
    return client


def test_the_review_shows_each_items_confidence_and_why(secretary_client):
    page = secretary_client.post(reverse("secretariat:import"), {"text": TEXT}).content.decode()
    assert page.count('data-confidence="high"') >= 1
    assert 'data-confidence="medium"' in page
    assert "Ответственный определён по падежу" in page
    assert "Периодический срок" in page
    assert "Контроль исполнения" in page and "заместителя председателя Ахметову Г.К." in page
    assert "16:00" in page


def test_the_draft_keeps_the_rhythm_the_hour_and_the_controller(secretary_client):
    secretary_client.post(reverse("secretariat:import_confirm"), {"source": TEXT, "slug": "council-2026-01-15"})
    items = {item.label: item for item in Item.objects.all()}
    assert (items["2"].deadline_kind, items["2"].due_recurrence, items["2"].due_end) == (
        "recurring", "quarterly", datetime.date(2026, 3, 31)
    )
    assert (items["3"].due_end, items["3"].due_time) == (datetime.date(2026, 9, 19), datetime.time(16, 0))
    assert items["4"].kind == "control"
    assert [r.text for r in items["4"].responsibilities.all()] == ["заместителя председателя Ахметову Г.К."]
