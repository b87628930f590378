"""Requests no one should send get a clear answer, never a 500 (each of these was a 500, on PostgreSQL at least)."""

import pytest
from django.urls import reverse

from conferences.models import Meeting


@pytest.mark.parametrize(
    "url", ["/search/?q=%00", "/search/?q=a%00b", "/accounts/invitation/%00/", "/resolutions/?q=%00", "/en/search/?q=%00"]
)
def test_a_nul_byte_in_the_path_or_query_is_a_400(client, db, url):
    response = client.get(url)
    assert response.status_code == 400


def test_a_nul_byte_in_a_cookie_is_a_400_on_any_url(client, db):
    client.cookies["sessionid"] = "abc\x00def"
    assert client.get("/").status_code == 400
    client.cookies["sessionid"] = "abc%00def"
    assert client.get("/organizations/").status_code == 400


def test_a_nul_byte_in_a_form_field_is_a_400(client, db):
    response = client.post("/accounts/login/", {"login": "a\x00@example.org", "password": "x"})
    assert response.status_code == 400


def test_an_ordinary_request_passes(client, db):
    assert client.get("/search/?q=молодёжь").status_code == 200


@pytest.mark.parametrize("object_id", ["²", "٣", "1" * 40, "-1", "1e3"])
def test_the_history_page_ignores_ids_that_are_not_ascii_numbers(secretary_client, object_id):
    response = secretary_client.get(reverse("secretariat:history"), {"type": "item", "id": object_id})
    assert response.status_code == 200


@pytest.mark.parametrize("reference", ["2026-02-30", "2026-13-01", "завтра", "9" * 5000])
def test_the_deadline_preview_ignores_an_impossible_reference_date(secretary_client, reference):
    response = secretary_client.get(reverse("secretariat:deadline_preview"), {"text": "до конца года", "reference": reference})
    assert response.status_code == 200


@pytest.mark.parametrize("suffix", ["new/", "1/", "1/hold/", "1/agenda/", "1/agenda/2/remove/"])
def test_an_unknown_kind_of_event_is_a_404_and_creates_nothing(secretary_client, suffix):
    before = Meeting.objects.count()
    assert secretary_client.get(f"/secretariat/events/party/{suffix}").status_code == 404
    assert secretary_client.post(f"/secretariat/events/party/{suffix}", {"title": "X"}).status_code == 404
    assert Meeting.objects.count() == before


def test_every_admin_history_page_exists_for_its_model(admin_client, db):
    from django.contrib import admin
    from simple_history.admin import SimpleHistoryAdmin

    for model, model_admin in admin.site._registry.items():
        if isinstance(model_admin, SimpleHistoryAdmin):
            assert hasattr(model._meta, "simple_history_manager_attribute"), model


def test_a_person_has_no_history_page_that_fails(admin_client, db):
    from organizations.models import Person

    person = Person.objects.create(full_name="Ким Виктор", short_name="Ким В.М.", slug="kim")
    response = admin_client.get(f"/admin/organizations/person/{person.pk}/history/")
    assert response.status_code == 200


def test_roman_numerals_stay_small_whatever_the_number():
    from core.text import to_roman

    assert to_roman(20) == "XX" and to_roman(3999) == "MMMCMXCIX"
    assert to_roman(10**40) == str(10**40)  # never 10^37 letters «M»
    assert to_roman(-5) == "-5"


def test_a_huge_conference_number_is_an_error_next_to_its_field(secretary_client):
    response = secretary_client.post(
        "/secretariat/events/conference/new/", {"kind": "thematic", "number": "9" * 40, "slug": "x", "theme": "Т"}
    )
    assert response.status_code in (200, 400)
    assert "number" in response.context["form"].errors
