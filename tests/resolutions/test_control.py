"""Deadlines tied to events: the proposed link, the window it gives, months arithmetic; members on a past day."""

import datetime

import pytest

from conferences.models import Conference, ConferenceKind, EventStatus
from organizations.models import MembershipStatus
from organizations.services import membership_change_apply
from resolutions.control import members_active_on, propose_event_link, shift_months, window_from_event
from resolutions.models import EventRelation
from tests.factories import ItemFactory, OrganizationFactory

XX_DAY = datetime.date(2026, 6, 19)


@pytest.fixture
def conferences(db):
    xx = Conference.objects.create(kind=ConferenceKind.THEMATIC, number=20, slug="xx", status=EventStatus.HELD, date=XX_DAY)
    xxi = Conference.objects.create(kind=ConferenceKind.REPORTING_ELECTION, number=21, slug="xxi", planned_start=datetime.date(2027, 4, 1),
                                    planned_end=datetime.date(2027, 9, 30))
    xxii = Conference.objects.create(kind=ConferenceKind.THEMATIC, number=22, slug="xxii", planned_start=datetime.date(2028, 4, 1),
                                     planned_end=datetime.date(2028, 6, 30))
    return [xx, xxi, xxii]


@pytest.mark.parametrize(
    ("deadline", "context", "relation", "months", "number"),
    [
        ("за три месяца до даты проведения", "XXI конференцию провести во втором (третьем) квартале 2027 г.", "before", 3, 21),
        ("за 2 месяца до конференции", "", "before", 2, 21),
        ("в 2027 году", "вынести на очередной страновой отчётно-выборной конференции в 2027 году", "at", 0, 21),
        ("до отчётно-выборной страновой конференции в 2027 году", "", "until", 0, 21),
        ("в 2027 году", "для страновой отчётно-выборной конференции в 2027 году", "until", 0, 21),
        ("на конференции в 2028 году", "", "at", 0, 22),
    ],
)
def test_it_proposes_the_conference_a_deadline_depends_on(conferences, deadline, context, relation, months, number):
    link = propose_event_link(deadline_text=deadline, context=context, after=XX_DAY, conferences=conferences)
    assert (link.relation, link.offset_months, link.event.number) == (relation, months, number)


@pytest.mark.parametrize("deadline", ["до ноября 2026 года", "сентябрь-октябрь 2027 год", "за месяц до праздника", ""])
def test_it_proposes_nothing_for_a_deadline_without_an_event(conferences, deadline):
    assert propose_event_link(deadline_text=deadline, context="Подготовить книгу.", after=XX_DAY, conferences=conferences) is None


def test_the_window_follows_the_planned_period_then_the_fixed_date(conferences):
    xxi = conferences[1]
    item = ItemFactory(event_conference=xxi, event_relation=EventRelation.BEFORE, event_offset_months=3)
    assert window_from_event(item) == (datetime.date(2027, 1, 1), datetime.date(2027, 6, 30))
    xxi.date = datetime.date(2027, 5, 31)
    assert window_from_event(item) == (datetime.date(2027, 2, 28), datetime.date(2027, 2, 28))
    item.event_relation = EventRelation.FOR
    assert window_from_event(item) is None


def test_shift_months_clamps_to_the_end_of_the_month():
    assert shift_months(datetime.date(2027, 3, 31), -1) == datetime.date(2027, 2, 28)
    assert shift_months(datetime.date(2028, 1, 31), 1) == datetime.date(2028, 2, 29)
    assert shift_months(datetime.date(2027, 1, 15), -13) == datetime.date(2025, 12, 15)


def test_members_active_on_a_day_follow_the_membership_history(db):
    active = OrganizationFactory(slug="active")
    later = OrganizationFactory(slug="later", joined_on=datetime.date(2026, 9, 1))
    suspended_after = OrganizationFactory(slug="suspended-after")
    membership_change_apply(organization=suspended_after, status=MembershipStatus.SUSPENDED, effective_on=datetime.date(2026, 7, 1),
                            reason="Нет связи", document_reference="решение")
    excluded_before = OrganizationFactory(slug="excluded-before")
    membership_change_apply(organization=excluded_before, status=MembershipStatus.EXCLUDED, effective_on=datetime.date(2026, 1, 1),
                            reason="Выезд", document_reference="решение")
    OrganizationFactory(slug="partner", role="partner")
    assert sorted(o.slug for o in members_active_on(XX_DAY)) == ["active", "suspended-after"]
    assert sorted(o.slug for o in members_active_on(None)) == ["active", "later"]
    assert active and later
