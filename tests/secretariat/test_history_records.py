"""The history records real changes only (core/history.py): an unchanged form, a second save of an import,
a text sent back with other line endings leave no «изменено» row; a real change leaves one, with its author."""

from django.urls import reverse

from core.history import normalise_newlines
from organizations.models import Organization
from resolutions.models import Item
from tests.factories import OrganizationFactory
from tests.ksors.test_fuzz import _Collector
from tests.secretariat.helpers import editor_data


def _as_the_page_sends_it(client, url) -> dict:
    """The edit form's fields as the page filled them in, the way a browser posts them back."""
    collector = _Collector()
    collector.feed(client.get(url).content.decode())
    form = next(f for f in collector.forms if f.method == "post" and "name" in f.fields)
    return {k: v for k, v in form.defaults.items() if k != "csrfmiddlewaretoken"}


def test_it_normalises_every_kind_of_line_ending():
    assert normalise_newlines("а\r\nб\rв\nг") == "а\nб\nв\nг"
    assert normalise_newlines(None) is None and normalise_newlines(5) == 5


def test_saving_an_unchanged_form_records_no_history_row(secretary_client):
    organization = OrganizationFactory(description="Первая строка.\nВторая строка.", history="С 2007 года.")
    url = reverse("secretariat:organization_edit", args=[organization.slug])
    before = organization.history_log.count()
    data = _as_the_page_sends_it(secretary_client, url)
    assert data["name"] == organization.name  # the form really was read from the page
    assert secretary_client.post(url, data).status_code == 302
    assert organization.history_log.count() == before


def _leader_profile(client, leader, organization, description):
    organization.description = description
    organization.save()
    client.force_login(leader)
    return reverse("my:profile_edit", args=[organization.slug])


def _profile_form(client, url) -> dict:
    collector = _Collector()
    collector.feed(client.get(url).content.decode())
    form = next(f for f in collector.forms if f.method == "post" and "description" in f.fields)
    return {k: v for k, v in form.defaults.items() if k != "csrfmiddlewaretoken"}


def test_a_text_that_differs_only_in_line_endings_is_not_a_change(client, leader_a, org_a):
    url = _leader_profile(client, leader_a, org_a, "Первая строка.\nВторая строка.")
    before = org_a.history_log.count()
    data = _profile_form(client, url)
    assert client.post(url, data).status_code == 302  # unchanged, as the page gave it
    data = _profile_form(client, url)  # the page's new revision
    data["description"] = data["description"].replace("\n", "\r\n")  # what a browser sends from a textarea
    assert client.post(url, data).status_code == 302
    org_a.refresh_from_db()
    assert org_a.description == "Первая строка.\nВторая строка."
    assert org_a.history_log.count() == before


def test_a_real_change_is_recorded_once_with_its_author_and_line_endings_normalised(client, leader_a, org_a):
    url = _leader_profile(client, leader_a, org_a, "Было.")
    before = org_a.history_log.count()
    data = _profile_form(client, url)
    data["description"] = "Стало.\r\nВо второй строке."
    assert client.post(url, data).status_code == 302
    record = org_a.history_log.latest()
    assert org_a.history_log.count() == before + 1
    assert record.history_type == "~" and record.history_user == leader_a
    assert record.description == "Стало.\nВо второй строке."


def test_saving_the_editor_unchanged_records_nothing_for_the_resolution_or_its_items(secretary_client, draft):
    resolution, first, second = draft
    counts = (resolution.history_log.count(), Item.history_log.count())
    response = secretary_client.post(reverse("secretariat:resolution_edit", args=[resolution.pk]), editor_data(resolution))
    assert response.status_code == 302
    assert (resolution.history_log.count(), Item.history_log.count()) == counts


def test_a_save_that_moves_only_bookkeeping_columns_records_nothing(db):
    organization = OrganizationFactory()
    before = organization.history_log.count()
    organization.save()  # updated_at moves, nothing else
    Organization.objects.get(pk=organization.pk).save()
    assert organization.history_log.count() == before
    organization.city = "Худжанд"
    organization.save()
    assert organization.history_log.count() == before + 1


def test_import_then_an_unchanged_save_leave_no_empty_history_row(secretary_client, sample_text, members):
    from resolutions.models import Resolution
    from secretariat.views.history import HIDDEN_FIELDS
    from tests.factories import ConferenceFactory

    xx = ConferenceFactory(number=20, slug="xx-2026")
    secretary_client.post(
        reverse("secretariat:import_confirm"), {"source": sample_text, "slug": "xx-2026-06-19", "conference": xx.pk}
    )
    resolution = Resolution.objects.get(slug="xx-2026-06-19")
    secretary_client.post(reverse("secretariat:resolution_edit", args=[resolution.pk]), editor_data(resolution))
    records = [*resolution.history_log.all(), *Item.history_log.filter(resolution_id=resolution.pk)]
    created = [r for r in records if r.history_type == "+"]
    assert len(created) == 1 + resolution.items.count()  # the resolution and each of its items, once
    empty = [r for r in records if r.history_type == "~" and not r.diff_against(r.prev_record, excluded_fields=HIDDEN_FIELDS).changes]
    assert empty == []


def test_a_reason_longer_than_the_history_column_is_cut_not_a_failed_save(db):
    """history_change_reason holds 100 characters; PostgreSQL refuses more (a 500 the fuzz test found)."""
    from organizations.models import Organization
    from tests.factories import OrganizationFactory

    organization = OrganizationFactory()
    organization.description = "Новое описание."
    organization._change_reason = "причина " * 40
    organization.save()
    reason = Organization.history_log.model.objects.filter(id=organization.pk).latest("history_date").history_change_reason
    assert len(reason) == 100 and reason.endswith("…")
