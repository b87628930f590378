"""Accounts in the back office: list, invitation with a name, roles, person, deactivation, resend and revoke."""

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts.models import Invitation, User
from tests.factories import PersonFactory, UserFactory


def test_the_list_shows_roles_and_pending_invitations(secretary_client, leader_a, org_a):
    Invitation.objects.create(user=UserFactory(email="new@example.org", password=None))
    html = secretary_client.get(reverse("secretariat:accounts")).content.decode()
    assert leader_a.email in html and f"руководитель: {org_a.short_name or org_a.name}" in html
    assert "Непринятые приглашения" in html and "new@example.org" in html
    assert "Секретариат" in html


def test_an_invitation_carries_the_name_and_no_password_is_ever_shown(secretary_client, org_a, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = secretary_client.post(reverse("secretariat:invite"), {
            "email": "Leader@Example.org", "full_name": "Копылова Елена Александровна", "organizations": [org_a.pk],
        })
    user = User.objects.get(email="leader@example.org")
    assert user.full_name == "Копылова Елена Александровна" and not user.has_usable_password()
    assert list(user.organizations.all()) == [org_a]
    assert len(mail.outbox) == 1
    assert 'type="password"' not in response.content.decode()


def test_the_secretariat_changes_roles_and_links_a_person_but_not_the_password(secretary_client, leader_a, org_a, org_b):
    person = PersonFactory(full_name="Копылова Елена Александровна")
    old_hash = leader_a.password
    response = secretary_client.post(reverse("secretariat:account", args=[leader_a.pk]), {
        "full_name": "Копылова Е.А.", "person": person.pk, "organizations": [org_b.pk], "password": "hijack-it-2026",
    })
    assert response.status_code == 302
    leader_a.refresh_from_db()
    assert leader_a.person == person and list(leader_a.organizations.all()) == [org_b]
    assert leader_a.password == old_hash
    assert 'type="password"' not in secretary_client.get(reverse("secretariat:account", args=[leader_a.pk])).content.decode()


def test_deactivating_an_account_ends_its_invitations_and_can_be_undone(secretary_client, leader_a):
    invitation = Invitation.objects.create(user=leader_a)
    url = reverse("secretariat:account", args=[leader_a.pk])
    secretary_client.post(url, {"action": "deactivate"})
    leader_a.refresh_from_db()
    invitation.refresh_from_db()
    assert not leader_a.is_active and not invitation.is_usable
    assert "Включить учётную запись" in secretary_client.get(url).content.decode()
    secretary_client.post(url, {"action": "activate"})
    leader_a.refresh_from_db()
    assert leader_a.is_active


def test_nobody_deactivates_or_demotes_themselves(secretary_client, secretary):
    url = reverse("secretariat:account", args=[secretary.pk])
    response = secretary_client.post(url, {"action": "deactivate"}, follow=True)
    assert "Нельзя отключить собственную учётную запись." in response.content.decode()
    response = secretary_client.post(url, {"full_name": "Я"})
    assert "Нельзя снять роль Секретариата с самого себя." in response.content.decode()
    secretary.refresh_from_db()
    assert secretary.is_active and secretary.has_perm("ksors.secretariat")


def test_an_invitation_is_revoked_or_resent_only_while_no_password_is_set(
    secretary_client, leader_a, django_capture_on_commit_callbacks
):
    newcomer = UserFactory(email="newcomer@example.org", password=None)
    newcomer.set_unusable_password()
    newcomer.save()
    first = Invitation.objects.create(user=newcomer)
    with django_capture_on_commit_callbacks(execute=True):
        secretary_client.post(reverse("secretariat:invitation_action", args=[first.pk, "resend"]))
    first.refresh_from_db()
    fresh = newcomer.invitations.latest("pk")
    assert not first.is_usable and fresh.is_usable and fresh.pk != first.pk and len(mail.outbox) == 1
    secretary_client.post(reverse("secretariat:invitation_action", args=[fresh.pk, "revoke"]))
    fresh.refresh_from_db()
    assert fresh.expires_at <= timezone.now()
    # Someone who set a password resets it themselves: no new link from the Secretariat.
    accepted = Invitation.objects.create(user=leader_a)
    response = secretary_client.post(reverse("secretariat:invitation_action", args=[accepted.pk, "resend"]), follow=True)
    assert "Человек уже установил пароль" in response.content.decode()


def test_after_logging_in_each_role_lands_where_it_works(client, secretary, leader_a):
    from django.core.cache import cache

    cache.clear()  # failed-login limits other tests may have left for these personas
    for user, target in [(secretary, reverse("secretariat:dashboard")), (leader_a, reverse("my:dashboard"))]:
        response = client.post(reverse("account_login"), {"login": user.email, "password": "correct-horse-battery"})
        assert response["Location"] == target, user.email
        client.logout()
    response = client.post(reverse("account_login") + "?next=/resolutions/",
                           {"login": secretary.email, "password": "correct-horse-battery"})
    assert response["Location"] == "/resolutions/"
