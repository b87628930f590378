"""The permission rules, persona by persona (secretary, leader of A, leader of B, anonymous)."""

import pytest
from django.contrib.auth.models import AnonymousUser

from resolutions.models import Responsibility
from tests.factories import ItemFactory, ResolutionFactory, UserFactory

pytestmark = pytest.mark.django_db


# Every permission the portal registers, persona by persona (the object each is asked about in brackets).
PERSONAS = ["anonymous", "plain_user", "leader_a", "leader_b", "secretary"]
RULES = {
    # permission: (object, personas allowed)
    "ksors.secretariat": (None, {"secretary"}),
    "ksors.leader_workspace": (None, {"leader_a", "leader_b"}),
    "ksors.edit_organization_profile": ("org_a", {"leader_a", "secretary"}),
    "ksors.submit_materials": ("org_a", {"leader_a"}),
    "ksors.view_submission": ("submission", {"leader_a", "secretary"}),
    "ksors.request_declaration": ("org_a", {"leader_a"}),
    "ksors.leave_declaration": ("signatory", {"leader_a"}),
    "ksors.fill_assessment": ("org_a", {"leader_a"}),
}


@pytest.fixture
def rule_world(org_a, org_b, leader_a, leader_b, secretary):
    from organizations.models import MaterialCall, Submission
    from resolutions.models import Signatory
    from tests.factories import DeclarationFactory

    call = MaterialCall.objects.create(title="Сбор", slug="call")
    return {
        "org_a": org_a,
        "submission": Submission.objects.create(call=call, organization=org_a),
        "signatory": Signatory.objects.create(declaration=DeclarationFactory(), organization=org_a, requested_by=leader_a),
        "users": {"anonymous": AnonymousUser(), "plain_user": UserFactory(email="plain@example.org"),
                  "leader_a": leader_a, "leader_b": leader_b, "secretary": secretary},
    }


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("perm", sorted(RULES))
def test_each_rule_answers_each_persona(rule_world, perm, persona):
    obj_name, allowed = RULES[perm]
    obj = rule_world[obj_name] if obj_name else None
    user = rule_world["users"][persona]
    assert user.has_perm(perm, obj) is (persona in allowed)


def test_the_table_lists_every_registered_portal_permission():
    from rules.permissions import permissions

    assert {name for name in permissions if name.startswith("ksors.")} == set(RULES)


def test_every_registered_permission_is_checked_somewhere():
    """A rule nobody asks is a rule nobody maintains: each one is named in a view, a template or a service."""
    import pathlib

    root = pathlib.Path(__file__).resolve().parents[2]
    sources = "".join(
        path.read_text(encoding="utf-8")
        for folder in ["core", "accounts", "organizations", "conferences", "resolutions", "portal", "secretariat",
                       "leaders", "templates"]
        for path in (root / folder).rglob("*")
        if path.suffix in {".py", ".html"} and path.name != "rules.py"
    )
    for perm in RULES:
        assert f'"{perm}"' in sources or f"'{perm}'" in sources, perm


def test_it_lets_a_leader_edit_only_their_own_organization(leader_a, leader_b, org_a, org_b):
    assert leader_a.has_perm("ksors.edit_organization_profile", org_a)
    assert not leader_a.has_perm("ksors.edit_organization_profile", org_b)
    assert leader_b.has_perm("ksors.edit_organization_profile", org_b)
    assert not leader_b.has_perm("ksors.edit_organization_profile", org_a)


def test_it_gives_anonymous_visitors_nothing(org_a):
    anonymous = AnonymousUser()
    assert not anonymous.has_perm("ksors.secretariat")
    assert not anonymous.has_perm("ksors.edit_organization_profile", org_a)


def test_an_organization_reports_on_items_naming_it_or_all_members(org_a, org_b):
    from django.utils import timezone

    from resolutions.progress import items_assigned_to

    published = ResolutionFactory(status="published", published_at=timezone.now())
    named = ItemFactory(resolution=published)
    Responsibility.objects.create(item=named, text="ОО «Альфа»", organization=org_a)
    everyone = ItemFactory(resolution=published)
    Responsibility.objects.create(item=everyone, text="всем общественным объединениям", all_members=True)
    assert set(items_assigned_to(org_a)) == {named, everyone}
    assert set(items_assigned_to(org_b)) == {everyone}


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
