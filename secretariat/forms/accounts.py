from django import forms
from django.utils.translation import gettext_lazy as _

from organizations.models import Organization


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("Email"))
    secretariat = forms.BooleanField(label=_("Сотрудник Секретариата"), required=False)
    organizations = forms.ModelMultipleChoiceField(
        label=_("Руководитель организаций"),
        queryset=Organization.objects.members(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def clean(self):
        data = super().clean()
        if not data.get("secretariat") and not data.get("organizations"):
            raise forms.ValidationError(
                _("Выберите роль: сотрудник Секретариата или руководитель хотя бы одной организации."), code="no_role"
            )
        return data
