"""Profile editing by leaders: only their own organization, only the profile fields, with history and revert."""

import io

import pytest
from django.urls import reverse
from PIL import Image

from organizations.models import Organization
from tests.files import jpeg_bytes, png_declaring, upload, windows_executable


def _profile_data(**overrides):
    data = {
        "description": "Общество татар Душанбе.",
        "history": "Основано в 1995 году.",
        "success_practices": "Сабантуй каждый год.",
        "notable_people": "Ибрагимов Вазиля — основатель.",
        "video_links": "https://example.org/video",
        "address": "Душанбе, ул. Рудаки, 1",
        "phone": "+992 00 000 00 00",
        "email": "alpha@example.org",
        "website": "https://alpha.example.org",
        "publish_contacts": "on",
    }
    data.update(overrides)
    return data


def test_it_lists_only_the_organizations_the_leader_leads(client, leader_a, org_a, org_b):
    client.force_login(leader_a)
    response = client.get(reverse("my:dashboard"))
    assert response.status_code == 200
    content = response.content.decode()
    assert "ОО «Альфа»" in content
    assert "ОО «Бета»" not in content
    assert reverse("my:profile_edit", args=["alpha"]) in content


def test_it_saves_the_profile_and_shows_it_publicly(client, leader_a, org_a):
    client.force_login(leader_a)
    response = client.post(reverse("my:profile_edit", args=["alpha"]), _profile_data())
    assert response.status_code == 302
    org_a.refresh_from_db()
    assert org_a.history == "Основано в 1995 году."
    assert org_a.publish_contacts is True
    public = client.get(org_a.get_absolute_url()).content.decode()
    assert "Сабантуй каждый год." in public
    assert "alpha@example.org" in public


def test_it_hides_contacts_unless_the_organization_publishes_them(client, leader_a, org_a):
    client.force_login(leader_a)
    data = _profile_data()
    del data["publish_contacts"]
    client.post(reverse("my:profile_edit", args=["alpha"]), data)
    client.logout()
    public = client.get(org_a.get_absolute_url()).content.decode()
    assert "Общество татар Душанбе." in public
    assert "alpha@example.org" not in public


def test_it_ignores_smuggled_fields(client, leader_a, org_a):
    client.force_login(leader_a)
    data = _profile_data(
        status="excluded", name="Захваченное имя", slug="hijacked", role="partner", short_name="X",
        status_until_event="навсегда", leader_name="Самозванец", is_demo="on",
    )
    response = client.post(reverse("my:profile_edit", args=["alpha"]), data)
    assert response.status_code == 302
    org_a.refresh_from_db()
    assert (org_a.name, org_a.slug, org_a.status, org_a.role, org_a.short_name) == (
        "ОО «Альфа»", "alpha", "active", "member", "Альфа"
    )
    assert org_a.leader_name == "" and org_a.is_demo is False
    assert org_a.description == "Общество татар Душанбе."


def test_the_form_has_no_name_or_status_fields(client, leader_a):
    client.force_login(leader_a)
    content = client.get(reverse("my:profile_edit", args=["alpha"])).content.decode()
    for field in ('name="name"', 'name="status"', 'name="slug"', 'name="role"', 'name="short_name"'):
        assert field not in content


def test_a_bad_logo_gets_a_russian_error_and_the_rest_is_kept(client, leader_a, org_a):
    client.force_login(leader_a)
    data = _profile_data(logo_upload=upload("logo.jpg", windows_executable(), "image/jpeg"))
    response = client.post(reverse("my:profile_edit", args=["alpha"]), data)
    assert response.status_code == 400
    content = response.content.decode()
    assert "программа, а не изображение" in content
    assert "Сабантуй каждый год." in content  # what was typed comes back
    org_a.refresh_from_db()
    assert org_a.description == "" and not org_a.logo


def test_a_decompression_bomb_photo_is_refused_next_to_the_field(client, leader_a, org_a):
    client.force_login(leader_a)
    response = client.post(
        reverse("my:profile_edit", args=["alpha"]),
        _profile_data(photo_caption="Праздник", photo=upload("bomb.png", png_declaring(100_000, 100_000), "image/png")),
    )
    assert response.status_code == 400
    content = response.content.decode()
    assert "слишком большое по числу точек" in content
    assert 'value="Праздник"' in content
    assert org_a.photos.count() == 0


def test_it_saves_a_logo_and_photos_without_metadata(client, leader_a, org_a):
    client.force_login(leader_a)
    exif = Image.Exif()
    exif[0x010F] = "Camera Maker"
    exif[0x8825] = {2: (38.0, 34.0, 0.0)}
    client.post(
        reverse("my:profile_edit", args=["alpha"]),
        _profile_data(logo_upload=upload("logo.jpg", jpeg_bytes(size=(1000, 1000)), "image/jpeg")),
    )
    response = client.post(
        reverse("my:profile_edit", args=["alpha"]),
        _profile_data(photo_caption="Сабантуй", photo=upload("IMG_0001.jpg", jpeg_bytes(size=(3200, 2400), exif=exif), "image/jpeg")),
    )
    assert response.status_code == 302
    org_a.refresh_from_db()
    with org_a.logo.open("rb") as handle:
        assert Image.open(handle).size == (400, 400)
    photo = org_a.photos.get()
    with photo.image.open("rb") as handle:
        image = Image.open(handle)
        assert image.size == (1600, 1200)
        assert dict(image.getexif()) == {}
    assert "IMG_0001" not in photo.image.name
    public = client.get(org_a.get_absolute_url()).content.decode()
    assert reverse("organizations:photo", args=["alpha", photo.pk, "thumb"]) in public
    served = client.get(reverse("organizations:photo", args=["alpha", photo.pk, "thumb"]))
    assert served.status_code == 200
    assert Image.open(io.BytesIO(b"".join(served.streaming_content))).size == (480, 360)
    assert client.get(reverse("organizations:logo", args=["alpha"])).status_code == 200


def test_it_deletes_a_photo_of_its_own_organization(client, leader_a, org_a):
    client.force_login(leader_a)
    client.post(reverse("my:profile_edit", args=["alpha"]), _profile_data(photo=upload("p.jpg", jpeg_bytes(), "image/jpeg")))
    photo = org_a.photos.get()
    response = client.post(reverse("my:photo_delete", args=["alpha", photo.pk]))
    assert response.status_code == 302
    assert org_a.photos.count() == 0


def test_each_save_is_recorded_with_its_author_and_can_be_reverted(client, leader_a, secretary, org_a):
    client.force_login(leader_a)
    client.post(reverse("my:profile_edit", args=["alpha"]), _profile_data(description="Первая версия"))
    client.post(reverse("my:profile_edit", args=["alpha"]), _profile_data(description="Испорченная версия"))
    records = list(org_a.history_log.order_by("-history_date", "-history_id"))
    assert records[0].description == "Испорченная версия"
    assert records[0].history_user == leader_a
    assert records[0].history_change_reason == "Профиль изменён"

    client.force_login(secretary)
    page = client.get(reverse("secretariat:organization_history", args=["alpha"])).content.decode()
    assert "Руководитель А" in page and "Вернуть" in page and "о организации" in page

    # The Secretariat also changed the membership status meanwhile: a revert must not undo it.
    Organization.objects.filter(pk=org_a.pk).update(status="suspended")
    response = client.post(reverse("secretariat:organization_history_revert", args=["alpha", records[1].history_id]))
    assert response.status_code == 302
    org_a.refresh_from_db()
    assert org_a.description == "Первая версия"
    assert org_a.status == "suspended"
    latest = org_a.history_log.latest("history_date")
    assert latest.history_user == secretary
    assert latest.history_change_reason.startswith("Возврат к версии от")


def test_history_revert_refuses_a_record_of_another_organization(client, secretary, org_a, org_b):
    client.force_login(secretary)
    other = org_b.history_log.latest("history_date")
    response = client.post(reverse("secretariat:organization_history_revert", args=["alpha", other.history_id]))
    assert response.status_code == 404


def test_the_history_page_takes_a_fixed_number_of_queries(client, secretary, leader_a, org_a, django_assert_max_num_queries):
    client.force_login(leader_a)
    for n in range(5):
        client.post(reverse("my:profile_edit", args=["alpha"]), _profile_data(description=f"Версия {n}"))
    client.force_login(secretary)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("secretariat:organization_history", args=["alpha"]))
    assert response.content.decode().count(">Вернуть</button>") == 5


def test_the_public_page_links_leaders_to_the_form_and_the_secretariat_to_the_history(client, leader_a, leader_b, secretary, org_a):
    edit, history = reverse("my:profile_edit", args=["alpha"]), reverse("secretariat:organization_history", args=["alpha"])
    client.force_login(leader_a)
    page = client.get(org_a.get_absolute_url()).content.decode()
    assert edit in page and history not in page
    client.force_login(leader_b)
    page = client.get(org_a.get_absolute_url()).content.decode()
    assert edit not in page and history not in page
    client.force_login(secretary)
    page = client.get(org_a.get_absolute_url()).content.decode()
    assert history in page and edit not in page
    client.logout()
    page = client.get(org_a.get_absolute_url()).content.decode()
    assert edit not in page and history not in page


def test_twenty_saves_from_pages_opened_at_once_lose_nothing_silently(client, leader_a, org_a):
    client.force_login(leader_a)
    opened = org_a.revision
    statuses = [
        client.post(reverse("my:profile_edit", args=["alpha"]), _profile_data(history=f"Версия {n}", revision=opened)).status_code
        for n in range(20)
    ]
    assert statuses.count(302) == 1 and statuses.count(409) == 19
    org_a.refresh_from_db()
    assert org_a.history == "Версия 0"
    assert org_a.revision == opened + 1


def test_a_conflict_keeps_the_typing_shows_the_other_save_and_a_second_save_overwrites(client, leader_a, org_a):
    from django.test import Client

    from tests.factories import UserFactory

    other = Client()
    other.force_login(UserFactory(email="co-leader@example.org", full_name="Второй руководитель", leads=[org_a]))
    opened = org_a.revision
    assert other.post(reverse("my:profile_edit", args=["alpha"]), _profile_data(history="Их история", revision=opened)).status_code == 302
    client.force_login(leader_a)
    response = client.post(reverse("my:profile_edit", args=["alpha"]), _profile_data(history="Моя история", revision=opened))
    page = response.content.decode()
    assert response.status_code == 409
    assert "Профиль уже изменён другим человеком" in page and "Второй руководитель" in page
    assert "Их история" in page and "Моя история" in page
    org_a.refresh_from_db()
    assert org_a.history == "Их история"
    resubmit = response.context["form"]["revision"].value()
    assert client.post(reverse("my:profile_edit", args=["alpha"]), _profile_data(history="Моя история", revision=resubmit)).status_code == 302
    org_a.refresh_from_db()
    assert org_a.history == "Моя история"


def test_the_profile_page_carries_the_revision_it_was_opened_at(client, leader_a, org_a):
    client.force_login(leader_a)
    page = client.get(reverse("my:profile_edit", args=["alpha"])).content.decode()
    assert f'name="revision" value="{org_a.revision}"' in page


@pytest.mark.django_db(transaction=True)
def test_twenty_concurrent_saves_on_postgresql_one_wins_and_nineteen_are_refused(org_a, leader_a):
    from concurrent.futures import ThreadPoolExecutor

    from django.db import connection, connections

    from core.models import StaleRevision
    from organizations.services import organization_profile_update

    if connection.vendor != "postgresql":
        pytest.skip("row locks need a server database (SQLite serialises writers itself)")
    opened = org_a.revision

    def save(n):
        try:
            organization_profile_update(
                organization=org_a, data={"history": f"Версия {n}"}, user=leader_a, expected_revision=opened
            )
            return "saved"
        except StaleRevision:
            return "refused"
        finally:
            connections.close_all()

    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(save, range(20)))
    assert results.count("saved") == 1 and results.count("refused") == 19


def test_adding_a_photo_saves_the_unsaved_profile_text_with_it(client, leader_a, org_a):
    client.force_login(leader_a)
    page = client.get(reverse("my:profile_edit", args=["alpha"])).content.decode()
    # The photo's inputs join the profile form, so the text typed beside them travels with the photo.
    assert '<input type="file" name="photo" form="profile-form"' in page
    assert 'name="photo_caption" form="profile-form"' in page
    assert '<button type="submit" class="button button-secondary" form="profile-form" name="action" value="photo">' in page
    response = client.post(
        reverse("my:profile_edit", args=["alpha"]),
        _profile_data(description="Набрано, но ещё не сохранено.", photo=upload("p.jpg", jpeg_bytes(), "image/jpeg"),
                      photo_caption="Сабантуй", action="photo"),
    )
    assert response.status_code == 302
    org_a.refresh_from_db()
    assert org_a.description == "Набрано, но ещё не сохранено."
    assert [p.caption for p in org_a.photos.all()] == ["Сабантуй"]
    assert list(org_a.history_log.values_list("history_user", flat=True)[:2]) == [leader_a.pk, leader_a.pk]


def test_a_file_chosen_in_a_form_with_errors_must_be_chosen_again_and_the_form_says_so(client, leader_a, org_a):
    client.force_login(leader_a)
    response = client.post(
        reverse("my:profile_edit", args=["alpha"]),
        _profile_data(website="не адрес", photo=upload("концерт.jpg", jpeg_bytes(), "image/jpeg")),
    )
    assert response.status_code == 400
    content = response.content.decode()
    assert "Файл «концерт.jpg» не сохранён, потому что в форме есть ошибки: выберите его ещё раз." in content
    assert org_a.photos.count() == 0
