from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def _remember_activated_second_factor(sender, request, user, authenticator, **kwargs):
    # Activating TOTP takes a valid code from the new device: this session has passed the second factor.
    from accounts.middleware import ACTIVATED_SESSION_KEY

    if request is not None and authenticator.type == "totp":
        request.session[ACTIVATED_SESSION_KEY] = str(user.pk)


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Учётные записи")

    def ready(self):
        from allauth.mfa import signals

        signals.authenticator_added.connect(_remember_activated_second_factor, dispatch_uid="ksors_mfa_activated")
