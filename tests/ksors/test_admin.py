import pytest
from django.contrib import admin

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def superuser():
    return UserFactory(email="root@example.org", is_staff=True, is_superuser=True)


def test_it_registers_every_model_of_the_portal():
    registered = {model._meta.label for model in admin.site._registry}
    for label in ["organizations.Organization", "organizations.Person", "organizations.Body", "organizations.MembershipChange",
                  "conferences.Conference", "conferences.Meeting", "conferences.StandingAgendaItem",
                  "resolutions.Resolution", "resolutions.Item", "resolutions.Declaration", "resolutions.ProgressReport",
                  "accounts.User", "accounts.Invitation", "organizations.MaterialCall", "organizations.Submission"]:
        assert label in registered


def test_it_opens_every_changelist_search_and_change_page(client, demo, superuser):
    client.force_login(superuser)
    for model, model_admin in admin.site._registry.items():
        if model._meta.app_label not in {"organizations", "conferences", "resolutions", "accounts"}:
            continue
        base = f"/admin/{model._meta.app_label}/{model._meta.model_name}/"
        assert client.get(base).status_code == 200, base
        if model_admin.search_fields:
            assert client.get(base, {"q": "Умет"}).status_code == 200, base
        first = model.objects.first()
        if first is not None:
            assert client.get(f"{base}{first.pk}/change/").status_code == 200, base


def test_it_edits_items_and_sub_items_inline(client, demo, superuser):
    from resolutions.models import Item

    client.force_login(superuser)
    item = Item.objects.get(label="7")
    html = client.get(f"/admin/resolutions/item/{item.pk}/change/").content.decode()
    assert "7а" in html and "7г" in html
