from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from organizations.models import MembershipStatus

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class MembershipChangeForm(forms.Form):
    """Admit, exclude, suspend or reinstate outside a resolution: a council meeting's decision, with its document."""

    # No decision is preselected: each is consequential, and the Secretariat chooses it deliberately.
    status = forms.ChoiceField(
        label=_("Решение"),
        choices=[
            ("", _("— выберите решение —")),
            (MembershipStatus.ACTIVE, _("Принять в состав / восстановить")),
            (MembershipStatus.SUSPENDED, _("Приостановить членство")),
            (MembershipStatus.EXCLUDED, _("Исключить")),
        ],
    )
    effective_on = forms.DateField(label=_("Действует с"), widget=DATE_INPUT, initial=timezone.localdate)
    until_on = forms.DateField(label=_("До (дата)"), required=False, widget=DATE_INPUT)
    until_event = forms.CharField(
        label=_("До (событие)"), required=False, max_length=300,
        help_text=_("Например: до отчётно-выборной страновой конференции в 2027 году"),
    )
    reason = forms.CharField(label=_("Основание, как в документе"), widget=forms.Textarea(attrs={"rows": 3}))
    document_reference = forms.CharField(
        label=_("Документ"), max_length=300, help_text=_("Например: решение заседания КСОРС РТ от 12.03.2026")
    )

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("effective_on"), cleaned.get("until_on")
        if start and end and end < start:
            self.add_error("until_on", _("Дата окончания раньше даты начала."))
        if cleaned.get("status") != MembershipStatus.SUSPENDED and (end or cleaned.get("until_event")):
            self.add_error("until_on", _("Срок указывается только для приостановки членства."))
        return cleaned
