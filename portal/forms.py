from django import forms
from django.contrib.auth.forms import SetPasswordForm
from django.utils.translation import gettext_lazy as _


class AcceptInvitationForm(SetPasswordForm):
    full_name = forms.CharField(label=_("Ваше имя"), max_length=200, required=False)
