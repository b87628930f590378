"""The permission rules, persona by persona (secretary, leader of A, leader of B, anonymous)."""

import pytest
from django.contrib.auth.models import AnonymousUser

from resolutions.models import Responsibility
from tests.factories import ItemFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_it_gives_the_secretariat_every_workspace_permission(secretary, org_a):
    for perm in ["ksors.secretariat", "ksors.manage_resolutions", "ksors.change_membership_status", "ksors.invite_users"]:
        assert secretary.has_perm(perm)
    assert secretary.has_perm("ksors.edit_organization_profile", org_a)


def test_it_lets_a_leader_edit_only_their_own_organization(leader_a, leader_b, org_a, org_b):
    assert leader_a.has_perm("ksors.edit_organization_profile", org_a)
    assert not leader_a.has_perm("ksors.edit_organization_profile", org_b)
    assert leader_b.has_perm("ksors.edit_organization_profile", org_b)
    assert not leader_b.has_perm("ksors.edit_organization_profile", org_a)


@pytest.mark.parametrize("perm", ["ksors.secretariat", "ksors.change_membership_status", "ksors.manage_resolutions", "ksors.invite_users"])
def test_it_never_lets_a_leader_change_statuses_or_publish(leader_a, perm):
    assert not leader_a.has_perm(perm)


def test_it_gives_anonymous_visitors_nothing(org_a):
    anonymous = AnonymousUser()
    assert not anonymous.has_perm("ksors.secretariat")
    assert not anonymous.has_perm("ksors.edit_organization_profile", org_a)


def test_it_lets_leaders_report_on_items_naming_them_or_all_members(leader_a, leader_b, org_a):
    named = ItemFactory()
    Responsibility.objects.create(item=named, text="ОО «Альфа»", organization=org_a)
    everyone = ItemFactory()
    Responsibility.objects.create(item=everyone, text="всем общественным объединениям", all_members=True)
    assert leader_a.has_perm("ksors.report_progress", named)
    assert not leader_b.has_perm("ksors.report_progress", named)
    assert leader_b.has_perm("ksors.report_progress", everyone)


def test_it_ignores_inactive_accounts(org_a):
    user = UserFactory(leads=[org_a], secretariat=True, is_active=False)
    assert not user.has_perm("ksors.secretariat")
    assert not user.has_perm("ksors.edit_organization_profile", org_a)


ADMIN_MODELS = [
    "organizations/organization", "organizations/membershipchange", "conferences/conference",
    "resolutions/resolution", "resolutions/item", "accounts/user",
]


@pytest.mark.parametrize("model", ADMIN_MODELS)
def test_it_keeps_leaders_and_anonymous_out_of_the_admin(client, leader_a, org_a, model):
    for user in (None, leader_a):
        if user:
            client.force_login(user)
        for suffix in ["", "add/", f"{org_a.pk}/change/"]:
            response = client.get(f"/admin/{model}/{suffix}")
            assert response.status_code == 302 and "/admin/login/" in response["Location"]
        response = client.post(f"/admin/organizations/organization/{org_a.pk}/change/", {"name": "Захват", "status": "excluded"})
        assert response.status_code == 302
    org_a.refresh_from_db()
    assert org_a.name == "ОО «Альфа»" and org_a.status == "active"


def test_it_answers_the_portal_permissions_without_loading_model_permissions(leader_a, django_assert_num_queries):
    # is_secretariat: one query for the group; no fall-through to ModelBackend's permission tables.
    with django_assert_num_queries(1) as captured:
        assert not leader_a.has_perm("ksors.secretariat")
    assert "auth_permission" not in captured.captured_queries[0]["sql"]


def test_it_still_grants_model_permissions_through_django(db):
    from django.contrib.auth.models import Permission

    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="view_organization"))
    assert user.has_perm("organizations.view_organization")
