from django.conf import settings
from django.shortcuts import redirect
from django.urls import reverse

from accounts.rules import is_secretariat


class RequireSecretariatMFAMiddleware:
    """With KSORS_REQUIRE_MFA on, Secretariat staff must set up TOTP before doing anything else."""

    allowed_prefixes = ("/accounts/", "/en/accounts/", "/static/", "/healthz", "/i18n/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.KSORS_REQUIRE_MFA
            and request.user.is_authenticated
            and not request.path.startswith(self.allowed_prefixes)
            and is_secretariat(request.user)
            and not _has_totp(request.user)
        ):
            return redirect(reverse("mfa_activate_totp"))
        return self.get_response(request)


def _has_totp(user) -> bool:
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
