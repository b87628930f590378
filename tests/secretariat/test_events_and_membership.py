import datetime

import pytest
from django.urls import reverse

from conferences.models import Conference, Meeting, StandingAgendaItem


@pytest.fixture
def youth_agenda(db):
    return StandingAgendaItem.objects.create(
        title="Молодёжная повестка", valid_from=datetime.date(2026, 7, 1), valid_until=datetime.date(2030, 12, 31)
    )


def test_it_plans_a_conference_for_a_typed_period_with_the_standing_agenda(secretary_client, youth_agenda):
    response = secretary_client.post(
        reverse("secretariat:event_create", args=["conference"]),
        {"kind": "reporting_election", "number": "21", "slug": "xxi-2027", "planned_text": "во втором (третьем) квартале 2027 г."},
    )
    conference = Conference.objects.get(slug="xxi-2027")
    assert response["Location"] == reverse("secretariat:event", args=["conference", conference.pk])
    assert (conference.planned_start, conference.planned_end) == (datetime.date(2027, 4, 1), datetime.date(2027, 9, 30))
    assert conference.status == "planned"
    assert [a.title for a in conference.agenda.all()] == ["О ходе исполнения ранее принятых решений", "Молодёжная повестка"]


def test_it_explains_conference_errors_in_russian(secretary_client, db):
    page = secretary_client.post(
        reverse("secretariat:event_create", args=["conference"]),
        {"kind": "thematic", "slug": "x", "planned_text": "когда-нибудь", "theme": "Моя тема"},
    ).content.decode()
    assert "Укажите номер конференции." in page
    assert "Не удалось определить период" in page
    assert 'value="Моя тема"' in page


def test_it_holds_a_meeting_and_edits_its_agenda(secretary_client, youth_agenda):
    secretary_client.post(reverse("secretariat:event_create", args=["meeting"]),
                          {"title": "Заседание КСОРС РТ", "slug": "m-2026-09", "date": "2026-09-10"})
    meeting = Meeting.objects.get(slug="m-2026-09")
    assert [a.title for a in meeting.agenda.all()] == ["О ходе исполнения ранее принятых решений", "Молодёжная повестка"]
    secretary_client.post(reverse("secretariat:agenda_add", args=["meeting", meeting.pk]), {"title": "О книге к 20-летию"})
    secretary_client.post(reverse("secretariat:event_hold", args=["meeting", meeting.pk]), {"date": "2026-09-11"})
    meeting.refresh_from_db()
    assert meeting.status == "held" and meeting.date == datetime.date(2026, 9, 11)
    page = secretary_client.get(reverse("secretariat:event", args=["meeting", meeting.pk])).content.decode()
    assert "О книге к 20-летию" in page and "постоянный пункт" in page


def test_it_records_membership_changes_with_a_reason_and_a_document(secretary_client, members):
    umet, _iriston = members
    url = reverse("secretariat:membership", args=[umet.slug])
    page = secretary_client.post(url, {"status": "suspended", "effective_on": "2026-07-01"}).content.decode()
    assert page.count("Обязательное поле.") == 2  # reason and document
    umet.refresh_from_db()
    assert umet.status == "active"
    secretary_client.post(url, {"status": "suspended", "effective_on": "2026-07-01", "until_on": "2027-06-30",
                                "reason": "Нет связи.", "document_reference": "Решение заседания от 01.07.2026"})
    umet.refresh_from_db()
    assert (umet.status, umet.status_until) == ("suspended", datetime.date(2027, 6, 30))
    secretary_client.post(url, {"status": "active", "effective_on": "2026-12-01", "reason": "Связь восстановлена.",
                                "document_reference": "Решение заседания от 01.12.2026"})
    umet.refresh_from_db()
    assert umet.status == "active"
    assert [c.status for c in umet.membership_changes.all()] == ["active", "suspended"]
    page = secretary_client.get(url).content.decode()
    assert "Решение заседания от 01.07.2026" in page and "Связь восстановлена." in page
