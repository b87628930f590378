import re

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from accounts.models import Invitation, User
from accounts.services import email_mark_verified, invitation_create
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
    assert response.status_code == 302 and response["Location"] == "/accounts/2fa/totp/activate/?next=%2F"
    # allauth asks for the password again before showing the QR code; that page must not loop back here.
    activate = client.get("/accounts/2fa/totp/activate/")
    assert activate.status_code == 302 and activate["Location"].startswith("/accounts/reauthenticate/")
    assert client.get(activate["Location"]).status_code == 200
    client.force_login(leader_a)
    assert client.get("/").status_code == 200


def test_a_totp_device_alone_is_not_a_second_factor_in_this_session(client, settings, secretary):
    """force_login stands for any path that logs in with the password alone: the device exists, the session
    has not passed it."""
    settings.KSORS_REQUIRE_MFA = True
    totp_device(secretary)
    client.force_login(secretary)
    for path in ["/", "/secretariat/", "/secretariat/invite/", "/accounts/email/", "/accounts/password/change/", "/my/"]:
        response = client.get(path)
        assert response.status_code == 302, path
        assert response["Location"].startswith("/accounts/2fa/reauthenticate/?next="), path


def test_the_secretariat_passes_with_password_and_code_in_the_same_session(client, settings, secretary):
    settings.KSORS_REQUIRE_MFA = True
    secret = totp_device(secretary)
    response = client.post("/accounts/login/", {"login": secretary.email, "password": "correct-horse-battery"})
    assert response.status_code == 302 and response["Location"].startswith("/accounts/2fa/authenticate/")
    assert client.get("/secretariat/").status_code == 302  # not logged in before the code
    client.post("/accounts/2fa/authenticate/", {"code": current_code(secret)})
    assert client.get("/secretariat/").status_code == 200


def test_the_same_code_is_not_accepted_twice(client, settings, secretary):
    settings.KSORS_REQUIRE_MFA = True
    secret = totp_device(secretary)
    code = current_code(secret)
    client.post("/accounts/login/", {"login": secretary.email, "password": "correct-horse-battery"})
    client.post("/accounts/2fa/authenticate/", {"code": code})
    assert client.get("/secretariat/").status_code == 200
    other = Client()
    other.post("/accounts/login/", {"login": secretary.email, "password": "correct-horse-battery"})
    other.post("/accounts/2fa/authenticate/", {"code": code})
    assert other.get("/secretariat/").status_code == 302


def test_without_a_device_only_the_setup_pages_open(client, settings, secretary):
    settings.KSORS_REQUIRE_MFA = True
    client.force_login(secretary)
    for path in ["/secretariat/invite/", "/accounts/invite/", "/accounts/email/"]:
        response = client.get(path, follow=False)
        if response.status_code == 301:  # the old invite address redirects into the back office first
            response = client.get(response["Location"])
        assert response.status_code == 302 and response["Location"].startswith("/accounts/2fa/totp/activate/"), path
    assert client.post("/secretariat/invite/", {"email": "new@example.org", "secretariat": "on"}).status_code == 302
    assert not User.objects.filter(email="new@example.org").exists()
    assert client.get("/accounts/logout/").status_code == 200


@pytest.mark.django_db(transaction=True)  # autocommit, as in production: allauth's on_commit signal runs in the view
def test_activating_totp_passes_the_second_factor_for_this_session(client, settings, secretary):
    settings.KSORS_REQUIRE_MFA = True
    email_mark_verified(user=secretary)  # allauth adds TOTP only for a verified address
    client.post("/accounts/login/", {"login": secretary.email, "password": "correct-horse-battery"})
    client.post("/accounts/reauthenticate/", {"password": "correct-horse-battery"})
    page = client.get("/accounts/2fa/totp/activate/")
    assert page.status_code == 200
    secret = client.session["mfa.totp.secret"]
    client.post("/accounts/2fa/totp/activate/", {"code": current_code(secret)})
    assert client.get("/secretariat/").status_code == 200


def test_the_admin_login_form_is_allauths_with_its_limits_and_second_factor(client, settings, secretary):
    settings.KSORS_REQUIRE_MFA = True
    secretary.is_staff = True
    secretary.save()
    totp_device(secretary)
    for _attempt in range(30):
        client.post("/admin/login/", {"username": secretary.email, "password": "wrong"})
    response = client.post("/admin/login/?next=/admin/", {"username": secretary.email, "password": "correct-horse-battery"})
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/?next=")
    assert client.get("/admin/").status_code == 302
    assert "_auth_user_id" not in client.session
    # The real form: five failures lock the account, as on the portal's login page.
    for _attempt in range(5):
        client.post("/accounts/login/", {"login": secretary.email, "password": "wrong"})
    locked = client.post("/accounts/login/", {"login": secretary.email, "password": "correct-horse-battery"})
    assert locked.status_code == 200 and "_auth_user_id" not in client.session


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
    assert client.get("/accounts/2fa/totp/activate/").status_code == 200
    response = client.post("/accounts/2fa/totp/activate/", {"code": "000000"})
    errors = response.context["form"].errors["code"]
    assert errors and not any("подтверд" in str(error).lower() or "verif" in str(error).lower() for error in errors)


def totp_device(user) -> str:
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def current_code(secret: str) -> str:
    """The code of the current period, taken early enough in it that a busy machine still posts it within the
    period (allauth accepts no neighbouring period): in a period's last 10 s it waits for the next one."""
    import time

    from allauth.mfa import app_settings
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    period = app_settings.TOTP_PERIOD
    if time.time() % period > period - 10:
        time.sleep(period - time.time() % period)
    return format_hotp_value(hotp_value(secret, int(time.time()) // period))


def test_inviting_an_existing_account_never_issues_a_link_that_sets_its_password(
    client, secretary, leader_a, org_b, django_capture_on_commit_callbacks, mailoutbox
):
    client.force_login(secretary)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("secretariat:invite"), {"email": leader_a.email, "organizations": [org_b.pk]})
    page = response.content.decode()
    assert "/accounts/invitation/" not in page
    assert not Invitation.objects.filter(user=leader_a).exists()
    assert set(leader_a.organizations.all()) >= {org_b}
    assert len(mailoutbox) == 1 and "/accounts/invitation/" not in mailoutbox[0].body
    assert "со своим паролем" in mailoutbox[0].body


def test_an_old_link_dies_when_the_account_gets_a_password_by_any_path(client, org_a):
    invitation = invitation_create(email="fresh@example.org", organizations=[org_a], send=False)
    user = invitation.user
    user.set_password("Set-By-Reset-2026!")  # e.g. through the password reset email
    user.save()
    response = client.post(
        invitation.get_absolute_url(), {"full_name": "", "new_password1": "Attacker-2026!", "new_password2": "Attacker-2026!"}
    )
    assert response.status_code == 410
    user.refresh_from_db()
    assert user.check_password("Set-By-Reset-2026!")
    assert "_auth_user_id" not in client.session


def test_accepting_one_link_kills_every_other_pending_link(client, org_a):
    first = invitation_create(email="twice@example.org", organizations=[org_a], send=False)
    second = invitation_create(email="twice@example.org", organizations=[org_a], send=False)
    assert not second.new_account and first.new_account
    client.post(second.get_absolute_url(), {"full_name": "", "new_password1": "Twice-2026!xx", "new_password2": "Twice-2026!xx"})
    client.logout()
    response = client.get(first.get_absolute_url())
    assert response.status_code == 410


def test_the_link_is_shown_on_screen_only_for_a_brand_new_account(client, secretary, org_a):
    client.force_login(secretary)
    page = client.post(reverse("secretariat:invite"), {"email": "brand-new@example.org", "organizations": [org_a.pk]})
    assert "/accounts/invitation/" in page.content.decode()
    again = client.post(reverse("secretariat:invite"), {"email": "brand-new@example.org", "organizations": [org_a.pk]})
    assert "/accounts/invitation/" not in again.content.decode()


@pytest.mark.parametrize("token", ["%00", "abc%00def", "x" * 300])
def test_a_malformed_invitation_token_is_a_404_not_an_error(client, token):
    assert client.get(f"/accounts/invitation/{token}/").status_code in (400, 404)
