from django import forms
from django.utils.translation import gettext_lazy as _

from conferences.models import AgendaItem, Conference, Meeting
from resolutions.deadlines import parse_deadline

DATE_INPUT = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class ConferenceForm(forms.ModelForm):
    class Meta:
        model = Conference
        fields = [
            "kind", "number", "slug", "theme", "date", "planned_text", "planned_start", "planned_end", "city", "region",
            "venue", "description", "reports",
        ]
        widgets = {
            "date": DATE_INPUT, "planned_start": DATE_INPUT, "planned_end": DATE_INPUT,
            "description": forms.Textarea(attrs={"rows": 4}), "reports": forms.Textarea(attrs={"rows": 4}),
        }
        help_texts = {"planned_text": _("Если дата ещё не известна: «во втором (третьем) квартале 2027 г.» — период подставится сам.")}
        labels = {"slug": _("Адрес страницы")}

    def clean(self):
        cleaned = super().clean()
        text = cleaned.get("planned_text", "")
        if text and not cleaned.get("planned_start") and not cleaned.get("planned_end"):
            deadline = parse_deadline(text)
            if deadline and deadline.start and deadline.end:
                cleaned["planned_start"], cleaned["planned_end"] = deadline.start, deadline.end
            else:
                self.add_error("planned_text", _("Не удалось определить период: укажите его начало и конец ниже."))
        start, end = cleaned.get("planned_start"), cleaned.get("planned_end")
        if start and end and start > end:
            self.add_error("planned_end", _("Конец периода раньше его начала."))
        if cleaned.get("kind") == "extraordinary" and cleaned.get("number"):
            self.add_error("number", _("У чрезвычайной конференции нет номера."))
        elif cleaned.get("kind") and cleaned.get("kind") != "extraordinary" and not cleaned.get("number"):
            self.add_error("number", _("Укажите номер конференции."))
        return cleaned


class MeetingForm(forms.ModelForm):
    class Meta:
        model = Meeting
        fields = ["title", "slug", "date", "city", "venue", "description"]
        widgets = {"date": DATE_INPUT, "description": forms.Textarea(attrs={"rows": 4})}
        labels = {"slug": _("Адрес страницы")}


class HoldForm(forms.Form):
    date = forms.DateField(label=_("Дата проведения"), widget=DATE_INPUT)


class AgendaItemForm(forms.ModelForm):
    class Meta:
        model = AgendaItem
        fields = ["title", "speaker"]
