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

    def clean(self):
        data = super().clean()
        if data.get("status") == Submission.Status.NEEDS_CHANGES and not data.get("comment", "").strip():
            self.add_error("comment", forms.ValidationError(_("Напишите, что нужно исправить."), code="no_comment"))
        return data


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
