"""Nobody but the Secretariat reaches any /secretariat/ URL: anonymous → login, others → 403."""

import pytest
from django.urls import reverse

from tests.factories import ItemFactory, UserFactory


@pytest.fixture
def objects(draft, members):
    resolution, first, _second = draft
    from conferences.models import AgendaItem, Meeting
    from resolutions.models import ProgressReport, ReportAttachment

    meeting = Meeting.objects.create(title="Заседание", slug="m-1")
    agenda = AgendaItem.objects.create(meeting=meeting, title="Вопрос")
    report = ProgressReport.objects.create(item=first, text="Сделано")
    attachment = ReportAttachment.objects.create(report=report, file="reports/x.txt", original_name="x.txt")
    return {"resolution": resolution, "item": first, "meeting": meeting, "agenda": agenda, "attachment": attachment,
            "org": members[0], "other_item": ItemFactory()}


def secretariat_urls(o):
    r = o["resolution"].pk
    return [
        ("get", reverse("secretariat:dashboard")),
        ("get", reverse("secretariat:item", args=[o["item"].pk])),
        ("post", reverse("secretariat:item_status", args=[o["item"].pk])),
        ("get", reverse("secretariat:attachment", args=[o["attachment"].pk])),
        ("get", reverse("secretariat:resolutions")),
        ("get", reverse("secretariat:resolution_new")),
        ("get", reverse("secretariat:import")),
        ("post", reverse("secretariat:import_confirm")),
        ("get", reverse("secretariat:deadline_preview") + "?text=до+2027+года"),
        ("get", reverse("secretariat:resolution_edit", args=[r])),
        ("post", reverse("secretariat:resolution_edit", args=[r])),
        ("get", reverse("secretariat:resolution_preview", args=[r])),
        ("post", reverse("secretariat:resolution_publish", args=[r])),
        ("get", reverse("secretariat:resolution_unpublish", args=[r])),
        ("get", reverse("secretariat:resolution_versions", args=[r])),
        ("get", reverse("secretariat:execution_report", args=[r, "pdf"])),
        ("get", reverse("secretariat:execution_report", args=[r, "xlsx"])),
        ("get", reverse("secretariat:execution_report", args=[r, "csv"])),
        ("get", reverse("secretariat:history")),
        ("get", reverse("secretariat:events")),
        ("get", reverse("secretariat:event_create", args=["conference"])),
        ("get", reverse("secretariat:event_create", args=["meeting"])),
        ("get", reverse("secretariat:event", args=["meeting", o["meeting"].pk])),
        ("post", reverse("secretariat:event_hold", args=["meeting", o["meeting"].pk])),
        ("post", reverse("secretariat:agenda_add", args=["meeting", o["meeting"].pk])),
        ("post", reverse("secretariat:agenda_remove", args=["meeting", o["meeting"].pk, o["agenda"].pk])),
        ("get", reverse("secretariat:organizations")),
        ("get", reverse("secretariat:membership", args=[o["org"].slug])),
        ("post", reverse("secretariat:membership", args=[o["org"].slug])),
    ]


URL_COUNT = 29


@pytest.mark.parametrize("index", range(URL_COUNT))
def test_it_sends_anonymous_visitors_to_the_login_page(client, objects, index):
    method, url = secretariat_urls(objects)[index]
    response = getattr(client, method)(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login") + "?next=")


@pytest.mark.parametrize("persona", ["leader", "staff_without_group", "plain_user"])
@pytest.mark.parametrize("index", range(URL_COUNT))
def test_it_forbids_everyone_but_the_secretariat(client, objects, leader_a, persona, index):
    user = {
        "leader": leader_a,
        "staff_without_group": UserFactory(email="staff@example.org", is_staff=True),
        "plain_user": UserFactory(email="plain@example.org"),
    }[persona]
    client.force_login(user)
    method, url = secretariat_urls(objects)[index]
    response = getattr(client, method)(url)
    assert response.status_code == 403
    assert objects["org"].membership_changes.count() == 0


def test_the_matrix_covers_every_secretariat_url(objects):
    from django.urls import resolve

    from resolutions import urls_secretariat

    covered = {resolve(url.split("?")[0]).url_name for _method, url in secretariat_urls(objects)}
    assert covered == {pattern.name for pattern in urls_secretariat.urlpatterns}
    assert len(secretariat_urls(objects)) == URL_COUNT


def test_it_lets_the_secretariat_in_and_links_the_dashboard_from_the_menu(secretary_client):
    response = secretary_client.get("/")
    assert 'href="/secretariat/"' in response.content.decode()
    response = secretary_client.get(reverse("secretariat:dashboard"))
    assert response.status_code == 200
    assert "Контроль исполнения" in response.content.decode()
    assert reverse("accounts:invite") in response.content.decode()


def test_it_hides_the_secretariat_link_from_leaders(client, leader_a):
    client.force_login(leader_a)
    assert 'href="/secretariat/"' not in client.get("/").content.decode()


def test_the_rule_is_the_secretariat_group(secretary, leader_a):
    assert secretary.has_perm("ksors.secretariat")
    assert not leader_a.has_perm("ksors.secretariat")
