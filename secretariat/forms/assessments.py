"""The back office's forms for the self-assessment: questionnaire, section, question, review, practice, new period."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from assessments.models import Kind, Question, Questionnaire, Section

DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")


class QuestionnaireForm(forms.ModelForm):
    class Meta:
        model = Questionnaire
        fields = ["title", "open_until", "status", "include_suspended"]
        widgets = {"open_until": DATE}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            c for c in Questionnaire.Status.choices if c[0] != Questionnaire.Status.SUPERSEDED
        ]


class SectionForm(forms.ModelForm):
    class Meta:
        model = Section
        fields = ["title", "position"]


class QuestionForm(forms.ModelForm):
    class Meta:
        model = Question
        fields = ["section", "key", "text", "help_text", "kind", "required", "choices", "min_value", "max_value",
                  "is_practice", "position"]
        widgets = {"help_text": forms.Textarea(attrs={"rows": 2}), "choices": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, questionnaire, **kwargs):
        super().__init__(*args, **kwargs)
        self.questionnaire = questionnaire
        self.fields["section"].queryset = questionnaire.sections.all()
        self.fields["section"].empty_label = None

    def clean(self):
        data = super().clean()
        if data.get("kind") in (Kind.CHOICE, Kind.MULTIPLE) and len(
            [line for line in data.get("choices", "").splitlines() if line.strip()]
        ) < 2:
            self.add_error("choices", ValidationError(_("Укажите хотя бы два варианта, по одному в строке."), code="choices"))
        key = data.get("key")
        if key:
            same = Question.objects.filter(section__questionnaire=self.questionnaire, key=key).exclude(pk=self.instance.pk)
            if same.exists():
                self.add_error("key", ValidationError(_("Такой ключ уже есть в этой анкете."), code="duplicate_key"))
        low, high = data.get("min_value"), data.get("max_value")
        if low is not None and high is not None and low > high:
            self.add_error("max_value", ValidationError(_("Верхняя граница меньше нижней."), code="bounds"))
        return data


class AssessmentReviewForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Решение"), choices=[("accept", _("Принять")), ("return", _("Вернуть на доработку"))],
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(label=_("Комментарий для организации"), widget=forms.Textarea(attrs={"rows": 3}), required=False)

    def clean(self):
        data = super().clean()
        if data.get("decision") == "return" and not data.get("comment", "").strip():
            self.add_error("comment", ValidationError(_("Напишите, что нужно исправить."), code="no_comment"))
        return data


class PracticeForm(forms.Form):
    title = forms.CharField(label=_("Название практики"), max_length=300)
    text = forms.CharField(label=_("Описание"), widget=forms.Textarea(attrs={"rows": 5}))


class PeriodCopyForm(forms.Form):
    year = forms.IntegerField(label=_("Отчётный год"), min_value=2000, max_value=2100)
    title = forms.CharField(label=_("Название"), max_length=300)
    open_until = forms.DateField(label=_("Приём до"), required=False, widget=DATE)

    def clean_year(self):
        year = self.cleaned_data["year"]
        if Questionnaire.objects.filter(year=year).exists():
            raise ValidationError(_("Анкета за %(year)s год уже есть."), code="exists", params={"year": year})
        return year
