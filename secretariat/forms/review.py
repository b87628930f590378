from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from organizations.models import MaterialCall, Submission


class ReviewForm(forms.Form):
    status = forms.ChoiceField(
        label=_("Решение"),
        choices=[(Submission.Status.ACCEPTED, _("Принято")), (Submission.Status.NEEDS_CHANGES, _("Нужны исправления"))],
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(label=_("Комментарий для организации"), widget=forms.Textarea(attrs={"rows": 3}), required=False)
    correction_reason = forms.CharField(
        label=_("Причина изменения решения"), widget=forms.Textarea(attrs={"rows": 2}), required=False,
        help_text=_("Обязательно, если вы отменяете принятие материалов; её увидят руководители организации."),
    )

    def __init__(self, *args, submission: Submission, **kwargs):
        super().__init__(*args, **kwargs)
        self.submission = submission
        if submission.status not in REVIEWED:
            del self.fields["correction_reason"]

    def clean(self):
        data = super().clean()
        if data.get("status") == Submission.Status.NEEDS_CHANGES and not data.get("comment", "").strip():
            self.add_error("comment", forms.ValidationError(_("Напишите, что нужно исправить."), code="no_comment"))
        withdrawn = self.submission.status == Submission.Status.ACCEPTED and data.get("status") not in (None, Submission.Status.ACCEPTED)
        if withdrawn and not data.get("correction_reason", "").strip():
            self.add_error("correction_reason", forms.ValidationError(
                _("Решение уже было принято: укажите, почему вы его меняете."), code="no_correction_reason"))
        return data


REVIEWED = (Submission.Status.ACCEPTED, Submission.Status.NEEDS_CHANGES)


class MaterialCallForm(forms.ModelForm):
    class Meta:
        model = MaterialCall
        fields = ["title", "slug", "description", "requested", "deadline", "deadline_text", "status", "recipient"]
        widgets = {"deadline": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")}
        help_texts = {"slug": _("Латиницей, для адреса страницы: jubilee-book.")}
        labels = {"slug": _("Адрес страницы")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["recipient"].queryset = User.objects.secretariat()


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Решение"), choices=[("confirm", _("Подтвердить")), ("decline", _("Отклонить"))], widget=forms.RadioSelect
    )
    joined_on = forms.DateField(
        label=_("Дата присоединения"), required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    reason = forms.CharField(label=_("Причина отказа"), widget=forms.Textarea(attrs={"rows": 2}), required=False)

    def clean(self):
        data = super().clean()
        if data.get("decision") == "decline" and not data.get("reason", "").strip():
            self.add_error("reason", forms.ValidationError(_("Укажите причину отказа."), code="no_reason"))
        return data


class CorrectionForm(forms.Form):
    """Reverse a decision on a declaration request: the opposite decision, never preselected, with a reason."""

    joined_on = forms.DateField(
        label=_("Дата присоединения"), required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        help_text=_("Для подтверждения; по умолчанию — сегодня."),
    )
    reason = forms.CharField(
        label=_("Причина исправления"), widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Её увидят руководители организации; она останется в истории заявки."),
        error_messages={"required": _("Укажите причину исправления решения.")},
    )
