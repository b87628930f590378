import datetime

import pytest
from django.db import IntegrityError, transaction

from resolutions.models import ExecutionStatus, Item, Responsibility, Signatory
from tests.factories import DeclarationFactory, ItemFactory, OrganizationFactory, ResolutionFactory

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 11, 25)


def test_it_refuses_two_items_with_one_label_in_a_resolution():
    resolution = ResolutionFactory()
    ItemFactory(resolution=resolution, label="7а")
    ItemFactory(resolution=ResolutionFactory(), label="7а")
    with pytest.raises(IntegrityError), transaction.atomic():
        ItemFactory(resolution=resolution, label="7а")


def test_it_refuses_a_deadline_window_that_ends_before_it_starts():
    with pytest.raises(IntegrityError), transaction.atomic():
        ItemFactory(due_start=datetime.date(2027, 10, 31), due_end=datetime.date(2027, 9, 1))


def test_it_refuses_a_membership_item_without_organization():
    with pytest.raises(IntegrityError), transaction.atomic():
        ItemFactory(membership_action="exclude")


@pytest.mark.parametrize(
    "targets",
    [
        {"all_members": True, "organization": "org"},
        {"organization": "org", "person": "person"},
        {"text": ""},
    ],
)
def test_it_refuses_a_responsibility_with_two_targets_or_no_text(targets):
    from tests.factories import PersonFactory

    values = {"org": OrganizationFactory, "person": PersonFactory}
    fields = {key: values[val]() if val in values else val for key, val in targets.items()}
    fields.setdefault("text", "кто-то")
    with pytest.raises(IntegrityError), transaction.atomic():
        Responsibility.objects.create(item=ItemFactory(), **fields)


@pytest.mark.parametrize(
    ("status", "due_end", "overdue"),
    [
        (ExecutionStatus.NOT_STARTED, TODAY - datetime.timedelta(days=1), True),
        (ExecutionStatus.IN_PROGRESS, TODAY, False),
        (ExecutionStatus.DONE, TODAY - datetime.timedelta(days=100), False),
        (ExecutionStatus.WITHDRAWN, TODAY - datetime.timedelta(days=100), False),
        (ExecutionStatus.NOT_DONE, TODAY + datetime.timedelta(days=10), True),
        (ExecutionStatus.NOT_STARTED, None, False),
    ],
)
def test_it_knows_when_an_item_is_overdue(status, due_end, overdue):
    item = ItemFactory(execution_status=status, due_end=due_end)
    assert item.is_overdue(TODAY) is overdue
    assert (item in Item.objects.overdue(TODAY)) is overdue


def test_it_finds_items_due_in_a_window():
    inside = ItemFactory(due_end=TODAY + datetime.timedelta(days=30))
    ItemFactory(due_end=TODAY + datetime.timedelta(days=31))
    ItemFactory(due_end=TODAY + datetime.timedelta(days=5), execution_status=ExecutionStatus.DONE)
    assert list(Item.objects.due_between(TODAY, TODAY + datetime.timedelta(days=30))) == [inside]


def test_it_keeps_one_active_signature_per_organization_and_requires_dates_and_reasons():
    declaration, org = DeclarationFactory(), OrganizationFactory()
    Signatory.objects.create(declaration=declaration, organization=org, status="confirmed", joined_on=TODAY)
    with pytest.raises(IntegrityError), transaction.atomic():
        Signatory.objects.create(declaration=declaration, organization=org, status="requested")
    Signatory.objects.filter(organization=org).update(status="left", left_on=TODAY)
    Signatory.objects.create(declaration=declaration, organization=org, status="requested")
    with pytest.raises(IntegrityError), transaction.atomic():
        Signatory.objects.create(declaration=declaration, organization=OrganizationFactory(), status="confirmed")
    with pytest.raises(IntegrityError), transaction.atomic():
        Signatory.objects.create(declaration=declaration, organization=OrganizationFactory(), status="declined")


def test_it_refuses_a_published_resolution_without_a_publication_date():
    with pytest.raises(IntegrityError), transaction.atomic():
        ResolutionFactory(status="published", published_at=None)
