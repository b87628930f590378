import datetime

import pytest
from django.db import IntegrityError, transaction

from conferences.models import AgendaItem, Conference, ConferenceKind, EventStatus, StandingAgendaItem
from conferences.services import agenda_add_standing_items, conference_create, meeting_create
from tests.factories import ConferenceFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def youth_agenda():
    return StandingAgendaItem.objects.create(
        title="Молодёжная повестка", valid_from=datetime.date(2026, 7, 1), valid_until=datetime.date(2030, 12, 31)
    )


def test_it_shows_numbers_in_roman_and_titles_by_kind():
    assert ConferenceFactory(number=20, kind=ConferenceKind.THEMATIC).title == "XX Страновая тематическая конференция"
    assert ConferenceFactory(number=21, kind=ConferenceKind.REPORTING_ELECTION).title == "XXI Страновая отчётно-выборная конференция"
    extraordinary = ConferenceFactory(number=None, kind=ConferenceKind.EXTRAORDINARY)
    assert extraordinary.title == "Чрезвычайная страновая конференция" and extraordinary.roman_number == ""


@pytest.mark.parametrize(
    "fields",
    [
        {"kind": ConferenceKind.EXTRAORDINARY, "number": 5},
        {"kind": ConferenceKind.THEMATIC, "number": None},
        {"status": EventStatus.HELD, "date": None, "planned_start": None},
        {"status": EventStatus.PLANNED, "date": None, "planned_start": datetime.date(2027, 9, 30), "planned_end": datetime.date(2027, 4, 1)},
    ],
)
def test_it_enforces_conference_rules_in_the_database(fields):
    with pytest.raises(IntegrityError), transaction.atomic():
        ConferenceFactory(**fields)


def test_it_refuses_two_conferences_with_one_number():
    ConferenceFactory(number=7)
    with pytest.raises(IntegrityError), transaction.atomic():
        ConferenceFactory(number=7)


def test_it_puts_the_youth_agenda_on_new_agendas_inside_its_window(youth_agenda):
    inside = conference_create(kind=ConferenceKind.REPORTING_ELECTION, number=21, slug="xxi", planned_start=datetime.date(2027, 4, 1),
                               planned_end=datetime.date(2027, 9, 30))
    before = conference_create(kind=ConferenceKind.THEMATIC, number=20, slug="xx", status=EventStatus.HELD, date=datetime.date(2026, 6, 19))
    meeting = meeting_create(slug="m-2030-12-31", date=datetime.date(2030, 12, 31))
    after = meeting_create(slug="m-2031", date=datetime.date(2031, 1, 1))
    assert [a.title for a in inside.agenda.all()] == ["О ходе исполнения ранее принятых решений", "Молодёжная повестка"]
    assert inside.agenda.get(standing_item__isnull=False).is_standing
    # The review of earlier decisions is on every agenda; the Youth Agenda only inside its window.
    assert before.agenda.filter(standing_item__isnull=False).count() == 0
    assert meeting.agenda.filter(standing_item__isnull=False).count() == 1
    assert after.agenda.filter(standing_item__isnull=False).count() == 0
    assert [a.is_execution_review for a in after.agenda.all()] == [True]


def test_it_adds_a_standing_item_once(youth_agenda):
    conference = conference_create(kind=ConferenceKind.THEMATIC, number=22, slug="xxii", date=datetime.date(2028, 6, 1))
    assert agenda_add_standing_items(event=conference) == []
    assert conference.agenda.count() == 2
    with pytest.raises(IntegrityError), transaction.atomic():
        AgendaItem.objects.create(conference=conference, title="ещё раз", standing_item=youth_agenda)


def test_it_refuses_an_agenda_item_without_or_with_two_events(youth_agenda):
    conference = ConferenceFactory()
    meeting = meeting_create(slug="m1", date=datetime.date(2026, 1, 1))
    for owners in ({}, {"conference": conference, "meeting": meeting}):
        with pytest.raises(IntegrityError), transaction.atomic():
            AgendaItem.objects.create(title="x", **owners)


def test_it_tells_when_a_planned_conference_is_held():
    planned = ConferenceFactory(status=EventStatus.PLANNED, date=None, planned_text="во втором (третьем) квартале 2027 г.",
                                planned_start=datetime.date(2027, 4, 1), planned_end=datetime.date(2027, 9, 30))
    assert planned.when == "во втором (третьем) квартале 2027 г."
    assert ConferenceFactory(date=datetime.date(2026, 6, 19)).when == "19 июня 2026 г."
    assert list(Conference.objects.planned()) == [planned]
