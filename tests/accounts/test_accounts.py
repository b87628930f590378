import re

import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from accounts.models import Invitation, User
from accounts.services import invitation_create
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_it_logs_in_by_email_and_password(client, secretary):
    response = client.post("/accounts/login/", {"login": "secretary@example.org", "password": "correct-horse-battery"})
    assert response.status_code == 302
    assert client.get("/").context["user"] == secretary


def test_it_refuses_a_wrong_password_in_russian_and_keeps_the_email(client, secretary):
    response = client.post("/accounts/login/", {"login": "secretary@example.org", "password": "nope"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "неверны" in html
    assert 'value="secretary@example.org"' in html


def test_it_rate_limits_failed_logins(client, secretary):
    for _ in range(5):
        client.post("/accounts/login/", {"login": "secretary@example.org", "password": "nope"})
    response = client.post("/accounts/login/", {"login": "secretary@example.org", "password": "correct-horse-battery"})
    assert response.status_code == 429 or "слишком много" in response.content.decode().lower()


def test_it_has_no_public_sign_up(client):
    response = client.get("/accounts/signup/")
    assert "Регистрация закрыта" in response.content.decode()
    client.post("/accounts/signup/", {"email": "x@example.org", "password1": "Very-long-pass-123", "password2": "Very-long-pass-123"})
    assert not User.objects.filter(email="x@example.org").exists()


def test_it_sends_a_password_reset_link_in_russian(client, secretary):
    client.post("/accounts/password/reset/", {"email": "secretary@example.org"})
    assert len(mail.outbox) == 1
    assert "пароль" in mail.outbox[0].body.lower()
    assert "/accounts/password/reset/key/" in mail.outbox[0].body


def test_it_invites_a_leader_who_sets_a_password_and_is_logged_in(client, org_a, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        invitation = invitation_create(email="New.Leader@Example.org", organizations=[org_a])
    assert mail.outbox[0].to == ["new.leader@example.org"]
    link = re.search(r"https?://\S+", mail.outbox[0].body).group(0)
    path = link.split("8000", 1)[-1] if "8000" in link else link
    assert path.endswith(f"/accounts/invitation/{invitation.token}/")
    page = client.get(path)
    assert "new.leader@example.org" in page.content.decode()
    response = client.post(path, {"full_name": "Новый Руководитель", "new_password1": "Kopylova-2026!", "new_password2": "Kopylova-2026!"})
    assert response.status_code == 302
    user = User.objects.get(email="new.leader@example.org")
    assert user.check_password("Kopylova-2026!") and user.full_name == "Новый Руководитель"
    assert list(user.organizations.all()) == [org_a]
    assert user.emailaddress_set.get().verified  # allauth lets only verified addresses set up 2FA
    assert client.get(path).status_code == 410


def test_it_keeps_what_was_typed_when_passwords_do_not_match(client, org_a):
    invitation = invitation_create(email="a@example.org", organizations=[org_a], send=False)
    response = client.post(invitation.get_absolute_url(), {"full_name": "Анна", "new_password1": "Abc-12345678", "new_password2": "другой"})
    html = response.content.decode()
    assert response.status_code == 200 and 'value="Анна"' in html and "не совпадают" in html


def test_it_invites_from_the_command_line(org_a, capsys):
    call_command("invite", "sec@example.org", "--secretariat", "--no-email")
    call_command("invite", "sec@example.org", "--organization", org_a.slug, "--no-email")
    user = User.objects.get(email="sec@example.org")
    assert user.has_perm("ksors.secretariat") and list(user.organizations.all()) == [org_a]
    assert Invitation.objects.filter(user=user).count() == 2
    assert "/accounts/invitation/" in capsys.readouterr().out
    with pytest.raises(CommandError, match="Нет организаций"):
        call_command("invite", "x@example.org", "--organization", "nowhere")
    with pytest.raises(CommandError, match="Укажите роль"):
        call_command("invite", "x@example.org")


def test_it_lets_the_secretariat_invite_from_the_portal(client, secretary, org_a):
    client.force_login(secretary)
    response = client.post("/secretariat/invite/", {"email": "p@example.org", "organizations": [org_a.pk]})
    assert response.status_code == 200 and "/accounts/invitation/" in response.content.decode()
    assert User.objects.get(email="p@example.org").organizations.get() == org_a


@pytest.mark.parametrize("persona", ["anonymous", "leader_a"])
def test_it_lets_nobody_else_invite(client, persona, request, org_a):
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(persona))
    response = client.post("/secretariat/invite/", {"email": "p@example.org", "secretariat": "on"})
    assert response.status_code == (302 if persona == "anonymous" else 403)
    assert not User.objects.filter(email="p@example.org").exists()


def test_it_requires_two_factor_setup_for_the_secretariat_when_enforced(client, settings, secretary, leader_a):
    settings.KSORS_REQUIRE_MFA = True
    client.force_login(secretary)
    response = client.get("/")
    assert response.status_code == 302 and response["Location"] == "/accounts/2fa/totp/activate/"
    # allauth asks for the password again before showing the QR code; that page must not loop back here.
    activate = client.get("/accounts/2fa/totp/activate/")
    assert activate.status_code == 302 and activate["Location"].startswith("/accounts/reauthenticate/")
    assert client.get(activate["Location"]).status_code == 200
    client.force_login(leader_a)
    assert client.get("/").status_code == 200


def test_it_lets_the_secretariat_through_once_totp_is_set_up(client, settings, secretary):
    from allauth.mfa.models import Authenticator

    settings.KSORS_REQUIRE_MFA = True
    Authenticator.objects.create(user=secretary, type=Authenticator.Type.TOTP, data={"secret": "x"})
    client.force_login(secretary)
    assert client.get("/").status_code == 200


def test_it_does_not_let_an_inactive_user_in(client):
    UserFactory(email="gone@example.org", is_active=False)
    response = client.post("/accounts/login/", {"login": "gone@example.org", "password": "correct-horse-battery"})
    assert client.get("/").context["user"].is_anonymous
    assert response.status_code in (200, 302)


def test_it_lets_an_invited_secretary_set_up_two_factor(client, settings):
    """allauth refuses TOTP for unverified addresses; accepting the invitation verifies it."""
    settings.KSORS_REQUIRE_MFA = True
    invitation = invitation_create(email="staff@example.org", secretariat=True, send=False)
    client.post(invitation.get_absolute_url(), {"full_name": "", "new_password1": "Secretariat-2026!", "new_password2": "Secretariat-2026!"})
    client.logout()
    client.post("/accounts/login/", {"login": "staff@example.org", "password": "Secretariat-2026!"})
    client.post("/accounts/reauthenticate/", {"password": "Secretariat-2026!"})
    client.get("/accounts/email/")  # the header links here; allauth records the address on this page
    assert client.get("/accounts/2fa/totp/activate/").status_code == 200
    response = client.post("/accounts/2fa/totp/activate/", {"code": "000000"})
    errors = response.context["form"].errors["code"]
    assert errors and not any("подтверд" in str(error).lower() or "verif" in str(error).lower() for error in errors)
