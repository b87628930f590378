from django.conf import settings
from django.shortcuts import redirect
from django.urls import Resolver404, resolve, reverse
from django.utils.http import urlencode

from accounts.rules import is_secretariat

# The only pages a Secretariat session may open before it has passed the second factor: allauth's own login,
# logout, re-authentication and MFA pages (setting up TOTP asks for the password again, then shows recovery codes).
SECOND_FACTOR_PAGES = frozenset(
    {
        "account_login",
        "account_logout",
        "account_reauthenticate",
        "mfa_authenticate",
        "mfa_reauthenticate",
        "mfa_activate_totp",
        "mfa_view_recovery_codes",
        "mfa_download_recovery_codes",
    }
)
# Not pages: files and the health check.
EXEMPT_PREFIXES = ("/static/", "/healthz", "/i18n/", "/jsi18n/", "/en/jsi18n/")
# Set in the session when TOTP is activated: entering a valid code to activate it proves the second factor too.
ACTIVATED_SESSION_KEY = "ksors_mfa_activated"


class RequireSecretariatMFAMiddleware:
    """With KSORS_REQUIRE_MFA on, a Secretariat session must have passed the second factor — this session, not
    merely an account that owns a TOTP device. Without a device it is sent to set one up; with a device but no
    second factor in this session (a login that skipped it) it is asked for a code. Leaders are not forced."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if (
            settings.KSORS_REQUIRE_MFA
            and request.user.is_authenticated
            and not request.path.startswith(EXEMPT_PREFIXES)
            and not _is_second_factor_page(request.path_info)
            and is_secretariat(request.user)
            and not session_passed_second_factor(request)
        ):
            target = "mfa_reauthenticate" if _has_totp(request.user) else "mfa_activate_totp"
            return redirect(reverse(target) + "?" + urlencode({"next": request.get_full_path()}))
        return self.get_response(request)


def session_passed_second_factor(request) -> bool:
    from allauth.account.authentication import get_authentication_records

    if request.session.get(ACTIVATED_SESSION_KEY) == str(request.user.pk):
        return True
    return any(record.get("method") == "mfa" for record in get_authentication_records(request, request.user))


def _is_second_factor_page(path: str) -> bool:
    try:
        return resolve(path).url_name in SECOND_FACTOR_PAGES
    except Resolver404:
        return False


def _has_totp(user) -> bool:
    from allauth.mfa.models import Authenticator

    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
