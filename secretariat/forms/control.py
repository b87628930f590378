"""Forms of execution control: bulk actions, acceptance and returns, extensions, event links, contacts."""

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from conferences.models import Conference, EventStatus, Meeting
from resolutions.models import EventRelation, ExecutionStatus, Item

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class BulkActionForm(forms.Form):
    ACTIONS = [("status", _("Изменить статус")), ("remind", _("Напомнить сейчас")), ("controller", _("Назначить контролёра"))]

    items = forms.ModelMultipleChoiceField(
        label=_("Пункты"), queryset=Item.objects.published(), error_messages={"required": _("Отметьте хотя бы один пункт.")}
    )
    action = forms.ChoiceField(label=_("Действие"), choices=ACTIONS)
    status = forms.ChoiceField(label=_("Новый статус"), choices=[("", "—"), *ExecutionStatus.choices], required=False)
    controller = forms.ModelChoiceField(label=_("Контролёр"), queryset=User.objects.none(), required=False, empty_label="—")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["controller"].queryset = User.objects.secretariat().order_by("full_name", "email")

    def clean(self):
        data = super().clean()
        if data.get("action") == "status" and not data.get("status"):
            self.add_error("status", _("Выберите новый статус."))
        if data.get("action") == "controller" and not data.get("controller"):
            self.add_error("controller", _("Выберите контролёра."))
        return data


class AcceptForm(forms.Form):
    comment = forms.CharField(label=_("Комментарий"), required=False, widget=forms.Textarea(attrs={"rows": 2}))


class ReturnForm(forms.Form):
    comment = forms.CharField(
        label=_("Что доработать"), widget=forms.Textarea(attrs={"rows": 2}),
        error_messages={"required": _("Напишите, что нужно доработать.")},
    )


class ExtensionDecisionForm(forms.Form):
    decision = forms.ChoiceField(label=_("Решение"), choices=[("grant", _("Продлить")), ("refuse", _("Отказать"))])
    new_end = forms.DateField(label=_("Новый срок"), required=False, widget=DATE)
    comment = forms.CharField(label=_("Комментарий (при отказе — причина)"), required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def clean(self):
        data = super().clean()
        if data.get("decision") == "refuse" and not (data.get("comment") or "").strip():
            self.add_error("comment", _("Укажите причину отказа."))
        return data


class EventLinkForm(forms.Form):
    conference = forms.ModelChoiceField(
        label=_("Конференция"), queryset=Conference.objects.exclude(status=EventStatus.CANCELLED), required=False,
        empty_label=_("— не связан —"),
    )
    meeting = forms.ModelChoiceField(
        label=_("…или заседание"), queryset=Meeting.objects.exclude(status=EventStatus.CANCELLED), required=False,
        empty_label="—",
    )
    relation = forms.ChoiceField(label=_("Как срок зависит от события"), choices=[("", "—"), *EventRelation.choices], required=False)
    offset_months = forms.IntegerField(label=_("Месяцев до события"), min_value=0, max_value=36, required=False, initial=0)

    def clean(self):
        data = super().clean()
        if data.get("conference") and data.get("meeting"):
            self.add_error("meeting", _("Выберите одно событие: конференцию или заседание."))
        if (data.get("conference") or data.get("meeting")) and not data.get("relation"):
            self.add_error("relation", _("Укажите, как срок зависит от события."))
        if data.get("relation") == EventRelation.BEFORE and not data.get("offset_months"):
            self.add_error("offset_months", _("Укажите, за сколько месяцев до события."))
        return data


class ContactForm(forms.Form):
    contacted_on = forms.DateField(label=_("Дата связи"), widget=DATE)
    note = forms.CharField(label=_("Как и о чём"), max_length=300)


class PeriodForm(forms.Form):
    adopted_from = forms.DateField(label=_("Решения, принятые с"), required=False, widget=DATE)
    adopted_until = forms.DateField(label=_("по"), required=False, widget=DATE)
    open_only = forms.BooleanField(label=_("Только оставшиеся на контроле"), required=False)

    def clean(self):
        data = super().clean()
        if data.get("adopted_from") and data.get("adopted_until") and data["adopted_from"] > data["adopted_until"]:
            self.add_error("adopted_until", _("Конец периода раньше его начала."))
        return data
