from django import forms
from django.utils.translation import gettext_lazy as _

from organizations.models import Organization, Person


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("Email"))
    full_name = forms.CharField(label=_("ФИО"), max_length=200, required=False, help_text=_("Как обращаться в письме и в списке пользователей."))
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


class AccountForm(forms.Form):
    """What the Secretariat may change on an account; never the password."""

    full_name = forms.CharField(label=_("ФИО"), max_length=200, required=False)
    person = forms.ModelChoiceField(
        label=_("Персона"), queryset=Person.objects.order_by("full_name"), required=False,
        help_text=_("Напоминания по пунктам, где ответственна эта персона или орган, в котором она состоит, придут на эту учётную запись."),
    )
    secretariat = forms.BooleanField(label=_("Сотрудник Секретариата"), required=False)
    organizations = forms.ModelMultipleChoiceField(
        label=_("Руководитель организаций"), queryset=Organization.objects.members().order_by("name"),
        required=False, widget=forms.CheckboxSelectMultiple,
    )
