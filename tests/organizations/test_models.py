import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from organizations.models import MembershipChange, MembershipStatus, Organization, OrganizationName, Position
from organizations.services import membership_change_apply
from tests.factories import OrganizationFactory, PersonFactory

pytestmark = pytest.mark.django_db
DAY = datetime.date(2026, 6, 19)


def test_it_keeps_a_folded_search_column_for_cyrillic():
    org = OrganizationFactory(name="ОО татар «Умет»", short_name="Умет", leader_name="Ибрагимов Вазиля Ёлкин")
    assert "умет" in org.search_text and "елкин" in org.search_text
    assert Organization.objects.filter(search_text__contains="умет").get() == org


def test_it_records_membership_changes_and_keeps_one_current():
    org = OrganizationFactory()
    first = membership_change_apply(organization=org, status=MembershipStatus.SUSPENDED, effective_on=DAY,
                                    reason="утеря связей", until_event="до конференции 2027 года",
                                    document_reference="решение заседания от 01.03.2026")
    second = membership_change_apply(organization=org, status=MembershipStatus.ACTIVE, effective_on=DAY + datetime.timedelta(days=30),
                                     reason="связь восстановлена", document_reference="решение заседания от 01.08.2026")
    org.refresh_from_db()
    first.refresh_from_db()
    assert org.status == MembershipStatus.ACTIVE and org.status_since == second.effective_on
    assert not first.is_current and second.is_current
    assert list(org.membership_changes.values_list("status", flat=True)) == ["active", "suspended"]


def test_it_refuses_a_second_current_status_in_the_database():
    org = OrganizationFactory()
    MembershipChange.objects.create(organization=org, status="active", effective_on=DAY, reason="r", document_reference="d")
    with pytest.raises(IntegrityError), transaction.atomic():
        MembershipChange.objects.create(organization=org, status="excluded", effective_on=DAY, reason="r", document_reference="d")


@pytest.mark.parametrize(
    "fields",
    [
        {"reason": "", "document_reference": "d"},
        {"reason": "r", "document_reference": ""},
        {"reason": "r", "document_reference": "d", "until_on": DAY - datetime.timedelta(days=1)},
    ],
)
def test_it_enforces_membership_change_rules_in_the_database(fields):
    org = OrganizationFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        MembershipChange.objects.create(organization=org, status="suspended", effective_on=DAY, is_current=False, **fields)


@pytest.mark.parametrize(
    ("kwargs", "code"),
    [
        ({"reason": " ", "document_reference": "d"}, "no_reason"),
        ({"reason": "r", "document_reference": ""}, "no_document"),
        ({"reason": "r", "document_reference": "d", "until_on": DAY - datetime.timedelta(days=1)}, "window_order"),
        ({"reason": "r", "document_reference": "d", "status": "dissolved"}, "invalid_status"),
    ],
)
def test_it_explains_bad_membership_decisions_in_russian(kwargs, code):
    org = OrganizationFactory()
    kwargs = {"status": MembershipStatus.EXCLUDED, **kwargs}
    with pytest.raises(ValidationError) as excinfo:
        membership_change_apply(organization=org, effective_on=DAY, **kwargs)
    assert excinfo.value.code == code
    assert not org.membership_changes.exists()


def test_it_keeps_the_history_of_names_in_order():
    org = OrganizationFactory()
    OrganizationName.objects.create(organization=org, name="Старое", valid_from=datetime.date(2007, 1, 1), valid_until=datetime.date(2010, 1, 1))
    with pytest.raises(IntegrityError), transaction.atomic():
        OrganizationName.objects.create(organization=org, name="Кривое", valid_from=DAY, valid_until=DAY - datetime.timedelta(days=1))


def test_it_refuses_a_position_that_ends_before_it_starts():
    with pytest.raises(IntegrityError), transaction.atomic():
        Position.objects.create(person=PersonFactory(), title="председатель", started_on=DAY, ended_on=DAY - datetime.timedelta(days=1))


def test_it_counts_members_by_status_and_ignores_partners():
    OrganizationFactory(status="active")
    OrganizationFactory(status="active")
    OrganizationFactory(status="excluded")
    OrganizationFactory(status="active", role="partner")
    assert Organization.objects.status_counts() == {"active": 2, "suspended": 0, "excluded": 1}


def test_it_keeps_a_history_of_profile_edits():
    org = OrganizationFactory(description="Было")
    org.description = "Стало"
    org.save()
    assert [h.description for h in org.history_log.all()] == ["Стало", "Было"]
