"""Forms of the Secretariat workspace besides the editor: import, unpublishing, execution control."""

from pathlib import Path

from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from conferences.models import Conference, Meeting
from core.uploads import UploadField
from resolutions.models import ExecutionStatus, ProgressReport, Resolution

IMPORT_EXTENSIONS = {".txt", ".docx"}


class UnpublishForm(forms.Form):
    reason = forms.CharField(label=_("Причина снятия с публикации"), widget=forms.Textarea(attrs={"rows": 3}))

    def __init__(self, *args, resolution: Resolution, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].help_text = gettext("Запишется в историю изменений %(kind)s.") % {
            "kind": resolution.doc_kind.genitive
        }


class ImportForm(forms.Form):
    text = forms.CharField(
        label=_("Текст резолюции"), required=False, widget=forms.Textarea(attrs={"rows": 16}),
        help_text=_("Вставьте текст целиком — от заголовка до строки об утверждении."),
    )
    file = forms.FileField(label=_("…или файл .txt / .docx"), required=False)

    def clean_file(self):
        upload = self.cleaned_data.get("file")
        if upload and Path(upload.name).suffix.lower() not in IMPORT_EXTENSIONS:
            raise forms.ValidationError(_("Поддерживаются файлы .txt и .docx."), code="file_type")
        return upload

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("text") or "").strip() and not cleaned.get("file") and not self.errors:
            raise forms.ValidationError(_("Вставьте текст или выберите файл."), code="empty")
        return cleaned


class ImportConfirmForm(forms.Form):
    source = forms.CharField(widget=forms.HiddenInput, strip=False)
    slug = forms.SlugField(label=_("Адрес страницы"), max_length=120, help_text=_("Латиницей, например xx-2026-06-19."))
    conference = forms.ModelChoiceField(
        label=_("Конференция"), queryset=Conference.objects.order_by("-number"), required=False
    )
    meeting = forms.ModelChoiceField(label=_("Заседание"), queryset=Meeting.objects.all(), required=False)

    def clean_slug(self):
        slug = self.cleaned_data["slug"]
        if Resolution.objects.filter(slug=slug).exists():
            raise forms.ValidationError(_("Этот адрес уже занят другой резолюцией."), code="slug_taken")
        return slug


class ItemStatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Статус исполнения"), choices=ExecutionStatus.choices)


class ProgressReportForm(forms.ModelForm):
    # The one upload pipeline (core.uploads): content checked, images re-encoded, stored under random names.
    files = UploadField(
        kind="attachment", multiple=True, label=_("Вложения"), required=False,
        help_text=_("Фотографии и документы (PDF, DOCX, ODT, TXT) до 20 МБ каждый."),
    )

    class Meta:
        model = ProgressReport
        fields = ["reported_on", "text", "status", "organization"]
        widgets = {
            "reported_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "text": forms.Textarea(attrs={"rows": 4}),
        }
