import datetime

import pytest
from django.core.management import call_command

from conferences.models import Conference
from organizations.models import MembershipChange, Organization
from resolutions.models import Declaration, Item, Resolution

pytestmark = pytest.mark.django_db

COUNTED = [Organization, Conference, Resolution, Item, MembershipChange, Declaration]


def _counts():
    return {model.__name__: model.objects.count() for model in COUNTED}


def test_it_loads_the_sample_resolution_with_every_item(demo):
    resolution = Resolution.objects.get(slug="xx-2026-06-19")
    assert resolution.is_published and resolution.conference.number == 20
    assert resolution.adopted_on == datetime.date(2026, 6, 19)
    assert resolution.unanimous
    labels = list(resolution.items.values_list("label", flat=True))
    assert labels == [
        "1", "2", "2а", "3", "4", "5", "5а", "6", "6а", "7", "7а", "7б", "7в", "7г", "8", "8а", "8б",
        "9", "9а", "9б", "10", "11", "12", "12а", "12б", "12в", "12г", "13", "14", "14а",
    ]
    assert resolution.items.get(label="7б").parent.label == "7"
    item_9b = resolution.items.get(label="9б")
    assert (item_9b.due_start, item_9b.due_end) == (datetime.date(2027, 9, 1), datetime.date(2027, 10, 31))
    assert {r.person.slug for r in item_9b.responsibilities.all()} == {"temirova", "kim"}
    assert resolution.items.get(label="7г").responsibilities.get().body.slug == "secretariat"
    assert resolution.items.get(label="9").responsibilities.get().all_members


def test_it_leaves_the_statuses_as_the_resolution_does(demo):
    umet, iriston = Organization.objects.get(slug="umet"), Organization.objects.get(slug="iriston")
    assert umet.status == "excluded" and iriston.status == "suspended"
    assert iriston.status_until_event.startswith("до отчётно-выборной страновой конференции в 2027")
    change = umet.membership_changes.get()
    assert change.decided_by_item.label == "10" and change.effective_on == datetime.date(2026, 6, 19)
    assert Organization.objects.get(slug="women-movement").status == "active"


def test_it_loads_the_conferences_the_resolution_names(demo):
    extraordinary = Conference.objects.get(kind="extraordinary")
    assert extraordinary.date == datetime.date(2015, 2, 14) and extraordinary.city == "Чкаловск"
    xxi = Conference.objects.get(number=21)
    assert xxi.status == "planned" and (xxi.planned_start, xxi.planned_end) == (datetime.date(2027, 4, 1), datetime.date(2027, 9, 30))
    assert [a.title for a in xxi.agenda.all()] == ["О ходе исполнения ранее принятых решений", "Молодёжная повестка"]
    assert Conference.objects.filter(is_demo=True).count() == 19
    assert not Conference.objects.get(number=20).is_demo


def test_it_runs_twice_without_duplicating_anything(demo):
    before = _counts()
    call_command("load_demo", verbosity=0)
    assert _counts() == before


def test_it_creates_demo_accounts_that_can_log_in(demo, client):
    call_command("demo_account", verbosity=0)
    call_command("demo_account", verbosity=0)
    assert client.login(email="secretariat@ksors.example", password="ksors-demo-2026")


def test_the_demo_secretariat_account_gets_the_reminders_for_the_secretariats_items(db, django_capture_on_commit_callbacks):
    import datetime

    from django.core import mail
    from django.core.management import call_command

    from accounts.models import User
    from resolutions.reminders import send_reminders

    call_command("load_demo", verbosity=0)
    call_command("demo_account", verbosity=0)
    account = User.objects.get(email="secretariat@ksors.example")
    assert account.person.slug == "kim"
    before = send_reminders(today=datetime.date(2026, 10, 20), days=14)
    assert before.sent >= 1 and "secretariat@ksors.example" in [m.to[0] for m in mail.outbox]
    assert any("7б" in m.body for m in mail.outbox)
    mail.outbox.clear()
    after = send_reminders(today=datetime.date(2026, 11, 5), days=14)
    assert after.sent >= 1 and all(m.to == ["secretariat@ksors.example"] for m in mail.outbox)
