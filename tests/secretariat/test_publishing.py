import pytest
from django.urls import reverse

from organizations.models import MembershipStatus
from resolutions.models import Resolution, ResolutionVersion
from resolutions.parser import parse_resolution
from resolutions.services import resolution_create_from_parse, resolution_snapshot, resolution_versions_diff
from tests.secretariat.helpers import editor_data, item_index


@pytest.fixture
def imported(sample_text, members):
    return resolution_create_from_parse(parsed=parse_resolution(sample_text), slug="xx-2026-06-19", source_text=sample_text)


def client_for_public():
    from django.test import Client

    return Client()


def publish(client, resolution):
    return client.post(reverse("secretariat:resolution_publish", args=[resolution.pk]), follow=True)


def test_it_publishes_and_applies_membership_decisions_with_the_item_as_reason(secretary_client, client, imported, members):
    umet, iriston = members
    response = publish(secretary_client, imported)
    page = response.content.decode()
    assert "Резолюция теперь на сайте." in page
    assert "Умет" in page and "Исключена" in page
    imported.refresh_from_db()
    assert imported.status == "published" and imported.published_at is not None
    umet.refresh_from_db()
    iriston.refresh_from_db()
    assert umet.status == MembershipStatus.EXCLUDED
    assert iriston.status == MembershipStatus.SUSPENDED
    assert "конференции" in iriston.status_until_event
    change = umet.membership_changes.get(is_current=True)
    assert change.decided_by_item == imported.items.get(label="10")
    assert change.reason == imported.items.get(label="10").text
    assert iriston.membership_changes.get(is_current=True).decided_by_item.label == "11"
    assert client.get(imported.get_absolute_url()).status_code == 200  # public now
    assert imported.versions.get().number == 1


def test_publishing_twice_applies_nothing_twice(secretary_client, imported, members):
    publish(secretary_client, imported)
    publish(secretary_client, imported)
    assert members[0].membership_changes.count() == 1


def test_a_change_after_publication_is_a_correction_with_a_note_and_a_version(secretary_client, imported, members):
    publish(secretary_client, imported)
    url = reverse("secretariat:resolution_edit", args=[imported.pk])
    data = editor_data(imported)
    i = item_index(data, "13")
    data[f"items-{i}-text"] = data[f"items-{i}-text"] + " (уточнено)"
    page = secretary_client.post(url, data).content.decode()
    assert "Опишите, что исправлено" in page
    imported.refresh_from_db()
    assert imported.version == 1

    data["note"] = "Уточнена формулировка п. 13."
    response = secretary_client.post(url, data, follow=True)
    assert "Исправление сохранено: редакция 2." in response.content.decode()
    imported.refresh_from_db()
    assert imported.version == 2 and imported.status == "published"
    version = imported.versions.get(number=2)
    assert version.note == "Уточнена формулировка п. 13."
    assert version.snapshot == resolution_snapshot(imported)
    diff = resolution_versions_diff(imported.versions.get(number=1).snapshot, version.snapshot)
    assert [(c["label"], c["change"]) for c in diff["items"]] == [("13", "changed")]
    assert diff["items"][0]["fields"][0]["field"] == "text"
    assert members[0].membership_changes.count() == 1  # the correction applied nothing twice

    versions_page = secretary_client.get(reverse("secretariat:resolution_versions", args=[imported.pk])).content.decode()
    assert "Редакция 2, опубликована" in versions_page and "Уточнена формулировка п. 13." in versions_page
    assert "(уточнено)" in versions_page

    public = client_for_public().get(imported.get_absolute_url()).content.decode()
    assert "Редакция 2" in public and "Уточнена формулировка п. 13." in public
    public_versions = client_for_public().get(reverse("resolutions:versions", args=[imported.slug])).content.decode()
    assert "Редакция 2, опубликована" in public_versions and "Редакция 1, опубликована" in public_versions
    assert "<ins lang=\"ru\">" in public_versions and "(уточнено)" in public_versions


def test_it_refuses_to_delete_an_item_that_changed_a_status(secretary_client, imported, members):
    publish(secretary_client, imported)
    data = editor_data(imported) | {"note": "Удалить п. 10"}
    data[f"items-{item_index(data, '10')}-DELETE"] = "on"
    response = secretary_client.post(reverse("secretariat:resolution_edit", args=[imported.pk]), data)
    assert "уже изменили статус организаций" in response.content.decode()
    assert imported.items.filter(label="10").exists()
    imported.refresh_from_db()
    assert imported.version == 1


def test_unpublishing_needs_a_reason_and_is_recorded(secretary_client, client, imported, members):
    publish(secretary_client, imported)
    url = reverse("secretariat:resolution_unpublish", args=[imported.pk])
    assert "Обязательное поле." in secretary_client.post(url, {"reason": ""}).content.decode()
    secretary_client.post(url, {"reason": "Опечатка в дате, будет переопубликована."})
    imported.refresh_from_db()
    assert imported.status == "withdrawn"
    assert client.get(imported.get_absolute_url()).status_code == 404
    record = imported.history_log.first()
    assert record.history_change_reason == "Опечатка в дате, будет переопубликована."
    history = secretary_client.get(reverse("secretariat:history"), {"type": "resolution", "id": imported.pk}).content.decode()
    assert "Опечатка в дате, будет переопубликована." in history
    assert "Секретарь" in history


def test_the_history_page_shows_who_changed_what(secretary_client, secretary, members):
    umet = members[0]
    url = reverse("secretariat:membership", args=[umet.slug])
    secretary_client.post(url, {"status": "suspended", "effective_on": "2026-07-01", "until_event": "до конференции 2027 года",
                                "reason": "Нет связи с руководителем.", "document_reference": "Решение заседания от 01.07.2026"})
    page = secretary_client.get(reverse("secretariat:history"), {"type": "organization"}).content.decode()
    assert "ОО татар «Умет»" in page
    assert "Действующий член</del> → <ins>Членство приостановлено" in page
    assert "Секретарь" in page


def test_the_versions_diff_lists_added_removed_and_header_changes():
    old = {"title": "А", "items": [{"label": "1", "text": "x", "responsible": ["Ким"]}, {"label": "2", "text": "y"}]}
    new = {"title": "Б", "items": [{"label": "1", "text": "x", "responsible": ["Ким", "Темирова"]}, {"label": "3", "text": "z"}]}
    diff = resolution_versions_diff(old, new)
    assert diff["fields"] == [{"field": "title", "label": "Название", "old": "А", "new": "Б"}]
    assert [(c["label"], c["change"]) for c in diff["items"]] == [("1", "changed"), ("3", "added"), ("2", "removed")]
    assert diff["items"][0]["fields"][0]["new_text"] == "Ким; Темирова"


def test_published_versions_are_not_created_for_drafts(secretary_client, draft):
    resolution, _first, _second = draft
    secretary_client.post(reverse("secretariat:resolution_edit", args=[resolution.pk]), editor_data(resolution))
    assert ResolutionVersion.objects.count() == 0
    assert Resolution.objects.get(pk=resolution.pk).version == 1


def test_withdrawing_reverts_its_membership_decisions_and_shows_nothing_of_it_publicly(
    secretary_client, client, imported, members
):
    umet, iriston = members
    publish(secretary_client, imported)
    item_10 = imported.items.get(label="10")
    secretary_client.post(
        reverse("secretariat:resolution_unpublish", args=[imported.pk]), {"reason": "Принята с нарушением процедуры."}
    )
    umet.refresh_from_db()
    iriston.refresh_from_db()
    assert umet.status == iriston.status == MembershipStatus.ACTIVE
    assert iriston.status_until_event == ""
    revert = umet.membership_changes.get(is_current=True)
    assert revert.reverts.decided_by_item == item_10
    assert "Принята с нарушением процедуры." in revert.reason
    assert revert.recorded_by is not None
    page = client.get(umet.get_absolute_url()).content.decode()
    assert item_10.text[:60] not in page
    assert "Исключена" not in page and "снят с публикации" not in page
    assert imported.get_absolute_url() not in page
    # The Secretariat still sees the whole timeline.
    history = secretary_client.get(reverse("secretariat:history"), {"type": "organization"}).content.decode()
    assert "ОО татар «Умет»" in history


def test_publishing_again_applies_the_decisions_again(secretary_client, imported, members):
    umet, _iriston = members
    publish(secretary_client, imported)
    secretary_client.post(reverse("secretariat:resolution_unpublish", args=[imported.pk]), {"reason": "Исправим дату."})
    publish(secretary_client, imported)
    umet.refresh_from_db()
    assert umet.status == MembershipStatus.EXCLUDED
    assert umet.membership_changes.filter(decided_by_item__label="10").count() == 2


def test_a_decision_superseded_before_the_withdrawal_is_left_alone(secretary_client, imported, members):
    umet, _iriston = members
    publish(secretary_client, imported)
    secretary_client.post(
        reverse("secretariat:membership", args=[umet.slug]),
        {"status": "active", "effective_on": "2026-09-01", "reason": "Связь восстановлена.",
         "document_reference": "Решение заседания от 01.09.2026"},
    )
    secretary_client.post(reverse("secretariat:resolution_unpublish", args=[imported.pk]), {"reason": "Ошибка."})
    umet.refresh_from_db()
    assert umet.status == MembershipStatus.ACTIVE
    assert umet.membership_changes.get(is_current=True).reason == "Связь восстановлена."
